#include "core/journal/journal.h"

#include <QHash>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include <memory>
#include <vector>

using namespace ait::journal;

class TestJournal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The tables and indexes in a database's schema, sorted.
    static QStringList tablesAndIndexes(const QSqlDatabase &db)
    {
        QStringList names;
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%'"))) {
            while (q.next())
                names << q.value(0).toString();
        }
        names.sort();
        return names;
    }

    static Operation refund(const QString &payToken)
    {
        Operation op;
        op.kind = Kind::Refund;
        op.payToken = payToken;
        op.idempotencyKey = payToken;
        op.userKey = 443731103;
        op.amount = 10000;
        op.reason = QStringLiteral("고객 요청");
        op.profileId = QStringLiteral("p1");
        op.profileName = QStringLiteral("Live");
        return op;
    }

    // Starts `count` helpers that wait for a go, then open the journal at `path` together and
    // record `each` intents; checks that every intent landed once, each with the id its process
    // was told, and that nothing was ever "locked".
    void writeFromProcessesAtOnce(const QString &path, int count, int each)
    {
        std::vector<std::unique_ptr<QProcess>> helpers;
        for (int i = 0; i < count; ++i) {
            auto helper = std::make_unique<QProcess>();
            helper->start(QStringLiteral(AIT_CRASH_HELPER), {path, QStringLiteral("--intents"), QString::number(each),
                                                             QStringLiteral("--tag"), QStringLiteral("p%1").arg(i)});
            QVERIFY(helper->waitForStarted(10000));
            helpers.push_back(std::move(helper));
        }
        for (const auto &helper : helpers) {
            QVERIFY(QTest::qWaitFor([&] { return helper->canReadLine() || helper->state() != QProcess::Running; }, 30000));
            QCOMPARE(helper->readLine(), QByteArray("ready\n"));
        }
        // They open the journal (and create and migrate it) together. QProcess writes when asked
        // to wait for it: without that, each would get its go only once the one before finished.
        for (const auto &helper : helpers)
            helper->write("go\n");
        for (const auto &helper : helpers)
            QVERIFY(helper->waitForBytesWritten(10000));
        QHash<qint64, QString> idToToken;
        for (int i = 0; i < count; ++i) {
            QProcess &helper = *helpers[size_t(i)];
            QVERIFY(helper.waitForFinished(120000));
            const QByteArray errors = helper.readAllStandardError();
            QVERIFY2(helper.exitStatus() == QProcess::NormalExit && helper.exitCode() == 0,
                     qPrintable(QStringLiteral("helper %1, exit %2: ").arg(i).arg(helper.exitCode()) + QString::fromUtf8(errors)));
            QVERIFY2(!errors.contains("locked"), errors.constData());
            const QList<QByteArray> ids = helper.readAllStandardOutput().split('\n');
            QCOMPARE(ids.size(), each + 1); // and the empty tail after the last newline
            for (int n = 0; n < each; ++n) {
                bool ok = false;
                const qint64 id = ids[n].toLongLong(&ok);
                QVERIFY(ok);
                QVERIFY2(!idToToken.contains(id), qPrintable(QStringLiteral("id %1 given twice").arg(id)));
                idToToken.insert(id, QStringLiteral("p%1-%2").arg(i).arg(n));
            }
        }

        Journal journal(path);
        QVERIFY(journal.open());
        QCOMPARE(journal.schemaVersion(), Journal::CurrentSchema);
        const QList<Operation> rows = journal.query({});
        QCOMPARE(rows.size(), count * each);
        for (const Operation &row : rows)
            QCOMPARE(row.payToken, idToToken.value(row.id)); // the id each process was told is its own row
    }

