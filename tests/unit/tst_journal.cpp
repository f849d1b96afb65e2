#include "core/journal/journal.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace ait::journal;

class TestJournal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

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
        QCOMPARE(QFileInfo(journal.path()).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFileDevice::Permissions());
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
