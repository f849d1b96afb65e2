#include "core/i18n.h"
#include "core/journal/journalsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace ait;
using journal::TeamDatabase;

// Which journal the console and ait-cli use, and the team database's settings (issue 15): what is
// saved is what is read back, TLS off is refused for a server on another computer, and the driver's
// words become a sentence an operator can act on.
class TestJournalSettings : public QObject
{
    Q_OBJECT

    static TeamDatabase remote()
    {
        TeamDatabase team;
        team.host = QStringLiteral("journal.example.com");
        team.port = 6432;
        team.database = QStringLiteral("ait");
        team.user = QStringLiteral("ann");
        return team;
    }

private slots:
    void initTestCase() { QVERIFY(i18n::install(*qApp, QStringLiteral("en"))); }

    void thisComputerIsTheDefault()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QVERIFY(!journal::usesTeamJournal(settings));
        const TeamDatabase team = journal::teamDatabase(settings);
        QCOMPARE(team.port, 5432);
        QVERIFY(team.tls); // verification unless turned off explicitly
        QVERIFY(!team.isComplete());
        QVERIFY(!team.problem().isEmpty());
    }

    void whatIsSavedIsReadBack()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        TeamDatabase team = remote();
        team.caFile = dir.filePath(QStringLiteral("ca.pem"));
        {
            QSettings settings(file, QSettings::IniFormat);
            journal::setUsesTeamJournal(settings, true);
            journal::saveTeamDatabase(settings, team);
        }
        QSettings settings(file, QSettings::IniFormat);
        QVERIFY(journal::usesTeamJournal(settings));
        QCOMPARE(settings.value(QStringLiteral("journal/engine")).toString(), QStringLiteral("team"));
        const TeamDatabase read = journal::teamDatabase(settings);
        QCOMPARE(read.host, team.host);
        QCOMPARE(read.port, 6432);
        QCOMPARE(read.database, team.database);
        QCOMPARE(read.user, team.user);
        QCOMPARE(read.tls, true);
        QCOMPARE(read.caFile, team.caFile);
        journal::setUsesTeamJournal(settings, false);
        QCOMPARE(settings.value(QStringLiteral("journal/engine")).toString(), QStringLiteral("local"));
        QVERIFY(!journal::usesTeamJournal(settings));
    }

    void tlsOffOnlyForThisComputer()
    {
        TeamDatabase team = remote();
        QVERIFY2(team.problem().isEmpty(), qPrintable(team.problem()));
        team.tls = false;
        QVERIFY(!team.problem().isEmpty());
        for (const char *host : {"localhost", "127.0.0.1", "::1"}) {
            team.host = QString::fromLatin1(host);
            QVERIFY2(team.problem().isEmpty(), host);
        }
        team.host = QStringLiteral("10.0.0.5");
        QVERIFY(!team.problem().isEmpty());
    }

    // One keychain entry per role and database: a password never goes to another server.
    void thePasswordEntryNamesRoleAndDatabase()
    {
        TeamDatabase a = remote();
        TeamDatabase b = remote();
        b.database = QStringLiteral("other");
        TeamDatabase c = remote();
        c.user = QStringLiteral("bob");
        QCOMPARE(journal::teamPasswordEntry(a), QStringLiteral("journal-team/ann@journal.example.com:6432/ait"));
        QVERIFY(journal::teamPasswordEntry(a) != journal::teamPasswordEntry(b));
        QVERIFY(journal::teamPasswordEntry(a) != journal::teamPasswordEntry(c));
    }

    void theCopyIsOfferedOncePerTeamDatabase()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        TeamDatabase other = remote();
        other.host = QStringLiteral("db2.example.com");
        QVERIFY(!journal::localHistoryOffered(settings, remote()));
        journal::setLocalHistoryOffered(settings, remote());
        journal::setLocalHistoryOffered(settings, remote());
        QVERIFY(journal::localHistoryOffered(settings, remote()));
        QVERIFY(!journal::localHistoryOffered(settings, other));
        QCOMPARE(settings.value(QStringLiteral("journal/team/localHistoryOfferedFor")).toStringList().size(), 1);
    }

    // libpq's words (PostgreSQL 15) → the operator's sentence; every case its own sentence, none
    // the fallback that repeats the driver's words.
    void theDriversWordsBecomeASentence_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("says");
        QTest::newRow("wrong password") << QStringLiteral("FATAL:  password authentication failed for user \"ann\"\nQPSQL: Unable to connect")
                                        << QStringLiteral("refused the user ann with this password");
        QTest::newRow("no password") << QStringLiteral("fe_sendauth: no password supplied\nQPSQL: Unable to connect")
                                     << QStringLiteral("asks for a password");
        QTest::newRow("refused") << QStringLiteral("connection to server at \"10.0.0.5\", port 6432 failed: Connection refused\n\tIs the "
                                                   "server running on that host and accepting TCP/IP connections?")
                                 << QStringLiteral("cannot be reached");
        QTest::newRow("timeout") << QStringLiteral("connection to server at \"10.0.0.5\", port 6432 failed: timeout expired")
                                 << QStringLiteral("cannot be reached");
        QTest::newRow("unknown host") << QStringLiteral("could not translate host name \"journal.example.com\" to address: Name or service not known")
                                      << QStringLiteral("could not be found");
        QTest::newRow("untrusted") << QStringLiteral("connection to server at \"10.0.0.5\", port 6432 failed: SSL error: certificate verify failed")
                                   << QStringLiteral("certificate is not trusted");
        QTest::newRow("wrong name") << QStringLiteral("server certificate for \"db.other.com\" does not match host name \"journal.example.com\"")
                                    << QStringLiteral("not made out to journal.example.com");
        QTest::newRow("no CA") << QStringLiteral("root certificate file \"/home/ann/.postgresql/root.crt\" does not exist")
                               << QStringLiteral("no CA file");
        QTest::newRow("no TLS") << QStringLiteral("server does not support SSL, but SSL was required") << QStringLiteral("does not offer TLS");
        QTest::newRow("privileges") << QStringLiteral("permission denied for table operations") << QStringLiteral("may not use the journal's tables");
        QTest::newRow("no database") << QStringLiteral("FATAL:  database \"ait\" does not exist") << QStringLiteral("There is no database ait");
        QTest::newRow("pg_hba") << QStringLiteral("FATAL:  no pg_hba.conf entry for host \"10.0.0.9\", user \"ann\", database \"ait\", no encryption")
                                << QStringLiteral("does not accept this user from this computer");
        QTest::newRow("no driver") << QStringLiteral("Driver not loaded") << QStringLiteral("libqt6sql6-psql");
    }

    void theDriversWordsBecomeASentence()
    {
        QFETCH(QString, driver);
        QFETCH(QString, says);
        const QString sentence = journal::teamConnectionProblem(remote(), driver);
        QVERIFY2(sentence.contains(says), qPrintable(sentence));
        QVERIFY2(!sentence.contains(driver), qPrintable(sentence));
    }

    void unknownWordsAreKept()
    {
        const QString sentence = journal::teamConnectionProblem(remote(), QStringLiteral("something new happened"));
        QVERIFY2(sentence.contains(QStringLiteral("something new happened")), qPrintable(sentence));
    }
};

QTEST_GUILESS_MAIN(TestJournalSettings)
#include "tst_journalsettings.moc"
