#include "core/journal/journal.h"
#include "core/ops/refundservice.h"
#include "support/async.h"
#include "support/sandboxprocess.h"

#include <QJsonArray>
#include <QtTest>

using namespace ait;
using ait::test::SandboxProcess;
using journal::State;

// Money safety for refunds, counted from outside the console in the emulator's ledger.
class TestRefundSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<api::PartnerClient> m_client;
    std::unique_ptr<journal::Journal> m_journal;
    std::unique_ptr<ops::RefundService> m_refunds;
    const ops::OperationContext m_who{QStringLiteral("p1"), QStringLiteral("Sandbox"), QStringLiteral("AA:BB"), QStringLiteral("support-1")};

    ops::RefundRequest request(const char *payToken) const
    {
        return {443731103, QString::fromLatin1(payToken), {}, QStringLiteral("고객 요청"), true, 0};
    }

    std::optional<ops::RefundOutcome> refund(const ops::RefundRequest &r)
    {
        return test::awaitOutcome<ops::RefundOutcome>([&](auto done) { m_refunds->refund(*m_client, m_who, r, nullptr, done); });
    }

    std::optional<ops::RefundOutcome> reconcile(qint64 id)
    {
        return test::awaitOutcome<ops::RefundOutcome>([&](auto done) { m_refunds->reconcile(*m_client, id, nullptr, done); });
    }

    int refundsOf(const QString &payToken)
    {
        int n = 0;
        for (const QJsonValue &e : m_sandbox->ledger(QStringLiteral("refund")))
            n += e.toObject().value(QStringLiteral("payToken")).toString() == payToken;
        return n;
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        m_client = m_sandbox->client(true, false, 2000);
        m_journal = std::make_unique<journal::Journal>(m_dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(m_journal->open());
        m_refunds = std::make_unique<ops::RefundService>(*m_journal);
    }

    void cleanup()
    {
        m_sandbox->setFaults({{QStringLiteral("applyThenDrop"), 0}, {QStringLiteral("closeWithoutAnswer"), 0}});
    }

    void aRefundIsJournaledBeforeItLeaves()
    {
        const auto o = refund(request("demo-pay-complete-1"));
        QVERIFY(o);
        QCOMPARE(o->state, State::Succeeded);
        QVERIFY(o->refund);
        const journal::Operation row = *m_journal->find(o->operationId);
        QCOMPARE(row.state, State::Succeeded);
        QCOMPARE(row.payToken, QStringLiteral("demo-pay-complete-1"));
        QCOMPARE(row.operatorName, QStringLiteral("support-1"));
        QVERIFY(row.responseDigest.contains(QStringLiteral("refundNo=")));
        QCOMPARE(refundsOf(QStringLiteral("demo-pay-complete-1")), 1);
    }

    void aDoubleClickRefundsOnce()
    {
        // Two requests for the same payment before the first is answered.
        std::optional<ops::RefundOutcome> first, second;
        m_refunds->refund(*m_client, m_who, request("demo-pay-complete-2"), nullptr, [&](const ops::RefundOutcome &o) { first = o; });
        m_refunds->refund(*m_client, m_who, request("demo-pay-complete-2"), nullptr, [&](const ops::RefundOutcome &o) { second = o; });
        QTRY_VERIFY_WITH_TIMEOUT(first && second, 30000);
        QCOMPARE(first->state, State::Succeeded);
        QCOMPARE(second->error.kind, api::ApiError::Kind::AlreadyInProgress); // refused in core, nothing sent
        QCOMPARE(second->operationId, first->operationId);
        QCOMPARE(refundsOf(QStringLiteral("demo-pay-complete-2")), 1);
    }

    void applyThenDropIsUnknownAndReconciledWithoutResending()
    {
        m_sandbox->setFaults({{QStringLiteral("applyThenDrop"), 1}, {QStringLiteral("applyThenDropPath"), QStringLiteral("/pay/refund-payment")}});
        const auto lost = refund(request("demo-pay-complete-3"));
        QVERIFY(lost);
        QCOMPARE(lost->state, State::Unknown);
        QCOMPARE(m_journal->find(lost->operationId)->state, State::Unknown);
        QCOMPARE(refundsOf(QStringLiteral("demo-pay-complete-3")), 1);

        // Trying again is refused while the outcome is unknown: nothing more is sent.
        const auto again = refund(request("demo-pay-complete-3"));
        QVERIFY(again);
        QCOMPARE(again->error.kind, api::ApiError::Kind::AlreadyInProgress);
        QCOMPARE(refundsOf(QStringLiteral("demo-pay-complete-3")), 1);

        const auto settled = reconcile(lost->operationId);
        QVERIFY(settled);
        QCOMPARE(settled->state, State::Reconciled);
        QVERIFY(settled->applied);
        const journal::Operation row = *m_journal->find(lost->operationId);
        QCOMPARE(row.state, State::Reconciled);
        QVERIFY(row.applied);
        QCOMPARE(refundsOf(QStringLiteral("demo-pay-complete-3")), 1);
        QVERIFY(m_journal->unresolved().isEmpty());
    }

    void aLostRequestThatWasNeverAppliedReconcilesAsNotApplied()
    {
        // Make a fresh completed payment to refund.
        {
            auto token = test::awaitCall<QString>([&](auto done) {
                m_client->makePayment(443731103, {QStringLiteral("safety-order-1"), QStringLiteral("상품"), 2000, 0, true}, nullptr, done);
            });
            QVERIFY(token.ok());
            auto executed = test::awaitCall<api::PaymentExecution>([&](auto done) {
                m_client->executePayment(443731103, *token.value, QStringLiteral("safety-order-1"), true, nullptr, done);
            });
            QVERIFY(executed.ok());
            m_sandbox->setFaults({{QStringLiteral("closeWithoutAnswer"), 10}});
            const auto lost = refund({443731103, *token.value, QStringLiteral("safety-order-1"), QStringLiteral("취소"), true, 2000});
            QVERIFY(lost);
            QCOMPARE(lost->state, State::Unknown);
            m_sandbox->setFaults({{QStringLiteral("closeWithoutAnswer"), 0}});
            const auto settled = reconcile(lost->operationId);
            QVERIFY(settled);
            QCOMPARE(settled->state, State::Reconciled);
            QVERIFY(!settled->applied);
            QCOMPARE(refundsOf(*token.value), 0);
        }
    }

    void readOnlyProfilesCannotRefund()
    {
        auto readOnly = m_sandbox->client(true, true);
        std::optional<ops::RefundOutcome> outcome;
        m_refunds->refund(*readOnly, m_who, request("demo-pay-refunded"), nullptr, [&](const ops::RefundOutcome &o) { outcome = o; });
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(outcome->error.kind, api::ApiError::Kind::ReadOnly);
        QCOMPARE(outcome->state, State::Failed);
        QCOMPARE(refundsOf(QStringLiteral("demo-pay-refunded")), 0);
    }
};

QTEST_GUILESS_MAIN(TestRefundSafety)
#include "tst_refund_safety.moc"
