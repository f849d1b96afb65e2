#include "core/api/envelope.h"
#include "core/api/models.h"

#include <QJsonObject>
#include <QtTest>

using namespace ait::api;
using K = ApiError::Kind;

// Every response shape docs/partner-api.md documents (and a few it warns about).
class TestEnvelope : public QObject
{
    Q_OBJECT

private slots:
    void shapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("changesState");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("success") << QByteArray("{\"resultType\":\"SUCCESS\",\"success\":{\"key\":\"k\"}}") << 200 << false << int(K::None) << "";
        QTest::newRow("success string") << QByteArray("{\"resultType\":\"SUCCESS\",\"success\":\"PENDING\"}") << 200 << false << int(K::None) << "";
        QTest::newRow("old messenger result") << QByteArray("{\"resultType\":\"SUCCESS\",\"result\":{\"msgCount\":1}}") << 200 << true << int(K::None) << "";
        QTest::newRow("fail 200") << QByteArray("{\"resultType\":\"FAIL\",\"error\":{\"errorCode\":\"4113\",\"reason\":\"이미 지급\"}}") << 200 << true << int(K::Partner) << "4113";
        QTest::newRow("fail numeric code") << QByteArray("{\"resultType\":\"FAIL\",\"error\":{\"errorCode\":5004,\"reason\":\"x\"}}") << 200 << true << int(K::Partner) << "5004";
        QTest::newRow("fail 400") << QByteArray("{\"resultType\":\"FAIL\",\"error\":{\"errorCode\":\"INVALID_PARAMETER\",\"reason\":\"x\"}}") << 400 << false << int(K::Partner) << "INVALID_PARAMETER";
        QTest::newRow("bare invalid_grant") << QByteArray("{\"error\":\"invalid_grant\"}") << 400 << false << int(K::InvalidGrant) << "invalid_grant";
        QTest::newRow("4095 is a rate limit") << QByteArray("{\"resultType\":\"FAIL\",\"error\":{\"errorCode\":\"4095\"}}") << 200 << false << int(K::RateLimited) << "4095";
        QTest::newRow("429") << QByteArray("Too Many Requests") << 429 << false << int(K::RateLimited) << "";
        QTest::newRow("HTTP_TIMEOUT on a change") << QByteArray("{\"resultType\":\"HTTP_TIMEOUT\"}") << 200 << true << int(K::OutcomeUnknown) << "";
        QTest::newRow("NETWORK_ERROR on a lookup") << QByteArray("{\"resultType\":\"NETWORK_ERROR\"}") << 200 << false << int(K::Parse) << "";
        QTest::newRow("500 on a change") << QByteArray("oops") << 502 << true << int(K::OutcomeUnknown) << "";
        QTest::newRow("500 on a lookup") << QByteArray("oops") << 500 << false << int(K::Http) << "";
        QTest::newRow("truncated JSON") << QByteArray("{\"resultType\":\"SUCC") << 200 << false << int(K::Parse) << "";
        QTest::newRow("not an object") << QByteArray("[1,2]") << 200 << false << int(K::Parse) << "";
        QTest::newRow("empty") << QByteArray() << 200 << false << int(K::Parse) << "";

