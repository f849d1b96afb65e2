#include "core/appsettings.h"
#include "core/journal/journal.h"
#include "core/keychain/credentialstore.h"
#include "core/profiles/profilestore.h"
#include "support/sandboxprocess.h"
#include "support/testpki.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include <csignal>
#include <fcntl.h>
#include <cstdlib>
#include <unistd.h>

using ait::test::SandboxProcess;

// ait-cli's commands as scripts and operators use them: the real binary, its identity read from the
// real Secret Service (imported with `ait-cli import`, as scripts/ait.sh run does), calls over
// mutual TLS to the real ait-sandbox, and the console's own activity journal. Each test checks what
// the command printed (JSON parsed), its exit code, the journal row and the emulator's ledger.
class TestCliCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out, err;
        QList<QJsonObject> json; // every stdout line that is a JSON object
        QJsonObject last() const { return json.isEmpty() ? QJsonObject() : json.last(); }
    };

    static QProcessEnvironment environment(const QMap<QString, QString> &extra = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AIT_LANGUAGE"), QStringLiteral("en"));
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            env.insert(it.key(), it.value());
        return env;
    }

    static Run collect(QProcess &process)
    {
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
            if (doc.isObject())
                run.json << doc.object();
        }
        return run;
    }

    static void start(QProcess &process, const QStringList &arguments, const QProcessEnvironment &env)
    {
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("AIT_CLI"), arguments);
    }

    static Run cli(const QStringList &arguments, const QProcessEnvironment &env = environment())
    {
        QProcess process;
        start(process, arguments, env);
        if (!process.waitForFinished(120000))
            qFatal("ait-cli did not finish");
        return collect(process);
    }

    static QString s(const char *text) { return QString::fromUtf8(text); }

    static QStringList refundArgs(const QString &payToken, const QString &profile = QStringLiteral("Sandbox"))
    {
        return {s("payments"), s("refund"), s("--profile"), profile, s("--user-key"), s("443731103"), s("--pay-token"), payToken,
                s("--reason"), s("고객 요청")};
    }

    // The console's journal (ait-cli shares it), opened afresh for each look.
    static std::optional<ait::journal::Operation> row(qint64 id)
    {
        ait::journal::Journal journal(ait::journal::Journal::defaultPath());
        if (!journal.open())
            return std::nullopt;
        return journal.find(id);
    }
    static QList<ait::journal::Operation> rowsFor(const QString &idempotencyKey)
    {
        ait::journal::Journal journal(ait::journal::Journal::defaultPath());
        if (!journal.open())
            return {};
        ait::journal::Journal::Filter filter;
        filter.text = idempotencyKey;
        return journal.query(filter);
    }

    int ledgerCount(const QString &kind, const QString &field, const QJsonValue &value)
    {
        int n = 0;
        for (const QJsonValue &entry : m_sandbox->ledger(kind))
            n += entry.toObject().value(field) == value;
        return n;
    }

    // A fresh refundable payment of `amount` won for user 443731103.
    QString newPayment(qint64 amount)
    {
        const Run run = cli({s("payments"), s("test-pay"), s("--profile"), s("Sandbox"), s("--user-key"), s("443731103"), s("--amount"),
                             QString::number(amount), s("--json")});
        if (run.exitCode != 0)
            qWarning("test-pay failed: %s", qPrintable(run.err));
        return run.last().value(s("payToken")).toString();
    }

    bool import(const QString &profile, const QString &cert, const QString &key)
    {
        const Run run = cli({s("import"), s("--profile"), profile, s("--environment"), s("sandbox"), s("--cert"), cert, s("--key"), key,
                             s("--apps-url"), m_sandbox->url().toString(), s("--pay-url"), m_sandbox->url().toString(), s("--ca"),
                             m_sandbox->file("ca"), s("--decryption-key-file"), m_sandbox->file("decryption_key_file"), s("--aad-file"),
                             m_sandbox->file("aad_file"), s("--replace")});
        if (run.exitCode > 1)
            qWarning("import failed (%d): %s %s", run.exitCode, qPrintable(run.out), qPrintable(run.err));
        return run.exitCode <= 1;
    }

    static void setSetting(const QString &key, const QVariant &value)
    {
        const auto settings = ait::openSettings();
        settings->setValue(key, value);
        settings->sync();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"));
        // The console's names, so Journal::defaultPath() here is the console's journal, as ait-cli's is.
        QCoreApplication::setOrganizationName(s("ait-console"));
        QCoreApplication::setApplicationName(s("ait-console"));
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        QVERIFY(import(s("Sandbox"), m_sandbox->file("client_cert"), m_sandbox->file("client_key")));
        // The same identity in a profile that may only look things up.
        QVERIFY(import(s("Viewer"), m_sandbox->file("client_cert"), m_sandbox->file("client_key")));
        const auto settings = ait::openSettings();
        const auto secrets = ait::keychain::CredentialStore::createDefault(*settings);
        ait::profiles::ProfileStore store(*secrets, *settings);
        ait::profiles::Profile viewer = *store.profileByName(s("Viewer"));
        viewer.readOnly = true;
        QVERIFY(store.updateProfile(viewer));
        settings->sync();
    }

    void profilesListAndTest()
    {
        const Run list = cli({s("profiles"), s("list"), s("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json.size(), 2);
        const QJsonObject sandbox = list.json.value(0).value(s("profile")) == s("Sandbox") ? list.json.value(0) : list.json.value(1);
        QCOMPARE(sandbox.value(s("environment")).toString(), s("sandbox"));
        QCOMPARE(sandbox.value(s("readOnly")).toBool(), false);
        QCOMPARE(sandbox.value(s("appsUrl")).toString(), m_sandbox->url().toString());
        QVERIFY(sandbox.value(s("active")).toObject().value(s("fingerprint")).toString().contains(QLatin1Char(':')));

        const qint64 handshakes = m_sandbox->stats().value(s("handshakes")).toInteger();
        const Run test = cli({s("profiles"), s("test"), s("--profile"), s("Sandbox"), s("--json")});
        QVERIFY2(test.exitCode == 0, qPrintable(test.err));
        const QJsonObject e = test.last();
        QCOMPARE(e.value(s("ok")).toBool(), true);
        QCOMPARE(e.value(s("certificatePresented")).toBool(), true);
        QCOMPARE(e.value(s("certificateAccepted")).toBool(), true);
        QCOMPARE(e.value(s("newConnection")).toBool(), true); // a fresh handshake, measured
        QVERIFY(e.value(s("handshakeMs")).toInteger() >= 0);
        QVERIFY(e.value(s("tls")).toString().startsWith(s("TLS 1.")));
        QVERIFY(!e.value(s("cipher")).toString().isEmpty());
        QCOMPARE(e.value(s("certificate")).toString(), sandbox.value(s("active")).toObject().value(s("fingerprint")).toString());
        QVERIFY(m_sandbox->stats().value(s("handshakes")).toInteger() > handshakes);
    }

    void profilesTestFailsForACertificateTheServerRefuses()
    {
        // A client certificate from another CA: the emulator refuses the handshake.
        ait::test::TestPki pki(m_dir.path());
        pki.writeAll();
        QVERIFY(import(s("Stranger"), pki.path(s("client-cert.pem")), pki.path(s("client-key.pem"))));
        const Run test = cli({s("profiles"), s("test"), s("--profile"), s("Stranger"), s("--json")});
        QCOMPARE(test.exitCode, 7);
        QCOMPARE(test.last().value(s("ok")).toBool(), false);
        QCOMPARE(test.last().value(s("certificateAccepted")).toBool(), false);
        QCOMPARE(test.last().value(s("outcome")).toString(), s("not-sent"));
        QVERIFY(!test.last().value(s("error")).toObject().value(s("kind")).toString().isEmpty());

        const Run missing = cli({s("profiles"), s("test"), s("--profile"), s("Nobody")});
        QCOMPARE(missing.exitCode, 5);
        QVERIFY2(missing.err.contains(s("Nobody")), qPrintable(missing.err));
    }

    void paymentsGet()
    {
        const Run run = cli({s("payments"), s("get"), s("--profile"), s("Sandbox"), s("--user-key"), s("443731103"), s("--pay-token"),
                             s("demo-pay-complete-3"), s("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json.size(), 1);
        const QJsonObject payment = run.last().value(s("payment")).toObject();
        QCOMPARE(payment.value(s("payToken")).toString(), s("demo-pay-complete-3"));
        QCOMPARE(payment.value(s("amount")).toInteger(), 3900);
        QCOMPARE(payment.value(s("refundableAmount")).toInteger(), 3900);
        QCOMPARE(payment.value(s("payStatus")).toString(), s("PAY_COMPLETE"));
        QCOMPARE(payment.value(s("transactions")).toArray().size(), 1);
        QCOMPARE(run.last().value(s("outcome")).toString(), s("done"));

        const Run human = cli({s("payments"), s("get"), s("--profile"), s("Sandbox"), s("--user-key"), s("443731103"), s("--pay-token"),
                               s("demo-pay-complete-3")});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.json.isEmpty());
        QVERIFY2(human.out.contains(s("3,900")), qPrintable(human.out));

        const Run missing = cli({s("payments"), s("get"), s("--profile"), s("Sandbox"), s("--user-key"), s("443731103"), s("--pay-token"),
                                 s("no-such-payment"), s("--json")});
        QCOMPARE(missing.exitCode, 4); // the partner's definite answer
        QCOMPARE(missing.last().value(s("outcome")).toString(), s("refused"));
        QVERIFY(!missing.last().value(s("error")).toObject().value(s("code")).toString().isEmpty());
    }

    void refundIsJournaledAndTheSecondOneRefused()
    {
        const QString payToken = newPayment(7000);
        QVERIFY(!payToken.isEmpty());
        const Run first = cli(refundArgs(payToken) + QStringList{s("--yes"), s("--json")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QJsonObject result = first.last();
        QCOMPARE(result.value(s("state")).toString(), s("succeeded"));
        QCOMPARE(result.value(s("refund")).toObject().value(s("refundedAmount")).toInteger(), 7000);
        QCOMPARE(result.value(s("payment")).toObject().value(s("refundableAmount")).toInteger(), 7000); // the fresh lookup
        const auto op = row(result.value(s("operation")).toInteger());
        QVERIFY(op);
        QCOMPARE(op->kind, ait::journal::Kind::Refund);
        QCOMPARE(op->state, ait::journal::State::Succeeded);
        QCOMPARE(op->payToken, payToken);
        QCOMPARE(op->amount, qint64(7000));
        QCOMPARE(op->profileName, s("Sandbox"));
        QCOMPARE(ledgerCount(s("refund"), s("payToken"), payToken), 1);

        const qint64 refundCalls = m_sandbox->calls(s("/refund-payment"));
        const Run second = cli(refundArgs(payToken) + QStringList{s("--yes"), s("--json")});
        QCOMPARE(second.exitCode, 4);
        QCOMPARE(second.last().value(s("outcome")).toString(), s("refused"));
        QCOMPARE(m_sandbox->calls(s("/refund-payment")), refundCalls); // the fresh lookup showed nothing left
        QCOMPARE(ledgerCount(s("refund"), s("payToken"), payToken), 1);
        QCOMPARE(rowsFor(payToken).size(), 2); // the test payment and the one refund
    }

    void noTerminalAndNoYesSendsNothing()
    {
        const QString payToken = newPayment(1200);
        const qint64 refundCalls = m_sandbox->calls(s("/refund-payment"));
        const int refunds = m_sandbox->ledger(s("refund")).size();
        const Run run = cli(refundArgs(payToken) + QStringList{s("--json")});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.last().value(s("outcome")).toString(), s("not-confirmed"));
        QVERIFY2(run.err.contains(s("--yes")), qPrintable(run.err));
        QCOMPARE(m_sandbox->calls(s("/refund-payment")), refundCalls);
        QCOMPARE(m_sandbox->ledger(s("refund")).size(), refunds);
        QCOMPARE(rowsFor(payToken).size(), 1); // only the test payment
    }

    void largeRefundsNeedTheAmount()
    {
        setSetting(s("refunds/typedConfirmationAbove"), 5000);
        const QString payToken = newPayment(8000);
        const qint64 refundCalls = m_sandbox->calls(s("/refund-payment"));
        const Run noAmount = cli(refundArgs(payToken) + QStringList{s("--yes")});
        QCOMPARE(noAmount.exitCode, 3);
        QVERIFY2(noAmount.err.contains(s("--confirm-amount 8000")), qPrintable(noAmount.err));
        const Run wrong = cli(refundArgs(payToken) + QStringList{s("--yes"), s("--confirm-amount"), s("800")});
        QCOMPARE(wrong.exitCode, 3);
        QCOMPARE(m_sandbox->calls(s("/refund-payment")), refundCalls);
        const Run right = cli(refundArgs(payToken) + QStringList{s("--yes"), s("--confirm-amount"), s("8000"), s("--json")});
        QVERIFY2(right.exitCode == 0, qPrintable(right.err));
        QCOMPARE(ledgerCount(s("refund"), s("payToken"), payToken), 1);
        setSetting(s("refunds/typedConfirmationAbove"), 100000);
    }

    void confirmsOnATerminal_data()
    {
        QTest::addColumn<QByteArray>("typed");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no") << QByteArray("n\n") << 3;
        QTest::newRow("yes, wrong amount") << QByteArray("y\n9,000\n") << 3;
        QTest::newRow("yes, the amount") << QByteArray("y\n9,500\n") << 0;
    }

    void confirmsOnATerminal()
    {
        QFETCH(QByteArray, typed);
        QFETCH(int, exitCode);
        setSetting(s("refunds/typedConfirmationAbove"), 5000);
        const QString payToken = newPayment(9500);
        // A pseudo-terminal as the command's standard input: it asks, and reads what is typed.
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0);
        QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
        const QString terminal = QString::fromLocal8Bit(::ptsname(master));
        QProcess process;
        process.setStandardInputFile(terminal);
        start(process, refundArgs(payToken) + QStringList{s("--json")}, environment());
        QVERIFY(process.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return process.readAllStandardError().contains("[y/N]") || process.state() != QProcess::Running; }, 60000));
        QCOMPARE(::write(master, typed.constData(), size_t(typed.size())), typed.size());
        QVERIFY(process.waitForFinished(60000));
        ::close(master);
        const Run run = collect(process);
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(ledgerCount(s("refund"), s("payToken"), payToken), exitCode == 0 ? 1 : 0);
        setSetting(s("refunds/typedConfirmationAbove"), 100000);
    }

    // A refund of this payment settled by another operator in the last 24 h (issue 15): put on record
    // in the journal ait-cli shares, as lee's console would have.
    static qint64 refundedByLee(const QString &payToken, qint64 amount)
    {
        ait::journal::Journal journal(ait::journal::Journal::defaultPath());
        if (!journal.open())
            return 0;
        ait::journal::Operation op;
        op.kind = ait::journal::Kind::Refund;
        op.payToken = payToken;
        op.idempotencyKey = payToken;
        op.userKey = 443731103;
        op.amount = amount;
        op.operatorName = QStringLiteral("lee");
        const auto id = journal.recordIntent(op);
        if (!id || !journal.markSent(*id) || !journal.markOutcome(*id, ait::journal::State::Succeeded))
            return 0;
        return *id;
    }

    // kim refunds a payment lee refunded part of an hour ago: said with who and when, and refused
    // without a terminal (exit 3, nothing sent) — --yes is not enough — until --despite-recent.
    // lee refunding it again is not warned about her own refund.
    void aRefundAnotherOperatorMadeNeedsDespiteRecent()
    {
        const QString payToken = newPayment(6000);
        QVERIFY(!payToken.isEmpty());
        const qint64 lees = refundedByLee(payToken, 1000);
        QVERIFY(lees > 0);
        const qint64 refundCalls = m_sandbox->calls(s("/refund-payment"));

        setSetting(s("operator/name"), s("lee"));
        const Run own = cli(refundArgs(payToken) + QStringList{s("--json")});
        QCOMPARE(own.exitCode, 3);
        QVERIFY2(!own.err.contains(s("Another operator")) && own.err.contains(s("--yes")), qPrintable(own.err));

        setSetting(s("operator/name"), s("kim"));
        const Run refused = cli(refundArgs(payToken) + QStringList{s("--yes"), s("--json")});
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(refused.last().value(s("outcome")).toString(), s("not-confirmed"));
        QVERIFY2(refused.err.contains(s("lee refunded %1 won of this payment at ").arg(QLocale().toString(1000))), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(s("(operation #%1).").arg(lees)), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(s("--despite-recent")), qPrintable(refused.err));
        QCOMPARE(refused.last().value(s("recentlySettled")).toArray(), QJsonArray{lees});
        QCOMPARE(m_sandbox->calls(s("/refund-payment")), refundCalls);
        QCOMPARE(ledgerCount(s("refund"), s("payToken"), payToken), 0);

        const Run made = cli(refundArgs(payToken) + QStringList{s("--yes"), s("--despite-recent"), s("--json")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY(made.err.contains(s("lee refunded"))); // said even when going on: the script's log shows it
        QCOMPARE(ledgerCount(s("refund"), s("payToken"), payToken), 1);
        setSetting(s("operator/name"), QString());
    }

    // On a terminal the command asks about lee's refund first, then the usual question.
    void aRefundAnotherOperatorMadeIsAskedOnATerminal_data()
    {
        QTest::addColumn<QByteArray>("typed");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("not despite it") << QByteArray("n\n") << 3;
        QTest::newRow("despite it, then not") << QByteArray("y\nn\n") << 3;
        QTest::newRow("despite it, and yes") << QByteArray("y\ny\n") << 0;
    }

    void aRefundAnotherOperatorMadeIsAskedOnATerminal()
    {
        QFETCH(QByteArray, typed);
        QFETCH(int, exitCode);
        const QString payToken = newPayment(2500);
        QVERIFY(refundedByLee(payToken, 500) > 0);
        setSetting(s("operator/name"), s("kim"));
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0);
        QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
        QProcess process;
        process.setStandardInputFile(QString::fromLocal8Bit(::ptsname(master)));
        start(process, refundArgs(payToken) + QStringList{s("--json")}, environment());
        QVERIFY(process.waitForStarted());
        QByteArray err;
        QVERIFY(QTest::qWaitFor([&] { err += process.readAllStandardError(); return err.contains("Go on anyway? [y/N]") || process.state() != QProcess::Running; }, 60000));
        QVERIFY2(err.contains("lee refunded"), err.constData());
        QCOMPARE(::write(master, typed.constData(), size_t(typed.size())), typed.size());
        QVERIFY(process.waitForFinished(60000));
        ::close(master);
        const Run run = collect(process);
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(ledgerCount(s("refund"), s("payToken"), payToken), exitCode == 0 ? 1 : 0);
        setSetting(s("operator/name"), QString());
    }

    void applyThenDropIsUnknownAndReconciledOnce()
    {
        const QString payToken = newPayment(4300);
        m_sandbox->setFaults({{s("applyThenDrop"), 1}, {s("applyThenDropPath"), s("refund-payment")}});
        const Run run = cli(refundArgs(payToken) + QStringList{s("--yes"), s("--json")});
        QCOMPARE(run.exitCode, 6);
        QCOMPARE(run.last().value(s("outcome")).toString(), s("unknown"));
        QCOMPARE(run.last().value(s("state")).toString(), s("unknown"));
        const qint64 id = run.last().value(s("operation")).toInteger();
        QVERIFY2(run.err.contains(s("ait-cli journal reconcile %1").arg(id)), qPrintable(run.err));
        QCOMPARE(row(id)->state, ait::journal::State::Unknown);
        QCOMPARE(ledgerCount(s("refund"), s("payToken"), payToken), 1); // it was applied

        // Trying again is refused while it is open: reconcile first.
        const qint64 refundCalls = m_sandbox->calls(s("/refund-payment"));
        const Run again = cli(refundArgs(payToken) + QStringList{s("--yes"), s("--json")});
        QCOMPARE(again.exitCode, 6);
        QCOMPARE(again.last().value(s("operation")).toInteger(), id);
        QCOMPARE(m_sandbox->calls(s("/refund-payment")), refundCalls);

        const Run reconcile = cli({s("journal"), s("reconcile"), QString::number(id), s("--json")});
        QVERIFY2(reconcile.exitCode == 0, qPrintable(reconcile.err));
        QCOMPARE(reconcile.last().value(s("state")).toString(), s("reconciled"));
        QCOMPARE(reconcile.last().value(s("applied")).toBool(), true);
        QCOMPARE(row(id)->state, ait::journal::State::Reconciled);
        QVERIFY(row(id)->applied);
        QCOMPARE(m_sandbox->calls(s("/refund-payment")), refundCalls); // settled by a lookup, never resent
        QCOMPARE(ledgerCount(s("refund"), s("payToken"), payToken), 1);

        const Run settled = cli({s("journal"), s("reconcile"), QString::number(id), s("--json")});
        QCOMPARE(settled.exitCode, 0);
        QCOMPARE(settled.last().value(s("state")).toString(), s("reconciled"));
    }

    void readOnlyProfileIsRefused()
    {
        const QString payToken = newPayment(2100);
        const qint64 refundCalls = m_sandbox->calls(s("/refund-payment"));
        const Run run = cli(refundArgs(payToken, s("Viewer")) + QStringList{s("--yes"), s("--json")});
        QCOMPARE(run.exitCode, 5);
        QCOMPARE(run.last().value(s("outcome")).toString(), s("local-problem"));
        QVERIFY2(run.err.contains(s("read-only")), qPrintable(run.err));
        QCOMPARE(m_sandbox->calls(s("/refund-payment")), refundCalls);
        QCOMPARE(rowsFor(payToken).size(), 1);
        // A raw change too (the client refuses it in the core as well: tst_rawcall).
        const Run raw = cli({s("call"), s("--profile"), s("Viewer"), s("POST"), s("/api-partner/v1/apps-in-toss/pay/refund-payment"),
                             s("--data"), s("{\"payToken\":\"%1\",\"reason\":\"x\",\"isTestPayment\":true}").arg(payToken), s("--header"),
                             s("x-toss-user-key:443731103"), s("--allow-change"), s("--yes")});
        QCOMPARE(raw.exitCode, 5);
        QCOMPARE(m_sandbox->calls(s("/refund-payment")), refundCalls);
        // Lookups still work.
        QCOMPARE(cli({s("payments"), s("get"), s("--profile"), s("Viewer"), s("--user-key"), s("443731103"), s("--pay-token"), payToken}).exitCode, 0);
    }

    void ctrlCWhileTheRefundIsOutLeavesItForReconciliation()
    {
        const QString payToken = newPayment(3300);
        // The refund is applied, and its answer trickles in a byte a second.
        m_sandbox->setFaults({{s("hostile"), s("drip")}, {s("hostilePath"), s("refund-payment")}, {s("hostileIntervalMs"), 1000}});
        const qint64 refundCalls = m_sandbox->calls(s("/refund-payment"));
        QProcess process;
        start(process, refundArgs(payToken) + QStringList{s("--yes"), s("--json")}, environment());
        QVERIFY(QTest::qWaitFor([&] { return m_sandbox->calls(s("/refund-payment")) > refundCalls; }, 60000));
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(60000));
        m_sandbox->setFaults({{s("hostile"), s("")}});
        const Run run = collect(process);
        QCOMPARE(run.exitCode, 6);
        const qint64 id = run.last().value(s("operation")).toInteger();
        QVERIFY2(run.err.contains(s("reconcile %1").arg(id)), qPrintable(run.err));
        QCOMPARE(row(id)->state, ait::journal::State::Unknown);
        const Run reconcile = cli({s("journal"), s("reconcile"), QString::number(id), s("--json")});
        QCOMPARE(reconcile.exitCode, 0);
        QCOMPARE(reconcile.last().value(s("applied")).toBool(), true);
        QCOMPARE(ledgerCount(s("refund"), s("payToken"), payToken), 1);
    }

    void ctrlCBeforeTheRefundLeftSendsNothing()
    {
        const QString payToken = newPayment(3400);
        // The fresh lookup before the confirmation trickles in: stopped there, nothing may be sent.
        m_sandbox->setFaults({{s("hostile"), s("drip")}, {s("hostilePath"), s("get-payment-status")}, {s("hostileIntervalMs"), 1000}});
        const qint64 lookups = m_sandbox->calls(s("/get-payment-status"));
        const qint64 refundCalls = m_sandbox->calls(s("/refund-payment"));
        QProcess process;
        start(process, refundArgs(payToken) + QStringList{s("--yes"), s("--json")}, environment());
        QVERIFY(QTest::qWaitFor([&] { return m_sandbox->calls(s("/get-payment-status")) > lookups; }, 60000));
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(60000));
        m_sandbox->setFaults({{s("hostile"), s("")}});
        const Run run = collect(process);
        QCOMPARE(run.exitCode, 130);
        QCOMPARE(run.last().value(s("outcome")).toString(), s("interrupted"));
        QVERIFY2(run.err.contains(s("Nothing was sent")), qPrintable(run.err));
        QCOMPARE(m_sandbox->calls(s("/refund-payment")), refundCalls);
        QCOMPARE(rowsFor(payToken).size(), 1);
    }

    void ctrlCWhileAPayoutIsCheckedLeavesItOpen()
    {
        // Paid, and the answer to the first result check trickles in: stopping now may not say
        // "nothing was sent" (130), the points may be paid.
        m_sandbox->setFaults({{s("hostile"), s("drip")}, {s("hostilePath"), s("execution-result")}, {s("hostileIntervalMs"), 1000}});
        const qint64 checks = m_sandbox->calls(s("/execution-result"));
        QProcess process;
        start(process, {s("promotions"), s("pay"), s("--profile"), s("Sandbox"), s("--promotion"), s("DEMO_PROMO"), s("--user-key"),
                        s("900000111"), s("--amount"), s("200"), s("--yes"), s("--json")},
              environment());
        QVERIFY(QTest::qWaitFor([&] { return m_sandbox->calls(s("/execution-result")) > checks; }, 60000));
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(60000));
        m_sandbox->setFaults({{s("hostile"), s("")}});
        const Run run = collect(process);
        QCOMPARE(run.exitCode, 6);
        QCOMPARE(run.last().value(s("outcome")).toString(), s("unknown"));
        const qint64 id = run.last().value(s("operation")).toInteger();
        QCOMPARE(row(id)->state, ait::journal::State::Unknown);
        QVERIFY2(run.err.contains(s("reconcile %1").arg(id)), qPrintable(run.err));
        QVERIFY(m_sandbox->advanceClock(2)); // past the PENDING second
        const Run reconcile = cli({s("journal"), s("reconcile"), QString::number(id), s("--json")});
        QVERIFY2(reconcile.exitCode == 0, qPrintable(reconcile.err));
        QCOMPARE(reconcile.last().value(s("applied")).toBool(), true);
        QCOMPARE(ledgerCount(s("payout"), s("key"), row(id)->idempotencyKey), 1);
    }

    void rawCallsAskForChangesAndAreJournaled()
    {
        const QString payToken = newPayment(5100);
        const QStringList refund{s("call"), s("--profile"), s("Sandbox"), s("POST"), s("/api-partner/v1/apps-in-toss/pay/refund-payment"),
                                 s("--data"), s("{\"payToken\":\"%1\",\"reason\":\"raw\",\"isTestPayment\":true}").arg(payToken),
                                 s("--header"), s("x-toss-user-key:443731103"), s("--json")};
        const qint64 refundCalls = m_sandbox->calls(s("/refund-payment"));
        const Run refused = cli(refund + QStringList{s("--yes")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(s("--allow-change")), qPrintable(refused.err));
        QCOMPARE(m_sandbox->calls(s("/refund-payment")), refundCalls);

        const Run unconfirmed = cli(refund + QStringList{s("--allow-change")});
        QCOMPARE(unconfirmed.exitCode, 3); // no terminal, no --yes
        QCOMPARE(m_sandbox->calls(s("/refund-payment")), refundCalls);

        const Run made = cli(refund + QStringList{s("--allow-change"), s("--yes")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QCOMPARE(made.last().value(s("httpStatus")).toInt(), 200);
        QCOMPARE(made.last().value(s("body")).toObject().value(s("resultType")).toString(), s("SUCCESS"));
        const auto op = row(made.last().value(s("operation")).toInteger());
        QVERIFY(op);
        QCOMPARE(op->kind, ait::journal::Kind::Refund);
        QCOMPARE(op->state, ait::journal::State::Succeeded);
        QCOMPARE(op->payToken, payToken);
        QCOMPARE(op->userKey, qint64(443731103));
        QCOMPARE(ledgerCount(s("refund"), s("payToken"), payToken), 1);

        // A lookup needs neither.
        const Run lookup = cli({s("call"), s("--profile"), s("Sandbox"), s("POST"), s("/api-partner/v1/apps-in-toss/order/get-order-status"),
                                s("--data"), s("{\"orderId\":\"demo-order-purchased\"}"), s("--json")});
        QCOMPARE(lookup.exitCode, 0);
        QCOMPARE(lookup.last().value(s("body")).toObject().value(s("success")).toObject().value(s("status")).toString(), s("PURCHASED"));
        QVERIFY(!lookup.last().contains(s("operation")));

        const Run unknownPath = cli({s("call"), s("--profile"), s("Sandbox"), s("POST"), s("/api-partner/v1/elsewhere"), s("--json")});
        QCOMPARE(unknownPath.exitCode, 2);
        QCOMPARE(unknownPath.last().value(s("outcome")).toString(), s("bad-input")); // --json still says why
        const Run wrongMethod = cli({s("call"), s("--profile"), s("Sandbox"), s("GET"), s("/api-partner/v1/apps-in-toss/order/get-order-status")});
        QCOMPARE(wrongMethod.exitCode, 2);
        QVERIFY2(wrongMethod.err.contains(s("POST")), qPrintable(wrongMethod.err));
    }

    void secretsAreMaskedUnlessAsked()
    {
        const Run masked = cli({s("login"), s("token"), s("--profile"), s("Sandbox"), s("--code"), s("demo-code-1"), s("--referrer"),
                                s("sandbox"), s("--json")});
        QVERIFY2(masked.exitCode == 0, qPrintable(masked.err));
        const QString maskedToken = masked.last().value(s("accessToken")).toString();
        QVERIFY(maskedToken.contains(s("…")));
        QCOMPARE(masked.last().value(s("masked")).toBool(), true);

        const Run shown = cli({s("login"), s("token"), s("--profile"), s("Sandbox"), s("--code"), s("demo-code-2"), s("--referrer"),
                               s("sandbox"), s("--show-secrets"), s("--json")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const QString accessToken = shown.last().value(s("accessToken")).toString();
        QVERIFY(accessToken.size() > 16 && !accessToken.contains(s("…")));
        QVERIFY(!masked.out.contains(accessToken.left(12)) && !masked.err.contains(accessToken.left(12)));

        // login-me reads the token from the environment, never from the command line.
        const QProcessEnvironment env = environment({{s("AIT_ACCESS_TOKEN"), accessToken}});
        const Run me = cli({s("login"), s("me"), s("--profile"), s("Sandbox"), s("--json")}, env);
        QVERIFY2(me.exitCode == 0, qPrintable(me.err));
        QCOMPARE(me.last().value(s("userKey")).toInteger(), 443731103);
        QCOMPARE(me.last().value(s("decrypted")).toBool(), false);
        QVERIFY(!me.out.contains(s("홍길동")));
        QCOMPARE(me.last().value(s("fields")).toObject().value(s("name")).toString(), s("••••••"));
        const Run revealed = cli({s("login"), s("me"), s("--profile"), s("Sandbox"), s("--show-secrets"), s("--json")}, env);
        QVERIFY2(revealed.exitCode == 0, qPrintable(revealed.err));
        QCOMPARE(revealed.last().value(s("fields")).toObject().value(s("name")).toString(), s("홍길동"));

        const Run noToken = cli({s("login"), s("me"), s("--profile"), s("Sandbox")});
        QCOMPARE(noToken.exitCode, 2);
        QVERIFY2(noToken.err.contains(s("AIT_ACCESS_TOKEN")), qPrintable(noToken.err));
    }

    void promotionsPayAndResult()
    {
        const QString user = s("900000101");
        const Run paid = cli({s("promotions"), s("pay"), s("--profile"), s("Sandbox"), s("--promotion"), s("DEMO_PROMO"), s("--user-key"), user,
                              s("--amount"), s("300"), s("--yes"), s("--json")});
        QVERIFY2(paid.exitCode == 0, qPrintable(paid.err));
        QCOMPARE(paid.last().value(s("result")).toString(), s("SUCCESS"));
        QCOMPARE(paid.last().value(s("state")).toString(), s("succeeded"));
        const auto op = row(paid.last().value(s("operation")).toInteger());
        QVERIFY(op && !op->idempotencyKey.isEmpty());
        QCOMPARE(op->kind, ait::journal::Kind::Payout);
        QCOMPARE(op->amount, qint64(300));
        // The key is the payout's idempotency handle: masked in the output.
        QVERIFY(!paid.out.contains(op->idempotencyKey));
        QCOMPARE(ledgerCount(s("payout"), s("key"), op->idempotencyKey), 1);

        const Run result = cli({s("promotions"), s("result"), s("--profile"), s("Sandbox"), s("--promotion"), s("DEMO_PROMO"), s("--user-key"),
                                user, s("--key"), op->idempotencyKey, s("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.last().value(s("result")).toString(), s("SUCCESS"));
        QVERIFY(!result.out.contains(op->idempotencyKey));

        const Run ended = cli({s("promotions"), s("pay"), s("--profile"), s("Sandbox"), s("--promotion"), s("ENDED_PROMO"), s("--user-key"),
                               s("900000102"), s("--amount"), s("10"), s("--yes"), s("--json")});
        QCOMPARE(ended.exitCode, 4);
        QCOMPARE(ended.last().value(s("error")).toObject().value(s("code")).toString(), s("4109"));

        const Run slipped = cli({s("promotions"), s("pay"), s("--profile"), s("Sandbox"), s("--promotion"), s("DEMO_PROMO"), s("--user-key"),
                                 user, s("--amount"), s("5000000"), s("--yes")});
        QCOMPARE(slipped.exitCode, 2);
        QVERIFY2(slipped.err.contains(s("--amount")), qPrintable(slipped.err));
    }

    void messagesSend()
    {
        const QString user = s("900000201");
        const int messages = m_sandbox->ledger(s("message")).size();
        const Run unconfirmed = cli({s("messages"), s("send"), s("--profile"), s("Sandbox"), s("--template"), s("demo-template"),
                                     s("--user-key"), user, s("--var"), s("name=Kim")});
        QCOMPARE(unconfirmed.exitCode, 3);
        QCOMPARE(m_sandbox->ledger(s("message")).size(), messages);

        const Run sent = cli({s("messages"), s("send"), s("--profile"), s("Sandbox"), s("--template"), s("demo-template"), s("--user-key"),
                              user, s("--var"), s("name=Kim"), s("--yes"), s("--json")});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        QCOMPARE(sent.last().value(s("delivered")).toBool(), true);
        QVERIFY(sent.last().value(s("result")).toObject().contains(s("sentPushCount")));
        const auto op = row(sent.last().value(s("operation")).toInteger());
        QVERIFY(op);
        QCOMPARE(op->kind, ait::journal::Kind::Message);
        QCOMPARE(op->templateCode, s("demo-template"));
        QCOMPARE(op->state, ait::journal::State::Succeeded);
        QCOMPARE(m_sandbox->ledger(s("message")).size(), messages + 1);

        const Run unapproved = cli({s("messages"), s("send"), s("--profile"), s("Sandbox"), s("--template"), s("unapproved-template"),
                                    s("--user-key"), user, s("--yes"), s("--json")});
        QCOMPARE(unapproved.exitCode, 4);
        QCOMPARE(unapproved.last().value(s("state")).toString(), s("failed"));

        const Run badContext = cli({s("messages"), s("send"), s("--profile"), s("Sandbox"), s("--template"), s("demo-template"),
                                    s("--user-key"), user, s("--context"), s("[1,2]"), s("--yes")});
        QCOMPARE(badContext.exitCode, 2);
        QVERIFY2(badContext.err.contains(s("--context")), qPrintable(badContext.err));
    }

    void messageWithALostAnswerIsSettledByTheOperator()
    {
        m_sandbox->setFaults({{s("applyThenDrop"), 1}, {s("applyThenDropPath"), s("send-message")}});
        const Run lost = cli({s("messages"), s("send"), s("--profile"), s("Sandbox"), s("--template"), s("demo-template"), s("--user-key"),
                              s("900000202"), s("--yes"), s("--json")});
        QCOMPARE(lost.exitCode, 6);
        const qint64 id = lost.last().value(s("operation")).toInteger();
        QVERIFY2(lost.err.contains(s("--delivered")), qPrintable(lost.err));
        const Run needsWord = cli({s("journal"), s("reconcile"), QString::number(id)});
        QCOMPARE(needsWord.exitCode, 2);
        const Run settled = cli({s("journal"), s("reconcile"), QString::number(id), s("--delivered"), s("yes"), s("--json")});
        QCOMPARE(settled.exitCode, 0);
        QCOMPARE(row(id)->state, ait::journal::State::Reconciled);
        QVERIFY(row(id)->applied);
    }

    void iapStatus()
    {
        const Run run = cli({s("iap"), s("status"), s("--profile"), s("Sandbox"), s("--order-id"), s("demo-order-purchased"), s("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.last().value(s("status")).toString(), s("PURCHASED"));
        QCOMPARE(run.last().value(s("orderId")).toString(), s("demo-order-purchased"));
        QVERIFY(!run.last().value(s("meaning")).toString().isEmpty());
        QVERIFY(run.last().contains(s("sku")));
    }

    void loginUnlinkAsksFirst()
    {
        const int unlinks = m_sandbox->ledger(s("unlink")).size();
        const QStringList unlink{s("login"), s("unlink"), s("--profile"), s("Sandbox"), s("--user-key"), s("443731105"), s("--json")};
        QCOMPARE(cli(unlink).exitCode, 3);
        QCOMPARE(m_sandbox->ledger(s("unlink")).size(), unlinks);
        const Run done = cli(unlink + QStringList{s("--yes")});
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QCOMPARE(done.last().value(s("userKey")).toInteger(), 443731105);
        QCOMPARE(m_sandbox->ledger(s("unlink")).size(), unlinks + 1);
    }

    void journalListShowAndExport()
    {
        const QString payToken = newPayment(6100);
        QVERIFY(cli(refundArgs(payToken) + QStringList{s("--yes")}).exitCode == 0);
        const Run list = cli({s("journal"), s("list"), s("--kind"), s("refund"), s("--user-key"), s("443731103"), s("--json")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(!list.json.isEmpty());
        for (const QJsonObject &o : list.json) {
            QCOMPARE(o.value(s("kind")).toString(), s("refund"));
            QCOMPARE(o.value(s("userKey")).toInteger(), 443731103);
            for (const char *key : {"id", "createdAt", "state", "applied", "open", "profile", "certificate", "payToken", "amount", "response"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
        }
        QCOMPARE(list.json.first().value(s("payToken")).toString(), payToken); // newest first
        const qint64 id = list.json.first().value(s("id")).toInteger();

        const Run show = cli({s("journal"), s("show"), QString::number(id), s("--json")});
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.last().value(s("state")).toString(), s("succeeded"));
        QCOMPARE(cli({s("journal"), s("show"), s("999999")}).exitCode, 2);

        const Run payouts = cli({s("journal"), s("list"), s("--kind"), s("payout"), s("--json")});
        for (const QJsonObject &o : payouts.json) // promotion keys are masked unless asked for
            QVERIFY(o.value(s("idempotencyKey")).toString().isEmpty() || o.value(s("idempotencyKey")).toString().contains(s("…")));

        const QString csv = m_dir.filePath(s("activity.csv"));
        const Run exported = cli({s("journal"), s("export"), s("--out"), csv, s("--kind"), s("refund")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QChar(0xFEFF)) || text.startsWith(s("id,")));
        QVERIFY(text.contains(s("idempotency_key")));
        QVERIFY(text.contains(payToken));

        // Another journal, chosen with --journal, gets the rows of that run.
        const QString other = m_dir.filePath(s("other.sqlite"));
        const Run elsewhere = cli({s("payments"), s("test-pay"), s("--profile"), s("Sandbox"), s("--user-key"), s("443731103"), s("--amount"),
                                   s("100"), s("--journal"), other, s("--json")});
        QCOMPARE(elsewhere.exitCode, 0);
        ait::journal::Journal journal(other);
        QVERIFY(journal.open());
        QCOMPARE(journal.query({}).size(), 1);
        QVERIFY(rowsFor(elsewhere.last().value(s("orderNo")).toString()).isEmpty());

        // Reading a journal that is not there makes none.
        const QString typo = m_dir.filePath(s("typo.sqlite"));
        QCOMPARE(cli({s("journal"), s("list"), s("--journal"), typo}).exitCode, 5);
        QVERIFY(!QFileInfo::exists(typo));

        QCOMPARE(cli({s("journal"), s("list"), s("--state"), s("done")}).exitCode, 2);
        QCOMPARE(cli({s("journal"), s("list"), s("--since"), s("yesterday")}).exitCode, 2);
    }

    void journalVerifyNamesWhatWasEdited()
    {
        const QString path = m_dir.filePath(s("audited.sqlite"));
        const Run paid = cli({s("payments"), s("test-pay"), s("--profile"), s("Sandbox"), s("--user-key"), s("443731103"), s("--amount"),
                              s("100"), s("--journal"), path, s("--json")});
        QCOMPARE(paid.exitCode, 0);
        const Run holds = cli({s("journal"), s("verify"), s("--journal"), path, s("--json")});
        QVERIFY2(holds.exitCode == 0, qPrintable(holds.err + holds.out));
        QVERIFY(holds.last().value(s("events")).toInteger() >= 3); // intent, sent, succeeded
        const Run show = cli({s("journal"), s("show"), s("1"), s("--journal"), path});
        QVERIFY(show.out.contains(s("History:")));
        QVERIFY(show.out.contains(s("succeeded")));
        {
            ait::journal::Journal journal(path);
            QVERIFY(journal.open());
            QSqlQuery q(QSqlDatabase::database(journal.connectionName(), false));
            QVERIFY(q.exec(s("UPDATE operations SET amount = 1000000 WHERE id = 1")));
        }
        const Run broken = cli({s("journal"), s("verify"), s("--journal"), path});
        QCOMPARE(broken.exitCode, 5);
        QVERIFY2(broken.err.contains(s("Operation #1 is not as its last event left it")), qPrintable(broken.err + broken.out));
    }

    void badInputNamesTheFlag_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("flag");
        QTest::newRow("no user key") << QStringList{s("payments"), s("get"), s("--profile"), s("Sandbox"), s("--pay-token"), s("x")} << s("--user-key");
        QTest::newRow("bad user key") << QStringList{s("payments"), s("get"), s("--profile"), s("Sandbox"), s("--user-key"), s("12a"), s("--pay-token"), s("x")} << s("--user-key");
        QTest::newRow("bad reason") << QStringList{s("payments"), s("refund"), s("--profile"), s("Sandbox"), s("--user-key"), s("1"), s("--pay-token"), s("x"), s("--reason"), s("a;b")} << s("--reason");
        QTest::newRow("no profile") << QStringList{s("iap"), s("status"), s("--order-id"), s("x")} << s("--profile");
        QTest::newRow("unknown option") << QStringList{s("iap"), s("status"), s("--order"), s("x")} << s("order");
        QTest::newRow("bad promotion") << QStringList{s("promotions"), s("pay"), s("--profile"), s("Sandbox"), s("--promotion"), s("a b"), s("--user-key"), s("1"), s("--amount"), s("1")} << s("--promotion");
        QTest::newRow("bad header") << QStringList{s("call"), s("--profile"), s("Sandbox"), s("POST"), s("/api-partner/v1/apps-in-toss/order/get-order-status"), s("--header"), s("nocolon")} << s("--header");
        QTest::newRow("unknown subcommand") << QStringList{s("payments"), s("pay")} << s("payments");
    }

    void badInputNamesTheFlag()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, flag);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(flag), qPrintable(run.err));
    }

    void helpListsCommandsAndExitCodes()
    {
        const Run help = cli({s("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"profiles", "payments", "iap", "promotions", "messages", "login", "journal", "call", "inspect", "import"})
            QVERIFY2(help.out.contains(QLatin1String(command)), command);
        QVERIFY(help.out.contains(s("130")));
        const Run refund = cli({s("payments"), s("refund"), s("--help")});
        QCOMPARE(refund.exitCode, 0);
        QVERIFY(refund.out.contains(s("--confirm-amount")));
        QVERIFY(refund.out.contains(s("refunds/typedConfirmationAbove")));
        QVERIFY(refund.out.contains(s("130")));
        QCOMPARE(cli({}).exitCode, 2);
    }

    void speaksKorean()
    {
        const QString payToken = newPayment(1300);
        const Run run = cli(refundArgs(payToken), environment({{s("AIT_LANGUAGE"), s("ko")}}));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(s("--yes")) && run.err.contains(s("보내지 않았습니다")), qPrintable(run.err));
        const Run help = cli({s("--help")}, environment({{s("AIT_LANGUAGE"), s("ko")}}));
        QVERIFY2(help.out.contains(s("종료 코드")), qPrintable(help.out));
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
