#include "support/postgresprocess.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

// The pieces a team journal stands on: a real PostgreSQL server started by the test fixture, Qt's
// QPSQL driver with password authentication, and LISTEN/NOTIFY delivered to a second connection.
class TestPostgresSmoke : public QObject
{
    Q_OBJECT

    std::unique_ptr<ait::test::PostgresProcess> m_pg;

    QSqlDatabase connect(const QString &name, const QString &password)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_pg->host());
        db.setPort(m_pg->port());
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(m_pg->superuser());
        db.setPassword(password);
        db.open();
        return db;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")), "Qt's PostgreSQL driver (libqt6sql6-psql) is missing");
        m_pg = std::make_unique<ait::test::PostgresProcess>();
        QVERIFY2(m_pg->isReady(), qPrintable(m_pg->error()));
    }

    void aWrongPasswordIsRefused()
    {
        {
            QSqlDatabase db = connect(QStringLiteral("wrong"), QStringLiteral("not-the-password"));
            QVERIFY(!db.isOpen());
            QVERIFY(db.lastError().text().contains(QStringLiteral("password"), Qt::CaseInsensitive));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("wrong"));
    }

    void notificationsReachAnotherConnection()
    {
        {
            QSqlDatabase listener = connect(QStringLiteral("listener"), m_pg->superuserPassword());
            QSqlDatabase writer = connect(QStringLiteral("writer"), m_pg->superuserPassword());
            QVERIFY2(listener.isOpen() && writer.isOpen(), qPrintable(listener.lastError().text()));
            QVERIFY(listener.driver()->hasFeature(QSqlDriver::EventNotifications));
            QVERIFY(listener.driver()->subscribeToNotification(QStringLiteral("journal_changed")));
            QSignalSpy spy(listener.driver(), &QSqlDriver::notification);
            QSqlQuery q(writer);
            QVERIFY(q.exec(QStringLiteral("NOTIFY journal_changed, '42'")));
            QVERIFY(spy.wait(5000));
            QCOMPARE(spy.first().at(0).toString(), QStringLiteral("journal_changed"));
            QCOMPARE(spy.first().at(2).toString(), QStringLiteral("42"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("listener"));
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    }

    void psqlRunsAsSuperuser()
    {
        QCOMPARE(m_pg->psql(QStringLiteral("CREATE ROLE smoke_role LOGIN PASSWORD 'x'")), QString());
        QVERIFY(!m_pg->psql(QStringLiteral("CREATE ROLE smoke_role")).isEmpty()); // exists already: psql says so
    }
};

QTEST_GUILESS_MAIN(TestPostgresSmoke)
#include "tst_postgres_smoke.moc"