        // The answer to a change: only a readable refusal is a failure; anything else is unknown.
        QTest::newRow("change: truncated JSON") << QByteArray("{\"resultType\":\"SUCC") << 200 << true << int(K::OutcomeUnknown) << "";
        QTest::newRow("change: empty 200") << QByteArray() << 200 << true << int(K::OutcomeUnknown) << "";
        QTest::newRow("change: not an object") << QByteArray("[1]") << 200 << true << int(K::OutcomeUnknown) << "";
        QTest::newRow("change: not UTF-8") << QByteArray("{\"resultType\":\"SUCCESS\",\"success\":{\"refundNo\":\"\xff\xfe\"}}") << 200 << true << int(K::OutcomeUnknown) << "";
        QTest::newRow("change: too deep") << QByteArray("{\"resultType\":\"SUCCESS\",\"success\":") + QByteArray(5000, '[') + QByteArray(5000, ']') + "}" << 200 << true << int(K::OutcomeUnknown) << "";
        QTest::newRow("change: unreadable 400") << QByteArray("<html>bad request</html>") << 400 << true << int(K::OutcomeUnknown) << "";
        QTest::newRow("change: 429 is the limit signal") << QByteArray("slow down") << 429 << true << int(K::RateLimited) << "";
        QTest::newRow("change: 4095 is the limit signal") << QByteArray("{\"resultType\":\"FAIL\",\"error\":{\"errorCode\":\"4095\"}}") << 200 << true << int(K::RateLimited) << "4095";
        QTest::newRow("change: FAIL without a code") << QByteArray("{\"resultType\":\"FAIL\",\"error\":{}}") << 200 << true << int(K::OutcomeUnknown) << "";
        QTest::newRow("change: FAIL with a 5xx") << QByteArray("{\"resultType\":\"FAIL\",\"error\":{\"errorCode\":\"X\"}}") << 503 << true << int(K::OutcomeUnknown) << "X";
        QTest::newRow("change: INTERNAL_ERROR") << QByteArray("{\"resultType\":\"FAIL\",\"error\":{\"errorCode\":\"INTERNAL_ERROR\"}}") << 200 << true << int(K::OutcomeUnknown) << "INTERNAL_ERROR";
        QTest::newRow("change: 4110 internal grant failure") << QByteArray("{\"resultType\":\"FAIL\",\"error\":{\"errorCode\":\"4110\"}}") << 200 << true << int(K::OutcomeUnknown) << "4110";
        QTest::newRow("change: SUCCESS with an error status") << QByteArray("{\"resultType\":\"SUCCESS\",\"success\":{}}") << 500 << true << int(K::OutcomeUnknown) << "";
        QTest::newRow("change: no resultType") << QByteArray("{\"ok\":true}") << 200 << true << int(K::OutcomeUnknown) << "";
        QTest::newRow("change: bare error with a 5xx") << QByteArray("{\"error\":\"server_error\"}") << 500 << true << int(K::OutcomeUnknown) << "";
        QTest::newRow("change: INTERNAL_ERROR on a lookup is a refusal") << QByteArray("{\"resultType\":\"FAIL\",\"error\":{\"errorCode\":\"INTERNAL_ERROR\"}}") << 200 << false << int(K::Partner) << "INTERNAL_ERROR";

