#include "support/postgresprocess.h"
#include "support/teamjournalsetup.h"

#include "core/appsettings.h"
#include "core/journal/journal.h"
#include "core/journal/journalsettings.h"
#include "core/keychain/credentialstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QtTest>

using namespace ait;

// ait-cli on the team journal (issue 15): the database set up with the README's SQL (an owner that
// migrates, the ait_operator group, one login per operator), the password in the real Secret
// Service, `--team` or the settings' journal/engine=team. With the server down a refund is refused
// with a sentence naming the team journal, and nothing goes to this computer's journal instead.
class TestCliTeam : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::PostgresProcess> m_pg;

    struct Run
    {
        int exitCode = -1;
        QString out, err;
    };

    static QString s(const char *text) { return QString::fromUtf8(text); }

    static Run cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("AIT_LANGUAGE"), s("en"));
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("AIT_CLI"), arguments);
        if (!process.waitForFinished(120000))
            qFatal("ait-cli did not finish");
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    journal::TeamDatabase team(const QString &user) const { return m_pg->team(s("ait_journal"), user); }

    // What Settings → Journal → Team writes: the settings, and the password in the keychain.
    static bool useTeam(const journal::TeamDatabase &team, const QString &password) { return test::useTeamJournal(team, password); }

private slots:
    void initTestCase()
    {
        QVERIFY(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"));
        QVERIFY2(QSqlDatabase::isDriverAvailable(s("QPSQL")), "Qt's PostgreSQL driver (libqt6sql6-psql) is missing");
        // The console's names: the settings and Journal::defaultPath() are ait-cli's.
        QCoreApplication::setOrganizationName(s("ait-console"));
        QCoreApplication::setApplicationName(s("ait-console"));
        m_pg = std::make_unique<test::PostgresProcess>();
        QVERIFY2(m_pg->isReady(), qPrintable(m_pg->error()));

        // README, "Team journal": the first part, before the tables exist.
        QString e = test::createTeamDatabase(*m_pg, s("ait_journal"), s("ait_owner"), s("owner-pw"));
        QVERIFY2(e.isEmpty(), qPrintable(e));

        // The owner's first start creates the tables.
        QVERIFY(useTeam(team(s("ait_owner")), s("owner-pw")));
        const Run migrate = cli({s("journal"), s("list"), s("--team"), s("--json")});
        QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.err));

        // The second part: the operators' share of the tables, and one login each.
        e = m_pg->psql(s("GRANT SELECT, INSERT, UPDATE ON operations, batches, superseded_keys, approvals TO ait_operator;"
                         "GRANT SELECT, INSERT ON events, imports TO ait_operator;"
                         "GRANT SELECT ON schema_version, meta TO ait_operator;"
                         "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ait_operator;"
                         "CREATE ROLE ann LOGIN PASSWORD 'ann-pw' IN ROLE ait_operator;"),
                       s("ait_journal"));
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QVERIFY(useTeam(team(s("ann")), s("ann-pw")));
    }

    // The settings' engine is the default; --team says it explicitly; --journal and --team conflict.
    void anOperatorReadsTheTeamJournal()
    {
        const Run byDefault = cli({s("journal"), s("list"), s("--json")});
        QVERIFY2(byDefault.exitCode == 0, qPrintable(byDefault.err));
        const Run explicitly = cli({s("journal"), s("list"), s("--team"), s("--json")});
        QVERIFY2(explicitly.exitCode == 0, qPrintable(explicitly.err));
        const Run both = cli({s("journal"), s("list"), s("--team"), s("--journal"), s("/tmp/x.sqlite")});
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.contains(s("not both")), qPrintable(both.err));
        QVERIFY(!QFileInfo::exists(journal::Journal::defaultPath()));
    }

    void aWrongPasswordIsSaidAsSuch()
    {
        QVERIFY(useTeam(team(s("ann")), s("not-anns-password")));
        const Run run = cli({s("journal"), s("list"), s("--team")});
        QVERIFY(useTeam(team(s("ann")), s("ann-pw")));
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains(s("refused the user ann with this password")), qPrintable(run.err));
    }

    // The server down: a refund is refused before anything else (exit 5), the sentence names the
    // team journal and says nothing was sent, and this computer's journal is not used instead.
    void aRefundIsRefusedWhileTheServerIsDown()
    {
        QVERIFY(m_pg->stop());
        const Run run = cli({s("payments"), s("refund"), s("--profile"), s("Nobody"), s("--user-key"), s("443731103"), s("--pay-token"),
                             s("pt-team-down"), s("--reason"), s("test"), s("--yes")});
        QVERIFY(m_pg->start());
        QCOMPARE(run.exitCode, 5);
        const QString describe = team(s("ann")).describe();
        QVERIFY2(run.err.contains(s("The team journal (%1) cannot be reached").arg(describe)), qPrintable(run.err));
        QVERIFY2(run.err.contains(s("Nothing was recorded or sent")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(journal::Journal::defaultPath()));

        const Run back = cli({s("journal"), s("list"), s("--json")});
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));
    }

    // Four eyes from the command line: the one who asked cannot decide; another login can, once.
    void approvalsAreDecidedByAnotherOperator()
    {
        QCOMPARE(m_pg->psql(s("CREATE ROLE bob LOGIN PASSWORD 'bob-pw' IN ROLE ait_operator;"), s("ait_journal")), QString());
        qint64 id = 0;
        {
            journal::Journal ann(team(s("ann")), s("ann-pw"));
            QVERIFY(ann.open());
            journal::Operation payout;
            payout.kind = journal::Kind::Payout;
            payout.userKey = 443731104;
            payout.promotionCode = s("BIG_PROMO");
            payout.amount = 50000;
            QString error;
            const auto asked = ann.requestApproval(payout, s("{\"userKey\":443731104,\"promotionCode\":\"BIG_PROMO\",\"amount\":50000}"), 0, &error);
            QVERIFY2(asked, qPrintable(error));
            id = *asked;
        }
        const QString number = QString::number(id);
        const Run own = cli({s("approvals"), s("approve"), number});
        QCOMPARE(own.exitCode, 2);
        QVERIFY2(own.err.contains(s("is yours")), qPrintable(own.err));
        const Run noReason = cli({s("approvals"), s("reject"), number});
        QCOMPARE(noReason.exitCode, 2);

        QVERIFY(useTeam(team(s("bob")), s("bob-pw")));
        const Run approved = cli({s("approvals"), s("approve"), number, s("--reason"), s("campaign checked")});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        const Run listed = cli({s("approvals"), s("list"), s("--state"), s("approved"), s("--json")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(s("\"decidedBy\":\"bob\"")), qPrintable(listed.out));
        QVERIFY(listed.out.contains(s("\"requester\":\"ann\"")));
        const Run twice = cli({s("approvals"), s("reject"), number, s("--reason"), s("too late")});
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains(s("already decided")), qPrintable(twice.err));
        QVERIFY(useTeam(team(s("ann")), s("ann-pw")));
    }
};

QTEST_GUILESS_MAIN(TestCliTeam)
#include "tst_cli_team.moc"
