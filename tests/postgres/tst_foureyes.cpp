// Four-eyes on the team journal, end to end against the partner emulator: a payout above the
// profile's threshold is not sent until another role approves it; the requester cannot approve it;
// a rejection sends nothing; an approval is paid once whichever console sends it — and the
// emulator's ledger agrees every time.
#include "core/journal/journal.h"
#include "core/ops/payoutservice.h"
#include "core/ops/refundservice.h"
#include "support/async.h"
#include "support/postgresprocess.h"
#include "support/sandboxprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace ait;

class TestFourEyes : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::PostgresProcess> m_pg;
    std::unique_ptr<test::SandboxProcess> m_sandbox;

    journal::TeamDatabase team(const QString &user) const { return m_pg->team(QStringLiteral("foureyes"), user); }

    static ops::OperationContext who(const QString &name)
    {
        ops::OperationContext c;
        c.profileId = QStringLiteral("sandbox");
        c.profileName = QStringLiteral("Sandbox");
        c.operatorName = name;
        c.approvalAbove = 1000; // the profile: payouts and refunds above 1,000 need a second operator
        return c;
    }

    int paidTo(qint64 userKey, const QString &code)
    {
        int n = 0;
        for (const QJsonValue &v : m_sandbox->ledger(QStringLiteral("payout"))) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("userKey")).toInteger() == userKey && o.value(QStringLiteral("promotionCode")).toString() == code)
                ++n;
        }
        return n;
    }

    std::optional<ops::PayoutOutcome> pay(ops::PayoutService &service, api::PartnerClient &client, const ops::OperationContext &c,
                                          const ops::PayoutRequest &request)
    {
        return test::awaitOutcome<ops::PayoutOutcome>(
            [&](auto done) { service.pay(client, c, request, nullptr, {}, done); });
    }

    std::optional<ops::PayoutOutcome> payApproved(ops::PayoutService &service, api::PartnerClient &client, const ops::OperationContext &c,
                                                  qint64 approval)
    {
        return test::awaitOutcome<ops::PayoutOutcome>(
            [&](auto done) { service.payApproved(client, c, approval, nullptr, {}, done); });
    }