        // Duplicate keys: QJsonDocument keeps the last one; we read none of it.
        QTest::newRow("duplicate resultType, change") << QByteArray("{\"resultType\":\"FAIL\",\"resultType\":\"SUCCESS\",\"success\":{\"refundNo\":\"r\"}}") << 200 << true << int(K::OutcomeUnknown) << "";
        QTest::newRow("duplicate resultType, lookup") << QByteArray("{\"resultType\":\"FAIL\",\"resultType\":\"SUCCESS\",\"success\":{}}") << 200 << false << int(K::Parse) << "";
        QTest::newRow("duplicate key, escaped") << QByteArray("{\"resultType\":\"SUCCESS\",\"success\":{\"a\":1,\"\\u0061\":2}}") << 200 << true << int(K::OutcomeUnknown) << "";
        QTest::newRow("same key in two objects is fine") << QByteArray("{\"resultType\":\"SUCCESS\",\"success\":{\"x\":{\"k\":1},\"y\":{\"k\":2}}}") << 200 << true << int(K::None) << "";
        QTest::newRow("key text inside a value is fine") << QByteArray("{\"resultType\":\"SUCCESS\",\"success\":{\"k\":\"\\\",\\\"k\\\":\"}}") << 200 << true << int(K::None) << "";
    }

    void shapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(bool, changesState);
        QFETCH(int, kind);
        QFETCH(QString, code);
        const Envelope e = Envelope::parse(body, status, changesState);
        QCOMPARE(int(e.error.kind), kind);
        QCOMPARE(e.success, kind == int(K::None));
        QCOMPARE(e.error.partnerCode, code);
        if (!e.success)
            QVERIFY(!e.error.message.isEmpty());
    }

    void messengerShapes()
    {
        const QByteArray newer = "{\"msgCount\":1,\"sentPushCount\":0,\"sentInboxCount\":1,\"fail\":{\"sentPush\":[{\"contentId\":\"c1\",\"reachedFailReason\":\"OPT_OUT\"}]}}";
        const QByteArray older = "{\"msgCount\":1,\"sentPushCount\":0,\"fail\":{\"sentPush\":[{\"contentId\":\"c1\",\"reachFailReason\":\"OPT_OUT\"}]}}";
        for (const QByteArray &json : {newer, older}) {
            const auto m = parseMessageResult(QJsonDocument::fromJson(json).object());
            QVERIFY(m);
            QCOMPARE(m->failures.size(), 1);
            QCOMPARE(m->failures.first().reason, QStringLiteral("OPT_OUT"));
            QCOMPARE(m->failures.first().channel, QStringLiteral("sentPush"));
        }
    }

    void userKeyIsInt64()
    {
        QCOMPARE(readInt64(QJsonValue(443731103.0)), std::optional<qint64>(443731103));
        QCOMPARE(readInt64(QJsonValue(QStringLiteral("9007199254740993"))), std::optional<qint64>(9007199254740993LL));
        QCOMPARE(readInt64(QJsonValue(1.5)), std::optional<qint64>());
        QCOMPARE(readInt64(QJsonValue(1e300)), std::optional<qint64>());
        QCOMPARE(readInt64(QJsonValue(QStringLiteral("12a"))), std::optional<qint64>());
    }

    void toleratesUnknownFields()
    {
        const auto s = parsePaymentStatus(QJsonDocument::fromJson("{\"payToken\":\"p\",\"payStatus\":\"PAY_COMPLETE\",\"amount\":\"1000\",\"newField\":{\"x\":1}}").object());
        QVERIFY(s);
        QCOMPARE(s->amount, 1000);
        QVERIFY(s->raw.contains(QStringLiteral("newField")));
        QVERIFY(!parsePaymentStatus(QJsonObject{{QStringLiteral("amount"), 1}}));
        QCOMPARE(parsePromotionOutcome(QJsonValue(QStringLiteral("FAILED"))), std::optional<PromotionOutcome>(PromotionOutcome::Failed));
        QCOMPARE(parsePromotionOutcome(QJsonValue(QStringLiteral("WHAT"))), std::optional<PromotionOutcome>(PromotionOutcome::Unknown));
    }

    void knownCodesAreExplained()
    {
        for (const char *code : {"4100", "4109", "4110", "4111", "4112", "4113", "4114", "4116", "invalid_grant", "USER_NOT_FOUND", "PAYMENT_EXISTING_PAYMENT"}) {
            QVERIFY2(!ApiError::explainPartnerCode(QString::fromLatin1(code)).isEmpty(), code);
            QVERIFY2(!ApiError::adviseForPartnerCode(QString::fromLatin1(code)).isEmpty(), code);
        }
        QVERIFY(ApiError::explainPartnerCode(QStringLiteral("SOMETHING_NEW")).isEmpty());
        QVERIFY(ApiError::partner(QStringLiteral("SOMETHING_NEW"), QStringLiteral("r"), 200).message.contains(QStringLiteral("SOMETHING_NEW")));
    }

    // One sentence of what happened, one of what to do; never the same thing twice (issue 14 item 12).
    void partnerErrorsSayWhatHappenedAndWhatToDo()
    {
        const ApiError grant = ApiError::partner(QStringLiteral("invalid_grant"), {}, 400);
        QCOMPARE(grant.kind, ApiError::Kind::InvalidGrant);
        QVERIFY2(grant.hint.contains(QStringLiteral("Log in again")), qPrintable(grant.hint));
        QVERIFY(!grant.hint.contains(QStringLiteral("invalid")));
        const ApiError user = ApiError::partner(QStringLiteral("USER_NOT_FOUND"), QStringLiteral("user not found"), 404);
        QVERIFY(user.message.contains(QStringLiteral("user key")));
        QVERIFY(!user.message.contains(QStringLiteral("userKey")) && !user.hint.contains(QStringLiteral("userKey")));
        QVERIFY(!user.hint.contains(QStringLiteral("No Toss user"))); // not said twice
        const ApiError notFound = ApiError::partner(QStringLiteral("PAYMENT_NOT_FOUND"), QStringLiteral("not found"), 404);
        QVERIFY2(!notFound.message.contains(QStringLiteral("refused")), qPrintable(notFound.message)); // not framed as a refusal
        QVERIFY(notFound.message.contains(QStringLiteral("No payment was found")));
        const ApiError ended = ApiError::partner(QStringLiteral("4109"), {}, 200);
        QVERIFY2(ended.message.contains(QStringLiteral("ended")), qPrintable(ended.message));
        QVERIFY(!ended.hint.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
