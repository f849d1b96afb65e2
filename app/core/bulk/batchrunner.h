#pragma once

#include "bulkrun.h"

#include "core/ops/messageservice.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QLockFile>

#include <deque>
#include <memory>

namespace ait::bulk {

// The worker side of a BulkRun: lives on the run's thread, with its own journal connection,
// PartnerClient (whose every call passes the pacer) and money services — the same PayoutService
// and MessageService code the single operations use, on this thread's journal connection.
class BatchRunner : public QObject
{
    Q_OBJECT

public:
    explicit BatchRunner(RunRequest request);
    ~BatchRunner() override;

    void begin();
    void pause();
    void resume();
    void stop();
    void decide(Decision decision);
    // The run's owner is going away: cancel what is in flight, keep the batch unfinished.
    void abandon();

signals:
    void batchRecorded(qint64 batchId);
    void stateChanged(ait::bulk::RunState state);
    void progress(const ait::bulk::Progress &progress);
    void rowsSettled(const QList<ait::bulk::RowResult> &rows);
    void decisionNeeded(const ait::bulk::PendingDecision &decision);
    void finished(const ait::bulk::RunSummary &summary);

private:
    struct Reconcile
    {
        qint64 operationId = 0;
        int tries = 0;
    };

    void fail(const api::ApiError &error);
    // The run cannot go on safely (the journal's database is gone, or another runner took the
    // batch's lease): nothing more is sent, calls in flight are cancelled and the run ends paused
    // with `error` saying why. Rows left sent or unknown are reconciled by the next resume.
    void interrupt(const api::ApiError &error);
    // One runner per batch: the lock file next to this computer's journal, the lease on the team's.
    // Refused (another runner holds the batch, or the journal is gone): why.
    std::optional<api::ApiError> takeBatch();
    bool holdAgain(); // after a pause on the team journal
    void releaseBatch();
    bool leaseIsFresh() const;
    void heartbeat();
    bool checkJournal();
    void setState(RunState state);
    void pump();
    bool startNextRow();
    void startPayout(const journal::Operation &row);
    void startMessage(const journal::Operation &row);
    bool startChunk();
    void startReconcile(const Reconcile &r);
    std::optional<journal::Operation> nextIntent();
    void payoutDone(const journal::Operation &row, const ops::PayoutOutcome &outcome);
    void reconcileDone(const Reconcile &r, const journal::Operation &row, const ops::PayoutOutcome &outcome);
    void settled(const journal::Operation &row, journal::State state, bool applied, const QString &code, const QString &explanation);
    void later(int delayMs, std::function<void()> then);
    void askForDecision();
    void end(RunState state);
    void emitProgress();
    RunSummary summary(RunState state) const;

    RunRequest m_request;
    qint64 m_batchId = 0;
    journal::Batch m_batch;
    bool m_chunks = false;
    int m_chunk = 500;
    RunState m_state = RunState::Starting;
    api::ApiError m_error;

    std::unique_ptr<journal::Journal> m_journal;
    std::unique_ptr<QLockFile> m_lock;
    // The team journal's lease: who we are, and until when (by this computer's steady clock) we may
    // start anything without renewing it first.
    QString m_leaseHolder;
    bool m_leaseHeld = false;
    QDeadlineTimer m_leaseFresh;
    QTimer *m_heartbeat = nullptr;
    bool m_ownsBatch = false; // holds the lock or the lease: may write the batch's state
    std::unique_ptr<Pacer> m_pacer;
    std::unique_ptr<api::PartnerClient> m_client;
    std::unique_ptr<ops::PayoutService> m_payouts;
    std::unique_ptr<ops::MessageService> m_messages;
    QTimer *m_progressTimer = nullptr;

    // Rows to start: rows put back to intent in this run first, then the batch's intents in row order.
    std::deque<qint64> m_ready;
    QList<journal::Operation> m_page;
    qsizetype m_pageAt = 0;
    int m_nextPageRow = 1;
    bool m_pagesDone = false;
    // Rows this run took up: from then on it holds them (in m_ready, a timer or a reconcile), so the
    // pages of intents never hand out one of them again.
    QSet<qint64> m_taken;
    std::deque<Reconcile> m_reconciles;     // unknown payouts due to be asked about
    int m_waitingTimers = 0;                // rows waiting to be retried or reconciled
    QHash<qint64, int> m_keyTries;
    int m_active = 0;                       // rows (or chunk recipients) between their first call and their outcome
    bool m_chunkInFlight = false;
    QList<qint64> m_decisionRows;           // messages whose answer was lost
    bool m_decisionAsked = false;
    bool m_decisionFirst = false;           // left by an earlier run: decided before any new row starts
    int m_unresolved = 0;                   // payouts left unknown after every reconcile try
    journal::BatchCounts m_counts;
    QList<RowResult> m_settledSinceProgress;
    bool m_ending = false;
    bool m_abandoned = false;
};

} // namespace ait::bulk
