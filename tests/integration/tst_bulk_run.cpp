#include "core/bulk/bulkservice.h"
#include "core/ops/payoutservice.h"
#include "core/tls/materialloader.h"
#include "support/async.h"
#include "support/sandboxprocess.h"

#include <QJsonArray>
#include <QtTest>

using namespace ait;
using namespace ait::bulk;
using ait::test::SandboxProcess;
using journal::State;

// The bulk engine against the emulator, in this process: payouts and messages from a file, paced,
// paused, stopped, through faults and a limit storm, every row once. (tst_cli_bulk runs it as a
// separate program and kills it.)
class TestBulkRun : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<journal::Journal> m_journal;
    std::unique_ptr<BulkService> m_service;
    qint64 m_nextUser = 900100000; // every test pays users no other test touched (the per-user windows)

    // Everything one run said, in order.
    struct Watch
    {
        QList<RowResult> rows;
        QList<RunState> states;
        std::optional<Progress> lastProgress;
        std::optional<RunSummary> summary;
        std::optional<PendingDecision> decision;
        qint64 recorded = 0;
        QObject context; // the connections end with the watch, even when a failed test leaves its run going

        void attach(BulkRun *run)
        {
            QObject::connect(run, &BulkRun::rowsSettled, &context, [this](const QList<RowResult> &r) { rows += r; });
            QObject::connect(run, &BulkRun::stateChanged, &context, [this](RunState s) { states << s; });
            QObject::connect(run, &BulkRun::progress, &context, [this](const Progress &p) { lastProgress = p; });
            QObject::connect(run, &BulkRun::finished, &context, [this](const RunSummary &s) { summary = s; });
            QObject::connect(run, &BulkRun::decisionNeeded, &context, [this](const PendingDecision &d) { decision = d; });
            QObject::connect(run, &BulkRun::batchRecorded, &context, [this](qint64 id) { recorded = id; });
        }
        bool in(RunState s) const { return !states.isEmpty() && states.last() == s; }
    };

    RunRequest request(int callsPerMinute = 60000)
    {
        RunRequest r;
        r.journal.path = m_journal->path();
        r.client.profileName = QStringLiteral("Sandbox");
        r.client.appsBaseUrl = m_sandbox->url();
        r.client.payBaseUrl = m_sandbox->url();
        r.client.trustedCas = m_sandbox->caCertificates();
        r.client.timeoutMs = 5000;
        r.client.deadlineMs = 10000;
        r.identity.chain = tls::MaterialLoader::readFile(m_sandbox->file("client_cert")).certificates;
        r.identity.key = tls::MaterialLoader::readFile(m_sandbox->file("client_key")).key;
        r.who = {QStringLiteral("p1"), QStringLiteral("Sandbox"), r.identity.chain.first().sha256Fingerprint(), QStringLiteral("support-1")};
        r.settings.pace.callsPerMinute = callsPerMinute;
        r.settings.polling = {1000, 2000, 10, false};
        r.settings.reconcileFirstDelayMs = 300;
        r.settings.reconcileMaxDelayMs = 2000;
        r.settings.retryDelayMs = 200;
        return r;
    }

    // A payout file of `n` users not used before, amounts 1, 2, 3, …
    QByteArray payoutFile(int n, QList<qint64> *users = nullptr)
    {
        QByteArray file("userKey,amount,memo\r\n");
        for (int i = 0; i < n; ++i) {
            const qint64 user = m_nextUser++;
            if (users)
                *users << user;
            file += QByteArray::number(user) + ',' + QByteArray::number(i + 1) + ",row " + QByteArray::number(i + 1) + "\r\n";
        }
        return file;
    }

    static CheckOptions payoutOptions(const QString &code = QStringLiteral("BULK_PROMO"))
    {
        CheckOptions o;
        o.kind = journal::Kind::Payout;
        o.code = code;
        return o;
    }

    BulkRun *confirm(const QByteArray &file, const CheckOptions &options, Watch &watch, RunRequest req)
    {
        const CheckReport report = Check::run(file, QStringLiteral("test.csv"), options, Check::contextFrom(*m_journal, options, Check::sha256Hex(file)));
        if (!report.ok())
            qWarning() << "check:" << report.problems.value(0).line << report.problems.value(0).message;
        api::ApiError why;
        return started(m_service->confirm(std::move(req), report, options, BulkService::confirmationTotal(report, options.kind), &why), why, watch);
    }

    // A new run of an unfinished batch, as after a restart, watched and started.
    BulkRun *resume(qint64 batchId, Watch &watch)
    {
        api::ApiError why;
        return started(m_service->resume(request(), batchId, &why), why, watch);
    }

    // The run the service made (or nothing, with why it refused), watched and started.
    static BulkRun *started(BulkRun *run, const api::ApiError &why, Watch &watch)
    {
        if (!run) {
            qWarning() << "refused:" << why.message;
            return nullptr;
        }
        watch.attach(run);
        run->start();
        return run;
    }

    // Payouts in the emulator's ledger per user (from this promotion).
    QHash<qint64, QList<QJsonObject>> payoutsByUser(const QString &code = QStringLiteral("BULK_PROMO"))
    {
        QHash<qint64, QList<QJsonObject>> byUser;
        for (const QJsonValue &v : m_sandbox->ledger(QStringLiteral("payout"))) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("promotionCode")).toString() == code)
                byUser[e.value(QStringLiteral("userKey")).toInteger()] << e;
        }
        return byUser;
    }

    // Every row paid exactly once, with its amount, by the key the journal holds for it.
    void verifyPaidOnce(qint64 batchId, const QList<qint64> &users)
    {
        const auto ledger = payoutsByUser();
        const QList<journal::Operation> rows = m_journal->batchRows(batchId);
        QCOMPARE(rows.size(), users.size());
        for (const journal::Operation &row : rows) {
            const QList<QJsonObject> paid = ledger.value(row.userKey);
            QVERIFY2(paid.size() == 1, qPrintable(QStringLiteral("user %1 paid %2 times").arg(row.userKey).arg(paid.size())));
            QCOMPARE(paid.first().value(QStringLiteral("amount")).toInteger(), row.amount);
            QCOMPARE(paid.first().value(QStringLiteral("key")).toString(), row.idempotencyKey);
            QVERIFY(row.state == State::Succeeded || (row.state == State::Reconciled && row.applied));
        }
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--qpm"), QStringLiteral("0")});
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        m_journal = std::make_unique<journal::Journal>(m_dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(m_journal->open());
        m_service = std::make_unique<BulkService>(*m_journal);
    }

    void cleanup()
    {
        m_sandbox->setFaults({{QStringLiteral("errorRate"), 0}, {QStringLiteral("applyThenDrop"), 0}, {QStringLiteral("closeWithoutAnswer"), 0},
                              {QStringLiteral("rateLimit"), QString()}, {QStringLiteral("qpm"), 0}});
    }

    void aPayoutBatchPaysEveryRowOnceAndSaysSo()
    {
        QList<qint64> users;
        const QByteArray file = payoutFile(40, &users);
        Watch watch;
        BulkRun *run = confirm(file, payoutOptions(), watch, request());
        QVERIFY(run);
        QTRY_VERIFY_WITH_TIMEOUT(watch.summary.has_value(), 60000);
        QCOMPARE(watch.summary->state, RunState::Finished);
        QVERIFY(watch.summary->allSettled());
        QCOMPARE(watch.summary->counts.succeeded, 40);
        QVERIFY(watch.recorded > 0);
        QCOMPARE(watch.states.first(), RunState::Running);
        QCOMPARE(watch.rows.size(), 40);
        QVERIFY(watch.lastProgress && watch.lastProgress->counts.succeeded == 40);
        verifyPaidOnce(watch.recorded, users);
        const journal::Batch b = *m_journal->batch(watch.recorded);
        QCOMPARE(b.state, journal::BatchState::Finished);
        QCOMPARE(b.totalAmount, 40 * 41 / 2);
        QCOMPARE(b.rowCount, 40);
        QCOMPARE(b.sourceName, QStringLiteral("test.csv"));
        QCOMPARE(m_journal->batchRows(watch.recorded).at(4).memo, QStringLiteral("{\"memo\":\"row 5\"}"));
        QVERIFY(m_journal->unfinishedBatches().isEmpty());
        // 40 rows, at least get-key + execute + one result each, and within the pace.
        QVERIFY(watch.summary->calls >= 120);
        QVERIFY(watch.summary->maxUserCallsInAnyMinute <= 10);

        // The same file for the same promotion is refused by the check from now on.
        const CheckReport again = Check::run(file, QStringLiteral("test.csv"), payoutOptions(),
                                             Check::contextFrom(*m_journal, payoutOptions(), Check::sha256Hex(file)));
        QVERIFY(!again.ok());
        QVERIFY(again.problems.first().message.contains(QStringLiteral("batch %1").arg(watch.recorded)));
    }

    // Every result check counts against the user's 10 calls a minute and the run's pace. Toss
    // credits a moment after execute, so a check at once mostly says PENDING: with the engine's
    // own polling a row asks for its result about once (a second after execute), not twice.
    void aRowAsksForItsResultAboutOnce()
    {
        QList<qint64> users;
        constexpr int Rows = 20;
        RunRequest req = request();
        req.settings.polling = RunSettings().polling; // the engine's default, not the test's
        const qint64 before = m_sandbox->calls(QStringLiteral("/promotion/execution-result"));
        Watch watch;
        QVERIFY(confirm(payoutFile(Rows, &users), payoutOptions(), watch, req));
        QTRY_VERIFY_WITH_TIMEOUT(watch.summary.has_value(), 60000);
        QCOMPARE(watch.summary->state, RunState::Finished);
        QCOMPARE(watch.summary->counts.succeeded, Rows);
        const qint64 checks = m_sandbox->calls(QStringLiteral("/promotion/execution-result")) - before;
        QVERIFY2(checks >= Rows && checks <= Rows + Rows / 4, qPrintable(QString::number(checks)));
        verifyPaidOnce(watch.recorded, users);
    }

    // The bound for a run's memory (20 MB over the run). Reading each answer with
    // QIODevice::read(8 MiB) once cost about 8 MiB per call in flight on the run's thread: 50 MB.
    void aRunsMemoryStaysSmall()
    {
        auto rssKb = [] {
            QFile status(QStringLiteral("/proc/self/status"));
            if (!status.open(QIODevice::ReadOnly))
                return qint64(-1);
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmRSS:"))
                    return line.mid(6).trimmed().split(' ').first().toLongLong();
            }
            return qint64(-1);
        };
        if (rssKb() < 0)
            QSKIP("needs /proc/self/status (Linux)");
        const QByteArray file = payoutFile(300);
        const qint64 before = rssKb();
        qint64 most = before;
        QTimer sample;
        connect(&sample, &QTimer::timeout, this, [&] { most = std::max(most, rssKb()); });
        sample.start(50);
        Watch watch;
        QVERIFY(confirm(file, payoutOptions(), watch, request()));
        QTRY_VERIFY_WITH_TIMEOUT(watch.summary.has_value(), 120000);
        QCOMPARE(watch.summary->counts.succeeded, 300);
        QVERIFY2(most - before < qint64{20} * 1024, qPrintable(QStringLiteral("grew by %1 kB").arg(most - before)));
    }

    void refusedInCoreBeforeAnythingIsRecorded()
    {
        const QByteArray file = payoutFile(3);
        const CheckReport report = Check::run(file, QStringLiteral("x.csv"), payoutOptions());
        QVERIFY(report.ok());
        const int batchesBefore = int(m_journal->batches().size());
        const qint64 lastBefore = m_journal->lastId();
        api::ApiError why;
        QVERIFY(!m_service->confirm(request(), report, payoutOptions(), report.totalAmount + 1, &why)); // the typed total
        QVERIFY(why.message.contains(QString::number(report.totalAmount)));
        RunRequest readOnly = request();
        readOnly.client.readOnly = true;
        QVERIFY(!m_service->confirm(readOnly, report, payoutOptions(), report.totalAmount, &why));
        QCOMPARE(why.kind, api::ApiError::Kind::ReadOnly);
        RunRequest noIdentity = request();
        noIdentity.identity = {};
        QVERIFY(!m_service->confirm(noIdentity, report, payoutOptions(), report.totalAmount, &why));
        QCOMPARE(why.kind, api::ApiError::Kind::NoIdentity);
        const CheckReport bad = Check::run("userKey,amount\n1,0\n", QStringLiteral("x.csv"), payoutOptions());
        QVERIFY(!m_service->confirm(request(), bad, payoutOptions(), 0, &why));
        QCOMPARE(m_journal->batches().size(), batchesBefore);
        QCOMPARE(m_journal->lastId(), lastBefore);
    }

    void errorsAndDroppedAnswersNeverPayTwice()
    {
        // One call in ten answered with an error (nothing applied), and five executes applied whose
        // answer never comes: rows are reconciled with their own key, and paid again only when that
        // key provably paid nothing. (A row that needs many calls waits for its user's minute: the
        // partner's 10 calls per user.)
        m_sandbox->setFaults({{QStringLiteral("errorRate"), 0.1}, {QStringLiteral("applyThenDrop"), 5},
                              {QStringLiteral("applyThenDropPath"), QStringLiteral("/promotion/execute-promotion")}});
        QList<qint64> users;
        Watch watch;
        QVERIFY(confirm(payoutFile(40, &users), payoutOptions(), watch, request()));
        QTRY_VERIFY_WITH_TIMEOUT(watch.summary.has_value(), 120000);
        QCOMPARE(watch.summary->state, RunState::Finished);
        QVERIFY(watch.summary->allSettled());
        verifyPaidOnce(watch.recorded, users);
        int reconciledPaid = 0, repaid = 0;
        for (const journal::Operation &row : m_journal->batchRows(watch.recorded)) {
            reconciledPaid += row.state == State::Reconciled && row.applied;
            if (row.attempt > 0) {
                ++repaid;
                // The superseded keys are on record and paid nothing.
                const QStringList old = m_journal->supersededKeys(row.id);
                QCOMPARE(old.size(), row.attempt);
                for (const QJsonValue &v : m_sandbox->ledger(QStringLiteral("payout")))
                    QVERIFY(!old.contains(v.toObject().value(QStringLiteral("key")).toString()));
            }
        }
        QVERIFY2(reconciledPaid >= 5, qPrintable(QString::number(reconciledPaid)));
        QVERIFY2(repaid >= 1, "with one execute in ten refused, some row of 40 needed a second key");
    }

    void pauseLetsCallsInFlightFinishAndResumeGoesOn()
    {
        QList<qint64> users;
        Watch watch;
        BulkRun *run = confirm(payoutFile(30, &users), payoutOptions(), watch, request(600));
        QVERIFY(run);
        QTRY_VERIFY_WITH_TIMEOUT(watch.rows.size() >= 3, 60000);
        run->pause();
        QTRY_VERIFY_WITH_TIMEOUT(watch.in(RunState::Paused), 60000);
        QVERIFY(watch.states.contains(RunState::Pausing));
        const journal::BatchCounts paused = m_journal->batchCounts(watch.recorded);
        QCOMPARE(m_journal->batch(watch.recorded)->state, journal::BatchState::Paused);
        QCOMPARE(paused.unknown, 0); // nothing left half-way: calls in flight finished
        QVERIFY(paused.pending > 0);
        QCOMPARE(paused.succeeded + paused.pending, 30);
        const auto ledger = payoutsByUser();
        QCOMPARE(int(std::count_if(users.cbegin(), users.cend(), [&](qint64 u) { return ledger.contains(u); })), paused.succeeded);
        QCOMPARE(watch.lastProgress->counts.pending, paused.pending);
        QVERIFY(!watch.summary);
        // Paused for good: a later emulator answer proves no call of the run arrived meanwhile.
        const qint64 callsAtPause = m_sandbox->calls(QStringLiteral("/promotion/execute-promotion/get-key"));
        QVERIFY(m_sandbox->advanceClock(0));
        QCOMPARE(m_sandbox->calls(QStringLiteral("/promotion/execute-promotion/get-key")), callsAtPause);
        run->resume();
        QTRY_VERIFY_WITH_TIMEOUT(watch.summary.has_value(), 120000);
        QCOMPARE(watch.summary->state, RunState::Finished);
        verifyPaidOnce(watch.recorded, users);
    }

    void stopEndsTheBatchWithTheRestNotSent()
    {
        QList<qint64> users;
        Watch watch;
        BulkRun *run = confirm(payoutFile(30, &users), payoutOptions(), watch, request(600));
        QVERIFY(run);
        QTRY_VERIFY_WITH_TIMEOUT(watch.rows.size() >= 3, 60000);
        run->stop();
        QTRY_VERIFY_WITH_TIMEOUT(watch.summary.has_value(), 60000);
        QCOMPARE(watch.summary->state, RunState::Stopped);
        QVERIFY(watch.states.contains(RunState::Stopping));
        const journal::BatchCounts c = m_journal->batchCounts(watch.recorded);
        QCOMPARE(m_journal->batch(watch.recorded)->state, journal::BatchState::Stopped);
        QCOMPARE(c.pending, 0);
        QCOMPARE(c.unknown, 0);
        QVERIFY(c.failed > 0);
        QCOMPARE(c.succeeded + c.failed, 30);
        const auto ledger = payoutsByUser();
        int notSent = 0;
        for (const journal::Operation &row : m_journal->batchRows(watch.recorded)) {
            if (row.state == State::Failed) {
                ++notSent;
                QCOMPARE(row.partnerCode, QStringLiteral("stopped"));
                QVERIFY(!ledger.contains(row.userKey));
            } else {
                QCOMPARE(ledger.value(row.userKey).size(), 1);
            }
        }
        QCOMPARE(notSent, c.failed);
        QVERIFY(m_journal->unfinishedBatches().isEmpty());
    }

    // Four eyes: a batch cannot be approved, so a file cannot carry past the approval a single
    // payout above the profile's threshold needs, and a profile that wants every batch approved
    // runs none. Refused before anything is recorded or sent.
    void aFourEyesProfileRefusesWhatABatchCannotBeApprovedFor()
    {
        const QByteArray file = payoutFile(5); // amounts 1 to 5
        const CheckReport report = Check::run(file, QStringLiteral("test.csv"), payoutOptions(),
                                              Check::contextFrom(*m_journal, payoutOptions(), Check::sha256Hex(file)));
        QVERIFY(report.ok());
        const int batchesBefore = int(m_journal->batches().size());
        const qint64 paidBefore = m_sandbox->ledger(QStringLiteral("payout")).size();
        RunRequest above = request();
        above.who.approvalAbove = 4; // line 6 of the file (the fifth row) pays 5
        api::ApiError why;
        QVERIFY(!m_service->confirm(above, report, payoutOptions(), BulkService::confirmationTotal(report, journal::Kind::Payout), &why));
        QCOMPARE(why.kind, api::ApiError::Kind::ApprovalRequired);
        QVERIFY2(why.message.contains(QStringLiteral("pays 5 points")), qPrintable(why.message));
        RunRequest everyBatch = request();
        everyBatch.who.approveBatches = true;
        QVERIFY(!m_service->confirm(everyBatch, report, payoutOptions(), BulkService::confirmationTotal(report, journal::Kind::Payout), &why));
        QCOMPARE(why.kind, api::ApiError::Kind::ApprovalRequired);
        QCOMPARE(m_journal->batches().size(), batchesBefore);
        QCOMPARE(m_sandbox->ledger(QStringLiteral("payout")).size(), paidBefore);
        // At or below the threshold the batch runs as before.
        RunRequest within = request();
        within.who.approvalAbove = 5;
        Watch watch;
        QVERIFY(started(m_service->confirm(within, report, payoutOptions(), BulkService::confirmationTotal(report, journal::Kind::Payout), &why), why, watch));
        QTRY_VERIFY_WITH_TIMEOUT(watch.summary.has_value(), 60000);
        QCOMPARE(watch.summary->state, RunState::Finished);
    }

    void aLimitStormSlowsTheRunWithoutLosingARow_data()
    {
        QTest::addColumn<QString>("signal");
        QTest::newRow("4095") << QStringLiteral("4095");
        QTest::newRow("429") << QStringLiteral("429");
    }

    void aLimitStormSlowsTheRunWithoutLosingARow()
    {
        QFETCH(QString, signal);
        m_sandbox->controlPost(QStringLiteral("/stats/reset"));
        m_sandbox->setFaults({{QStringLiteral("rateLimit"), signal}});
        RunRequest req = request(3000);
        req.settings.pace.firstBackoffMs = 200;
        req.settings.pace.maxBackoffMs = 800;
        QList<qint64> users;
        Watch watch;
        QElapsedTimer storm;
        storm.start();
        QVERIFY(confirm(payoutFile(10, &users), payoutOptions(), watch, req));
        // Every call refused: the first six (the calls in flight) at once, then one after each pause.
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->stats().value(QStringLiteral("stormRejections")).toInt() >= 10, 30000);
        const qint64 stormMs = storm.elapsed();
        m_sandbox->setFaults({{QStringLiteral("rateLimit"), QString()}});
        const int refused = m_sandbox->stats().value(QStringLiteral("stormRejections")).toInt();
        // At the run's pace (50 calls a second) the storm would have refused hundreds of calls in that
        // time; backing off, the run sent a handful, paused at least 800 ms after each of the last four.
        QVERIFY2(refused <= 16, qPrintable(QString::number(refused)));
        QVERIFY2(stormMs >= qint64{4} * 800, qPrintable(QString::number(stormMs)));
        QTRY_VERIFY_WITH_TIMEOUT(watch.summary.has_value(), 120000);
        QCOMPARE(watch.summary->state, RunState::Finished);
        QVERIFY(watch.summary->limitSignals >= 10);
        verifyPaidOnce(watch.recorded, users);
    }

    void perUserMessagesAreSentOnceEach()
    {
        CheckOptions options;
        options.kind = journal::Kind::Message;
        options.code = QStringLiteral("demo-template");
        QByteArray file("userKey,productName\n");
        QList<qint64> users;
        for (int i = 0; i < 5; ++i) {
            users << m_nextUser;
            file += QByteArray::number(m_nextUser++) + ",item " + QByteArray::number(i) + "\n";
        }
        const int before = int(m_sandbox->ledger(QStringLiteral("message")).size());
        Watch watch;
        QVERIFY(confirm(file, options, watch, request()));
        QTRY_VERIFY_WITH_TIMEOUT(watch.summary.has_value(), 60000);
        QCOMPARE(watch.summary->state, RunState::Finished);
        QCOMPARE(watch.summary->counts.succeeded, 5);
        const QJsonArray messages = m_sandbox->ledger(QStringLiteral("message"));
        QCOMPARE(messages.size(), before + 5);
        for (int i = before; i < messages.size(); ++i) {
            QVERIFY(users.contains(messages[i].toObject().value(QStringLiteral("userKey")).toInteger()));
            QVERIFY(!messages[i].toObject().value(QStringLiteral("bulk")).toBool()); // send-message, one each
        }
        QCOMPARE(m_journal->batchRows(watch.recorded).first().payload, QStringLiteral("{\"productName\":\"item 0\"}"));
    }

    void aChunkWhoseAnswerIsLostWaitsForTheOperator_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("decision");
        QTest::addColumn<int>("firstChunkDelivered"); // times the first chunk's recipients are in the ledger
        QTest::addColumn<int>("settledAsSent");
        QTest::newRow("applied, answer lost; marked sent") << QStringLiteral("applyThenDrop") << int(Decision::MarkSent) << 1 << 7;
        QTest::newRow("never applied; sent again") << QStringLiteral("closeWithoutAnswer") << int(Decision::SendAgain) << 1 << 7;
        QTest::newRow("never applied; marked not sent") << QStringLiteral("closeWithoutAnswer") << int(Decision::MarkNotSent) << 0 << 4;
    }

    void aChunkWhoseAnswerIsLostWaitsForTheOperator()
    {
        QFETCH(QString, fault);
        QFETCH(int, decision);
        QFETCH(int, firstChunkDelivered);
        QFETCH(int, settledAsSent);
        CheckOptions options;
        options.kind = journal::Kind::Message;
        options.code = QStringLiteral("demo-template");
        options.messageChunk = 3;
        QByteArray file("userKey,memo\n");
        QList<qint64> users;
        for (int i = 0; i < 7; ++i) {
            users << m_nextUser;
            file += QByteArray::number(m_nextUser++) + ",m" + QByteArray::number(i) + "\n";
        }
        m_sandbox->setFaults({{fault, 1}, {fault + QStringLiteral("Path"), QStringLiteral("/messenger/send-bulk-message")}});
        Watch watch;
        BulkRun *run = confirm(file, options, watch, request());
        QVERIFY(run);
        QTRY_VERIFY_WITH_TIMEOUT(watch.decision.has_value(), 60000);
        QTRY_VERIFY(watch.in(RunState::WaitingForDecision));
        // It stopped on the chunk, and says exactly whom it holds.
        QVERIFY(watch.decision->chunk);
        QCOMPARE(watch.decision->rows, (QList<int>{1, 2, 3}));
        QCOMPARE(watch.decision->userKeys, users.mid(0, 3));
        QCOMPARE(m_journal->batchCounts(watch.recorded).unknown, 3);
        QCOMPARE(m_journal->batchCounts(watch.recorded).pending, 4); // nothing after it was sent
        QCOMPARE(m_journal->batch(watch.recorded)->state, journal::BatchState::Paused);
        QVERIFY(!watch.summary);
        run->decide(Decision(decision));
        QTRY_VERIFY_WITH_TIMEOUT(watch.summary.has_value(), 60000);
        QCOMPARE(watch.summary->state, RunState::Finished);
        QCOMPARE(watch.summary->counts.succeeded, settledAsSent);
        QCOMPARE(watch.summary->counts.succeeded + watch.summary->counts.failed, 7);
        QHash<qint64, int> delivered;
        for (const QJsonValue &v : m_sandbox->ledger(QStringLiteral("message")))
            ++delivered[v.toObject().value(QStringLiteral("userKey")).toInteger()];
        for (int i = 0; i < 7; ++i)
            QCOMPARE(delivered.value(users[i]), i < 3 ? firstChunkDelivered : 1);
    }

    void aRunCutShortIsResumedAndReconciledFirst()
    {
        QList<qint64> users;
        Watch first;
        // Answers slow enough that rows are between their calls when the run is dropped.
        m_sandbox->setFaults({{QStringLiteral("latencyMs"), 150}});
        QPointer<BulkRun> run = confirm(payoutFile(30, &users), payoutOptions(), first, request(1200));
        QVERIFY(run);
        QTRY_VERIFY_WITH_TIMEOUT(first.rows.size() >= 4, 60000);
        delete run.data(); // as if the window closed mid-run: calls in flight are cancelled
        m_sandbox->setFaults({{QStringLiteral("latencyMs"), 0}});
        const journal::BatchCounts cut = m_journal->batchCounts(first.recorded);
        QVERIFY(cut.pending > 0);
        QCOMPARE(m_journal->unfinishedBatches().size(), 1);
        QCOMPARE(m_journal->unfinishedBatches().first().id, first.recorded);

        // A single payout to a user of the unfinished batch is refused: their row is still open.
        auto client = m_sandbox->client();
        ops::PayoutService single(*m_journal);
        const auto refused = test::awaitOutcome<ops::PayoutOutcome>([&](auto done) {
            single.pay(*client, {}, {users.last(), QStringLiteral("BULK_PROMO"), 5}, nullptr, {}, done);
        });
        QVERIFY(refused);
        QCOMPARE(refused->error.kind, api::ApiError::Kind::AlreadyInProgress);

        Watch second;
        QVERIFY(resume(first.recorded, second));
        QTRY_VERIFY_WITH_TIMEOUT(second.summary.has_value(), 120000);
        QVERIFY2(second.summary->state == RunState::Finished, qPrintable(second.summary->error.message + second.summary->error.technicalDetail));
        QVERIFY(second.summary->allSettled());
        verifyPaidOnce(first.recorded, users);
        QVERIFY(m_journal->unfinishedBatches().isEmpty());
    }

    // A run that died may have spent a user's 10 calls a minute on that user's row. The next run
    // waits for that user only, not with every other row behind it.
    void aRowWaitingForItsUsersLimitDoesNotHoldTheRest()
    {
        QList<qint64> users;
        Watch first;
        // Paused at once: the rows it took up finish, the later ones are left intents.
        QPointer<BulkRun> run = confirm(payoutFile(30, &users), payoutOptions(), first, request(600));
        QVERIFY(run);
        QTRY_VERIFY_WITH_TIMEOUT(first.recorded != 0, 30000);
        run->pause();
        QTRY_VERIFY_WITH_TIMEOUT(first.in(RunState::Paused), 60000);
        delete run.data();

        // The last row as the dead run left it: its key taken and execute-promotion perhaps sent,
        // and its user's calls of this minute spent (a refused call does not count).
        const qint64 limited = users.last();
        const QList<journal::Operation> last = m_journal->batchRows(first.recorded, int(users.size()), 1);
        QCOMPARE(last.size(), 1);
        const journal::Operation &row = last.first();
        QCOMPARE(row.userKey, limited);
        QCOMPARE(row.state, State::Intent);
        auto client = m_sandbox->client();
        const auto key = test::awaitOutcome<api::Result<QString>>([&](auto done) { client->getPromotionKey(limited, nullptr, done); });
        QVERIFY(key && key->ok());
        QVERIFY(m_journal->markSentWithKey(row.id, *key->value));
        int spent = 1;
        while (true) {
            const auto check = test::awaitOutcome<api::Result<api::PromotionOutcome>>(
                [&](auto done) { client->getPromotionResult(limited, QStringLiteral("BULK_PROMO"), *key->value, nullptr, done); });
            QVERIFY(check);
            if (check->error.kind == api::ApiError::Kind::RateLimited)
                break;
            QCOMPARE(check->error.partnerCode, QStringLiteral("4111")); // the key paid nothing (yet)
            QVERIFY(++spent <= 10);
        }

        Watch second;
        QVERIFY(resume(first.recorded, second));
        // Every other row settles while the limited one waits for its user's minute to pass.
        QTRY_VERIFY_WITH_TIMEOUT(m_journal->batchCounts(first.recorded).succeeded == users.size() - 1, 20000);
        QVERIFY(m_journal->find(row.id)->isOpen());
        QVERIFY(!second.summary);

        QVERIFY(m_sandbox->advanceClock(61)); // the user's minute is over
        QTRY_VERIFY_WITH_TIMEOUT(second.summary.has_value(), 120000);
        QCOMPARE(second.summary->state, RunState::Finished);
        verifyPaidOnce(first.recorded, users);
    }

    void oneBatchIsRunByOneProgramAtATime()
    {
        QList<qint64> users;
        Watch first;
        BulkRun *run = confirm(payoutFile(20, &users), payoutOptions(), first, request(600));
        QVERIFY(run);
        QTRY_VERIFY(first.recorded > 0);
        QTRY_VERIFY(first.in(RunState::Running));
        api::ApiError why;
        QVERIFY(!m_service->resume(request(), first.recorded, &why)); // the same program
        QCOMPARE(why.kind, api::ApiError::Kind::AlreadyInProgress);
        BulkService elsewhere(*m_journal); // as another program would
        BulkRun *second = elsewhere.resume(request(), first.recorded, &why);
        QVERIFY(second);
        Watch secondWatch;
        secondWatch.attach(second);
        second->start();
        QTRY_VERIFY(secondWatch.summary.has_value());
        QCOMPARE(secondWatch.summary->state, RunState::Failed);
        QCOMPARE(secondWatch.summary->error.kind, api::ApiError::Kind::AlreadyInProgress);
        run->stop();
        QTRY_VERIFY_WITH_TIMEOUT(first.summary.has_value(), 60000);
    }
};

QTEST_GUILESS_MAIN(TestBulkRun)
#include "tst_bulk_run.moc"
