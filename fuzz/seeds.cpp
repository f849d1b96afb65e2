// Writes the seed corpus of one fuzz target into a folder, at test time: certificate and key seeds
// come from tests/support/testpki (throw-away PKI), so no key is ever committed.
//   ait-fuzz-seeds material|envelope|manifest|csv FOLDER
#include "core/keychain/manifest.h"
#include "support/testpki.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace {

bool write(const QDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Every file the loader's tests use (PEM, DER, PKCS#1, PKCS#8 plain and encrypted, SEC1, PKCS#12
// modern and legacy, broken ones), except those too big to be worth mutating.
bool material(const QDir &dir)
{
    ait::test::TestPki(dir.path()).writeAll();
    for (const QFileInfo &file : dir.entryInfoList(QDir::Files)) {
        if (file.size() > qint64{64} * 1024)
            QFile::remove(file.filePath());
    }
    return !dir.isEmpty();
}

// Each seed: one byte choosing the HTTP status (0 → 200, see fuzz_envelope.cpp), then the body.
bool envelope(const QDir &dir)
{
    const QList<QByteArray> bodies{
        R"({"resultType":"SUCCESS","success":{"accessToken":"a","refreshToken":"r","tokenType":"Bearer","expiresIn":3599,"scope":"user_key"}})",
        R"({"resultType":"SUCCESS","success":{"userKey":443731103,"scope":"user_key,user_name","agreedTerms":["t1"],"name":"ZW5j","phone":"ZW5j"}})",
        R"({"resultType":"SUCCESS","success":{"mode":"LIVE","payToken":"demo-pay-complete-1","orderNo":"o-1","payStatus":"PAY_COMPLETE","payMethod":"TOSS_MONEY","amount":15000,"discountedAmount":0,"paidAmount":15000,"refundableAmount":15000,"createdTs":"2026-01-01 10:00:00","paidTs":"2026-01-01 10:00:05","transactions":[{"stepType":"PAY","transactionId":"t-1","transactionAmount":15000,"paidAmount":15000,"regTs":"2026-01-01 10:00:05"}]}})",
        R"({"resultType":"SUCCESS","success":{"payToken":"p","orderNo":"o","mode":"TEST","approvalTime":"2026-01-01 10:00:05","transactionId":"t","payMethod":"CARD","stateMsg":"ok","amount":"1000","paidAmount":1000,"code":0}})",
        R"({"resultType":"SUCCESS","success":{"refundNo":"r-1","payToken":"p","approvalTime":"2026-01-01","transactionId":"t-2","refundedAmount":5000,"refundableAmount":10000}})",
        R"({"resultType":"SUCCESS","success":{"orderId":"order-1","sku":"gem.100","status":"PURCHASED","reason":"","statusDeterminedAt":"2026-01-01T10:00:00+09:00"}})",
        R"({"resultType":"SUCCESS","success":{"msgCount":1,"sentPushCount":1,"sentInboxCount":0,"sentSmsCount":0,"sentAlimtalkCount":0,"sentFriendtalkCount":0,"fail":{"push":[{"contentId":"c","reachedFailReason":"NO_TOKEN"}],"sms":[{"contentId":"d","reachFailReason":"X"}]}}})",
        R"({"resultType":"SUCCESS","success":{"key":"promotion-key-1"}})",
        R"({"resultType":"SUCCESS","success":"PENDING"})",
        R"({"resultType":"SUCCESS","success":{"userKey":"443731103"}})",
        R"({"resultType":"SUCCESS","result":{"msgCount":2}})",
        R"({"resultType":"FAIL","error":{"errorCode":4100,"reason":"budget exhausted"}})",
        R"({"resultType":"FAIL","error":{"errorCode":"COMMON_ERROR","reason":"잘못된 요청"}})",
        R"({"error":"invalid_grant","error_description":"code expired"})",
        R"({"resultType":"HTTP_TIMEOUT"})",
        R"({"resultType":"INTERNAL_ERROR","error":{"errorCode":-1}})",
        R"({"resultType":"SUCCESS","success":{"userKey":9007199254740993}})",
        R"([1,2.5e308,-0,"x",null,true,{"a":[{}]}])",
        "",
    };
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        if (!write(dir, QStringLiteral("envelope-%1").arg(i), QByteArray(1, '\0') + bodies[i]))
            return false;
    }
    // The same bodies with the statuses that change their reading: 429, 500, 503.
    return write(dir, QStringLiteral("status-429"), QByteArray(1, char(10)) + bodies[11])
        && write(dir, QStringLiteral("status-500"), QByteArray(1, char(11)) + bodies[14])
        && write(dir, QStringLiteral("status-503"), QByteArray(1, char(13)) + QByteArray("<html>busy</html>"));
}

// Each seed: a manifest line, then the value it describes.
bool manifest(const QDir &dir)
{
    for (const int size : {0, 1, 2000, 2001, 4600}) {
        QByteArray value(size, '\0');
        for (int i = 0; i < size; ++i)
            value[i] = char(i * 31 + 7);
        const auto m = ait::keychain::Manifest::describe(value);
        if (!m || !write(dir, QStringLiteral("manifest-%1").arg(size), m->encode() + '\n' + value))
            return false;
    }
    return true;
}

// CSV files as operators make them: a header, BOM, quoting with commas and newlines, CRLF,
// semicolons and tabs, CP949 Hangul in a memo column, repeated users and bad numbers.
bool csv(const QDir &dir)
{
    const QByteArray cp949Memo("\xC8\xAB\xB1\xE6\xB5\xBF"); // 홍길동 in CP949
    const QList<QByteArray> files{
        "userKey,amount\n900000001,100\n900000002,250\n",
        "\xEF\xBB\xBFuserKey,amount,memo\r\n900000001,100,\"a, b\"\r\n900000002,5,\"line\nbreak\"\r\n",
        "userKey;amount;memo\n900000001;100;" + cp949Memo + "\n\n900000001;100;again\n",
        "userKey\tamount\n900000003\t0\n900000004\t-5\n900000005\t1.5\n123456789012345678901\t7\n",
        "userKey,name,coupon\n900000001,\"=HYPERLINK(\"\"x\"\")\",A1\n900000002,,\n",
        "amount\n100\n",
        "",
    };
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (!write(dir, QStringLiteral("csv-%1").arg(i), files[i]))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: ait-fuzz-seeds material|envelope|manifest|csv FOLDER\n");
        return 2;
    }
    const QDir dir(args[2]);
    if (!dir.mkpath(QStringLiteral(".")))
        return 1;
    const QString kind = args[1];
    const bool ok = kind == QLatin1String("material") ? material(dir)
                  : kind == QLatin1String("envelope") ? envelope(dir)
                  : kind == QLatin1String("manifest") ? manifest(dir)
                  : kind == QLatin1String("csv")      ? csv(dir)
                  : false;
    if (!ok)
        std::fprintf(stderr, "ait-fuzz-seeds: could not write %s seeds into %s\n", qPrintable(kind), qPrintable(args[2]));
    return ok ? 0 : 1;
}
