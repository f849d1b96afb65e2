#include "core/journal/journal.h"
#include "core/ops/refundservice.h"
#include "support/async.h"
#include "support/sandboxprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QtTest>

using namespace ait;
using ait::test::SandboxProcess;
using K = api::ApiError::Kind;
using journal::State;

namespace {
std::optional<ops::RefundOutcome> awaitRefund(const std::function<void(std::function<void(const ops::RefundOutcome &)>)> &start, int ms = 30000)
{
    std::optional<ops::RefundOutcome> outcome;
    start([&outcome](const ops::RefundOutcome &o) { outcome = o; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, ms))
        return std::nullopt;
    return outcome;
}

// Resident memory of this process, in bytes (Linux).
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * 4096 : -1;
}
} // namespace

// Issue 11 items 1–5 against ait-sandbox: answers a real server could send (cut, not UTF-8, too deep,
// duplicate keys, redirects, huge, dripping). A refund that was applied is never recorded as failed
// — the ledger is the proof — and nothing follows a redirect or reads without bound.
class TestHostileAnswers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxProcess> m_elsewhere; // the "other host" a redirect points to
    std::unique_ptr<api::PartnerClient> m_client;
    std::unique_ptr<journal::Journal> m_journal;
    std::unique_ptr<ops::RefundService> m_refunds;
    const ops::OperationContext m_who{QStringLiteral("p1"), QStringLiteral("Sandbox"), QStringLiteral("AA:BB"), QStringLiteral("support-1")};
    int m_orders = 0;

    // A fresh completed payment to refund.
    QString paidPayment()
    {
        const QString orderNo = QStringLiteral("hostile-%1").arg(++m_orders);
        auto token = test::awaitCall<QString>([&](auto done) {
            m_client->makePayment(443731103, {orderNo, QStringLiteral("상품"), 1000, 0, true}, nullptr, done);
        });
        if (!token.ok())
            return {};
        auto executed = test::awaitCall<api::PaymentExecution>([&](auto done) {
            m_client->executePayment(443731103, *token.value, orderNo, true, nullptr, done);
        });
        return executed.ok() ? *token.value : QString();
    }

    int refundsOf(const QString &payToken)
    {
        int n = 0;
        for (const QJsonValue &e : m_sandbox->ledger(QStringLiteral("refund")))
            n += e.toObject().value(QStringLiteral("payToken")).toString() == payToken;
        return n;
    }

    std::optional<ops::RefundOutcome> refund(const QString &payToken, api::PartnerClient *client = nullptr)
    {
        return awaitRefund([&](auto done) {
            m_refunds->refund(client ? *client : *m_client, m_who, {443731103, payToken, {}, QStringLiteral("고객 요청"), true, 1000},
                              nullptr, done);
        }, 60000);
    }

    QJsonObject hostile(const QString &mode, const QString &path, const QJsonObject &more = {})
    {
        QJsonObject faults = more;
        faults[QStringLiteral("hostile")] = mode;
        faults[QStringLiteral("hostilePath")] = path;
        return m_sandbox->setFaults(faults);
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        m_elsewhere = std::make_unique<SandboxProcess>(QStringList{}, m_sandbox->dataDir()); // same CA: a host we would trust
        QVERIFY2(m_elsewhere->isReady(), qPrintable(m_elsewhere->error()));
        m_client = m_sandbox->client(true, false, 5000);
        m_journal = std::make_unique<journal::Journal>(m_dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(m_journal->open());
        m_refunds = std::make_unique<ops::RefundService>(*m_journal);
    }

    void cleanup()
    {
        m_sandbox->setFaults({{QStringLiteral("hostile"), QString()}});
    }

    // Item 1: whatever the answer to an applied refund looks like, it is unknown until reconciled.
    void anAppliedRefundWithAnUnreadableAnswerIsUnknown_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QJsonObject>("settings");
        QTest::newRow("truncated JSON") << QStringLiteral("truncated-json") << QJsonObject();
        QTest::newRow("not UTF-8") << QStringLiteral("not-utf8") << QJsonObject();
        QTest::newRow("nesting too deep") << QStringLiteral("deep-nesting") << QJsonObject();
        QTest::newRow("FAIL then SUCCESS") << QStringLiteral("duplicate-keys") << QJsonObject();
        QTest::newRow("empty 200") << QStringLiteral("empty-200") << QJsonObject();
        QTest::newRow("HTML 502") << QStringLiteral("html-502") << QJsonObject();
        QTest::newRow("302 without a body") << QStringLiteral("redirect") << QJsonObject{{QStringLiteral("hostileStatus"), 302}};
        QTest::newRow("307") << QStringLiteral("redirect") << QJsonObject{{QStringLiteral("hostileStatus"), 307}};
        QTest::newRow("9 MiB answer") << QStringLiteral("huge-body") << QJsonObject{{QStringLiteral("hostileBytes"), 9 * 1024 * 1024}};
        QTest::newRow("many headers") << QStringLiteral("many-headers") << QJsonObject{{QStringLiteral("hostileBytes"), 5000}};
        QTest::newRow("one huge header") << QStringLiteral("huge-header") << QJsonObject{{QStringLiteral("hostileBytes"), 1024 * 1024}};
    }

    void anAppliedRefundWithAnUnreadableAnswerIsUnknown()
    {
        QFETCH(QString, mode);
        QFETCH(QJsonObject, settings);
        const QString payToken = paidPayment();
        QVERIFY(!payToken.isEmpty());
        QJsonObject s = settings;
        if (mode == QLatin1String("redirect"))
            s[QStringLiteral("hostileLocation")] = m_elsewhere->url().toString() + QStringLiteral("/api-partner/v1/apps-in-toss/pay/refund-payment");
        hostile(mode, QStringLiteral("/pay/refund-payment"), s);

        const auto lost = refund(payToken);
        QVERIFY(lost);
        QCOMPARE(refundsOf(payToken), 1); // the emulator applied it
        QCOMPARE(lost->state, State::Unknown);
        QCOMPARE(lost->error.kind, K::OutcomeUnknown);
        QCOMPARE(m_journal->find(lost->operationId)->state, State::Unknown);
        QCOMPARE(m_elsewhere->calls(QStringLiteral("/pay/refund-payment")), 0); // no redirect followed

        // The second-refund guard holds, and Reconcile finds the refund applied.
        const auto again = refund(payToken);
        QVERIFY(again);
        QCOMPARE(again->error.kind, K::AlreadyInProgress);
        const auto settled = awaitRefund([&](auto done) { m_refunds->reconcile(*m_client, lost->operationId, nullptr, done); });
        QVERIFY(settled);
        QCOMPARE(settled->state, State::Reconciled);
        QVERIFY(settled->applied);
        QCOMPARE(refundsOf(payToken), 1);
    }

    // Item 2: a redirect is never followed — no token, no certificate, no body sent elsewhere.
    void aLookupRedirectIsNotFollowed()
    {
        hostile(QStringLiteral("redirect"), QStringLiteral("/user/oauth2/login-me"),
                {{QStringLiteral("hostileLocation"), m_elsewhere->url().toString() + QStringLiteral("/api-partner/v1/apps-in-toss/user/oauth2/login-me")}});
        const qint64 before = m_elsewhere->stats().value(QStringLiteral("connections")).toInteger();
        const auto r = test::awaitCall<api::LoginMe>([&](auto done) { m_client->loginMe(QStringLiteral("secret-token"), nullptr, done); });
        QCOMPARE(r.error.kind, K::Redirected);
        QVERIFY(r.error.technicalDetail.contains(QStringLiteral("302")));
        QCOMPARE(m_elsewhere->stats().value(QStringLiteral("connections")).toInteger(), before); // not even a connection
    }

    void aRedirectLoopSendsOneRequest()
    {
        const QString self = m_sandbox->url().toString() + QStringLiteral("/api-partner/v1/apps-in-toss/pay/get-payment-status");
        hostile(QStringLiteral("redirect"), QStringLiteral("/pay/get-payment-status"),
                {{QStringLiteral("hostileLocation"), self}, {QStringLiteral("hostileCount"), 100}});
        const qint64 before = m_sandbox->calls(QStringLiteral("/pay/get-payment-status"));
        const auto r = test::awaitCall<api::PaymentStatus>([&](auto done) {
            m_client->getPaymentStatus(443731103, QStringLiteral("demo-pay-complete-1"), {}, true, nullptr, done);
        });
        QCOMPARE(r.error.kind, K::Redirected);
        QCOMPARE(m_sandbox->calls(QStringLiteral("/pay/get-payment-status")), before + 1);
    }

    // Item 3: a huge answer is refused with a clear error, and memory comes back.
    void aHugeLookupAnswerIsRefusedInBoundedMemory()
    {
        const qint64 before = residentBytes();
        QVERIFY(before > 0);
        hostile(QStringLiteral("huge-body"), QStringLiteral("/pay/get-payment-status")); // 100 MiB
        const auto r = test::awaitCall<api::PaymentStatus>([&](auto done) {
            m_client->getPaymentStatus(443731103, QStringLiteral("demo-pay-complete-1"), {}, true, nullptr, done);
        }, 60000);
        QCOMPARE(r.error.kind, K::AnswerTooLarge);
        QVERIFY(!r.error.message.isEmpty());
        const qint64 growth = residentBytes() - before;
        // The answer is read up to 8 MiB and then dropped; 100 MiB never sits in this process.
        QVERIFY2(growth < qint64{40} * 1024 * 1024, qPrintable(QStringLiteral("grew by %1 bytes").arg(growth)));
    }

    // Qt 6.4's own header parser takes at most 100 fields of at most 8 KiB and stops reading past
    // that (no error, no progress): the call is never accepted, holds little memory, and ends at the
    // inactivity timeout — here 2 s — as a failure, for a change as an unknown outcome (tested above).
    void tooManyOrTooLargeHeadersAreNeverAccepted_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("bytes");
        QTest::newRow("200,000 headers") << QStringLiteral("many-headers") << 200000;
        QTest::newRow("an 8 MiB header") << QStringLiteral("huge-header") << 8 * 1024 * 1024;
    }

    void tooManyOrTooLargeHeadersAreNeverAccepted()
    {
        QFETCH(QString, mode);
        QFETCH(int, bytes);
        const qint64 before = residentBytes();
        hostile(mode, QStringLiteral("/order/get-order-status"), {{QStringLiteral("hostileBytes"), bytes}});
        auto client = m_sandbox->client(true, false, 2000, 4000);
        const auto r = test::awaitCall<api::OrderStatus>([&](auto done) {
            client->getOrderStatus(QStringLiteral("demo-order-purchased"), 0, nullptr, done);
        });
        QVERIFY2(r.error.kind == K::AnswerTooLarge || r.error.kind == K::Timeout,
                 qPrintable(r.error.kindName() + QStringLiteral(": ") + r.error.technicalDetail));
        QVERIFY(!r.value);
        const qint64 growth = residentBytes() - before;
        QVERIFY2(growth < qint64{20} * 1024 * 1024, qPrintable(QStringLiteral("grew by %1 bytes").arg(growth)));
    }

    // Item 4: a server that trickles its answer is bounded by the call's deadline, not its silence.
    void aDrippingLookupEndsAtTheDeadline()
    {
        auto client = m_sandbox->client(true, false, 5000, 1500);
        hostile(QStringLiteral("drip"), QStringLiteral("/pay/get-payment-status"), {{QStringLiteral("hostileIntervalMs"), 200}});
        QElapsedTimer timer;
        timer.start();
        const auto r = test::awaitCall<api::PaymentStatus>([&](auto done) {
            client->getPaymentStatus(443731103, QStringLiteral("demo-pay-complete-1"), {}, true, nullptr, done);
        });
        QCOMPARE(r.error.kind, K::Timeout);
        QVERIFY(r.error.technicalDetail.contains(QStringLiteral("1500")));
        // Without the deadline the 200 ms drip would never trip the 5 s inactivity timeout.
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void aDrippingRefundAnswerIsUnknownAtTheDeadline()
    {
        const QString payToken = paidPayment();
        auto client = m_sandbox->client(true, false, 5000, 1500);
        hostile(QStringLiteral("drip"), QStringLiteral("/pay/refund-payment"), {{QStringLiteral("hostileIntervalMs"), 200}});
        const auto lost = refund(payToken, client.get());
        QVERIFY(lost);
        QCOMPARE(lost->state, State::Unknown);
        QCOMPARE(refundsOf(payToken), 1);
    }

    // After Cancel, the operator hears "cancelled" for a lookup — not "could not be read" — and a
    // change that left stays unknown.
    void cancelWhileTheAnswerArrives()
    {
        hostile(QStringLiteral("drip"), QStringLiteral("/pay/get-payment-status"),
                {{QStringLiteral("hostileIntervalMs"), 300}, {QStringLiteral("hostileCount"), 1}});
        std::optional<api::Result<api::PaymentStatus>> lookup;
        m_client->getPaymentStatus(443731103, QStringLiteral("demo-pay-complete-1"), {}, true, nullptr,
                                   [&](const api::Result<api::PaymentStatus> &r) { lookup = r; });
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->stats().value(QStringLiteral("calls")).toObject().size() > 0, 10000);
        QVERIFY(QTest::qWaitFor([&] { return m_client->callsInFlight() == 1 && m_sandbox->calls(QStringLiteral("/pay/get-payment-status")) > 0; }, 10000));
        m_client->cancelAll();
        QTRY_VERIFY(lookup.has_value());
        QCOMPARE(lookup->error.kind, K::Cancelled);

        const QString payToken = paidPayment();
        hostile(QStringLiteral("drip"), QStringLiteral("/pay/refund-payment"), {{QStringLiteral("hostileIntervalMs"), 300}});
        const qint64 refundsBefore = m_sandbox->calls(QStringLiteral("/pay/refund-payment"));
        std::optional<ops::RefundOutcome> change;
        m_refunds->refund(*m_client, m_who, {443731103, payToken, {}, QStringLiteral("고객 요청"), true, 1000}, nullptr,
                          [&](const ops::RefundOutcome &o) { change = o; });
        QVERIFY(QTest::qWaitFor([&] { return m_sandbox->calls(QStringLiteral("/pay/refund-payment")) > refundsBefore; }, 10000));
        m_client->cancelAll();
        QTRY_VERIFY(change.has_value());
        QCOMPARE(change->state, State::Unknown);
        QCOMPARE(refundsOf(payToken), 1);
    }
};

QTEST_GUILESS_MAIN(TestHostileAnswers)
#include "tst_hostile_answers.moc"
