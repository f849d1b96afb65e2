#include "core/appsettings.h"
#include "core/journal/journal.h"
#include "support/sandboxprocess.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

#include <csignal>

using ait::test::SandboxProcess;
namespace journal = ait::journal;

// `ait-cli bulk` as a script drives it: the identity from the real OS keychain (imported with
// ait-cli import), the run in a process of its own — killed with SIGKILL and resumed.
class TestCliBulk : public QObject
{
    Q_OBJECT

    static constexpr int Pace = 5000; // bulk/callsPerMinute; the emulator allows 6,000

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_journal;
    int m_files = 0;

    struct Run
    {
        int exitCode = -1;
        QString out, err;
        QJsonObject firstJson() const { return QJsonDocument::fromJson(out.section(QLatin1Char('\n'), 0, 0).toUtf8()).object(); }
        QJsonObject lastJson() const
        {
            return QJsonDocument::fromJson(out.trimmed().section(QLatin1Char('\n'), -1).toUtf8()).object();
        }
    };

    QStringList withJournal(QStringList arguments) const
    {
        return QStringList{QStringLiteral("bulk")} + arguments + QStringList{QStringLiteral("--journal"), m_journal};
    }

    Run cli(const QStringList &arguments, int ms = 120000)
    {
        QProcess p;
        p.start(qEnvironmentVariable("AIT_CLI"), arguments);
        if (!p.waitForFinished(ms))
            qFatal("ait-cli did not finish: %s", qPrintable(arguments.join(QLatin1Char(' '))));
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    Run bulk(const QStringList &arguments, int ms = 120000) { return cli(withJournal(arguments), ms); }

    QString writeFile(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("file-%1.csv").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray payoutFile(qint64 firstUser, const QList<qint64> &amounts)
    {
        QByteArray file("userKey,amount,note\r\n");
        for (int i = 0; i < amounts.size(); ++i)
            file += QByteArray::number(firstUser + i) + ',' + QByteArray::number(amounts[i]) + ",\"winner, #" + QByteArray::number(i + 1) + "\"\r\n";
        return file;
    }

    journal::BatchCounts counts(qint64 batchId)
    {
        journal::Journal j(m_journal);
        return j.openReadOnly() ? j.batchCounts(batchId) : journal::BatchCounts{};
    }

    QByteArray journalBytes()
    {
        QByteArray all;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(m_journal + suffix);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return QCryptographicHash::hash(all, QCryptographicHash::Sha256);
    }

    // Starts a run in its own process and waits for its first line (which holds "batch").
    qint64 startRun(QProcess &process, const QStringList &arguments)
    {
        process.start(qEnvironmentVariable("AIT_CLI"), withJournal(arguments));
        if (!QTest::qWaitFor([&] { return process.canReadLine() || process.state() == QProcess::NotRunning; }, 60000) || !process.canReadLine())
            return 0;
        return QJsonDocument::fromJson(process.readLine()).object().value(QStringLiteral("batch")).toInteger();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"));
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--qpm"), QStringLiteral("6000")});
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        const Run import = cli({QStringLiteral("import"), QStringLiteral("--profile"), QStringLiteral("Sandbox"), QStringLiteral("--cert"),
                                m_sandbox->file("client_cert"), QStringLiteral("--key"), m_sandbox->file("client_key"),
                                QStringLiteral("--environment"), QStringLiteral("sandbox"), QStringLiteral("--apps-url"),
                                m_sandbox->url().toString(), QStringLiteral("--pay-url"), m_sandbox->url().toString(), QStringLiteral("--ca"),
                                m_sandbox->file("ca")});
        QVERIFY2(import.exitCode == 0 || import.exitCode == 1, qPrintable(import.out + import.err));
        {
            const auto settings = ait::openSettings();
            settings->setValue(QStringLiteral("bulk/callsPerMinute"), Pace);
            settings->sync();
        }
        m_journal = m_dir.filePath(QStringLiteral("journal.sqlite"));
    }

    void cleanup()
    {
        m_sandbox->setFaults({{QStringLiteral("errorRate"), 0}, {QStringLiteral("applyThenDrop"), 0}});
    }

    void aSmallPayoutRunKeepsTheOutputContract()
    {
        const QString file = writeFile(payoutFile(900400000, {100, 250, 3}));
        const Run run = bulk({QStringLiteral("payout"), QStringLiteral("--profile"), QStringLiteral("Sandbox"), QStringLiteral("--promotion"),
                              QStringLiteral("BULK_PROMO"), QStringLiteral("--csv"), file, QStringLiteral("--confirm-total"),
                              QStringLiteral("353"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const qint64 batch = run.firstJson().value(QStringLiteral("batch")).toInteger();
        QVERIFY(batch > 0);
        const QJsonObject last = run.lastJson();
        QCOMPARE(last.value(QStringLiteral("state")).toString(), QStringLiteral("finished"));
        QCOMPARE(last.value(QStringLiteral("succeeded")).toInt(), 3);

        const Run status = bulk({QStringLiteral("status"), QStringLiteral("--batch"), QString::number(batch), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(s.keys(), (QStringList{QStringLiteral("batch"), QStringLiteral("failed"), QStringLiteral("pending"), QStringLiteral("rows"),
                                        QStringLiteral("state"), QStringLiteral("succeeded"), QStringLiteral("unknown")}));
        QCOMPARE(s.value(QStringLiteral("batch")).toInteger(), batch);
        QCOMPARE(s.value(QStringLiteral("rows")).toInt(), 3);
        QCOMPARE(s.value(QStringLiteral("succeeded")).toInt(), 3);
        QCOMPARE(s.value(QStringLiteral("pending")).toInt(), 0);

        const QString exported = m_dir.filePath(QStringLiteral("results.csv"));
        QCOMPARE(bulk({QStringLiteral("export"), QStringLiteral("--batch"), QString::number(batch), QStringLiteral("--out"), exported}).exitCode, 0);
        QFile csv(exported);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads Hangul from a UTF-8 file with a BOM only
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines[0].startsWith(QStringLiteral("row,userKey,amount,outcome,state,key,partnerCode,attempt,explanation,note")), qPrintable(lines[0]));
        QVERIFY(lines[2].startsWith(QStringLiteral("2,900400001,250,succeeded,succeeded,")));
        QVERIFY(lines[2].endsWith(QStringLiteral(",\"winner, #2\"")));

        const Run list = bulk({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray batches = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QVERIFY(std::any_of(batches.begin(), batches.end(), [&](const QJsonValue &v) { return v[QStringLiteral("batch")].toInteger() == batch; }));
    }

    void checkIsADryRun()
    {
        const QString good = writeFile(payoutFile(900410000, {5, 6, 7}));
        const QString bad = writeFile("userKey,amount\r\n900410000,5\r\n0,6\r\n900410002,1.5\r\n900410000,7\r\n");
        const QByteArray journalBefore = journalBytes();
        QVERIFY(!journalBefore.isEmpty());
        const qsizetype ledgerBefore = m_sandbox->ledger().size();
        const qint64 callsBefore = m_sandbox->calls(QString());

        const Run ok = bulk({QStringLiteral("check"), QStringLiteral("--kind"), QStringLiteral("payout"), QStringLiteral("--csv"), good,
                             QStringLiteral("--promotion"), QStringLiteral("BULK_PROMO"), QStringLiteral("--json")});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.out + ok.err));
        const QJsonObject report = QJsonDocument::fromJson(ok.out.toUtf8()).object();
        QVERIFY(report.value(QStringLiteral("ok")).toBool());
        QCOMPARE(report.value(QStringLiteral("rows")).toInt(), 3);
        QCOMPARE(report.value(QStringLiteral("totalAmount")).toInt(), 18);
        QCOMPARE(report.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));

        const Run problems = bulk({QStringLiteral("check"), QStringLiteral("--kind"), QStringLiteral("payout"), QStringLiteral("--csv"), bad,
                                   QStringLiteral("--json")});
        QCOMPARE(problems.exitCode, 2);
        QList<int> lines;
        for (const QJsonValue &p : QJsonDocument::fromJson(problems.out.toUtf8()).object().value(QStringLiteral("problems")).toArray())
            lines << p[QStringLiteral("line")].toInt();
        QCOMPARE(lines, (QList<int>{3, 4, 5}));

        QCOMPARE(journalBytes(), journalBefore);
        QCOMPARE(m_sandbox->ledger().size(), ledgerBefore);
        QCOMPARE(m_sandbox->calls(QString()), callsBefore);
    }

    void refusalsHaveTheirExitCodes()
    {
        const QString file = writeFile(payoutFile(900420000, {10, 20}));
        const int batchesBefore = int(QJsonDocument::fromJson(bulk({QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8()).array().size());
        auto payout = [&](const QString &profile, const QString &total, const QString &csv) {
            return bulk({QStringLiteral("payout"), QStringLiteral("--profile"), profile, QStringLiteral("--promotion"), QStringLiteral("BULK_PROMO"),
                         QStringLiteral("--csv"), csv, QStringLiteral("--confirm-total"), total});
        };
        QCOMPARE(payout(QStringLiteral("Sandbox"), QStringLiteral("31"), file).exitCode, 3);              // not the file's total
        QCOMPARE(payout(QStringLiteral("No such profile"), QStringLiteral("30"), file).exitCode, 5);
        QCOMPARE(payout(QStringLiteral("Sandbox"), QStringLiteral("1"), writeFile("userKey\n1\n")).exitCode, 2); // no amount column
        QCOMPARE(payout(QStringLiteral("Sandbox"), QStringLiteral("x"), file).exitCode, 2);
        QCOMPARE(bulk({QStringLiteral("payout"), QStringLiteral("--csv"), file}).exitCode, 2);
        QCOMPARE(bulk({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(bulk({QStringLiteral("status"), QStringLiteral("--batch"), QStringLiteral("999999"), QStringLiteral("--json")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("bulk"), QStringLiteral("status"), QStringLiteral("--batch"), QStringLiteral("1"), QStringLiteral("--journal"),
                      m_dir.filePath(QStringLiteral("nowhere/journal.sqlite"))}).exitCode, 5);
        // Nothing of it reached the journal.
        QCOMPARE(QJsonDocument::fromJson(bulk({QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8()).array().size(), batchesBefore);
    }

    void aLostChunkStopsForTheOperatorsDecision()
    {
        QByteArray file("userKey\r\n");
        for (int i = 0; i < 5; ++i)
            file += QByteArray::number(900430000 + i) + "\r\n";
        m_sandbox->setFaults({{QStringLiteral("applyThenDrop"), 1}, {QStringLiteral("applyThenDropPath"), QStringLiteral("/messenger/send-bulk-message")}});
        const qsizetype before = m_sandbox->ledger(QStringLiteral("message")).size();
        const Run run = bulk({QStringLiteral("message"), QStringLiteral("--profile"), QStringLiteral("Sandbox"), QStringLiteral("--template"),
                              QStringLiteral("demo-template"), QStringLiteral("--csv"), writeFile(file), QStringLiteral("--confirm-total"),
                              QStringLiteral("5"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.err.contains(QStringLiteral("rows 1, 2, 3, 4, 5")), qPrintable(run.err));
        const qint64 batch = run.firstJson().value(QStringLiteral("batch")).toInteger();
        QCOMPARE(run.lastJson().value(QStringLiteral("unknown")).toInt(), 5);
        QCOMPARE(run.lastJson().value(QStringLiteral("state")).toString(), QStringLiteral("paused"));
        QCOMPARE(m_sandbox->ledger(QStringLiteral("message")).size(), before + 5); // applied once, answer lost

        // Resumed without a decision it still waits; with one it settles and finishes.
        QCOMPARE(bulk({QStringLiteral("resume"), QStringLiteral("--batch"), QString::number(batch)}).exitCode, 6);
        const Run decided = bulk({QStringLiteral("resume"), QStringLiteral("--batch"), QString::number(batch), QStringLiteral("--mark-sent"),
                                  QStringLiteral("--json")});
        QVERIFY2(decided.exitCode == 0, qPrintable(decided.out + decided.err));
        QCOMPARE(decided.firstJson().value(QStringLiteral("batch")).toInteger(), batch);
        QCOMPARE(decided.lastJson().value(QStringLiteral("succeeded")).toInt(), 5);
        QCOMPARE(m_sandbox->ledger(QStringLiteral("message")).size(), before + 5); // never sent twice
    }

    void ctrlCPausesCleanlyAndResumeFinishes()
    {
        QList<qint64> amounts;
        for (int i = 0; i < 300; ++i)
            amounts << 1;
        QProcess process;
        const qint64 batch = startRun(process, {QStringLiteral("payout"), QStringLiteral("--profile"), QStringLiteral("Sandbox"),
                                                QStringLiteral("--promotion"), QStringLiteral("BULK_PROMO"), QStringLiteral("--csv"),
                                                writeFile(payoutFile(900440000, amounts)), QStringLiteral("--confirm-total"),
                                                QStringLiteral("300"), QStringLiteral("--json")});
        QVERIFY(batch > 0);
        QTRY_VERIFY_WITH_TIMEOUT(counts(batch).succeeded >= 10, 60000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        const journal::BatchCounts paused = counts(batch);
        QCOMPARE(paused.unknown, 0); // calls in flight finished before it stopped
        QVERIFY(paused.pending > 0);
        const Run resumed = bulk({QStringLiteral("resume"), QStringLiteral("--batch"), QString::number(batch), QStringLiteral("--json")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        QCOMPARE(resumed.lastJson().value(QStringLiteral("succeeded")).toInt(), 300);
    }

    // The issue's test: 1,000 payouts, one call in ten failing, some executes applied with their
    // answer dropped, the runner killed twice at random moments and resumed.
    void aThousandPayoutsSurviveTwoKills()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        constexpr qint64 FirstUser = 900500000;
        QList<qint64> amounts;
        qint64 total = 0;
        for (int i = 0; i < 1000; ++i) {
            amounts << random.bounded(1, 5001);
            total += amounts.last();
        }
        const QString file = writeFile(payoutFile(FirstUser, amounts));
        m_sandbox->controlPost(QStringLiteral("/stats/reset"));
        m_sandbox->setFaults({{QStringLiteral("errorRate"), 0.1}, {QStringLiteral("applyThenDrop"), 25},
                              {QStringLiteral("applyThenDropPath"), QStringLiteral("/promotion/execute-promotion")}});

        const int firstKill = int(random.bounded(50, 350));
        const int secondKill = int(random.bounded(450, 750));
        QProcess first;
        const qint64 batch = startRun(first, {QStringLiteral("payout"), QStringLiteral("--profile"), QStringLiteral("Sandbox"),
                                              QStringLiteral("--promotion"), QStringLiteral("BULK_PROMO"), QStringLiteral("--csv"), file,
                                              QStringLiteral("--confirm-total"), QString::number(total), QStringLiteral("--json")});
        QVERIFY(batch > 0);
        QTRY_VERIFY_WITH_TIMEOUT(counts(batch).settled() >= firstKill, 180000);
        first.kill();
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        {
            journal::Journal j(m_journal);
            QVERIFY(j.openReadOnly());
            QCOMPARE(j.batch(batch)->state, journal::BatchState::Running); // cut short, unfinished
            const QList<journal::Batch> unfinished = j.unfinishedBatches();
            QVERIFY(std::any_of(unfinished.cbegin(), unfinished.cend(), [&](const journal::Batch &b) { return b.id == batch; }));
        }

        QProcess second;
        QCOMPARE(startRun(second, {QStringLiteral("resume"), QStringLiteral("--batch"), QString::number(batch), QStringLiteral("--json")}), batch);
        QTRY_VERIFY_WITH_TIMEOUT(counts(batch).settled() >= secondKill, 180000);
        second.kill();
        QVERIFY(second.waitForFinished(10000));

        const Run last = bulk({QStringLiteral("resume"), QStringLiteral("--batch"), QString::number(batch), QStringLiteral("--json")}, 300000);
        if (last.exitCode != 0) {
            journal::Journal j(m_journal);
            if (j.openReadOnly()) {
                for (const journal::Operation &row : j.batchRows(batch, 1, -1, {journal::State::Failed, journal::State::Unknown, journal::State::Sent}))
                    qWarning("row %d: %s %s %s", row.batchRow, qPrintable(journal::stateName(row.state)), qPrintable(row.partnerCode),
                             qPrintable(row.responseDigest));
            }
        }
        QVERIFY2(last.exitCode == 0, qPrintable(last.out + last.err));
        QCOMPARE(last.firstJson().value(QStringLiteral("batch")).toInteger(), batch);
        QCOMPARE(last.lastJson().value(QStringLiteral("state")).toString(), QStringLiteral("finished"));
        QCOMPARE(last.lastJson().value(QStringLiteral("succeeded")).toInt(), 1000);

        // The ledger: exactly one payout per row, with its amount, adding up to the file's total.
        QHash<qint64, QJsonObject> paid;
        qint64 paidTotal = 0;
        for (const QJsonValue &v : m_sandbox->ledger(QStringLiteral("payout"))) {
            const QJsonObject e = v.toObject();
            const qint64 user = e.value(QStringLiteral("userKey")).toInteger();
            if (user < FirstUser || user >= FirstUser + 1000)
                continue;
            QVERIFY2(!paid.contains(user), qPrintable(QStringLiteral("user %1 paid twice").arg(user)));
            paid.insert(user, e);
            paidTotal += e.value(QStringLiteral("amount")).toInteger();
        }
        QCOMPARE(paid.size(), 1000);
        QCOMPARE(paidTotal, total);
        // The journal agrees with the ledger row by row.
        journal::Journal j(m_journal);
        QVERIFY(j.openReadOnly());
        int reconciled = 0, repaid = 0;
        for (const journal::Operation &row : j.batchRows(batch)) {
            const QJsonObject e = paid.value(row.userKey);
            QCOMPARE(row.userKey, FirstUser + row.batchRow - 1);
            QCOMPARE(row.amount, amounts[row.batchRow - 1]);
            QCOMPARE(e.value(QStringLiteral("amount")).toInteger(), row.amount);
            QCOMPARE(e.value(QStringLiteral("key")).toString(), row.idempotencyKey);
            QVERIFY(row.state == journal::State::Succeeded || (row.state == journal::State::Reconciled && row.applied));
            reconciled += row.state == journal::State::Reconciled;
            repaid += row.attempt > 0;
        }
        qInfo("%d rows reconciled, %d paid with a later key", reconciled, repaid);
        QVERIFY(reconciled >= 25); // at least the dropped answers
        // The pace was never exceeded, across three processes.
        const QJsonObject stats = m_sandbox->stats();
        QVERIFY2(stats.value(QStringLiteral("maxCallsInAnyMinute")).toInt() <= Pace, QJsonDocument(stats).toJson().constData());
        QVERIFY(stats.value(QStringLiteral("maxUserCallsInAnyMinute")).toInt() <= 10);
    }
};

QTEST_GUILESS_MAIN(TestCliBulk)
#include "tst_cli_bulk.moc"
