#include "core/journal/journal.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace ait::journal;

// Schema v2: bulk runs as journal objects, migrated from v1 without loss.
class TestJournalBatches : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_probes = 0;

    // A connection of the test's own, to see the file as another program would.
    template <typename F>
    void withProbe(const QString &path, F f)
    {
        const QString name = QStringLiteral("probe-%1").arg(++m_probes);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            f(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    static Batch payoutBatch(const QString &code = QStringLiteral("BULK_PROMO"))
    {
        Batch b;
        b.kind = Kind::Payout;
        b.code = code;
        b.profileId = QStringLiteral("p1");
        b.profileName = QStringLiteral("Sandbox");
        b.identityFingerprint = QStringLiteral("AA:BB");
        b.sourceName = QStringLiteral("winners.csv");
        b.sourceSha256 = QStringLiteral("abc123");
        b.totalAmount = 600;
        b.operatorName = QStringLiteral("support-1");
        b.options = QStringLiteral("{\"allowRepeats\":false}");
        return b;
    }

    static QList<Operation> payoutRows(int n, qint64 firstUser = 900000001)
    {
        QList<Operation> rows;
        for (int i = 0; i < n; ++i) {
            Operation o;
            o.kind = Kind::Payout;
            o.userKey = firstUser + i;
            o.amount = qint64{100} * (i + 1);
            o.promotionCode = QStringLiteral("BULK_PROMO");
            o.memo = QStringLiteral("{\"name\":\"row %1\"}").arg(i + 1);
            rows << o;
        }
        return rows;
    }

private slots:
    void migratesAVersion1JournalWithoutLoss()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        // The schema as version 1 shipped it, with two operations on record.
        withProbe(path, [](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE operations (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
                "os_user TEXT NOT NULL, operator_name TEXT NOT NULL, profile_id TEXT NOT NULL, profile_name TEXT NOT NULL, "
                "identity_fingerprint TEXT NOT NULL, kind TEXT NOT NULL, user_key INTEGER NOT NULL DEFAULT 0, "
                "pay_token TEXT NOT NULL DEFAULT '', order_no TEXT NOT NULL DEFAULT '', order_id TEXT NOT NULL DEFAULT '', "
                "amount INTEGER NOT NULL DEFAULT 0, reason TEXT NOT NULL DEFAULT '', idempotency_key TEXT NOT NULL DEFAULT '', "
                "promotion_code TEXT NOT NULL DEFAULT '', state TEXT NOT NULL, applied INTEGER NOT NULL DEFAULT 0, "
                "partner_code TEXT NOT NULL DEFAULT '', response_digest TEXT NOT NULL DEFAULT '', batch_id TEXT NOT NULL DEFAULT '', "
                "test INTEGER NOT NULL DEFAULT 0, template_code TEXT NOT NULL DEFAULT '')")));
            QVERIFY(q.exec(QStringLiteral("CREATE INDEX operations_state ON operations(state)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO operations (created_at, updated_at, os_user, operator_name, profile_id, profile_name, identity_fingerprint, "
                "kind, user_key, pay_token, amount, reason, idempotency_key, state, applied, response_digest) VALUES "
                "('2026-11-01T10:00:00.000Z','2026-11-01T10:00:01.000Z','kim','Kim','p1','Live','AA','refund',443731103,'pt-1',10000,"
                "'고객 요청','pt-1','reconciled',1,'payStatus=REFUND_SUCCESS')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO operations (created_at, updated_at, os_user, operator_name, profile_id, profile_name, identity_fingerprint, "
                "kind, user_key, amount, idempotency_key, promotion_code, state) VALUES "
                "('2026-11-02T10:00:00.000Z','2026-11-02T10:00:00.000Z','kim','Kim','p1','Live','AA','payout',443731104,500,'key-1',"
                "'DEMO_PROMO','unknown')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        });
        Journal journal(path);
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        QCOMPARE(journal.schemaVersion(), Journal::CurrentSchema);
        const Operation refund = *journal.find(1);
        QCOMPARE(refund.kind, Kind::Refund);
        QCOMPARE(refund.state, State::Reconciled);
        QVERIFY(refund.applied);
        QCOMPARE(refund.reason, QStringLiteral("고객 요청"));
        QCOMPARE(refund.responseDigest, QStringLiteral("payStatus=REFUND_SUCCESS"));
        QCOMPARE(refund.createdAt, QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(refund.batchRow, 0);
        QCOMPARE(refund.attempt, 0);
        const Operation payout = *journal.find(2);
        QCOMPARE(payout.state, State::Unknown);
        QCOMPARE(payout.idempotencyKey, QStringLiteral("key-1"));
        QCOMPARE(journal.needingAttention().size(), 1); // the old unknown payout is still announced
        QCOMPARE(journal.openPayoutsFor(443731104, QStringLiteral("DEMO_PROMO")).size(), 1);
        QVERIFY(journal.batches().isEmpty());
        // The next id continues after the old ones, and a batch can be recorded next to them.
        QVERIFY(journal.createBatch(payoutBatch(), payoutRows(2)));
        QCOMPARE(journal.lastId(), 4);
    }

    void aBatchAndItsRowsAreRecordedTogether()
    {
        Journal journal(m_dir.filePath(QStringLiteral("batch.sqlite")));
        QVERIFY(journal.open());
        QSignalSpy changed(&journal, &Journal::changed);
        QString error;
        const std::optional<qint64> id = journal.createBatch(payoutBatch(), payoutRows(3), &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(changed.size(), 1);
        const Batch b = *journal.batch(*id);
        QCOMPARE(b.state, BatchState::Confirmed);
        QCOMPARE(b.rowCount, 3);
        QCOMPARE(b.totalAmount, 600);
        QCOMPARE(b.code, QStringLiteral("BULK_PROMO"));
        QCOMPARE(b.sourceSha256, QStringLiteral("abc123"));
        QVERIFY(!b.osUser.isEmpty());
        const QList<Operation> rows = journal.batchRows(*id);
        QCOMPARE(rows.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(rows[i].batchRow, i + 1);
            QCOMPARE(rows[i].batchId, b.idText());
            QCOMPARE(rows[i].state, State::Intent);
            QCOMPARE(rows[i].userKey, 900000001 + i);
            QCOMPARE(rows[i].amount, 100 * (i + 1));
            QCOMPARE(rows[i].operatorName, QStringLiteral("support-1"));
            QCOMPARE(rows[i].profileId, QStringLiteral("p1"));
        }
        QCOMPARE(rows[1].memo, QStringLiteral("{\"name\":\"row 2\"}"));
        QCOMPARE(journal.batchRows(*id, 2, 1).size(), 1);
        QCOMPARE(journal.batchRows(*id, 2, 1).first().batchRow, 2);
        const BatchCounts c = journal.batchCounts(*id);
        QCOMPARE(c.rows, 3);
        QCOMPARE(c.pending, 3);
        QCOMPARE(journal.batchesFromSource(QStringLiteral("abc123"), QStringLiteral("BULK_PROMO")).size(), 1);
        QVERIFY(journal.batchesFromSource(QStringLiteral("abc123"), QStringLiteral("OTHER")).isEmpty());

        // Batch id and row number are unique together.
        Operation twin = rows[0];
        twin.userKey = 999999998; // another user: only the row number collides (not the open-payout guard)
        twin.batchRow = 1;
        QVERIFY(!journal.recordIntent(twin, &error));
        QVERIFY(error.contains(QStringLiteral("UNIQUE"), Qt::CaseInsensitive));
    }

    void aBatchIsAllOrNothing()
    {
        Journal journal(m_dir.filePath(QStringLiteral("atomic.sqlite")));
        QVERIFY(journal.open());
        // Another program's trigger refuses the third row: nothing of the batch may stay.
        withProbe(journal.path(), [](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER refuse_third BEFORE INSERT ON operations WHEN NEW.batch_row = 3 "
                                           "BEGIN SELECT RAISE(ABORT, 'refused'); END")),
                     qPrintable(q.lastError().text()));
        });
        QString error;
        QVERIFY(!journal.createBatch(payoutBatch(), payoutRows(5), &error));
        QVERIFY(error.contains(QStringLiteral("refused")));
        QVERIFY(journal.batches().isEmpty());
        QCOMPARE(journal.lastId(), 0);
        // Without the third row's problem the same call records everything.
        QVERIFY(journal.createBatch(payoutBatch(), payoutRows(2)));
        QCOMPARE(journal.lastId(), 2);
    }

    void unfinishedBatchRowsAreTheRunsNotTheBanners()
    {
        Journal journal(m_dir.filePath(QStringLiteral("attention.sqlite")));
        QVERIFY(journal.open());
        const qint64 id = *journal.createBatch(payoutBatch(), payoutRows(4));
        QCOMPARE(journal.unfinishedBatches().size(), 1);
        QVERIFY(journal.needingAttention().isEmpty()); // four intents, but the batch's run settles them
        // The single-payout guard sees a batch row as an open payout.
        QCOMPARE(journal.openPayoutsFor(900000002, QStringLiteral("BULK_PROMO")).size(), 1);
        QVERIFY(journal.openPayoutsFor(900000002, QStringLiteral("DEMO_PROMO")).isEmpty());
        QCOMPARE(journal.usersWithOpenPayouts(QStringLiteral("BULK_PROMO")).size(), 4);

        const QList<Operation> rows = journal.batchRows(id);
        QVERIFY(journal.setBatchState(id, BatchState::Running));
        QVERIFY(journal.markSentWithKey(rows[0].id, QStringLiteral("k1")));
        QVERIFY(!journal.markSentWithKey(rows[0].id, QStringLiteral("k2"))); // only from intent
        QCOMPARE(journal.find(rows[0].id)->idempotencyKey, QStringLiteral("k1"));
        QVERIFY(journal.markOutcome(rows[0].id, State::Succeeded));
        QVERIFY(journal.markSentWithKey(rows[1].id, QStringLiteral("k3")));
        QVERIFY(journal.markOutcome(rows[1].id, State::Unknown));
        QVERIFY(journal.setBatchState(id, BatchState::Paused));
        QVERIFY(journal.needingAttention().isEmpty());

        // Stopped: the rows never started are settled as not sent; the unknown one needs a person.
        QCOMPARE(journal.settleUnstarted(id, QStringLiteral("not sent: the batch was stopped")), 2);
        QVERIFY(journal.setBatchState(id, BatchState::Stopped));
        QVERIFY(journal.unfinishedBatches().isEmpty());
        const QList<Operation> attention = journal.needingAttention();
        QCOMPARE(attention.size(), 1);
        QCOMPARE(attention.first().id, rows[1].id);
        const BatchCounts c = journal.batchCounts(id);
        QCOMPARE(c.succeeded, 1);
        QCOMPARE(c.unknown, 1);
        QCOMPARE(c.failed, 2);
        QCOMPARE(c.pending, 0);
        QCOMPARE(journal.find(rows[3].id)->partnerCode, QStringLiteral("stopped"));
    }

    void aKeyThatPaidNothingIsSupersededNotForgotten()
    {
        Journal journal(m_dir.filePath(QStringLiteral("restart.sqlite")));
        QVERIFY(journal.open());
        const qint64 id = *journal.createBatch(payoutBatch(), payoutRows(1));
        const qint64 row = journal.batchRows(id).first().id;
        QVERIFY(!journal.restartAttempt(row, QStringLiteral("nothing to restart"))); // an intent never left
        QVERIFY(journal.markSentWithKey(row, QStringLiteral("first-key")));
        QVERIFY(journal.markOutcome(row, State::Unknown));
        QVERIFY(journal.restartAttempt(row, QStringLiteral("4111 no payout with this key")));
        Operation o = *journal.find(row);
        QCOMPARE(o.state, State::Intent);
        QVERIFY(o.idempotencyKey.isEmpty());
        QCOMPARE(o.attempt, 1);
        QCOMPARE(journal.supersededKeys(row), QStringList{QStringLiteral("first-key")});
        QVERIFY(journal.markSentWithKey(row, QStringLiteral("second-key")));
        QVERIFY(journal.markOutcome(row, State::Succeeded));
        QVERIFY(!journal.restartAttempt(row, QStringLiteral("settled"))); // a settled row never restarts
        o = *journal.find(row);
        QCOMPARE(o.idempotencyKey, QStringLiteral("second-key"));
        QCOMPARE(o.attempt, 1);
    }

    void manyRowsMoveTogetherOrNotAtAll()
    {
        Journal journal(m_dir.filePath(QStringLiteral("many.sqlite")));
        QVERIFY(journal.open());
        Batch b = payoutBatch();
        b.kind = Kind::Message;
        b.code = QStringLiteral("demo-template");
        QList<Operation> rows = payoutRows(3);
        for (Operation &o : rows) {
            o.kind = Kind::Message;
            o.amount = 0;
            o.templateCode = b.code;
        }
        const qint64 id = *journal.createBatch(b, rows);
        QList<qint64> ids;
        for (const Operation &o : journal.batchRows(id))
            ids << o.id;
        QVERIFY(journal.markSent(ids[0]));
        QVERIFY(!journal.markManySent(ids)); // the first is no longer an intent: none moves
        QCOMPARE(journal.batchCounts(id).pending, 2);
        QVERIFY(journal.markManyOutcome({ids[0]}, State::Unknown));
        QVERIFY(journal.markManySent({ids[1], ids[2]}));
        QVERIFY(journal.markManyOutcome({ids[1], ids[2]}, State::Unknown, {}, QStringLiteral("lost")));
        QCOMPARE(journal.batchCounts(id).unknown, 3);
        QVERIFY(journal.restartMany(ids, QStringLiteral("send again")));
        QCOMPARE(journal.batchCounts(id).pending, 3);
        QVERIFY(journal.markManySent(ids));
        QVERIFY(journal.markManyReconciled(ids, true, QStringLiteral("marked as sent")));
        QCOMPARE(journal.batchCounts(id).succeeded, 3);
    }
};

QTEST_GUILESS_MAIN(TestJournalBatches)
#include "tst_journalbatches.moc"