private slots:
    void opensWithWalAndFullSync()
    {
        Journal journal(m_dir.filePath(QStringLiteral("j1.sqlite")));
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        QCOMPARE(journal.schemaVersion(), Journal::CurrentSchema);
        // Checked from outside, with a connection of our own.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(journal.path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        // synchronous is a setting of each connection, not of the file: read it on the journal's own.
        {
            QSqlQuery q(QSqlDatabase::database(journal.connectionName(), false));
            QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2); // FULL: every commit is on disk before it returns
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        }
        QCOMPARE(QFileInfo(journal.path()).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFileDevice::Permissions());
    }

    // One wording for the Activity tab and `ait-cli journal` (each had its own copy).
    void targetTextNamesWhatTheOperationWasAbout()
    {
        Operation payout;
        payout.userKey = 443731104;
        payout.promotionCode = QStringLiteral("BULK_PROMO");
        QCOMPARE(targetText(payout), QStringLiteral("userKey 443731104 · BULK_PROMO"));
        Operation refund;
        refund.payToken = QStringLiteral("pt-1");
        refund.orderNo = QStringLiteral("o-9");
        QCOMPARE(targetText(refund), QStringLiteral("payToken pt-1 · orderNo o-9"));
        Operation testPayment;
        testPayment.orderNo = QStringLiteral("o-10");
        testPayment.orderId = QStringLiteral("id-3");
        QCOMPARE(targetText(testPayment), QStringLiteral("orderNo o-10 · orderId id-3"));
        Operation message;
        message.userKey = 7;
        message.templateCode = QStringLiteral("WELCOME");
        QCOMPARE(targetText(message), QStringLiteral("userKey 7 · WELCOME"));
        QCOMPARE(targetText(Operation{}), QString());
    }

    void lifecycleAndOnlyValidTransitions()
    {
        Journal journal(m_dir.filePath(QStringLiteral("j2.sqlite")));
        QVERIFY(journal.open());
        QString error;
        const auto id = journal.recordIntent(refund(QStringLiteral("pt-1")), &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(journal.find(*id)->state, State::Intent);
        QVERIFY(!journal.markOutcome(*id, State::Reconciled)); // not an outcome
        QVERIFY(journal.markSent(*id));
        QVERIFY(!journal.markSent(*id));                       // only once
        QVERIFY(journal.markOutcome(*id, State::Unknown, QString(), QStringLiteral("outcome-unknown")));
        QCOMPARE(journal.unresolved().size(), 1);
        QCOMPARE(journal.openFor(Kind::Refund, QStringLiteral("pt-1")).size(), 1);
        QVERIFY(journal.markReconciled(*id, true, QStringLiteral("payStatus=REFUND_SUCCESS")));
        QVERIFY(!journal.markReconciled(*id, false));          // settled for good
        const Operation done = *journal.find(*id);
        QCOMPARE(done.state, State::Reconciled);
        QVERIFY(done.applied);
        QCOMPARE(done.reason, QStringLiteral("고객 요청"));
        QVERIFY(!done.osUser.isEmpty());
        QVERIFY(journal.unresolved().isEmpty());
        QVERIFY(journal.openFor(Kind::Refund, QStringLiteral("pt-1")).isEmpty());
    }

    void survivesReopeningAndFilters()
    {
        const QString path = m_dir.filePath(QStringLiteral("j3.sqlite"));
        {
            Journal journal(path);
            QVERIFY(journal.open());
            journal.recordIntent(refund(QStringLiteral("pt-a")));
            Operation payout;
            payout.kind = Kind::Payout;
            payout.promotionCode = QStringLiteral("DEMO_PROMO");
            payout.userKey = 443731104;
            payout.amount = 500;
            const auto id = journal.recordIntent(payout);
            QVERIFY(journal.setIdempotencyKey(*id, QStringLiteral("promo-key")));
            journal.markSent(*id);
            journal.markOutcome(*id, State::Succeeded);
            Operation message;
            message.kind = Kind::Message;
            message.userKey = 443731104;
            message.templateCode = QStringLiteral("restock-alert");
            journal.recordIntent(message);
        }
        Journal again(path);
        QVERIFY(again.open());
        QCOMPARE(again.query({}).size(), 3);
        Journal::Filter byTemplate;
        byTemplate.text = QStringLiteral("restock");
        QCOMPARE(again.query(byTemplate).size(), 1);
        QCOMPARE(again.query(byTemplate).first().templateCode, QStringLiteral("restock-alert"));
        Journal::Filter payouts;
        payouts.kind = Kind::Payout;
        QCOMPARE(again.query(payouts).size(), 1);
        QCOMPARE(again.query(payouts).first().idempotencyKey, QStringLiteral("promo-key"));
        Journal::Filter text;
        text.text = QStringLiteral("pt-a");
        QCOMPARE(again.query(text).size(), 1);
        Journal::Filter open;
        open.state = State::Intent;
        QCOMPARE(again.query(open).size(), 2);
        Journal::Filter future;
        future.from = QDateTime::currentDateTimeUtc().addDays(1);
        QVERIFY(again.query(future).isEmpty());
        Journal::Filter user; // exactly this user key, not one that contains its digits
        user.userKey = 443731104;
        QCOMPARE(again.query(user).size(), 2);
        user.userKey = 44373110;
        QVERIFY(again.query(user).isEmpty());
        user.userKey = 443731104;
        user.kind = Kind::Message;
        QCOMPARE(again.query(user).size(), 1);
    }

    void refusesANewerSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("j4.sqlite"));
        {
            Journal journal(path);
            QVERIFY(journal.open());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        Journal journal(path);
        QString error;
        QVERIFY(!journal.open(&error));
        QVERIFY(error.contains(QStringLiteral("newer")));
    }

    // A file another program left with one of our index names: the migration's CREATE TABLE and
    // first indexes succeed, then a CREATE INDEX fails. None of it may stay.
    void aFailingMigrationStatementLeavesNothingBehind()
    {
        const QString path = m_dir.filePath(QStringLiteral("collide.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("collide"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE other (x)")));
            QVERIFY(q.exec(QStringLiteral("CREATE INDEX operations_created ON other(x)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("collide"));

        Journal journal(path);
        QString error;
        QVERIFY(!journal.open(&error));
        QVERIFY2(error.contains(QStringLiteral("operations_created")), qPrintable(error));
        QCOMPARE(journal.schemaVersion(), 0);
        QCOMPARE(tablesAndIndexes(QSqlDatabase::database(journal.connectionName(), false)),
                 (QStringList{QStringLiteral("operations_created"), QStringLiteral("other")}));
    }

    // Every statement succeeds and COMMIT fails (a deferred foreign key is checked only then): the
    // whole migration is rolled back, the version is unchanged and no transaction is left open.
    void aFailingCommitRollsTheMigrationBack()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("commit"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("commit.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys=ON"))); // as the journal's own connection has it
        const QStringList migrations{
            QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY);"
                           "CREATE TABLE child (parent_id INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)"),
            QStringLiteral("INSERT INTO child VALUES (7)"),
        };
        QString error;
        QVERIFY(!Journal::applyMigrations(db, migrations, &error));
        QVERIFY2(error.contains(QStringLiteral("FOREIGN KEY")), qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(tablesAndIndexes(db), QStringList());
        QVERIFY(db.transaction()); // BEGIN works again: nothing was left open
        QVERIFY(db.rollback());

        // The same migrations without the broken row go through.
        QVERIFY2(Journal::applyMigrations(db, {migrations.first()}, &error), qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("commit"));
    }

    // A migration must be its own transaction: run inside someone else's, a later rollback there
    // would undo it (or a commit there would publish half of it).
    void refusesToMigrateInsideAnotherTransaction()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("nested"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("nested.sqlite")));
        QVERIFY(db.open());
        QVERIFY(db.transaction());
        QString error;
        QVERIFY(!Journal::applyMigrations(db, {QStringLiteral("CREATE TABLE t (x)")}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(db.rollback());
        QCOMPARE(tablesAndIndexes(db), QStringList());
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("nested"));
    }

    // Two consoles (or a console and ait-cli) writing one journal at the same time, hundreds of
    // intents each, from the very first open.
    void twoProcessesWriteOneJournalAtOnce()
    {
        writeFromProcessesAtOnce(m_dir.filePath(QStringLiteral("shared.sqlite")), 2, 300);
    }

    // Several processes finding a journal that does not exist yet: each must either migrate it or
    // wait for the one that does, never fail because another is migrating it.
    void severalProcessesCreateOneJournalAtOnce()
    {
        for (int round = 0; round < 3 && !QTest::currentTestFailed(); ++round)
            writeFromProcessesAtOnce(m_dir.filePath(QStringLiteral("created-%1.sqlite").arg(round)), 6, 20);
    }

    void aProcessKilledAfterTheIntentLeavesAnOpenRow()
    {
        const QString path = m_dir.filePath(QStringLiteral("crash.sqlite"));
        QProcess helper;
        helper.start(QStringLiteral(AIT_CRASH_HELPER), {path});
        QVERIFY(helper.waitForFinished(30000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit); // killed, as promised
        Journal journal(path);
        QVERIFY(journal.open());
        const QList<Operation> open = journal.unresolved();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().state, State::Intent);
        QCOMPARE(open.first().payToken, QStringLiteral("crash-pay-token"));
    }

    void hasNoPlaceForSecrets()
    {
        // No column a token, a key or a decrypted personal field could be written to.
        Journal journal(m_dir.filePath(QStringLiteral("j5.sqlite")));
        QVERIFY(journal.open());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema"));
            db.setDatabaseName(journal.path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(operations)")));
            QStringList columns;
            while (q.next())
                columns << q.value(1).toString();
            QVERIFY(columns.contains(QStringLiteral("idempotency_key")));
            const QStringList forbidden{QStringLiteral("access_token"), QStringLiteral("refresh_token"), QStringLiteral("authorization_code"),
                                        QStringLiteral("private_key"), QStringLiteral("phone"), QStringLiteral("birthday"),
                                        QStringLiteral("ci"), QStringLiteral("email"), QStringLiteral("user_name"), QStringLiteral("decryption_key")};
            for (const QString &column : forbidden)
                QVERIFY2(!columns.contains(column), qPrintable(column));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema"));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
