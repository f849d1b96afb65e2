// The team journal on a real PostgreSQL server: the operator on record is the database role, a role
// with only the README's privileges can work (and cannot rewrite the audit), the journal refuses to
// record while the server is down and comes back by itself, and a computer's history is copied once.
#include "core/journal/journal.h"
#include "core/ops/operation.h"
#include "support/postgresprocess.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace ait::journal;

class TestJournalTeam : public QObject
{
    Q_OBJECT

    std::unique_ptr<ait::test::PostgresProcess> m_pg;
    QTemporaryDir m_dir;

    TeamDatabase team(const QString &database, const QString &user) const { return m_pg->team(database, user); }

    static Operation refund(const QString &payToken, const QString &operatorName)
    {
        Operation op;
        op.kind = Kind::Refund;
        op.payToken = payToken;
        op.idempotencyKey = payToken;
        op.userKey = 443731103;
        op.amount = 10000;
        op.operatorName = operatorName;
        return op;
    }

    // The administrator's part, as the README gives it: the schema is created by its owner, each
    // operator logs in with a role of their own that may only read, add and move on operations.
    QString grantOperators(const QString &database) const { return m_pg->grantOperators(database); }

private slots:
    void initTestCase()
    {
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")), "Qt's PostgreSQL driver (libqt6sql6-psql) is missing");
        m_pg = std::make_unique<ait::test::PostgresProcess>();
        QVERIFY2(m_pg->isReady(), qPrintable(m_pg->error()));
    }