private slots:
    void initTestCase()
    {
        m_pg = std::make_unique<test::PostgresProcess>();
        QVERIFY2(m_pg->isReady(), qPrintable(m_pg->error()));
        m_sandbox = std::make_unique<test::SandboxProcess>();
        QVERIFY(m_sandbox->isReady());
        QCOMPARE(m_pg->psql(QStringLiteral("CREATE DATABASE foureyes")), QString());
        journal::Journal owner(team(m_pg->superuser()), m_pg->superuserPassword());
        QVERIFY(owner.open());
        QCOMPARE(m_pg->grantOperators(QStringLiteral("foureyes")), QString());
        QCOMPARE(m_pg->psql(QStringLiteral("CREATE ROLE ann LOGIN PASSWORD 'ann-pw' IN ROLE ait_operator;"
                                           "CREATE ROLE bob LOGIN PASSWORD 'bob-pw' IN ROLE ait_operator;")),
                 QString());
    }

    void aLargePayoutWaitsForAnotherOperator()
    {
        journal::Journal annJournal(team(QStringLiteral("ann")), QStringLiteral("ann-pw"));
        journal::Journal bobJournal(team(QStringLiteral("bob")), QStringLiteral("bob-pw"));
        QVERIFY(annJournal.open() && bobJournal.open());
        ops::PayoutService ann(annJournal), bob(bobJournal);
        auto client = m_sandbox->client();
        const ops::PayoutRequest big{443731104, QStringLiteral("DEMO_PROMO"), 2000};

        // Straight away: refused in core, nothing sent.
        const auto direct = pay(ann, *client, who(QStringLiteral("ann")), big);
        QVERIFY(direct);
        QCOMPARE(direct->error.kind, api::ApiError::Kind::ApprovalRequired);
        QCOMPARE(direct->operationId, 0);
        QCOMPARE(paidTo(big.userKey, big.promotionCode), 0);
        // Below the threshold nothing changes.
        const auto small = pay(ann, *client, who(QStringLiteral("ann")), {443731105, QStringLiteral("DEMO_PROMO"), 500});
        QVERIFY(small);
        QVERIFY2(small->error.ok(), qPrintable(small->error.message));
        QCOMPARE(paidTo(443731105, QStringLiteral("DEMO_PROMO")), 1);

        api::ApiError error;
        const auto asked = ann.requestApproval(who(QStringLiteral("ann")), big, &error);
        QVERIFY2(asked, qPrintable(error.message));
        // Not approved: cannot be sent from either console.
        const auto early = payApproved(bob, *client, who(QStringLiteral("bob")), *asked);
        QVERIFY(early);
        QCOMPARE(early->error.kind, api::ApiError::Kind::InvalidInput); // refused before the journal: not approved
        QCOMPARE(early->operationId, 0);
        QString why;
        QVERIFY(!annJournal.decideApproval(*asked, true, QStringLiteral("mine"), &why)); // no self-approval
        QCOMPARE(paidTo(big.userKey, big.promotionCode), 0);
        // While it waits, the target is held: not even a payout below the threshold goes to that user.
        const auto beside = pay(bob, *client, who(QStringLiteral("bob")), {big.userKey, big.promotionCode, 500});
        QVERIFY(beside);
        QCOMPARE(beside->error.kind, api::ApiError::Kind::AlreadyInProgress);
        QVERIFY2(beside->error.message.contains(QStringLiteral("#%1").arg(*asked)), qPrintable(beside->error.message));
        QCOMPARE(paidTo(big.userKey, big.promotionCode), 0);

        QVERIFY2(bobJournal.decideApproval(*asked, true, QStringLiteral("campaign checked"), &why), qPrintable(why));
        // Approved for the certificate it was asked with: another profile's cannot send it.
        ops::OperationContext elsewhere = who(QStringLiteral("ann"));
        elsewhere.identityFingerprint = QStringLiteral("another certificate");
        const auto wrongProfile = payApproved(ann, *client, elsewhere, *asked);
        QVERIFY(wrongProfile);
        QCOMPARE(wrongProfile->error.kind, api::ApiError::Kind::InvalidInput);
        QVERIFY2(wrongProfile->error.message.contains(QStringLiteral("another certificate")), qPrintable(wrongProfile->error.message));
        QCOMPARE(annJournal.approval(*asked)->state, journal::ApprovalState::Approved);
        const auto paid = payApproved(ann, *client, who(QStringLiteral("ann")), *asked);
        QVERIFY(paid);
        QVERIFY2(paid->error.ok(), qPrintable(paid->error.message));
        QCOMPARE(paid->state, journal::State::Succeeded);
        QCOMPARE(annJournal.approval(*asked)->operationId, paid->operationId);
        QCOMPARE(annJournal.find(paid->operationId)->operatorName, QStringLiteral("ann"));
        // The approver's console cannot pay it a second time.
        const auto again = payApproved(bob, *client, who(QStringLiteral("bob")), *asked);
        QVERIFY(again);
        QCOMPARE(again->error.kind, api::ApiError::Kind::InvalidInput);
        QCOMPARE(again->operationId, 0);
        QCOMPARE(paidTo(big.userKey, big.promotionCode), 1);
    }

    void aRejectionSendsNothing()
    {
        journal::Journal annJournal(team(QStringLiteral("ann")), QStringLiteral("ann-pw"));
        journal::Journal bobJournal(team(QStringLiteral("bob")), QStringLiteral("bob-pw"));
        QVERIFY(annJournal.open() && bobJournal.open());
        ops::PayoutService ann(annJournal);
        auto client = m_sandbox->client();
        const ops::PayoutRequest big{443731106, QStringLiteral("DEMO_PROMO"), 3000};
        api::ApiError error;
        const auto asked = ann.requestApproval(who(QStringLiteral("ann")), big, &error);
        QVERIFY(asked);
        QString why;
        QVERIFY(bobJournal.decideApproval(*asked, false, QStringLiteral("budget spent"), &why));
        const auto refused = payApproved(ann, *client, who(QStringLiteral("ann")), *asked);
        QVERIFY(refused);
        QVERIFY(!refused->error.ok());
        QCOMPARE(refused->operationId, 0);
        QCOMPARE(paidTo(big.userKey, big.promotionCode), 0);
        QCOMPARE(annJournal.approval(*asked)->reason, QStringLiteral("budget spent"));
    }

    void onThisComputersJournalItCannotBeAskedFor()
    {
        QTemporaryDir dir;
        journal::Journal local(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(local.open());
        ops::PayoutService payouts(local);
        api::ApiError error;
        QVERIFY(!payouts.requestApproval(who(QStringLiteral("ann")), {443731107, QStringLiteral("DEMO_PROMO"), 2000}, &error));
        QVERIFY2(error.message.contains(QStringLiteral("team journal")), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestFourEyes)
#include "tst_foureyes.moc"
