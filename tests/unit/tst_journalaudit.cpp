// The journal's own guard (one open operation per target), the tamper-evident event chain and the
// migration to schema 3, on this computer's journal (SQLite) — and, built with
// AIT_JOURNAL_ON_POSTGRES (tests/postgres), the same cases on a team journal of a real PostgreSQL server.
#include "core/clock.h"
#include "core/journal/journal.h"
#include "core/ops/operation.h"
#include "core/ops/recentlysettled.h"

#ifdef AIT_JOURNAL_ON_POSTGRES
#include "support/postgresprocess.h"
#endif

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <memory>
#include <vector>

using namespace ait::journal;

class TestJournalAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_next = 0;
#ifdef AIT_JOURNAL_ON_POSTGRES
    std::unique_ptr<ait::test::PostgresProcess> m_pg;
#endif

    // A new, empty journal for one case: a file here, or a database of its own on the server.
    std::unique_ptr<Journal> newJournal()
    {
        const QString name = QStringLiteral("j%1").arg(++m_next);
#ifdef AIT_JOURNAL_ON_POSTGRES
        if (const QString said = m_pg->psql(QStringLiteral("CREATE DATABASE %1").arg(name)); !said.isEmpty())
            qWarning("%s", qPrintable(said));
        TeamDatabase team;
        team.host = m_pg->host();
        team.port = m_pg->port();
        team.database = name;
        team.user = m_pg->superuser();
        team.tls = false; // loopback
        return std::make_unique<Journal>(team, m_pg->superuserPassword());
#else
        return std::make_unique<Journal>(m_dir.filePath(name + QStringLiteral(".sqlite")));
#endif
    }

    // Where a helper process finds the journal of `journal`.
    QString location(const Journal &journal) const
    {
        if (!journal.isTeam())
            return journal.path();
        const TeamDatabase &team = *journal.team();
        return QStringLiteral("postgres://%1@%2:%3/%4").arg(team.user, team.host).arg(team.port).arg(team.database);
    }

    static QSqlDatabase db(const Journal &journal) { return QSqlDatabase::database(journal.connectionName(), false); }

    static bool exec(const Journal &journal, const QString &sql)
    {
        QSqlQuery q(db(journal));
        if (q.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }

    static Operation refund(const QString &payToken, const QString &operatorName = QStringLiteral("Kim"))
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

    static Operation payout(qint64 userKey, const QString &code = QStringLiteral("BULK_PROMO"))
    {
        Operation op;
        op.kind = Kind::Payout;
        op.userKey = userKey;
        op.promotionCode = code;
        op.amount = 100;
        op.operatorName = QStringLiteral("Kim");
        return op;
    }

    // Three operations, each moved on a little, and a batch: a chain with something in it.
    static void recordSomeHistory(Journal &journal)
    {
        const auto a = journal.recordIntent(refund(QStringLiteral("pt-a")));
        QVERIFY(a && journal.markSent(*a) && journal.markOutcome(*a, State::Succeeded, {}, QStringLiteral("refundNo=1")));
        const auto b = journal.recordIntent(payout(443731104));
        QVERIFY(b && journal.markSentWithKey(*b, QStringLiteral("key-1")) && journal.markOutcome(*b, State::Unknown, {}, QStringLiteral("timeout")));
        QVERIFY(journal.markReconciled(*b, true, QStringLiteral("SUCCESS")));
        const auto c = journal.recordIntent(refund(QStringLiteral("pt-c")));
        QVERIFY(c && journal.markSent(*c));
        Batch batch;
        batch.code = QStringLiteral("BULK_PROMO");
        batch.sourceName = QStringLiteral("payouts.csv");
        const auto id = journal.createBatch(batch, {payout(900000001), payout(900000002)});
        QVERIFY(id && journal.setBatchState(*id, BatchState::Running));
    }

    // Swaps everything but the id of two events: the pair as if written the other way round.
    static bool swapEvents(const Journal &journal, qint64 first, qint64 second)
    {
        const QString columns = QStringLiteral("at, operation_id, batch_id, change, actor, detail, row_digest, prev_digest, digest");
        QSqlQuery q(db(journal));
        QList<QVariantList> rows;
        for (qint64 id : {first, second}) {
            if (!q.exec(QStringLiteral("SELECT %1 FROM events WHERE id = %2").arg(columns).arg(id)) || !q.next())
                return false;
            QVariantList values;
            for (int i = 0; i < 9; ++i)
                values << q.value(i);
            rows << values;
        }
        q.finish();
        const QStringList names = columns.split(QStringLiteral(", "));
        for (int which = 0; which < 2; ++which) {
            QStringList sets;
            for (const QString &name : names)
                sets << name + QStringLiteral(" = ?");
            q.prepare(QStringLiteral("UPDATE events SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))));
            for (const QVariant &v : rows[1 - which])
                q.addBindValue(v);
            q.addBindValue(which == 0 ? first : second);
            if (!q.exec())
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
#ifdef AIT_JOURNAL_ON_POSTGRES
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")), "Qt's PostgreSQL driver (libqt6sql6-psql) is missing");
        m_pg = std::make_unique<ait::test::PostgresProcess>();
        QVERIFY2(m_pg->isReady(), qPrintable(m_pg->error()));
#endif
    }

    void oneOpenRefundPerPayment()
    {
        const auto journal = newJournal();
        QString error;
        QVERIFY2(journal->open(&error), qPrintable(error));
        const auto first = journal->recordIntent(refund(QStringLiteral("pt-1")));
        QVERIFY(first);
        QVERIFY(!journal->lastConflict());
        const auto second = journal->recordIntent(refund(QStringLiteral("pt-1"), QStringLiteral("Lee")), &error);
        QVERIFY(!second);
        QVERIFY(journal->lastConflict());
        QCOMPARE(journal->lastConflict()->id, *first);
        QCOMPARE(journal->lastConflict()->operatorName, journal->isTeam() ? journal->operatorOnRecord() : QStringLiteral("Kim"));
        QCOMPARE(journal->query({}).size(), 1); // nothing of the second was recorded
        // Another payment is another target; a settled refund no longer holds its payment.
        QVERIFY(journal->recordIntent(refund(QStringLiteral("pt-2"))));
        QVERIFY(journal->markSent(*first) && journal->markOutcome(*first, State::Failed, QStringLiteral("4100")));
        QVERIFY(journal->recordIntent(refund(QStringLiteral("pt-1"))));
        QVERIFY(!journal->lastConflict());
    }

    void unknownOutcomesHoldTheirTargetUntilReconciled()
    {
        const auto journal = newJournal();
        QVERIFY(journal->open());
        const auto first = journal->recordIntent(payout(443731104));
        QVERIFY(first && journal->markSentWithKey(*first, QStringLiteral("key-1")) && journal->markOutcome(*first, State::Unknown));
        QVERIFY(!journal->recordIntent(payout(443731104)));
        QVERIFY(journal->recordIntent(payout(443731105)));                          // another user
        QVERIFY(journal->recordIntent(payout(443731104, QStringLiteral("OTHER")))); // another promotion
        QVERIFY(journal->markReconciled(*first, false));
        QVERIFY(journal->recordIntent(payout(443731104)));
    }

    void testPaymentsByOrderNoAndMessagesNotGuarded()
    {
        const auto journal = newJournal();
        QVERIFY(journal->open());
        Operation test;
        test.kind = Kind::TestPayment;
        test.orderNo = QStringLiteral("order-1");
        QVERIFY(journal->recordIntent(test));
        QVERIFY(!journal->recordIntent(test));
        Operation message;
        message.kind = Kind::Message;
        message.userKey = 443731104;
        message.templateCode = QStringLiteral("TPL");
        QVERIFY(journal->recordIntent(message));
        QVERIFY(journal->recordIntent(message)); // a message may be sent again
    }

    void aBatchGuardsEachUserOnce()
    {
        const auto journal = newJournal();
        QVERIFY(journal->open());
        Batch batch;
        batch.code = QStringLiteral("BULK_PROMO");
        // The operator allowed user 900000001 twice: the first of their rows holds the guard.
        const auto id = journal->createBatch(batch, {payout(900000001), payout(900000001), payout(900000002)});
        QVERIFY(id);
        const auto single = journal->recordIntent(payout(900000001));
        QVERIFY(!single);
        QCOMPARE(journal->lastConflict()->batchRow, 1);
        QVERIFY(!journal->recordIntent(payout(900000002)));
        // A batch that meets an open payout is refused as a whole: nothing of it is recorded.
        const auto open = journal->recordIntent(payout(900000003));
        QVERIFY(open);
        const int before = int(journal->query({}).size());
        QString error;
        QVERIFY(!journal->createBatch(batch, {payout(900000004), payout(900000003)}, &error));
        QCOMPARE(journal->query({}).size(), before);
        QCOMPARE(journal->batches().size(), 1);
    }

    void theRefusalNamesWhoAndSinceWhen()
    {
        const auto journal = newJournal();
        QVERIFY(journal->open());
        const auto first = journal->recordIntent(refund(QStringLiteral("pt-1"), QStringLiteral("Kim")));
        QVERIFY(first);
        ait::api::ApiError error;
        QVERIFY(!ait::ops::recordIntent(*journal, refund(QStringLiteral("pt-1"), QStringLiteral("Lee")), &error));
        QCOMPARE(error.kind, ait::api::ApiError::Kind::AlreadyInProgress);
        const QString who = journal->isTeam() ? journal->operatorOnRecord() : QStringLiteral("Kim");
        QVERIFY2(error.message.contains(who), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("#%1").arg(*first)), qPrintable(error.message));
        QVERIFY2(error.message.contains(journal->find(*first)->createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                 qPrintable(error.message));
    }

    void recentlySettledByAnotherOperator()
    {
        const auto journal = newJournal();
        QVERIFY(journal->open());
        const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addSecs(-24 * 3600);
        const auto paid = journal->recordIntent(payout(443731104));
        QVERIFY(paid && journal->markSentWithKey(*paid, QStringLiteral("k")) && journal->markOutcome(*paid, State::Succeeded));
        const auto failed = journal->recordIntent(payout(443731105));
        QVERIFY(failed && journal->markSentWithKey(*failed, QStringLiteral("k2")) && journal->markOutcome(*failed, State::Failed));
        const QString who = journal->find(*paid)->operatorName;
        QCOMPARE(journal->recentlySettledByOthers(payout(443731104), QStringLiteral("someone-else"), dayAgo).size(), 1);
        QCOMPARE(journal->recentlySettledByOthers(payout(443731104), QStringLiteral("someone-else"), dayAgo).first().id, *paid);
        QVERIFY(journal->recentlySettledByOthers(payout(443731104), who, dayAgo).isEmpty());            // one's own
        QVERIFY(journal->recentlySettledByOthers(payout(443731105), QStringLiteral("x"), dayAgo).isEmpty()); // refused: not paid
        QVERIFY(journal->recentlySettledByOthers(payout(443731104, QStringLiteral("OTHER")), QStringLiteral("x"), dayAgo).isEmpty());
        QVERIFY(journal->recentlySettledByOthers(payout(443731104), QStringLiteral("x"), QDateTime::currentDateTimeUtc().addSecs(60)).isEmpty());
    }

    // The console's "asks first" sentence (ops::recentlySettled): another operator's settled payout or
    // refund of the same target in the last 24 h by the clock, named with who and when; one's own, a
    // refused one and an older one are not.
    void recentlySettledWarningNamesWhoAndWhen()
    {
        const auto journal = newJournal();
        QVERIFY(journal->open());
        const auto paid = journal->recordIntent(payout(443731201));
        QVERIFY(paid && journal->markSentWithKey(*paid, QStringLiteral("k1")) && journal->markOutcome(*paid, State::Succeeded));
        const auto refused = journal->recordIntent(payout(443731202));
        QVERIFY(refused && journal->markSentWithKey(*refused, QStringLiteral("k2")) && journal->markOutcome(*refused, State::Failed));
        const auto mine = journal->recordIntent(payout(443731203));
        QVERIFY(mine && journal->markSentWithKey(*mine, QStringLiteral("k3")) && journal->markOutcome(*mine, State::Succeeded));
        const auto refunded = journal->recordIntent(refund(QStringLiteral("pt-recent")));
        QVERIFY(refunded && journal->markSent(*refunded) && journal->markOutcome(*refunded, State::Succeeded));
        // Written by another operator: on the team journal every row of this connection is its role's,
        // so the other operator's name is put on record by hand, the same way on both engines.
        QVERIFY(exec(*journal, QStringLiteral("UPDATE operations SET operator_name = 'lee' WHERE id IN (%1, %2, %3)")
                                   .arg(*paid).arg(*refused).arg(*refunded)));
        const QString me = QStringLiteral("Kim"); // this computer's journal: the console's operator name

        ait::FixedClock clock(QDateTime::currentDateTimeUtc());
        const ait::ops::RecentlySettled found = ait::ops::recentlySettled(*journal, payout(443731201), me, clock);
        QVERIFY(found.found());
        QCOMPARE(found.operations.size(), 1);
        QCOMPARE(found.operations.first().id, *paid);
        const QString when = journal->find(*paid)->updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QVERIFY2(found.warning.contains(QStringLiteral("lee paid 100 points to this user from this promotion at %1 (operation #%2).")
                                            .arg(when).arg(*paid)),
                 qPrintable(found.warning));
        const ait::ops::RecentlySettled refundFound = ait::ops::recentlySettled(*journal, refund(QStringLiteral("pt-recent")), me, clock);
        QVERIFY2(refundFound.warning.contains(QStringLiteral("lee refunded %1 won of this payment").arg(QLocale().toString(10000))),
                 qPrintable(refundFound.warning));

        QVERIFY(!ait::ops::recentlySettled(*journal, payout(443731202), me, clock).found()); // refused: nothing paid
        QVERIFY(!ait::ops::recentlySettled(*journal, payout(443731203), me, clock).found()); // one's own
        QVERIFY(!ait::ops::recentlySettled(*journal, payout(443731201, QStringLiteral("OTHER")), me, clock).found());
        QVERIFY(ait::ops::recentlySettled(*journal, payout(443731201), me, clock).warning.contains(QStringLiteral("24 hours")));

        // A day later by the clock it is history, not a warning.
        clock.set(QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
        QVERIFY(ait::ops::recentlySettled(*journal, payout(443731201), me, clock).found());
        clock.set(QDateTime::currentDateTimeUtc().addSecs(25 * 3600));
        QVERIFY(!ait::ops::recentlySettled(*journal, payout(443731201), me, clock).found());
        // The same by the row's own time: settled 25 h ago.
        clock.set(QDateTime::currentDateTimeUtc());
        const QString dayAndAHourAgo = QDateTime::currentDateTimeUtc().addSecs(-25 * 3600).toString(Qt::ISODateWithMs);
        QVERIFY(exec(*journal, QStringLiteral("UPDATE operations SET updated_at = '%1' WHERE id = %2").arg(dayAndAHourAgo).arg(*paid)));
        QVERIFY(!ait::ops::recentlySettled(*journal, payout(443731201), me, clock).found());
    }

    void everyChangeIsAnEventInOrder()
    {
        const auto journal = newJournal();
        QVERIFY(journal->open());
        const auto id = journal->recordIntent(refund(QStringLiteral("pt-1")));
        QVERIFY(id && journal->markSent(*id) && journal->markOutcome(*id, State::Unknown) && journal->markReconciled(*id, true));
        QStringList changes;
        for (const Journal::Event &e : journal->events(*id)) {
            changes << e.change;
            QVERIFY(!e.actor.isEmpty());
            QVERIFY(e.at.isValid());
        }
        QCOMPARE(changes, (QStringList{QStringLiteral("intent"), QStringLiteral("sent"), QStringLiteral("unknown"), QStringLiteral("reconciled:applied")}));
        // A refused transition writes nothing, not even an event.
        QVERIFY(!journal->markSent(*id));
        QCOMPARE(journal->events(*id).size(), 4);
        const Journal::ChainReport report = journal->verifyChain();
        QVERIFY2(report.ok(), qPrintable(report.problem));
        QCOMPARE(report.events, qint64(4));
    }

    void verifyFindsAnEditedOperation()
    {
        const auto journal = newJournal();
        QVERIFY(journal->open());
        recordSomeHistory(*journal);
        QVERIFY2(journal->verifyChain().ok(), qPrintable(journal->verifyChain().problem));
        QVERIFY(exec(*journal, QStringLiteral("UPDATE operations SET amount = 1 WHERE id = 2")));
        const Journal::ChainReport report = journal->verifyChain();
        QVERIFY(!report.ok());
        QCOMPARE(report.operationId, qint64(2));
        QVERIFY(!report.batch);
    }

    void verifyFindsAnEditedBatch()
    {
        const auto journal = newJournal();
        QVERIFY(journal->open());
        recordSomeHistory(*journal);
        QVERIFY(exec(*journal, QStringLiteral("UPDATE batches SET total_amount = 5")));
        const Journal::ChainReport report = journal->verifyChain();
        QVERIFY(!report.ok());
        QVERIFY(report.batch);
    }

    void verifyFindsAnEditedEvent()
    {
        const auto journal = newJournal();
        QVERIFY(journal->open());
        recordSomeHistory(*journal);
        QVERIFY(exec(*journal, QStringLiteral("UPDATE events SET actor = 'nobody' WHERE id = 3")));
        const Journal::ChainReport report = journal->verifyChain();
        QVERIFY(!report.ok());
        QCOMPARE(report.brokenAt, qint64(3));
    }

    void verifyFindsADeletedEvent()
    {
        const auto journal = newJournal();
        QVERIFY(journal->open());
        recordSomeHistory(*journal);
        QVERIFY(exec(*journal, QStringLiteral("DELETE FROM events WHERE id = 4")));
        const Journal::ChainReport report = journal->verifyChain();
        QVERIFY(!report.ok());
        QCOMPARE(report.brokenAt, qint64(5));
    }

    void verifyFindsTheLastEventOfAnOperationDeleted()
    {
        const auto journal = newJournal();
        QVERIFY(journal->open());
        recordSomeHistory(*journal);
        QSqlQuery q(db(*journal));
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(id) FROM events")) && q.next());
        const qint64 last = q.value(0).toLongLong();
        q.finish();
        QVERIFY(exec(*journal, QStringLiteral("DELETE FROM events WHERE id = %1").arg(last))); // the chain itself still holds
        const Journal::ChainReport report = journal->verifyChain();
        QVERIFY(!report.ok());
        QCOMPARE(report.brokenAt, qint64(0));
        QVERIFY(report.batch); // the batch's "running" was the last change
    }

    void verifyFindsAReorderedPair()
    {
        const auto journal = newJournal();
        QVERIFY(journal->open());
        recordSomeHistory(*journal);
        QVERIFY(swapEvents(*journal, 5, 6));
        const Journal::ChainReport report = journal->verifyChain();
        QVERIFY(!report.ok());
        QCOMPARE(report.brokenAt, qint64(5));
    }

    // Two processes open a new journal at the same moment (it is created and migrated once) and
    // then try to record a refund of the same 100 payments, round by round: each payment gets one
    // intent, whichever process was first; the other is told the payment is taken.
    void twoProcessesRaceForTheSamePayments()
    {
        const auto journal = newJournal();
        const int rounds = 100;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
#ifdef AIT_JOURNAL_ON_POSTGRES
        env.insert(QStringLiteral("AIT_TEST_PG_PASSWORD"), m_pg->superuserPassword());
#endif
        std::vector<std::unique_ptr<QProcess>> helpers;
        for (int i = 0; i < 2; ++i) {
            auto helper = std::make_unique<QProcess>();
            helper->setProcessEnvironment(env);
            helper->start(QStringLiteral(AIT_CRASH_HELPER), {location(*journal), QStringLiteral("--race"), QString::number(rounds),
                                                             QStringLiteral("--tag"), QStringLiteral("race")});
            QVERIFY(helper->waitForStarted(10000));
            helpers.push_back(std::move(helper));
        }
        for (const auto &helper : helpers) {
            QVERIFY(QTest::qWaitFor([&] { return helper->canReadLine() || helper->state() != QProcess::Running; }, 30000));
            QCOMPARE(helper->readLine(), QByteArray("ready\n"));
        }
        for (const auto &helper : helpers) {
            helper->write("go\n");
            QVERIFY(helper->waitForBytesWritten(10000));
        }
        QList<int> winners(rounds, 0), losers(rounds, 0);
        for (const auto &helper : helpers) {
            QVERIFY(helper->waitForFinished(120000));
            const QByteArray errors = helper->readAllStandardError();
            QVERIFY2(helper->exitStatus() == QProcess::NormalExit && helper->exitCode() == 0, errors.constData());
            for (const QByteArray &line : helper->readAllStandardOutput().split('\n')) {
                const QList<QByteArray> words = line.split(' ');
                if (words.size() != 2)
                    continue;
                (words[0] == "won" ? winners : losers)[words[1].toInt()] += 1;
            }
        }
        for (int i = 0; i < rounds; ++i) {
            QVERIFY2(winners[i] == 1 && losers[i] == 1, qPrintable(QStringLiteral("round %1: %2 won, %3 lost").arg(i).arg(winners[i]).arg(losers[i])));
        }
        QString error;
        QVERIFY2(journal->open(&error), qPrintable(error));
        QCOMPARE(journal->schemaVersion(), Journal::CurrentSchema);
        QCOMPARE(journal->query({}).size(), rounds);
        const Journal::ChainReport report = journal->verifyChain();
        QVERIFY2(report.ok(), qPrintable(report.problem));
        QCOMPARE(report.events, qint64(rounds));
    }

    void aBatchHasOneRunnerAtATime()
    {
        const auto journal = newJournal();
        QVERIFY(journal->open());
        Batch batch;
        batch.code = QStringLiteral("BULK_PROMO");
        const auto id = journal->createBatch(batch, {payout(900000001)});
        QVERIFY(id);
        QVERIFY(journal->takeLease(*id, QStringLiteral("desk-1"), 30));
        QVERIFY(journal->takeLease(*id, QStringLiteral("desk-1"), 30)); // again: its own
        QString heldBy;
        QDateTime until;
        QVERIFY(!journal->takeLease(*id, QStringLiteral("desk-2"), 30, &heldBy, &until));
        QCOMPARE(heldBy, QStringLiteral("desk-1"));
        QVERIFY(until > QDateTime::currentDateTimeUtc());
        QVERIFY(journal->renewLease(*id, QStringLiteral("desk-1"), 30));
        QVERIFY(!journal->renewLease(*id, QStringLiteral("desk-2"), 30)); // only the holder's heartbeat counts
        // A runner that died leaves its lease to expire (here: one already past its time).
        QVERIFY(journal->takeLease(*id, QStringLiteral("desk-1"), -1));
        QVERIFY(journal->takeLease(*id, QStringLiteral("desk-2"), 30));
        QVERIFY(!journal->renewLease(*id, QStringLiteral("desk-1"), 30)); // the dead runner's heartbeat is refused
        QVERIFY(!journal->releaseLease(*id, QStringLiteral("desk-1")));
        QVERIFY(journal->releaseLease(*id, QStringLiteral("desk-2")));
        QVERIFY(journal->takeLease(*id, QStringLiteral("desk-3"), 30));
        // Heartbeats are not history; taking and giving back are.
        QVERIFY2(journal->verifyChain().ok(), qPrintable(journal->verifyChain().problem));
    }

    void migratesAVersion1JournalWithOpenDuplicates()
    {
        const auto journal = newJournal();
        // A journal of schema 1, written before the guard existed: two open refunds of one payment
        // (possible then from two processes), a settled one, an open payout.
        {
            QString error;
            if (journal->isTeam()) {
                // A connection of our own to the journal's empty database.
                const TeamDatabase &team = *journal->team();
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("v1"));
                raw.setHostName(team.host);
                raw.setPort(team.port);
                raw.setDatabaseName(team.database);
                raw.setUserName(team.user);
#ifdef AIT_JOURNAL_ON_POSTGRES
                raw.setPassword(m_pg->superuserPassword());
#endif
                QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
            } else {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
                raw.setDatabaseName(journal->path());
                QVERIFY(raw.open());
            }
            QSqlDatabase raw = QSqlDatabase::database(QStringLiteral("v1"));
            QVERIFY2(Journal::applyMigrations(raw, {Journal::migrations().first()}, &error), qPrintable(error));
            const QString insert = QStringLiteral(
                "INSERT INTO operations (created_at, updated_at, os_user, operator_name, profile_id, profile_name, identity_fingerprint, "
                "kind, user_key, pay_token, promotion_code, amount, idempotency_key, state) VALUES "
                "('2026-11-0%1T10:00:00.000Z','2026-11-0%1T10:00:00.000Z','kim','Kim','p1','Live','AA','%2',443731103,'%3','%4',100,'%5','%6')");
            QSqlQuery q(raw);
            QVERIFY(q.exec(insert.arg(1).arg(QStringLiteral("refund"), QStringLiteral("pt-1"), QString(), QStringLiteral("pt-1"), QStringLiteral("sent"))));
            QVERIFY(q.exec(insert.arg(2).arg(QStringLiteral("refund"), QStringLiteral("pt-1"), QString(), QStringLiteral("pt-1"), QStringLiteral("unknown"))));
            QVERIFY(q.exec(insert.arg(3).arg(QStringLiteral("refund"), QStringLiteral("pt-2"), QString(), QStringLiteral("pt-2"), QStringLiteral("succeeded"))));
            QVERIFY(q.exec(insert.arg(4).arg(QStringLiteral("payout"), QString(), QStringLiteral("DEMO"), QStringLiteral("key-1"), QStringLiteral("unknown"))));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        QString error;
        QVERIFY2(journal->open(&error), qPrintable(error));
        QCOMPARE(journal->schemaVersion(), Journal::CurrentSchema);
        QCOMPARE(journal->query({}).size(), 4); // nothing lost
        QCOMPARE(journal->find(2)->state, State::Unknown);
        // The oldest open refund of pt-1 holds the guard; the payout holds its own.
        QVERIFY(!journal->recordIntent(refund(QStringLiteral("pt-1"))));
        QCOMPARE(journal->lastConflict()->id, qint64(1));
        Operation again = payout(443731103, QStringLiteral("DEMO"));
        QVERIFY(!journal->recordIntent(again));
        QCOMPARE(journal->lastConflict()->id, qint64(4));
        QVERIFY(journal->recordIntent(refund(QStringLiteral("pt-2")))); // settled: free
        // Rows from before the audit have their first event: the chain covers them.
        QCOMPARE(journal->events(1).first().change, QStringLiteral("adopted"));
        const Journal::ChainReport report = journal->verifyChain();
        QVERIFY2(report.ok(), qPrintable(report.problem));
    }
};

QTEST_GUILESS_MAIN(TestJournalAudit)
#include "tst_journalaudit.moc"
