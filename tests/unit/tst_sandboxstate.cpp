#include "core/api/logindecryptor.h"
#include "core/api/partnerclient.h"
#include "core/api/partnerrules.h"
#include "sandbox/sandboxanswer.h"
#include "sandbox/sandboxlimits.h"
#include "sandbox/sandboxstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QtTest>

using namespace ait;
using namespace ait::sandbox;

namespace {

const QString Prefix = QStringLiteral("/api-partner/v1/apps-in-toss");
const QByteArray Key(32, 'k');
const QByteArray Aad("aad");

// One HTTP message as a client would see it.
struct Parsed
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
};

Parsed parse(const QByteArray &message)
{
    Parsed p;
    const qsizetype end = message.indexOf("\r\n\r\n");
    if (end < 0)
        return p;
    const QList<QByteArray> lines = message.left(end).split('\n');
    p.status = lines.first().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        p.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    p.body = message.mid(end + 4);
    return p;
}

QByteArray messageOf(const Answer &a)
{
    return PieceReader(a.message()).readAll();
}

} // namespace

// ait-sandbox without a socket: the partner logic (State), the fault settings, the limit windows and
// what each hostile mode makes of a real answer. Over the wire: tests/integration/tst_sandbox.cpp.
class TestSandboxState : public QObject
{
    Q_OBJECT

    QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

    std::unique_ptr<State> makeState()
    {
        return std::make_unique<State>(Key, Aad, [this] { return m_now; });
    }

    static Response call(State &state, const QString &path, const QJsonObject &body = {}, qint64 user = 443731103,
                         const QByteArray &method = "POST")
    {
        Request r;
        r.method = method;
        r.path = Prefix + path;
        if (user)
            r.headers.insert("x-toss-user-key", QByteArray::number(user));
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return state.handle(r);
    }

    static QJsonObject envelope(const Response &r) { return QJsonDocument::fromJson(r.body).object(); }
    static QString errorCode(const Response &r)
    {
        return envelope(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("errorCode")).toString();
    }
    static bool succeeded(const Response &r) { return envelope(r).value(QStringLiteral("resultType")).toString() == QLatin1String("SUCCESS"); }

    // The real answer of a lookup, for the hostile modes to work on.
    Response realLookup()
    {
        auto state = makeState();
        return call(*state, QStringLiteral("/pay/get-payment-status"), {{QStringLiteral("payToken"), QStringLiteral("demo-pay-complete-1")}});
    }

    static Faults hostile(const QJsonObject &settings)
    {
        Faults f;
        const QString error = f.merge(settings);
        if (!error.isEmpty())
            qFatal("bad hostile settings in the test: %s", qPrintable(error));
        return f;
    }

private slots:
    // --- one refund-reason rule ------------------------------------------------------------

