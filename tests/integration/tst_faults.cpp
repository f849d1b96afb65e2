#include "core/api/partnerclient.h"
#include "support/sandboxprocess.h"

#include <QJsonArray>
#include <QtTest>

using namespace ait;
using namespace ait::api;
using ait::test::awaitCall;
using K = ApiError::Kind;

// What the client makes of a partner API that misbehaves: the sandbox's fault switches.
class TestFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxProcess> m_sandbox;
    std::unique_ptr<PartnerClient> m_client;
    static constexpr qint64 User = 443731103;

    Result<PaymentStatus> lookup(const QString &token = QStringLiteral("demo-pay-complete-1"))
    {
        return awaitCall<PaymentStatus>([&](auto done) { m_client->getPaymentStatus(User, token, {}, true, nullptr, done); });
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<test::SandboxProcess>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        m_client = m_sandbox->client(true, false, 1500);
    }

    void cleanup()
    {
        m_sandbox->setFaults({{QStringLiteral("latencyMs"), 0}, {QStringLiteral("errorRate"), 0}, {QStringLiteral("rateLimit"), QString()},
                              {QStringLiteral("closeWithoutAnswer"), 0}, {QStringLiteral("applyThenDrop"), 0},
                              {QStringLiteral("malformedBody"), 0}});
    }

    void applyThenDropOnARefundIsOutcomeUnknown()
    {
        m_sandbox->setFaults({{QStringLiteral("applyThenDrop"), 1}, {QStringLiteral("applyThenDropPath"), QStringLiteral("/pay/refund-payment")}});
        auto refund = awaitCall<Refund>([&](auto done) { m_client->refundPayment(User, QStringLiteral("demo-pay-complete-2"), QStringLiteral("고객 요청"), true, nullptr, done); });
        QVERIFY2(refund.error.kind == K::OutcomeUnknown, qPrintable(refund.error.kindName() + QLatin1Char(' ') + refund.error.technicalDetail));
        QVERIFY(refund.error.hint.contains(QStringLiteral("Reconcile")));
        // Applied exactly once, and not sent again by the network layer.
        QCOMPARE(m_sandbox->ledger(QStringLiteral("refund")).size(), 1);
        QCOMPARE(lookup(QStringLiteral("demo-pay-complete-2")).value->payStatus, QStringLiteral("REFUND_SUCCESS"));
    }

    void applyThenDropOnAMessageIsNotResent()
    {
        m_sandbox->setFaults({{QStringLiteral("applyThenDrop"), 1}, {QStringLiteral("applyThenDropPath"), QStringLiteral("/messenger/send-message")}});
        const int before = int(m_sandbox->ledger(QStringLiteral("message")).size());
        auto sent = awaitCall<MessageResult>([&](auto done) { m_client->sendMessage(User, QStringLiteral("demo-template"), {}, nullptr, done); });
        QCOMPARE(sent.error.kind, K::OutcomeUnknown);
        QCOMPARE(int(m_sandbox->ledger(QStringLiteral("message")).size()), before + 1);
    }

    void closedConnectionsOnALookup()
    {
        // Qt resends a lookup by itself once the connection drops (safe: it changes nothing)…
        m_sandbox->setFaults({{QStringLiteral("closeWithoutAnswer"), 1}});
        QVERIFY(lookup().ok());
        // …and gives up with a clear error when the server keeps closing.
        m_sandbox->setFaults({{QStringLiteral("closeWithoutAnswer"), 10}});
        const auto r = lookup();
        QVERIFY2(r.error.kind == K::ConnectionClosed, qPrintable(r.error.kindName()));
        QVERIFY(!r.error.message.isEmpty());
    }

    void rateLimitAnswers_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("HTTP 429") << "429";
        QTest::newRow("FAIL 4095") << "4095";
    }

    void rateLimitAnswers()
    {
        QFETCH(QString, mode);
        m_sandbox->setFaults({{QStringLiteral("rateLimit"), mode}});
        const auto r = lookup();
        QCOMPARE(r.error.kind, K::RateLimited);
        QVERIFY(!r.error.hint.isEmpty());
    }

    void serverErrors()
    {
        m_sandbox->setFaults({{QStringLiteral("errorRate"), 1.0}, {QStringLiteral("errorMode"), QStringLiteral("http500")}});
        QCOMPARE(lookup().error.kind, K::Http);
        auto refund = awaitCall<Refund>([&](auto done) { m_client->refundPayment(User, QStringLiteral("demo-pay-complete-3"), QStringLiteral("x"), true, nullptr, done); });
        QCOMPARE(refund.error.kind, K::OutcomeUnknown); // a 5xx on a change: nobody knows
        m_sandbox->setFaults({{QStringLiteral("errorMode"), QStringLiteral("fail")}});
        const auto fail = lookup();
        QCOMPARE(fail.error.kind, K::Partner);
        QCOMPARE(fail.error.partnerCode, QStringLiteral("INTERNAL_ERROR"));
    }

    void malformedJsonIsAParseError()
    {
        m_sandbox->setFaults({{QStringLiteral("malformedBody"), 1}});
        const auto r = lookup();
        QCOMPARE(r.error.kind, K::Parse);
        QVERIFY(!r.error.message.isEmpty());
    }

    void slowServer()
    {
        m_sandbox->setFaults({{QStringLiteral("latencyMs"), 4000}});
        const auto r = lookup();
        QVERIFY2(r.error.kind == K::Timeout, qPrintable(r.error.kindName()));
        auto key = awaitCall<QString>([&](auto done) { m_client->getPromotionKey(User, nullptr, done); });
        QCOMPARE(key.error.kind, K::Timeout); // asking for a key changes nothing
        auto payout = awaitCall<QString>([&](auto done) { m_client->executePromotion(User, QStringLiteral("DEMO_PROMO"), QStringLiteral("k"), 10, nullptr, done); });
        QCOMPARE(payout.error.kind, K::OutcomeUnknown); // the request was sent: may have been applied
    }

    void cancelEndsCallsInFlight()
    {
        m_sandbox->setFaults({{QStringLiteral("latencyMs"), 3000}});
        std::optional<Result<PaymentStatus>> lookup;
        std::optional<Result<QString>> payout;
        QSignalSpy inFlight(m_client.get(), &PartnerClient::inFlightChanged);
        const qint64 lookups = m_sandbox->calls(QStringLiteral("/pay/get-payment-status"));
        const qint64 payouts = m_sandbox->calls(QStringLiteral("/promotion/execute-promotion"));
        m_client->getPaymentStatus(User, QStringLiteral("demo-pay-complete-1"), {}, true, nullptr, [&](const auto &r) { lookup = r; });
        m_client->executePromotion(User, QStringLiteral("DEMO_PROMO"), QStringLiteral("k"), 10, nullptr, [&](const auto &r) { payout = r; });
        QCOMPARE(m_client->callsInFlight(), 2);
        // Both requests have left: the emulator has received them (and holds them for 3 s).
        QTRY_VERIFY(m_sandbox->calls(QStringLiteral("/pay/get-payment-status")) == lookups + 1
                    && m_sandbox->calls(QStringLiteral("/promotion/execute-promotion")) == payouts + 1);
        QElapsedTimer timer;
        timer.start();
        m_client->cancelAll();
        QTRY_VERIFY_WITH_TIMEOUT(lookup && payout, 2000);
        QVERIFY(timer.elapsed() < 2000); // not the server's 3 s
        QCOMPARE(lookup->error.kind, K::Cancelled);
        QCOMPARE(payout->error.kind, K::OutcomeUnknown); // it left: it may have been applied
        QCOMPARE(m_client->callsInFlight(), 0);
        QCOMPARE(inFlight.last().first().toInt(), 0);
    }

    void destroyingTheClientEndsItsCallsInFlight()
    {
        // What a profile switch does to a session with calls in flight: callers always hear back.
        m_sandbox->setFaults({{QStringLiteral("latencyMs"), 3000}});
        auto client = m_sandbox->client(true, false, 15000);
        std::optional<Result<PaymentStatus>> lookup;
        std::optional<Result<QString>> payout;
        const qint64 lookups = m_sandbox->calls(QStringLiteral("/pay/get-payment-status"));
        const qint64 payouts = m_sandbox->calls(QStringLiteral("/promotion/execute-promotion"));
        client->getPaymentStatus(User, QStringLiteral("demo-pay-complete-1"), {}, true, nullptr, [&](const auto &r) { lookup = r; });
        client->executePromotion(User, QStringLiteral("DEMO_PROMO"), QStringLiteral("k"), 10, nullptr, [&](const auto &r) { payout = r; });
        QTRY_VERIFY(m_sandbox->calls(QStringLiteral("/pay/get-payment-status")) == lookups + 1
                    && m_sandbox->calls(QStringLiteral("/promotion/execute-promotion")) == payouts + 1);
        client.reset();
        QTRY_VERIFY_WITH_TIMEOUT(lookup && payout, 2000);
        QCOMPARE(lookup->error.kind, K::Cancelled);
        QCOMPARE(payout->error.kind, K::OutcomeUnknown);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
