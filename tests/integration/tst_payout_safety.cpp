#include "core/journal/journal.h"
#include "core/ops/payoutservice.h"
#include "core/ops/testpaymentservice.h"
#include "support/async.h"
#include "support/sandboxprocess.h"

#include <QJsonArray>
#include <QtTest>

using namespace ait;
using ait::test::SandboxProcess;
using journal::State;
using Step = ops::PayoutService::Step;

// Money safety for Toss points payouts (and developer test payments), counted from outside the
// console in the emulator's ledger: payouts made and promotion keys issued.
class TestPayoutSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<api::PartnerClient> m_client;
    std::unique_ptr<journal::Journal> m_journal;
    std::unique_ptr<ops::PayoutService> m_payouts;
    const ops::OperationContext m_who{QStringLiteral("p1"), QStringLiteral("Sandbox"), QStringLiteral("AA:BB"), QStringLiteral("support-1")};
    QList<Step> m_steps;

    std::optional<ops::PayoutOutcome> pay(const ops::PayoutRequest &r, api::PartnerClient *client = nullptr)
    {
        m_steps.clear();
        return test::awaitOutcome<ops::PayoutOutcome>([&](auto done) {
            m_payouts->pay(client ? *client : *m_client, m_who, r, nullptr, [this](Step s, int) { m_steps << s; }, done);
        }, 60000);
    }

    std::optional<ops::PayoutOutcome> reconcile(qint64 id)
    {
        return test::awaitOutcome<ops::PayoutOutcome>([&](auto done) { m_payouts->reconcile(*m_client, id, nullptr, done); });
    }

    // Ledger entries of `kind` for this user (and this promotion code, when given).
    int ledgerCount(const QString &kind, qint64 userKey, const QString &promotionCode = {})
    {
        int n = 0;
        for (const QJsonValue &v : m_sandbox->ledger(kind)) {
            const QJsonObject e = v.toObject();
            n += e.value(QStringLiteral("userKey")).toInteger() == userKey
                && (promotionCode.isEmpty() || e.value(QStringLiteral("promotionCode")).toString() == promotionCode);
        }
        return n;
    }
    int keysIssued(qint64 userKey) { return ledgerCount(QStringLiteral("promotion-key"), userKey); }
    int payouts(qint64 userKey, const QString &code) { return ledgerCount(QStringLiteral("payout"), userKey, code); }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        m_client = m_sandbox->client(true, false, 2000);
        m_journal = std::make_unique<journal::Journal>(m_dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(m_journal->open());
        m_payouts = std::make_unique<ops::PayoutService>(*m_journal);
        m_payouts->setPolling({100, 400, 20});
    }

    // Every test starts in a fresh minute of the emulator's clock: the partner's 10 promotion calls
    // per user per minute count every execution-result check too.
    void init()
    {
        QVERIFY(m_sandbox->advanceClock(60));
    }

    void cleanup()
    {
        m_sandbox->setFaults({{QStringLiteral("applyThenDrop"), 0}, {QStringLiteral("closeWithoutAnswer"), 0},
                              {QStringLiteral("closeWithoutAnswerPath"), QString()}, {QStringLiteral("latencyMs"), 0}});
    }

    void aPayoutIsJournaledWithItsKeyAndPolledToSuccess()
    {
        const auto o = pay({443731103, QStringLiteral("DEMO_PROMO"), 1000});
        QVERIFY(o);
        QCOMPARE(o->state, State::Succeeded);
        QVERIFY(o->applied);
        QCOMPARE(o->result, api::PromotionOutcome::Success);
        // The sandbox answers PENDING for the first second: the result was asked for more than once.
        QVERIFY(m_steps.count(Step::WaitingForResult) >= 2);
        QCOMPARE(m_steps.first(), Step::GettingKey);
        QVERIFY(m_steps.indexOf(Step::Paying) < m_steps.indexOf(Step::WaitingForResult));

        const journal::Operation row = *m_journal->find(o->operationId);
        QCOMPARE(row.kind, journal::Kind::Payout);
        QCOMPARE(row.state, State::Succeeded);
        QCOMPARE(row.amount, 1000);
        QVERIFY(!row.test);
        const QJsonArray ledger = m_sandbox->ledger(QStringLiteral("payout"));
        QCOMPARE(payouts(443731103, QStringLiteral("DEMO_PROMO")), 1);
        QCOMPARE(ledger.last().toObject().value(QStringLiteral("key")).toString(), row.idempotencyKey);
        QCOMPARE(keysIssued(443731103), 1);
    }

    void aTestCodeIsMarkedAsATest()
    {
        const auto o = pay({443731104, QStringLiteral("TEST_DEMO_PROMO"), 500});
        QVERIFY(o);
        QCOMPARE(o->state, State::Succeeded);
        QVERIFY(m_journal->find(o->operationId)->test);
        QVERIFY(ops::PayoutService::isTestCode(QStringLiteral("TEST_DEMO_PROMO")));
        QVERIFY(!ops::PayoutService::isTestCode(QStringLiteral("DEMO_PROMO_TEST")));
        const QJsonArray ledger = m_sandbox->ledger(QStringLiteral("payout"));
        QVERIFY(ledger.last().toObject().value(QStringLiteral("test")).toBool());
    }

    // The sandbox keeps the partner's 10 promotion calls per user per minute, so the tests spread
    // their payouts over the three seeded users.
    void definiteRejectionsPayNothingAndAreExplained_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("partnerCode");
        QTest::newRow("not found") << QStringLiteral("NO_SUCH_PROMO") << qint64(100) << QStringLiteral("4100");
        QTest::newRow("not running") << QStringLiteral("ENDED_PROMO") << qint64(100) << QStringLiteral("4109");
        QTest::newRow("budget") << QStringLiteral("SMALL_BUDGET_PROMO") << qint64(1000) << QStringLiteral("4112");
        QTest::newRow("per payout") << QStringLiteral("DEMO_PROMO") << qint64(6000) << QStringLiteral("4114");
    }

    void definiteRejectionsPayNothingAndAreExplained()
    {
        QFETCH(QString, code);
        QFETCH(qint64, amount);
        QFETCH(QString, partnerCode);
        const int before = payouts(443731105, code);
        const auto o = pay({443731105, code, amount});
        QVERIFY(o);
        QCOMPARE(o->state, State::Failed);
        QCOMPARE(o->error.partnerCode, partnerCode);
        QVERIFY(!o->error.message.isEmpty());
        // What happened and what to do, in the operator's language.
        QCOMPARE(o->error.message, api::ApiError::explainPartnerCode(partnerCode));
        QCOMPARE(o->error.hint, api::ApiError::adviseForPartnerCode(partnerCode));
        QVERIFY(!o->error.hint.isEmpty());
        QCOMPARE(m_journal->find(o->operationId)->partnerCode, partnerCode);
        QCOMPARE(payouts(443731105, code), before);
    }

    void aFailedResultIsAFailure()
    {
        const auto o = pay({443731103, QStringLiteral("FAILING_PROMO"), 100});
        QVERIFY(o);
        QCOMPARE(o->state, State::Failed);
        QCOMPARE(o->result, api::PromotionOutcome::Failed);
        QCOMPARE(m_journal->find(o->operationId)->partnerCode, QStringLiteral("FAILED"));
        QCOMPARE(payouts(443731103, QStringLiteral("FAILING_PROMO")), 0);
    }

    void invalidRequestsAreRefusedBeforeTheJournal()
    {
        const int keys = keysIssued(443731103);
        for (const ops::PayoutRequest &bad : {ops::PayoutRequest{443731103, QString(), 100}, ops::PayoutRequest{443731103, QStringLiteral("DEMO PROMO"), 100},
                                              ops::PayoutRequest{0, QStringLiteral("DEMO_PROMO"), 100}, ops::PayoutRequest{443731103, QStringLiteral("DEMO_PROMO"), 0},
                                              ops::PayoutRequest{443731103, QStringLiteral("DEMO_PROMO"), -5}}) {
            const auto o = pay(bad);
            QVERIFY(o);
            QCOMPARE(o->error.kind, api::ApiError::Kind::InvalidInput);
            QCOMPARE(o->operationId, 0);
        }
        QCOMPARE(keysIssued(443731103), keys);
    }

    void aDoubleClickPaysOnce()
    {
        const int before = payouts(443731104, QStringLiteral("DEMO_PROMO"));
        std::optional<ops::PayoutOutcome> first, second;
        m_payouts->pay(*m_client, m_who, {443731104, QStringLiteral("DEMO_PROMO"), 300}, nullptr, {}, [&](const ops::PayoutOutcome &o) { first = o; });
        m_payouts->pay(*m_client, m_who, {443731104, QStringLiteral("DEMO_PROMO"), 300}, nullptr, {}, [&](const ops::PayoutOutcome &o) { second = o; });
        QTRY_VERIFY_WITH_TIMEOUT(first && second, 60000);
        QCOMPARE(first->state, State::Succeeded);
        QCOMPARE(second->error.kind, api::ApiError::Kind::AlreadyInProgress); // refused in core
        QCOMPARE(second->operationId, first->operationId);
        QCOMPARE(payouts(443731104, QStringLiteral("DEMO_PROMO")), before + 1);
    }

    void applyThenDropIsUnknownAndReconciledWithTheSameKey()
    {
        const qint64 user = 443731103;
        const int keysBefore = keysIssued(user);
        const int paidBefore = payouts(user, QStringLiteral("DEMO_PROMO"));
        m_sandbox->setFaults({{QStringLiteral("applyThenDrop"), 1},
                              {QStringLiteral("applyThenDropPath"), QStringLiteral("/promotion/execute-promotion")}});
        const auto lost = pay({user, QStringLiteral("DEMO_PROMO"), 700});
        QVERIFY(lost);
        QCOMPARE(lost->state, State::Unknown);
        QVERIFY(lost->error.outcomeUnknown());
        const journal::Operation row = *m_journal->find(lost->operationId);
        QCOMPARE(row.state, State::Unknown);
        QVERIFY(!row.idempotencyKey.isEmpty());
        QCOMPARE(payouts(user, QStringLiteral("DEMO_PROMO")), paidBefore + 1);
        QCOMPARE(keysIssued(user), keysBefore + 1);

        // Paying again is refused while the outcome is unknown: no new key, nothing sent.
        const auto again = pay({user, QStringLiteral("DEMO_PROMO"), 700});
        QVERIFY(again);
        QCOMPARE(again->error.kind, api::ApiError::Kind::AlreadyInProgress);
        QCOMPARE(again->operationId, lost->operationId);
        QCOMPARE(keysIssued(user), keysBefore + 1);

        // Reconcile asks about the same key, once the sandbox's PENDING second is over.
        QVERIFY(m_sandbox->advanceClock(1));
        const auto settled = reconcile(lost->operationId);
        QVERIFY(settled);
        QCOMPARE(settled->state, State::Reconciled);
        QVERIFY(settled->applied);
        const journal::Operation after = *m_journal->find(lost->operationId);
        QCOMPARE(after.state, State::Reconciled);
        QVERIFY(after.applied);
        QCOMPARE(after.idempotencyKey, row.idempotencyKey);
        QCOMPARE(payouts(user, QStringLiteral("DEMO_PROMO")), paidBefore + 1);
        QCOMPARE(keysIssued(user), keysBefore + 1);
        const QJsonArray ledger = m_sandbox->ledger(QStringLiteral("payout"));
        QCOMPARE(ledger.last().toObject().value(QStringLiteral("key")).toString(), row.idempotencyKey);
    }

    void aLostPayoutThatWasNeverAppliedReconcilesAsNotPaid()
    {
        const qint64 user = 443731104;
        const int paidBefore = payouts(user, QStringLiteral("DEMO_PROMO"));
        m_sandbox->setFaults({{QStringLiteral("closeWithoutAnswer"), 10},
                              {QStringLiteral("closeWithoutAnswerPath"), QStringLiteral("/promotion/execute-promotion")}});
        const auto lost = pay({user, QStringLiteral("DEMO_PROMO"), 800});
        QVERIFY(lost);
        QCOMPARE(lost->state, State::Unknown);
        cleanup();
        const auto settled = reconcile(lost->operationId);
        QVERIFY(settled);
        QCOMPARE(settled->state, State::Reconciled);
        QVERIFY(!settled->applied);
        QVERIFY(!m_journal->find(lost->operationId)->applied);
        QCOMPARE(payouts(user, QStringLiteral("DEMO_PROMO")), paidBefore);
    }

    void cancellingWhileWaitingForTheResultLeavesItToReconcile()
    {
        const qint64 user = 443731104;
        const int paidBefore = payouts(user, QStringLiteral("DEMO_PROMO"));
        std::optional<ops::PayoutOutcome> outcome;
        bool waiting = false;
        m_payouts->pay(*m_client, m_who, {user, QStringLiteral("DEMO_PROMO"), 200}, nullptr,
                       [&](Step s, int) { waiting |= s == Step::WaitingForResult; },
                       [&](const ops::PayoutOutcome &o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(waiting, 20000);
        m_client->cancelAll();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QCOMPARE(outcome->state, State::Unknown);
        QCOMPARE(outcome->error.kind, api::ApiError::Kind::Cancelled);
        QCOMPARE(m_journal->find(outcome->operationId)->state, State::Unknown);
        // No further check happens after the cancel: the emulator holds a later lookup for 800 ms,
        // twice the longest wait between checks, and sees no check meanwhile.
        const qint64 checks = m_sandbox->calls(QStringLiteral("/promotion/execution-result"));
        m_sandbox->setFaults({{QStringLiteral("latencyMs"), 800}});
        QVERIFY(test::awaitCall<api::PaymentStatus>([&](auto done) {
            m_client->getPaymentStatus(443731103, QStringLiteral("demo-pay-complete-1"), {}, true, nullptr, done);
        }).ok());
        cleanup();
        QCOMPARE(m_sandbox->calls(QStringLiteral("/promotion/execution-result")), checks);
        QCOMPARE(m_journal->find(outcome->operationId)->state, State::Unknown);

        QVERIFY(m_sandbox->advanceClock(1)); // past the PENDING second
        const auto settled = reconcile(outcome->operationId);
        QVERIFY(settled);
        QCOMPARE(settled->state, State::Reconciled);
        QVERIFY(settled->applied);
        QCOMPARE(payouts(user, QStringLiteral("DEMO_PROMO")), paidBefore + 1);
    }

    void aResultStillPendingAfterTheLastCheckIsLeftToReconcile()
    {
        const qint64 user = 443731104;
        m_payouts->setPolling({100, 100, 1}); // one check, while the sandbox still says PENDING
        const auto o = pay({user, QStringLiteral("DEMO_PROMO"), 150});
        QVERIFY(o);
        m_payouts->setPolling({100, 400, 20});
        QCOMPARE(o->state, State::Unknown);
        QCOMPARE(o->result, api::PromotionOutcome::Pending);
        QVERIFY(o->error.message.contains(QStringLiteral("not confirmed")));
        QCOMPARE(m_steps.count(Step::WaitingForResult), 1);
        QVERIFY(m_sandbox->advanceClock(1)); // past the PENDING second
        const auto settled = reconcile(o->operationId);
        QVERIFY(settled);
        QCOMPARE(settled->state, State::Reconciled);
        QVERIFY(settled->applied);
    }

    void aKeyRecordedButNeverSentReconcilesAsNotPaid()
    {
        // What a crash between "key recorded" and execute-promotion leaves behind, written by an
        // earlier process (its own journal connection).
        journal::Journal earlier(m_journal->path());
        QVERIFY(earlier.open());
        const qint64 user = 443731103;
        auto key = test::awaitCall<QString>([&](auto done) { m_client->getPromotionKey(user, nullptr, done); });
        QVERIFY(key.ok());
        journal::Operation op = ops::newOperation(journal::Kind::Payout, m_who);
        op.userKey = user;
        op.promotionCode = QStringLiteral("DEMO_PROMO");
        op.amount = 50;
        const std::optional<qint64> id = earlier.recordIntent(op);
        QVERIFY(id);
        QVERIFY(earlier.setIdempotencyKey(*id, *key.value));
        const auto settled = reconcile(*id);
        QVERIFY(settled);
        QCOMPARE(settled->state, State::Reconciled);
        QVERIFY(!settled->applied);

        // And an intent that never got its key.
        const std::optional<qint64> bare = earlier.recordIntent(op);
        QVERIFY(bare);
        const auto none = reconcile(*bare);
        QVERIFY(none);
        QCOMPARE(none->state, State::Reconciled);
        QVERIFY(!none->applied);
        QCOMPARE(reconcile(*bare)->error.kind, api::ApiError::Kind::InvalidInput); // nothing open any more
    }

    void readOnlyProfilesCannotPay()
    {
        auto readOnly = m_sandbox->client(true, true);
        const int keys = keysIssued(443731103);
        const int paid = payouts(443731103, QStringLiteral("DEMO_PROMO"));
        const auto o = pay({443731103, QStringLiteral("DEMO_PROMO"), 100}, readOnly.get());
        QVERIFY(o);
        QCOMPARE(o->error.kind, api::ApiError::Kind::ReadOnly);
        QCOMPARE(o->state, State::Failed);
        QCOMPARE(keysIssued(443731103), keys);
        QCOMPARE(payouts(443731103, QStringLiteral("DEMO_PROMO")), paid);
    }

    void aTestPaymentIsMadeExecutedAndJournaled()
    {
        ops::TestPaymentService service(*m_journal);
        const QString orderNo = ops::TestPaymentService::newOrderNo(QDateTime::currentDateTimeUtc());
        std::optional<ops::TestPaymentOutcome> outcome;
        service.pay(*m_client, m_who, {443731103, orderNo, QStringLiteral("테스트 상품"), 1500}, nullptr,
                    [&](const ops::TestPaymentOutcome &o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
        QCOMPARE(outcome->state, State::Succeeded);
        QVERIFY(!outcome->payToken.isEmpty());
        const journal::Operation row = *m_journal->find(outcome->operationId);
        QCOMPARE(row.kind, journal::Kind::TestPayment);
        QCOMPARE(row.payToken, outcome->payToken);
        QCOMPARE(row.orderNo, orderNo);
        QVERIFY(row.test);
        auto status = test::awaitCall<api::PaymentStatus>([&](auto done) { m_client->getPaymentStatus(443731103, outcome->payToken, {}, true, nullptr, done); });
        QVERIFY(status.ok());
        QCOMPARE(status.value->payStatus, QStringLiteral("PAY_COMPLETE"));

        // A lost execute is unknown and reconciled by looking the order up.
        const QString second = orderNo + QStringLiteral("-2");
        m_sandbox->setFaults({{QStringLiteral("applyThenDrop"), 1}, {QStringLiteral("applyThenDropPath"), QStringLiteral("/pay/execute-payment")}});
        outcome.reset();
        service.pay(*m_client, m_who, {443731103, second, QStringLiteral("테스트 상품"), 1500}, nullptr,
                    [&](const ops::TestPaymentOutcome &o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
        QCOMPARE(outcome->state, State::Unknown);
        const qint64 lost = outcome->operationId;
        outcome.reset();
        service.reconcile(*m_client, lost, nullptr, [&](const ops::TestPaymentOutcome &o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
        QCOMPARE(outcome->state, State::Reconciled);
        QVERIFY(outcome->applied);
        QVERIFY(m_journal->find(lost)->applied);
    }
};

QTEST_GUILESS_MAIN(TestPayoutSafety)
#include "tst_payout_safety.moc"