    void refundReasonRule_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces only") << QStringLiteral("   ") << false;
        QTest::newRow("Korean with a space") << QStringLiteral("고객 요청") << true;
        QTest::newRow("compatibility jamo consonants") << QStringLiteral("ㅋㅋ 환불") << true;
        QTest::newRow("compatibility jamo, first (U+3131)") << QString(QChar(0x3131)) << true;
        QTest::newRow("compatibility jamo, last (U+318E)") << QString(QChar(0x318E)) << true;
        QTest::newRow("below the jamo (U+3130)") << QString(QChar(0x3130)) << false;
        QTest::newRow("above the jamo (U+318F)") << QString(QChar(0x318F)) << false;
        QTest::newRow("conjoining jamo (U+1100)") << QString(QChar(0x1100)) << false;
        QTest::newRow("first syllable (U+AC00)") << QString(QChar(0xAC00)) << true;
        QTest::newRow("last syllable (U+D7A3)") << QString(QChar(0xD7A3)) << true;
        QTest::newRow("after the syllables (U+D7A4)") << QString(QChar(0xD7A4)) << false;
        QTest::newRow("55 syllables") << QString(55, QChar(0xAC00)) << true;
        QTest::newRow("56 syllables") << QString(56, QChar(0xAC00)) << false;
        QTest::newRow("55 letters") << QString(55, QLatin1Char('a')) << true;
        QTest::newRow("56 letters") << QString(56, QLatin1Char('a')) << false;
        QTest::newRow("surrounding spaces") << QStringLiteral(" 환불 ") << true;
        QTest::newRow("every allowed symbol") << QStringLiteral("_-:.^@()[]#/!%?& Az09") << true;
        QTest::newRow("comma") << QStringLiteral("환불,요청") << false;
        QTest::newRow("newline") << QStringLiteral("환불\n요청") << false;
        QTest::newRow("tab") << QStringLiteral("환불\t요청") << false;
        QTest::newRow("asterisk") << QStringLiteral("환불*") << false;
        QTest::newRow("quote") << QStringLiteral("환불\"") << false;
        QTest::newRow("Latin-1 letter") << QStringLiteral("caf\u00E9") << false;
        QTest::newRow("full-width letter") << QStringLiteral("\uFF21") << false;
        QTest::newRow("Arabic-Indic digit") << QStringLiteral("\u0661") << false;
        QTest::newRow("Han characters") << QStringLiteral("漢字") << false;
        QTest::newRow("emoji") << QStringLiteral("환불\U0001F600") << false;
    }

    void refundReasonRule()
    {
        QFETCH(QString, reason);
        QFETCH(bool, valid);
        QCOMPARE(api::isValidRefundReason(reason), valid);
        QCOMPARE(api::PartnerClient::isValidRefundReason(reason), valid);
        // The emulator refuses exactly what the rule refuses, and applies nothing then.
        auto state = makeState();
        const Response r = call(*state, QStringLiteral("/pay/refund-payment"),
                                {{QStringLiteral("payToken"), QStringLiteral("demo-pay-complete-1")}, {QStringLiteral("reason"), reason},
                                 {QStringLiteral("isTestPayment"), true}});
        if (valid) {
            QVERIFY2(succeeded(r), r.body.constData());
            QCOMPARE(state->ledger().value(QStringLiteral("entries")).toArray().size(), 1);
        } else {
            QCOMPARE(r.status, 400);
            QCOMPARE(errorCode(r), QStringLiteral("INVALID_PARAMETER"));
            QVERIFY(state->ledger().value(QStringLiteral("entries")).toArray().isEmpty());
        }
    }

    // --- synthetic users and BULK_PROMO ------------------------------------------------------

    void syntheticUsersExistWithoutBeingStored()
    {
        auto state = makeState();
        QVERIFY(state->userExists(900000000));
        QVERIFY(state->userExists(999999999));
        QVERIFY(!state->userExists(899999999));
        QVERIFY(!state->userExists(1000000000));
        QVERIFY(!state->userExists(443731106));
        // Promotions and messages work for them, with push consent on.
        QVERIFY(succeeded(call(*state, QStringLiteral("/promotion/execute-promotion/get-key"), {}, 987654321)));
        const Response message = call(*state, QStringLiteral("/messenger/send-message"),
                                      {{QStringLiteral("templateSetCode"), QStringLiteral("demo-template")}, {QStringLiteral("context"), QJsonObject()}},
                                      999999999);
        QVERIFY(succeeded(message));
        QCOMPARE(envelope(message).value(QStringLiteral("success")).toObject().value(QStringLiteral("sentPushCount")).toInt(), 1);
        QJsonArray recipients;
        for (qint64 user = 900000000; user < 900000000 + 2500; ++user)
            recipients << QJsonObject{{QStringLiteral("userKey"), user}, {QStringLiteral("context"), QJsonObject()}};
        const Response bulk = call(*state, QStringLiteral("/messenger/send-bulk-message"),
                                   {{QStringLiteral("templateSetCode"), QStringLiteral("demo-template")}, {QStringLiteral("contextList"), recipients}}, 0);
        QCOMPARE(envelope(bulk).value(QStringLiteral("success")).toObject().value(QStringLiteral("sentPushCount")).toInt(), 2500);
        QVERIFY(!succeeded(call(*state, QStringLiteral("/promotion/execute-promotion/get-key"), {}, 1000000000)));
        // Only the seed users are listed: the synthetic ones are a range, never created one by one.
        const QJsonObject seed = state->seedDescription();
        QCOMPARE(seed.value(QStringLiteral("users")).toArray().size(), 3);
        QCOMPARE(seed.value(QStringLiteral("syntheticUsers")).toObject().value(QStringLiteral("from")).toInteger(), 900000000);
        QCOMPARE(seed.value(QStringLiteral("syntheticUsers")).toObject().value(QStringLiteral("to")).toInteger(), 999999999);
    }

    void syntheticUsersLogInWithTheSamePersonEveryTime()
    {
        auto name = [this](qint64 user) {
            auto state = makeState();
            const QString code = state->mintAuthorizationCode(user);
            const Response token = call(*state, QStringLiteral("/user/oauth2/generate-token"),
                                        {{QStringLiteral("authorizationCode"), code}, {QStringLiteral("referrer"), QStringLiteral("sandbox")}}, 0);
            Request me;
            me.method = "GET";
            me.path = Prefix + QStringLiteral("/user/oauth2/login-me");
            me.headers.insert("authorization", "Bearer " + envelope(token).value(QStringLiteral("success")).toObject().value(QStringLiteral("accessToken")).toString().toLatin1());
            const QJsonObject success = envelope(state->handle(me)).value(QStringLiteral("success")).toObject();
            if (success.value(QStringLiteral("userKey")).toInteger() != user)
                return QString();
            const api::LoginDecryptor decryptor{tls::SecretBuffer(QByteArrayView(Key)), tls::SecretBuffer(QByteArrayView(Aad))};
            const auto plain = decryptor.decrypt(success.value(QStringLiteral("name")).toString());
            return plain ? QString::fromUtf8(plain->view().toByteArray()) : QString();
        };
        const QString first = name(912345678);
        QVERIFY(!first.isEmpty());
        QCOMPARE(name(912345678), first); // deterministic
        QVERIFY(name(912345679) != first);
    }

    void bulkPromoPaysLargeRunsAndTestCodesPayNothing()
    {
        auto state = makeState();
        auto pay = [&](const QString &code, qint64 user, qint64 amount) {
            const Response key = call(*state, QStringLiteral("/promotion/execute-promotion/get-key"), {}, user);
            return call(*state, QStringLiteral("/promotion/execute-promotion"),
                        {{QStringLiteral("promotionCode"), code},
                         {QStringLiteral("key"), envelope(key).value(QStringLiteral("success")).toObject().value(QStringLiteral("key")).toString()},
                         {QStringLiteral("amount"), amount}},
                        user);
        };
        auto budget = [&] {
            for (const QJsonValue &p : state->seedDescription().value(QStringLiteral("promotions")).toArray()) {
                if (p.toObject().value(QStringLiteral("promotionCode")).toString() == QLatin1String("BULK_PROMO"))
                    return p.toObject().value(QStringLiteral("budget")).toInteger();
            }
            return qint64(-1);
        };
        const qint64 start = budget();
        QVERIFY(start >= qint64(100000) * 5000); // 100,000 payouts of the largest amount
        QVERIFY(succeeded(pay(QStringLiteral("BULK_PROMO"), 900000001, 5000)));
        QCOMPARE(budget(), start - 5000);
        QCOMPARE(errorCode(pay(QStringLiteral("BULK_PROMO"), 900000002, 5001)), QStringLiteral("4114"));
        QVERIFY(succeeded(pay(QStringLiteral("TEST_BULK_PROMO"), 900000003, 5000)));
        QCOMPARE(budget(), start - 5000);
        const QJsonArray ledger = state->ledger(QStringLiteral("payout")).value(QStringLiteral("entries")).toArray();
        QCOMPARE(ledger.size(), 2); // the one refused for its amount paid nothing
        QCOMPARE(ledger.first().toObject().value(QStringLiteral("amount")).toInt(), 5000);
        QCOMPARE(ledger.last().toObject().value(QStringLiteral("promotionCode")).toString(), QStringLiteral("TEST_BULK_PROMO"));
        QVERIFY(ledger.last().toObject().value(QStringLiteral("test")).toBool());
        QCOMPARE(state->ledger(QStringLiteral("promotion-key")).value(QStringLiteral("entries")).toArray().size(), 3);
        QCOMPARE(state->ledger().value(QStringLiteral("entries")).toArray().size(), 5);
    }

    // --- time ------------------------------------------------------------------------------

    void timeBoundRulesFollowTheClock()
    {
        auto state = makeState();
        const QString key = envelope(call(*state, QStringLiteral("/promotion/execute-promotion/get-key")))
                                .value(QStringLiteral("success")).toObject().value(QStringLiteral("key")).toString();
        const QJsonObject payout{{QStringLiteral("promotionCode"), QStringLiteral("DEMO_PROMO")}, {QStringLiteral("key"), key},
                                 {QStringLiteral("amount"), 100}};
        QVERIFY(succeeded(call(*state, QStringLiteral("/promotion/execute-promotion"), payout)));
        const QJsonObject result{{QStringLiteral("promotionCode"), QStringLiteral("DEMO_PROMO")}, {QStringLiteral("key"), key}};
        QCOMPARE(envelope(call(*state, QStringLiteral("/promotion/execution-result"), result)).value(QStringLiteral("success")).toString(), QStringLiteral("PENDING"));
        m_now = m_now.addMSecs(999);
        QCOMPARE(envelope(call(*state, QStringLiteral("/promotion/execution-result"), result)).value(QStringLiteral("success")).toString(), QStringLiteral("PENDING"));
        m_now = m_now.addMSecs(1);
        QCOMPARE(envelope(call(*state, QStringLiteral("/promotion/execution-result"), result)).value(QStringLiteral("success")).toString(), QStringLiteral("SUCCESS"));

        // A key lives an hour.
        const QString late = envelope(call(*state, QStringLiteral("/promotion/execute-promotion/get-key")))
                                 .value(QStringLiteral("success")).toObject().value(QStringLiteral("key")).toString();
        m_now = m_now.addSecs(3600);
        const Response expired = call(*state, QStringLiteral("/promotion/execute-promotion"),
                                      {{QStringLiteral("promotionCode"), QStringLiteral("DEMO_PROMO")}, {QStringLiteral("key"), late}, {QStringLiteral("amount"), 100}});
        QCOMPARE(errorCode(expired), QStringLiteral("INVALID_PARAMETER"));

        // An authorization code lives ten minutes.
        const QString code = state->mintAuthorizationCode(443731103);
        m_now = m_now.addSecs(600);
        const Response token = call(*state, QStringLiteral("/user/oauth2/generate-token"),
                                    {{QStringLiteral("authorizationCode"), code}, {QStringLiteral("referrer"), QStringLiteral("sandbox")}}, 0);
        QCOMPARE(token.status, 400);
        QCOMPARE(envelope(token).value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    }

    // --- fault settings --------------------------------------------------------------------

    void countFaultsAcceptTrueAsOne()
    {
        Faults f;
        QCOMPARE(f.merge({{QStringLiteral("applyThenDrop"), true}}), QString());
        QCOMPARE(f.applyThenDrop, 1);
        QCOMPARE(f.merge({{QStringLiteral("closeWithoutAnswer"), true}, {QStringLiteral("malformedBody"), 3}}), QString());
        QCOMPARE(f.closeWithoutAnswer, 1);
        QCOMPARE(f.malformedBody, 3);
        QCOMPARE(f.merge({{QStringLiteral("applyThenDrop"), false}}), QString());
        QCOMPARE(f.applyThenDrop, 0);
        // A bad value changes nothing, not even the good values next to it.
        QVERIFY(!f.merge({{QStringLiteral("malformedBody"), 1.5}}).isEmpty());
        QVERIFY(!f.merge({{QStringLiteral("closeWithoutAnswer"), -1}, {QStringLiteral("applyThenDrop"), 2}}).isEmpty());
        QVERIFY(!f.merge({{QStringLiteral("applyThenDrop"), QStringLiteral("1")}}).isEmpty());
        QCOMPARE(f.malformedBody, 3);
        QCOMPARE(f.applyThenDrop, 0);
        QVERIFY(!f.merge({{QStringLiteral("noSuchFault"), 1}}).isEmpty());
    }

    void limitsAreSettings()
    {
        Faults f;
        QCOMPARE(f.qpm, 3000);
        QCOMPARE(f.limitSignal, QStringLiteral("4095"));
        QCOMPARE(f.merge({{QStringLiteral("qpm"), 60000}, {QStringLiteral("limitSignal"), QStringLiteral("429")}}), QString());
        QCOMPARE(f.qpm, 60000);
        QCOMPARE(f.limitSignal, QStringLiteral("429"));
        QVERIFY(!f.merge({{QStringLiteral("limitSignal"), QStringLiteral("503")}}).isEmpty());
        QVERIFY(!f.merge({{QStringLiteral("qpm"), -1}}).isEmpty());
        QCOMPARE(f.toJson().value(QStringLiteral("qpm")).toInt(), 60000);
    }

    void hostileSettings()
    {
        Faults f;
        QCOMPARE(f.merge({{QStringLiteral("hostile"), QStringLiteral("redirect")}, {QStringLiteral("hostileStatus"), 307},
                          {QStringLiteral("hostileCount"), 2}, {QStringLiteral("hostilePath"), QStringLiteral("/pay/refund-payment")}}),
                 QString());
        QCOMPARE(f.hostileStatus, 307);
        QCOMPARE(f.hostileCount, 2);
        // Setting the mode again starts from the defaults: count 1, status 302, any path.
        QCOMPARE(f.merge({{QStringLiteral("hostile"), QStringLiteral("redirect")}}), QString());
        QCOMPARE(f.hostileStatus, 302);
        QCOMPARE(f.hostileCount, 1);
        QCOMPARE(f.hostilePath, QString());
        QVERIFY(f.hostileApply);
        QCOMPARE(f.merge({{QStringLiteral("hostileApply"), false}, {QStringLiteral("hostileCount"), true}}), QString());
        QVERIFY(!f.hostileApply);
        QVERIFY(!f.merge({{QStringLiteral("hostileStatus"), 200}}).isEmpty());
        QVERIFY(!f.merge({{QStringLiteral("hostile"), QStringLiteral("gibberish")}}).isEmpty());
        QCOMPARE(f.hostile, QStringLiteral("redirect"));
        QCOMPARE(f.merge({{QStringLiteral("hostile"), QString()}}), QString());
        QCOMPARE(f.hostileCount, 0);
        // Defaults of the size per mode.
        QCOMPARE(hostile({{QStringLiteral("hostile"), QStringLiteral("huge-body")}}).effectiveHostileBytes(), qint64(100) * 1024 * 1024);
        QCOMPARE(hostile({{QStringLiteral("hostile"), QStringLiteral("huge-header")}}).effectiveHostileBytes(), qint64(8) * 1024 * 1024);
        QCOMPARE(hostile({{QStringLiteral("hostile"), QStringLiteral("many-headers")}}).effectiveHostileBytes(), qint64(200000));
        QCOMPARE(hostile({{QStringLiteral("hostile"), QStringLiteral("drip")}}).hostileIntervalMs, 1000);
        QCOMPARE(hostile({{QStringLiteral("hostile"), QStringLiteral("huge-body")}, {QStringLiteral("hostileBytes"), 5}}).effectiveHostileBytes(), qint64(5));
    }

    void nextNFaultsMatchTheirPath()
    {
        int count = 2;
        QVERIFY(!Faults::take(count, QStringLiteral("/pay/refund-payment"), Prefix + QStringLiteral("/pay/get-payment-status")));
        QCOMPARE(count, 2);
        QVERIFY(Faults::take(count, QStringLiteral("/pay/refund-payment"), Prefix + QStringLiteral("/pay/refund-payment")));
        QVERIFY(Faults::take(count, QString(), Prefix + QStringLiteral("/pay/get-payment-status")));
        QCOMPARE(count, 0);
        QVERIFY(!Faults::take(count, QString(), Prefix + QStringLiteral("/pay/get-payment-status")));
        QCOMPARE(count, 0);
    }

    // --- hostile answers -------------------------------------------------------------------

    void truncatedJson()
    {
        const Response real = realLookup();
        const Parsed p = parse(messageOf(hostileAnswer(hostile({{QStringLiteral("hostile"), QStringLiteral("truncated-json")}}), real)));
        QCOMPARE(p.status, 200);
        QCOMPARE(p.body, real.body.left(real.body.size() / 2));
        QCOMPARE(p.header("Content-Length").toLongLong(), p.body.size()); // correct for what is sent
        QJsonParseError error;
        QJsonDocument::fromJson(p.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void notUtf8()
    {
        const Response real = realLookup();
        const Parsed p = parse(messageOf(hostileAnswer(hostile({{QStringLiteral("hostile"), QStringLiteral("not-utf8")}}), real)));
        QCOMPARE(p.status, 200);
        QCOMPARE(p.header("Content-Length").toLongLong(), p.body.size());
        const qsizetype at = p.body.indexOf("\xFF\xFE");
        QVERIFY(at > 0);
        QCOMPARE(p.body.at(at - 1), '"'); // inside a string value…
        QByteArray repaired = p.body;
        QCOMPARE(repaired.remove(at, 2), real.body); // …of the real envelope, nothing else changed
        QVERIFY(at > real.body.indexOf("\"success\":"));
        QStringDecoder utf8(QStringDecoder::Utf8);
        (void)QString(utf8(p.body));
        QVERIFY(utf8.hasError());
    }

    void deepNesting()
    {
        const Parsed p = parse(messageOf(hostileAnswer(hostile({{QStringLiteral("hostile"), QStringLiteral("deep-nesting")}}), realLookup())));
        QCOMPARE(p.status, 200);
        const QByteArray prefix = "{\"resultType\":\"SUCCESS\",\"success\":";
        QVERIFY(p.body.startsWith(prefix));
        QCOMPARE(p.body, prefix + QByteArray(5000, '[') + QByteArray(5000, ']') + '}');
        QCOMPARE(p.header("Content-Length").toLongLong(), p.body.size());
        QJsonParseError error;
        QJsonDocument::fromJson(p.body, &error);
        QCOMPARE(error.error, QJsonParseError::DeepNesting);
    }

    void duplicateKeys()
    {
        const Response real = realLookup();
        const Faults f = hostile({{QStringLiteral("hostile"), QStringLiteral("duplicate-keys")}});
        const Parsed p = parse(messageOf(hostileAnswer(f, real)));
        QCOMPARE(p.status, 200);
        const QByteArray success = QJsonDocument(envelope(real).value(QStringLiteral("success")).toObject()).toJson(QJsonDocument::Compact);
        QCOMPARE(p.body, "{\"resultType\":\"FAIL\",\"resultType\":\"SUCCESS\",\"success\":" + success + '}');

        // A real FAIL: the other order, so the last key is still the real one.
        auto state = makeState();
        const Response refused = call(*state, QStringLiteral("/promotion/execute-promotion"),
                                      {{QStringLiteral("promotionCode"), QStringLiteral("NO_SUCH_PROMO")}, {QStringLiteral("key"), QStringLiteral("k")},
                                       {QStringLiteral("amount"), 1}});
        QCOMPARE(errorCode(refused), QStringLiteral("4100"));
        const Parsed q = parse(messageOf(hostileAnswer(f, refused)));
        QCOMPARE(q.status, 200);
        QVERIFY(q.body.startsWith("{\"resultType\":\"SUCCESS\",\"resultType\":\"FAIL\",\"error\":{"));
        QCOMPARE(QJsonDocument::fromJson(q.body).object().value(QStringLiteral("error")), envelope(refused).value(QStringLiteral("error")));
    }

    void redirect_data()
    {
        QTest::addColumn<int>("status");
        for (int s : {301, 302, 303, 307, 308})
            QTest::newRow(QByteArray::number(s).constData()) << s;
    }

    void redirect()
    {
        QFETCH(int, status);
        const Parsed p = parse(messageOf(hostileAnswer(
            hostile({{QStringLiteral("hostile"), QStringLiteral("redirect")}, {QStringLiteral("hostileStatus"), status},
                     {QStringLiteral("hostileLocation"), QStringLiteral("https://other.example/api")}}),
            realLookup())));
        QCOMPARE(p.status, status);
        QCOMPARE(p.header("Location"), QByteArray("https://other.example/api"));
        QCOMPARE(p.header("Content-Length"), QByteArray("0"));
        QVERIFY(p.body.isEmpty());
        // The default target is another host, one that never resolves.
        const Parsed d = parse(messageOf(hostileAnswer(hostile({{QStringLiteral("hostile"), QStringLiteral("redirect")}}), realLookup())));
        QCOMPARE(d.status, 302);
        QCOMPARE(QUrl(QString::fromLatin1(d.header("Location"))).host(), QStringLiteral("example.invalid"));
    }

    void hugeBodyIsAValidEnvelopeOfTheAskedSize()
    {
        const Response real = realLookup();
        const Parsed p = parse(messageOf(hostileAnswer(
            hostile({{QStringLiteral("hostile"), QStringLiteral("huge-body")}, {QStringLiteral("hostileBytes"), 100000}}), real)));
        QCOMPARE(p.status, 200);
        QCOMPARE(p.body.size(), 100000);
        QCOMPARE(p.header("Content-Length"), QByteArray("100000"));
        const QJsonObject o = QJsonDocument::fromJson(p.body).object();
        QCOMPARE(o.value(QStringLiteral("resultType")).toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(o.value(QStringLiteral("success")), envelope(real).value(QStringLiteral("success")));
        QVERIFY(o.value(QStringLiteral("pad")).toString().size() > 99000);
    }

    void hugeBodyIsProducedInBoundedPieces()
    {
        // 100 MiB by default, described in a few pieces and read in chunks: never held whole.
        const Answer a = hostileAnswer(hostile({{QStringLiteral("hostile"), QStringLiteral("huge-body")}}), realLookup());
        QCOMPARE(a.bodySize(), qint64(100) * 1024 * 1024);
        qint64 bytes = 0;
        for (const Piece &piece : a.body)
            bytes += piece.bytes.size();
        QVERIFY(bytes < 4096);
        PieceReader reader(a.message());
        qint64 total = 0;
        QByteArray last;
        while (!reader.atEnd()) {
            const QByteArray chunk = reader.read(qint64{64} * 1024);
            QVERIFY(chunk.size() <= qsizetype{64} * 1024 && !chunk.isEmpty());
            total += chunk.size();
            last = chunk;
        }
        const qint64 head = a.message().first().size() + 2; // status line and headers, then the blank line
        QCOMPARE(total, head + a.bodySize());
        QVERIFY(last.endsWith("xx\"}"));
    }

    void hugeHeader()
    {
        const Response real = realLookup();
        const Parsed p = parse(messageOf(hostileAnswer(hostile({{QStringLiteral("hostile"), QStringLiteral("huge-header")}}), real)));
        QCOMPARE(p.status, 200);
        QCOMPARE(p.header("X-Pad").size(), 8 * 1024 * 1024);
        QCOMPARE(p.body, real.body);
    }

    void manyHeaders()
    {
        const Response real = realLookup();
        const Parsed p = parse(messageOf(hostileAnswer(hostile({{QStringLiteral("hostile"), QStringLiteral("many-headers")}}), real)));
        QCOMPARE(p.status, 200);
        QCOMPARE(p.body, real.body);
        int pads = 0;
        for (const auto &[name, value] : p.headers) {
            if (name.startsWith("X-Pad-")) {
                ++pads;
                QCOMPARE(name, "X-Pad-" + QByteArray::number(pads)); // X-Pad-N: N, in order
                QCOMPARE(value, QByteArray::number(pads));
            }
        }
        QCOMPARE(pads, 200000);
    }

    void numberedHeaderSizesAreExact_data()
    {
        QTest::addColumn<qint64>("count");
        for (qint64 n : {0, 1, 9, 10, 99, 100, 12345})
            QTest::newRow(QByteArray::number(n).constData()) << n;
    }

    void numberedHeaderSizesAreExact()
    {
        QFETCH(qint64, count);
        const Piece piece{{}, count, true};
        QCOMPARE(qint64(PieceReader({piece}).readAll().size()), piece.size());
        // Read in awkward chunks, the lines come out the same.
        PieceReader small({piece});
        QByteArray joined;
        while (!small.atEnd())
            joined += small.read(7);
        QCOMPARE(joined, PieceReader({piece}).readAll());
    }

    void dripAndTheSmallOnes()
    {
        const Response real = realLookup();
        const Answer drip = hostileAnswer(hostile({{QStringLiteral("hostile"), QStringLiteral("drip")}, {QStringLiteral("hostileIntervalMs"), 25}}), real);
        QCOMPARE(drip.dripIntervalMs, 25);
        QCOMPARE(messageOf(drip), messageOf(plainAnswer(real)));

        const Parsed empty = parse(messageOf(hostileAnswer(hostile({{QStringLiteral("hostile"), QStringLiteral("empty-200")}}), real)));
        QCOMPARE(empty.status, 200);
        QVERIFY(empty.body.isEmpty());
        QCOMPARE(empty.header("Content-Length"), QByteArray("0"));

        const Parsed html = parse(messageOf(hostileAnswer(hostile({{QStringLiteral("hostile"), QStringLiteral("html-502")}}), real)));
        QCOMPARE(html.status, 502);
        QVERIFY(html.header("Content-Type").startsWith("text/html"));
        QVERIFY(html.body.contains("<html>"));
        QCOMPARE(html.header("Content-Length").toLongLong(), html.body.size());
    }

    // --- limits ----------------------------------------------------------------------------

    void userLimitGroups()
    {
        QCOMPARE(userLimitGroup(Prefix + QStringLiteral("/promotion/execute-promotion/get-key")), UserLimitGroup::Promotion);
        QCOMPARE(userLimitGroup(Prefix + QStringLiteral("/promotion/execute-promotion")), UserLimitGroup::Promotion);
        QCOMPARE(userLimitGroup(Prefix + QStringLiteral("/promotion/execution-result")), UserLimitGroup::Promotion);
        QCOMPARE(userLimitGroup(Prefix + QStringLiteral("/messenger/send-message")), UserLimitGroup::Message);
        QCOMPARE(userLimitGroup(Prefix + QStringLiteral("/messenger/send-test-message")), UserLimitGroup::None);
        QCOMPARE(userLimitGroup(Prefix + QStringLiteral("/messenger/send-bulk-message")), UserLimitGroup::None);
        QCOMPARE(userLimitGroup(Prefix + QStringLiteral("/pay/refund-payment")), UserLimitGroup::None);
        QVERIFY(State::isEndpoint("POST", Prefix + QStringLiteral("/promotion/execution-result")));
        QVERIFY(State::isEndpoint("GET", Prefix + QStringLiteral("/user/oauth2/login-me")));
        QVERIFY(!State::isEndpoint("GET", Prefix + QStringLiteral("/promotion/execution-result")));
        QVERIFY(!State::isEndpoint("POST", Prefix + QStringLiteral("/nothing")));
    }

    void appWindowSlidesOverSixtySeconds()
    {
        using V = Limiter::Verdict;
        Limiter limiter;
        const qint64 t0 = 1000000;
        for (int i = 0; i < 5; ++i)
            QCOMPARE(limiter.admit(t0 + qint64{i} * 1000, 5, UserLimitGroup::None, 0), V::Admitted);
        // Refused calls are not counted: hammering does not push the window on.
        for (int i = 0; i < 100; ++i)
            QCOMPARE(limiter.admit(t0 + 10000, 5, UserLimitGroup::None, 0), V::OverAppLimit);
        QCOMPARE(limiter.admit(t0 + 59999, 5, UserLimitGroup::None, 0), V::OverAppLimit);
        QCOMPARE(limiter.admit(t0 + 60000, 5, UserLimitGroup::None, 0), V::Admitted); // the first has left the window
        QCOMPARE(limiter.admit(t0 + 60000, 5, UserLimitGroup::None, 0), V::OverAppLimit);
        QCOMPARE(limiter.admit(t0 + 61000, 5, UserLimitGroup::None, 0), V::Admitted);
        QCOMPARE(limiter.maxCallsInAnyMinute(), 5);
        // Without a limit the calls are still measured.
        Limiter open;
        for (int i = 0; i < 7000; ++i)
            QCOMPARE(open.admit(t0 + i, 0, UserLimitGroup::None, 0), V::Admitted);
        QCOMPARE(open.maxCallsInAnyMinute(), 7000);
        QCOMPARE(open.admit(t0 + 70000, 0, UserLimitGroup::None, 0), V::Admitted);
        QCOMPARE(open.maxCallsInAnyMinute(), 7000);
        open.resetMaxima();
        QCOMPARE(open.maxCallsInAnyMinute(), 0);
    }

    void tenCallsPerMinutePerUserAndGroup()
    {
        using V = Limiter::Verdict;
        Limiter limiter;
        const qint64 t0 = 5000000;
        for (int i = 0; i < 10; ++i)
            QCOMPARE(limiter.admit(t0 + i, 3000, UserLimitGroup::Promotion, 900000001), V::Admitted);
        QCOMPARE(limiter.admit(t0 + 20, 3000, UserLimitGroup::Promotion, 900000001), V::OverUserLimit);
        QCOMPARE(limiter.admit(t0 + 20, 3000, UserLimitGroup::Promotion, 900000002), V::Admitted); // another user
        QCOMPARE(limiter.admit(t0 + 20, 3000, UserLimitGroup::Message, 900000001), V::Admitted);   // another group
        QCOMPARE(limiter.admit(t0 + 20, 3000, UserLimitGroup::None, 900000001), V::Admitted);      // no per-user limit
        QCOMPARE(limiter.maxUserCallsInAnyMinute(), 10);
        QCOMPARE(limiter.admit(t0 + 59999, 3000, UserLimitGroup::Promotion, 900000001), V::OverUserLimit);
        QCOMPARE(limiter.admit(t0 + 60000, 3000, UserLimitGroup::Promotion, 900000001), V::Admitted);
        QCOMPARE(limiter.maxUserCallsInAnyMinute(), 10);
        // A call refused per user is not counted app-wide either.
        Limiter app;
        for (int i = 0; i < 10; ++i)
            app.admit(t0, 11, UserLimitGroup::Promotion, 1);
        QCOMPARE(app.admit(t0, 11, UserLimitGroup::Promotion, 1), V::OverUserLimit);
        QCOMPARE(app.admit(t0, 11, UserLimitGroup::None, 0), V::Admitted);
        QCOMPARE(app.admit(t0, 11, UserLimitGroup::None, 0), V::OverAppLimit);
    }

    void idleUsersAreSweptOut()
    {
        // 100,000 distinct users in a minute, then a minute of quiet: nothing of them is kept.
        Limiter limiter;
        const qint64 t0 = 9000000;
        for (qint64 user = 900000000; user < 900100000; ++user)
            QCOMPARE(limiter.admit(t0 + (user - 900000000) / 10, 0, UserLimitGroup::Promotion, user), Limiter::Verdict::Admitted);
        QCOMPARE(limiter.trackedUsers(), 100000);
        QCOMPARE(limiter.maxCallsInAnyMinute(), 100000);
        QCOMPARE(limiter.maxUserCallsInAnyMinute(), 1);
        QCOMPARE(limiter.admit(t0 + 10000 + 60000, 0, UserLimitGroup::Promotion, 42), Limiter::Verdict::Admitted);
        QCOMPARE(limiter.trackedUsers(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSandboxState)
#include "tst_sandboxstate.moc"