    void theOperatorOnRecordIsTheDatabaseRole()
    {
        QCOMPARE(m_pg->psql(QStringLiteral("CREATE DATABASE roles")), QString());
        {
            Journal owner(team(QStringLiteral("roles"), m_pg->superuser()), m_pg->superuserPassword());
            QString error;
            QVERIFY2(owner.open(&error), qPrintable(error)); // creates the schema
        }
        QCOMPARE(grantOperators(QStringLiteral("roles")), QString());
        QCOMPARE(m_pg->psql(QStringLiteral("CREATE ROLE kim LOGIN PASSWORD 'kim-secret' IN ROLE ait_operator")), QString());

        Journal journal(team(QStringLiteral("roles"), QStringLiteral("kim")), QStringLiteral("kim-secret"));
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        QCOMPARE(journal.operatorOnRecord(), QStringLiteral("kim"));
        // Whatever name the console was given, the row names the login.
        const auto id = journal.recordIntent(refund(QStringLiteral("pt-1"), QStringLiteral("Mallory")), &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY(journal.markSent(*id) && journal.markOutcome(*id, State::Succeeded));
        QCOMPARE(journal.find(*id)->operatorName, QStringLiteral("kim"));
        for (const Journal::Event &e : journal.events(*id))
            QCOMPARE(e.actor, QStringLiteral("kim"));
        Batch batch;
        batch.code = QStringLiteral("BULK_PROMO");
        batch.operatorName = QStringLiteral("Mallory");
        Operation row;
        row.userKey = 900000001;
        row.promotionCode = batch.code;
        row.amount = 10;
        const auto batchId = journal.createBatch(batch, {row}, &error);
        QVERIFY2(batchId, qPrintable(error));
        QCOMPARE(journal.batch(*batchId)->operatorName, QStringLiteral("kim"));
        QVERIFY(journal.setBatchState(*batchId, BatchState::Running));

        // The role cannot rewrite or remove the audit trail, nor remove an operation.
        QSqlQuery q(QSqlDatabase::database(journal.connectionName(), false));
        QVERIFY(!q.exec(QStringLiteral("UPDATE events SET actor = 'nobody'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("permission denied")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM events")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM operations")));
        QVERIFY2(journal.verifyChain().ok(), qPrintable(journal.verifyChain().problem));
    }

    void aWrongPasswordIsSaidAndNothingOpens()
    {
        Journal journal(team(QStringLiteral("postgres"), m_pg->superuser()), QStringLiteral("not-it"));
        QString error;
        QVERIFY(!journal.open(&error));
        QVERIFY2(error.contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(!journal.isOpen());
    }

    void plainTextToAnotherComputerIsRefused()
    {
        TeamDatabase remote = team(QStringLiteral("postgres"), m_pg->superuser());
        remote.host = QStringLiteral("db.example.com");
        QVERIFY(!remote.problem().isEmpty());
        Journal journal(remote, m_pg->superuserPassword());
        QString error;
        QVERIFY(!journal.open(&error));
        QCOMPARE(error, remote.problem()); // refused before any connection is tried
    }

    void theServerGoingAwayRefusesMoneyUntilItIsBack()
    {
        QCOMPARE(m_pg->psql(QStringLiteral("CREATE DATABASE outage")), QString());
        Journal journal(team(QStringLiteral("outage"), m_pg->superuser()), m_pg->superuserPassword());
        const Journal::Health health = journal.openChecked(0);
        QVERIFY2(health.ok(), qPrintable(health.detail));
        QVERIFY(journal.recordIntent(refund(QStringLiteral("before"), QStringLiteral("Kim"))));

        QVERIFY(m_pg->stop());
        QSignalSpy changed(&journal, &Journal::changed);
        ait::api::ApiError error;
        QVERIFY(!ait::ops::recordIntent(journal, refund(QStringLiteral("during"), QStringLiteral("Kim")), &error));
        QCOMPARE(error.kind, ait::api::ApiError::Kind::JournalUnavailable);
        QVERIFY(!journal.isOpen()); // said at once: the banner and every money action see it
        QVERIFY(!journal.health().ok());
        QVERIFY(changed.count() >= 1);

        QVERIFY2(m_pg->start(), qPrintable(m_pg->error()));
        QTRY_VERIFY_WITH_TIMEOUT(journal.isOpen(), 20000); // by itself, no one asked
        QVERIFY(journal.health().ok());
        QVERIFY(ait::ops::recordIntent(journal, refund(QStringLiteral("after"), QStringLiteral("Kim")), &error));
        QStringList tokens;
        for (const Operation &o : journal.query({}))
            tokens << o.payToken;
        QCOMPARE(tokens, (QStringList{QStringLiteral("after"), QStringLiteral("before")})); // nothing of "during"
    }

    // Console B hears of what console A recorded (LISTEN/NOTIFY), within the 2 s Activity promises,
    // and not of its own writes (its own changed() says those).
    void anotherConsoleHearsOfAChange()
    {
        QCOMPARE(m_pg->psql(QStringLiteral("CREATE DATABASE live")), QString());
        Journal a(team(QStringLiteral("live"), m_pg->superuser()), m_pg->superuserPassword());
        Journal b(team(QStringLiteral("live"), m_pg->superuser()), m_pg->superuserPassword());
        QVERIFY(a.open() && b.open());
        QSignalSpy heardByB(&b, &Journal::changedElsewhere);
        QSignalSpy heardByA(&a, &Journal::changedElsewhere);
        QVERIFY(a.recordIntent(refund(QStringLiteral("pt-live"), QStringLiteral("Kim"))));
        QVERIFY(heardByB.wait(2000));
        QCOMPARE(heardByA.count(), 0);
        QCOMPARE(b.query({}).first().payToken, QStringLiteral("pt-live"));
    }

    // Four eyes: what ann asks for waits for someone else; ann cannot approve her own; once approved
    // it is sent once, whichever console sends it; a rejection can never be sent; all of it audited.
    void fourEyesAreTwoRoles()
    {
        QCOMPARE(m_pg->psql(QStringLiteral("CREATE DATABASE foureyes")), QString());
        {
            Journal owner(team(QStringLiteral("foureyes"), m_pg->superuser()), m_pg->superuserPassword());
            QVERIFY(owner.open());
        }
        QCOMPARE(grantOperators(QStringLiteral("foureyes")), QString());
        m_pg->psql(QStringLiteral("CREATE ROLE ann LOGIN PASSWORD 'ann-pw' IN ROLE ait_operator"));
        m_pg->psql(QStringLiteral("CREATE ROLE bob LOGIN PASSWORD 'bob-pw' IN ROLE ait_operator"));
        Journal ann(team(QStringLiteral("foureyes"), QStringLiteral("ann")), QStringLiteral("ann-pw"));
        Journal bob(team(QStringLiteral("foureyes"), QStringLiteral("bob")), QStringLiteral("bob-pw"));
        QString error;
        QVERIFY2(ann.open(&error), qPrintable(error));
        QVERIFY2(bob.open(&error), qPrintable(error));

        Operation big;
        big.kind = Kind::Payout;
        big.userKey = 443731104;
        big.promotionCode = QStringLiteral("BIG_PROMO");
        big.amount = 50000;
        const auto asked = ann.requestApproval(big, QStringLiteral("{\"amount\":50000}"), 0, &error);
        QVERIFY2(asked, qPrintable(error));
        QCOMPARE(ann.approval(*asked)->requester, QStringLiteral("ann"));
        QCOMPARE(ann.approval(*asked)->state, ApprovalState::Awaiting);
        // Nothing can be sent yet, and nothing else on the target may start meanwhile.
        QVERIFY(!ann.recordApprovedIntent(*asked, big, &error));
        QVERIFY(!bob.requestApproval(big, QStringLiteral("{}"), 0, &error));
        QVERIFY(!ann.decideApproval(*asked, true, QStringLiteral("fine by me"), &error));
        QVERIFY2(error.contains(QStringLiteral("own request")), qPrintable(error));
        QCOMPARE(ann.approval(*asked)->state, ApprovalState::Awaiting);
        QVERIFY2(bob.decideApproval(*asked, true, QStringLiteral("checked the campaign"), &error), qPrintable(error));
        QCOMPARE(ann.approval(*asked)->decidedBy, QStringLiteral("bob"));
        QVERIFY(!bob.decideApproval(*asked, false, QStringLiteral("changed my mind"), &error)); // decided once
        // Sent once: the second console's attempt finds it spent.
        const auto sent = ann.recordApprovedIntent(*asked, big, &error);
        QVERIFY2(sent, qPrintable(error));
        QCOMPARE(ann.approval(*asked)->state, ApprovalState::Sent);
        QCOMPARE(ann.approval(*asked)->operationId, *sent);
        QVERIFY(!bob.recordApprovedIntent(*asked, big, &error));
        QCOMPARE(ann.query({}).size(), 1);

        // A rejection: never sendable.
        Operation other = big;
        other.userKey = 443731105;
        const auto rejected = bob.requestApproval(other, QStringLiteral("{}"), 0, &error);
        QVERIFY(rejected);
        QVERIFY(ann.decideApproval(*rejected, false, QStringLiteral("not this month"), &error));
        QCOMPARE(bob.approval(*rejected)->reason, QStringLiteral("not this month"));
        QVERIFY(!bob.recordApprovedIntent(*rejected, other, &error));
        QCOMPARE(ann.query({}).size(), 1);
        QCOMPARE(ann.approvals(ApprovalState::Rejected).size(), 1);

        // The approvals are in the audit trail: an edited one shows.
        QVERIFY2(ann.verifyChain().ok(), qPrintable(ann.verifyChain().problem));
        QCOMPARE(m_pg->psql(QStringLiteral("UPDATE approvals SET decided_by = 'ann' WHERE id = %1").arg(*asked), QStringLiteral("foureyes")), QString());
        const Journal::ChainReport report = ann.verifyChain();
        QVERIFY(!report.ok());
        QVERIFY(report.approval);
        QCOMPARE(report.operationId, *asked);
    }

    void fourEyesNeedTheTeamJournal()
    {
        Journal local(m_dir.filePath(QStringLiteral("alone.sqlite")));
        QVERIFY(local.open());
        Operation big;
        big.kind = Kind::Payout;
        big.userKey = 1;
        big.amount = 50000;
        QString error;
        QVERIFY(!local.requestApproval(big, QStringLiteral("{}"), 0, &error));
        QVERIFY(error.contains(QStringLiteral("team journal")));
    }

    // An open operation copied from this computer keeps holding its target in the team journal; if
    // the team has its own open operation there, nothing is copied until one of them is settled.
    void anOpenOperationCopiedKeepsItsGuard()
    {
        Journal local(m_dir.filePath(QStringLiteral("open.sqlite")));
        QVERIFY(local.open());
        QVERIFY(local.recordIntent(refund(QStringLiteral("pt-open"), QStringLiteral("Kim"))));
        QCOMPARE(m_pg->psql(QStringLiteral("CREATE DATABASE heldopen")), QString());
        Journal teamJournal(team(QStringLiteral("heldopen"), m_pg->superuser()), m_pg->superuserPassword());
        QVERIFY(teamJournal.open());
        const auto theirs = teamJournal.recordIntent(refund(QStringLiteral("pt-open"), QStringLiteral("Lee")));
        QVERIFY(theirs);
        int copied = -1;
        QString error;
        QVERIFY(!teamJournal.importFrom(local, &copied, &error));
        QVERIFY2(error.contains(QStringLiteral("settle one of them first")), qPrintable(error));
        QCOMPARE(teamJournal.query({}).size(), 1);
        QVERIFY(teamJournal.markSent(*theirs) && teamJournal.markOutcome(*theirs, State::Failed, QStringLiteral("4100")));
        QVERIFY2(teamJournal.importFrom(local, &copied, &error), qPrintable(error));
        QCOMPARE(copied, 1);
        QVERIFY(!teamJournal.recordIntent(refund(QStringLiteral("pt-open"), QStringLiteral("Lee"))));
        QCOMPARE(teamJournal.lastConflict()->payToken, QStringLiteral("pt-open"));
        QVERIFY(!teamJournal.lastConflict()->origin.isEmpty());
    }

    void aComputersHistoryIsCopiedOnce()
    {
        Journal local(m_dir.filePath(QStringLiteral("local.sqlite")));
        QVERIFY(local.open());
        const auto settled = local.recordIntent(refund(QStringLiteral("pt-local"), QStringLiteral("Kim")));
        QVERIFY(settled && local.markSent(*settled) && local.markOutcome(*settled, State::Succeeded));
        Batch batch;
        batch.code = QStringLiteral("BULK_PROMO");
        Operation row;
        row.userKey = 900000001;
        row.promotionCode = batch.code;
        row.amount = 10;
        const auto batchId = local.createBatch(batch, {row, row});
        QVERIFY(batchId);
        const QList<Operation> rows = local.batchRows(*batchId);
        QVERIFY(local.markSentWithKey(rows[0].id, QStringLiteral("key-a")) && local.restartAttempt(rows[0].id, QStringLiteral("4111")));

        QCOMPARE(m_pg->psql(QStringLiteral("CREATE DATABASE copied")), QString());
        Journal teamJournal(team(QStringLiteral("copied"), m_pg->superuser()), m_pg->superuserPassword());
        QVERIFY(teamJournal.open());
        QVERIFY(teamJournal.recordIntent(refund(QStringLiteral("pt-team"), QStringLiteral("Lee"))));
        int copied = -1;
        QString error;
        QVERIFY2(teamJournal.importFrom(local, &copied, &error), qPrintable(error));
        QCOMPARE(copied, 3);
        const QList<Operation> all = teamJournal.query({});
        QCOMPARE(all.size(), 4);
        int fromLocal = 0;
        for (const Operation &o : all) {
            if (o.payToken == QLatin1String("pt-team")) {
                QVERIFY(o.origin.isEmpty());
                continue;
            }
            ++fromLocal;
            QVERIFY2(o.origin.contains(local.journalId().left(8)), qPrintable(o.origin));
        }
        QCOMPARE(fromLocal, 3);
        // The batch and its rows keep belonging together, under the team journal's own numbers.
        const QList<Batch> batches = teamJournal.batches();
        QCOMPARE(batches.size(), 1);
        const QList<Operation> copiedRows = teamJournal.batchRows(batches.first().id);
        QCOMPARE(copiedRows.size(), 2);
        QCOMPARE(teamJournal.supersededKeys(copiedRows.first().id), QStringList{QStringLiteral("key-a")});
        // Once: asking again copies nothing, and nothing is lost from the computer.
        QVERIFY(teamJournal.importFrom(local, &copied, &error));
        QCOMPARE(copied, 0);
        QCOMPARE(teamJournal.query({}).size(), 4);
        QCOMPARE(local.query({}).size(), 3);
        QVERIFY2(teamJournal.verifyChain().ok(), qPrintable(teamJournal.verifyChain().problem));
    }
};

QTEST_GUILESS_MAIN(TestJournalTeam)
#include "tst_journal_team.moc"
