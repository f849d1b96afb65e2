#include "support/postgresprocess.h"
#include "support/teamjournalsetup.h"
#include "support/sandboxprocess.h"

#include "core/appsettings.h"
#include "core/journal/journal.h"
#include "core/journal/journalsettings.h"
#include "core/keychain/credentialstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include <csignal>

using namespace ait;

// Bulk runs on the team journal (issue 15), as ait-cli runs them: the database set up with the
// README's SQL, the operator's password in the real Secret Service, the emulator as the partner.
// The database stopped mid-run pauses the run with a sentence and sends nothing more; resumed once
// it is back, every row is paid exactly once. A runner killed mid-run holds its batch until its lease
// expires; then another process takes it over, with the same exactly-once reconciliation.
class TestBulkTeam : public QObject
{
    Q_OBJECT

    static constexpr int Rows = 200;

    std::unique_ptr<test::PostgresProcess> m_pg;
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out, err;
        QJsonObject lastJson() const { return QJsonDocument::fromJson(out.trimmed().section(QLatin1Char('\n'), -1).toUtf8()).object(); }
    };

    static QString s(const char *text) { return QString::fromUtf8(text); }

    static QProcessEnvironment environment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("AIT_LANGUAGE"), s("en"));
        return env;
    }

    static Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(qEnvironmentVariable("AIT_CLI"), arguments);
        if (!process.waitForFinished(120000))
            qFatal("ait-cli did not finish: %s", qPrintable(arguments.join(QLatin1Char(' '))));
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // Starts a run in its own process and waits for its first line (which holds "batch").
    static qint64 startRun(QProcess &process, const QStringList &arguments)
    {
        process.setProcessEnvironment(environment());
        process.start(qEnvironmentVariable("AIT_CLI"), arguments);
        if (!QTest::qWaitFor([&] { return process.canReadLine() || process.state() == QProcess::NotRunning; }, 60000) || !process.canReadLine())
            return 0;
        return QJsonDocument::fromJson(process.readLine()).object().value(s("batch")).toInteger();
    }

    journal::TeamDatabase team(const QString &user) const { return m_pg->team(s("ait_journal"), user); }

    static bool useTeam(const journal::TeamDatabase &team, const QString &password) { return test::useTeamJournal(team, password); }

    static void setLeaseSeconds(int seconds)
    {
        const auto settings = openSettings();
        settings->setValue(s("bulk/leaseSeconds"), seconds);
        settings->sync();
    }

    // What the journal says of a batch, read by the owner on a connection of the test's own.
    journal::BatchCounts counts(qint64 batchId) const
    {
        journal::Journal j(team(s("ait_owner")), s("owner-pw"));
        return j.open() ? j.batchCounts(batchId) : journal::BatchCounts{};
    }

    // The batch's lease as stored: holder and until (empty when free).
    std::pair<QString, QString> lease(qint64 batchId) const
    {
        std::pair<QString, QString> result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(s("QPSQL"), s("lease-reader"));
            db.setHostName(m_pg->host());
            db.setPort(m_pg->port());
            db.setDatabaseName(s("ait_journal"));
            db.setUserName(m_pg->superuser());
            db.setPassword(m_pg->superuserPassword());
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(s("SELECT lease_holder, lease_until, state FROM batches WHERE id = %1").arg(batchId)) && q.next())
                    result = {q.value(0).toString(), q.value(1).toString()};
            }
        }
        QSqlDatabase::removeDatabase(s("lease-reader"));
        return result;
    }

    bool leaseExpired(qint64 batchId) const
    {
        const auto [holder, until] = lease(batchId);
        return holder.isEmpty() || QDateTime::fromString(until, Qt::ISODateWithMs) < QDateTime::currentDateTimeUtc();
    }

    QString payoutFile(qint64 firstUser) const
    {
        QByteArray bytes("userKey,amount\r\n");
        for (int i = 0; i < Rows; ++i)
            bytes += QByteArray::number(firstUser + i) + ',' + QByteArray::number(1 + i % 7) + "\r\n";
        const QString path = m_dir.filePath(s("payouts-%1.csv").arg(firstUser));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static qint64 fileTotal()
    {
        qint64 total = 0;
        for (int i = 0; i < Rows; ++i)
            total += 1 + i % 7;
        return total;
    }

    QStringList payout(qint64 firstUser) const
    {
        return {s("bulk"), s("payout"), s("--profile"), s("Sandbox"), s("--promotion"), s("BULK_PROMO"), s("--csv"), payoutFile(firstUser),
                s("--confirm-total"), QString::number(fileTotal()), s("--json")};
    }

    static QStringList resume(qint64 batchId) { return {s("bulk"), s("resume"), s("--batch"), QString::number(batchId), s("--json")}; }

    // The emulator's ledger against the journal: one payout per row, with the row's amount and the
    // key the journal has for it — so every payout that left had its key on record first.
    void exactlyOncePerRow(qint64 batchId, qint64 firstUser)
    {
        QHash<qint64, QJsonObject> paid;
        for (const QJsonValue &v : m_sandbox->ledger(s("payout"))) {
            const QJsonObject e = v.toObject();
            const qint64 user = e.value(s("userKey")).toInteger();
            if (user < firstUser || user >= firstUser + Rows)
                continue;
            QVERIFY2(!paid.contains(user), qPrintable(s("user %1 paid twice").arg(user)));
            paid.insert(user, e);
        }
        QCOMPARE(paid.size(), Rows);
        journal::Journal j(team(s("ait_owner")), s("owner-pw"));
        QVERIFY(j.open());
        QCOMPARE(j.batch(batchId)->state, journal::BatchState::Finished);
        const QList<journal::Operation> rows = j.batchRows(batchId);
        QCOMPARE(rows.size(), Rows);
        for (const journal::Operation &row : rows) {
            const QJsonObject e = paid.value(row.userKey);
            QVERIFY(row.state == journal::State::Succeeded || (row.state == journal::State::Reconciled && row.applied));
            QCOMPARE(e.value(s("amount")).toInteger(), row.amount);
            QCOMPARE(e.value(s("key")).toString(), row.idempotencyKey);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"));
        QVERIFY2(QSqlDatabase::isDriverAvailable(s("QPSQL")), "Qt's PostgreSQL driver (libqt6sql6-psql) is missing");
        QCoreApplication::setOrganizationName(s("ait-console"));
        QCoreApplication::setApplicationName(s("ait-console"));
        m_pg = std::make_unique<test::PostgresProcess>();
        QVERIFY2(m_pg->isReady(), qPrintable(m_pg->error()));
        // Some latency, so that a run of 200 payouts takes a few seconds and can be cut mid-way.
        m_sandbox = std::make_unique<test::SandboxProcess>(QStringList{s("--qpm"), s("6000"), s("--latency"), s("30")});
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));

        // The README's "Team journal" SQL, as tst_cli_team runs it.
        QString e = test::createTeamDatabase(*m_pg, s("ait_journal"), s("ait_owner"), s("owner-pw"));
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QVERIFY(useTeam(team(s("ait_owner")), s("owner-pw")));
        const Run migrate = cli({s("journal"), s("list"), s("--team"), s("--json")});
        QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.err));
        e = m_pg->psql(s("GRANT SELECT, INSERT, UPDATE ON operations, batches, superseded_keys, approvals TO ait_operator;"
                         "GRANT SELECT, INSERT ON events, imports TO ait_operator;"
                         "GRANT SELECT ON schema_version, meta TO ait_operator;"
                         "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ait_operator;"
                         "CREATE ROLE ann LOGIN PASSWORD 'ann-pw' IN ROLE ait_operator;"),
                       s("ait_journal"));
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QVERIFY(useTeam(team(s("ann")), s("ann-pw")));

        const Run import = cli({s("import"), s("--profile"), s("Sandbox"), s("--cert"), m_sandbox->file("client_cert"), s("--key"),
                                m_sandbox->file("client_key"), s("--environment"), s("sandbox"), s("--apps-url"), m_sandbox->url().toString(),
                                s("--pay-url"), m_sandbox->url().toString(), s("--ca"), m_sandbox->file("ca")});
        QVERIFY2(import.exitCode == 0 || import.exitCode == 1, qPrintable(import.out + import.err));
        const auto settings = openSettings();
        settings->setValue(s("bulk/callsPerMinute"), 5000); // the emulator allows 6,000
        settings->sync();
    }

    void aRunPausesWhileTheDatabaseIsDownAndResumesExactlyOnce()
    {
        constexpr qint64 FirstUser = 910100000;
        setLeaseSeconds(3); // the stranded lease of the run cut off from the database expires soon
        QProcess first;
        const qint64 batch = startRun(first, payout(FirstUser));
        QVERIFY2(batch > 0, qPrintable(QString::fromUtf8(first.readAllStandardError())));
        QTRY_VERIFY_WITH_TIMEOUT(counts(batch).settled() >= 20, 60000);
        QVERIFY(m_pg->stop());
        // The run notices on its next write or heartbeat, pauses and ends by itself.
        QVERIFY(first.waitForFinished(60000));
        const QString err = QString::fromUtf8(first.readAllStandardError());
        const QString out = QString::fromUtf8(first.readAllStandardOutput());
        QCOMPARE(first.exitStatus(), QProcess::NormalExit);
        QVERIFY2(first.exitCode() == 5, qPrintable(out + err));
        QVERIFY2(err.contains(s("stopped answering: batch %1 is paused and nothing more is sent").arg(batch)), qPrintable(err));
        QVERIFY2(err.contains(s("never paid again")), qPrintable(err));
        QCOMPARE(QJsonDocument::fromJson(out.trimmed().section(QLatin1Char('\n'), -1).toUtf8()).object().value(s("state")).toString(), s("paused"));

        // Back up: whatever the run left open is looked up first, the rest paid.
        QVERIFY(m_pg->start());
        const journal::BatchCounts left = counts(batch);
        QVERIFY2(left.pending + left.unknown > 0, "the run was cut short");
        QTRY_VERIFY_WITH_TIMEOUT(leaseExpired(batch), 30000);
        const Run resumed = cli(resume(batch));
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        QCOMPARE(resumed.lastJson().value(s("state")).toString(), s("finished"));
        QCOMPARE(resumed.lastJson().value(s("succeeded")).toInt(), Rows);
        exactlyOncePerRow(batch, FirstUser);
        QVERIFY(lease(batch).first.isEmpty()); // given back at the end

        // Read back from the team journal (the settings' engine), not from a file on this computer.
        const Run status = cli({s("bulk"), s("status"), s("--batch"), QString::number(batch), s("--json")});
        QVERIFY2(status.exitCode == 0, qPrintable(status.out + status.err));
        QCOMPARE(status.lastJson().value(s("succeeded")).toInt(), Rows);
        const Run list = cli({s("bulk"), s("list"), s("--json")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.out + list.err));
        QVERIFY2(list.out.contains(s("\"batch\":%1,").arg(batch)), qPrintable(list.out));
    }

    void aDeadRunnersBatchIsTakenOverAfterItsLease()
    {
        constexpr qint64 FirstUser = 910200000;
        setLeaseSeconds(600); // the second process finds it held however slow the machine; its end is moved below
        QProcess first;
        const qint64 batch = startRun(first, payout(FirstUser));
        QVERIFY2(batch > 0, qPrintable(QString::fromUtf8(first.readAllStandardError())));
        const qint64 firstPid = first.processId();
        QTRY_VERIFY_WITH_TIMEOUT(counts(batch).settled() >= 20, 60000);
        ::kill(pid_t(firstPid), SIGKILL);
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        const auto [holder, until] = lease(batch);
        QVERIFY2(holder.contains(s(":%1/").arg(firstPid)), qPrintable(holder));

        // While the dead runner's lease lasts, another process is refused, told whose it is, and
        // leaves the batch as it was.
        const qsizetype ledgerBefore = m_sandbox->ledger(s("payout")).size();
        const Run refused = cli(resume(batch));
        QVERIFY(QDateTime::currentDateTimeUtc() < QDateTime::fromString(until, Qt::ISODateWithMs)); // asked while it lasted
        QVERIFY2(refused.exitCode != 0, qPrintable(refused.out + refused.err));
        QVERIFY2(refused.err.contains(s("Batch %1 is being run by %2").arg(batch).arg(holder)), qPrintable(refused.err));
        QCOMPARE(lease(batch).first, holder);
        QCOMPARE(m_sandbox->ledger(s("payout")).size(), ledgerBefore);
        {
            journal::Journal j(team(s("ait_owner")), s("owner-pw"));
            QVERIFY(j.open());
            QCOMPARE(j.batch(batch)->state, journal::BatchState::Running); // still the dead runner's
        }

        // Once it expired, the batch is taken over: open rows reconciled, the rest paid. The lease's
        // ten minutes pass at once: its end is moved into the past, as the clock would move it.
        QCOMPARE(m_pg->psql(s("UPDATE batches SET lease_until = '2000-01-01T00:00:00.000Z' WHERE id = %1").arg(batch), s("ait_journal")), QString());
        QVERIFY(leaseExpired(batch));
        const Run resumed = cli(resume(batch));
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        QCOMPARE(resumed.lastJson().value(s("succeeded")).toInt(), Rows);
        exactlyOncePerRow(batch, FirstUser);
    }
};

QTEST_GUILESS_MAIN(TestBulkTeam)
#include "tst_bulk_team.moc"
