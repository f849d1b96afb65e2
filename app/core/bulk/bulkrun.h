#pragma once

#include "batchcheck.h"
#include "pacer.h"

#include "core/api/partnerclient.h"
#include "core/journal/journal.h"
#include "core/ops/operation.h"
#include "core/ops/payoutservice.h"
#include "core/profiles/profilestore.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QSettings;
class QThread;

namespace ait::bulk {

class BatchRunner;

// How a run paces and retries. fromSettings() reads the agreed keys.
struct RunSettings
{
    Pace pace;
    int messageChunk = 500;                             // bulk/messageChunk, 1 … 2,500
    ops::PayoutService::Polling polling{1000, 8000, 10, false}; // execution-result checks of a row, the first after 1 s
    int reconcileFirstDelayMs = 1000;                   // an unknown row is asked about after this, then longer
    int reconcileMaxDelayMs = 30000;
    int maxReconcileTries = 12;                         // then the row stays unknown and the run ends with rows to resume
    int maxAttempts = 10;                               // keys of one row that provably paid nothing; then the row fails
    int maxKeyTries = 10;                               // get-key calls unanswered (5xx, network) for one row; then it fails
    int retryDelayMs = 1000;                            // before asking for a key again
    int maxActiveRows = 1000;                           // rows between their first call and their outcome
    // One runner at a time on the team journal: the batch's lease lasts this long and is renewed every
    // third of it (bulk/leaseSeconds, 2 … 600). A runner that died is taken over once it expired.
    int leaseSeconds = 30;

    static RunSettings fromSettings(const QSettings &settings);
};

enum class RunState {
    Starting,
    Running,
    Pausing,            // no new rows start; calls in flight finish
    Paused,
    WaitingForDecision, // messages whose answer was lost: the operator decides (decide())
    Stopping,
    Stopped,            // ended by the operator: rows never started are settled as not sent
    Finished,           // every row settled
    Failed,             // could not run (journal, identity, another process runs this batch)
};
QString runStateName(RunState state); // "running", "paused", … (for --json)

// A row that reached an outcome in this run.
struct RowResult
{
    qint64 operationId = 0;
    int row = 0;
    qint64 userKey = 0;
    qint64 amount = 0;
    journal::State state = journal::State::Intent;
    bool applied = false;
    QString partnerCode;
    QString explanation; // in the operator's language; empty for a plain success
};

struct Progress
{
    qint64 batchId = 0;
    RunState state = RunState::Starting;
    // succeeded / failed / unknown / pending as recorded; rows being worked on are in `active`.
    journal::BatchCounts counts;
    int active = 0;
    int callsInLastMinute = 0;
    int pace = 0;             // calls per minute now (less than the setting after limit signals)
    qint64 calls = 0;         // calls made by this run
    qint64 limitSignals = 0;  // answered with the partner's limit signal (and sent again later)
    qint64 secondsLeft = 0;   // estimated
};

// Messages whose answer was lost: there is no lookup, so the operator decides.
struct PendingDecision
{
    qint64 batchId = 0;
    bool chunk = false;           // one send-bulk-message (else single sends)
    QList<qint64> operationIds;
    QList<int> rows;
    QList<qint64> userKeys;
};
enum class Decision {
    SendAgain, // send them again (a message may arrive twice)
    MarkSent,  // the operator found they arrived
    MarkNotSent,
};

struct RunSummary
{
    qint64 batchId = 0;
    RunState state = RunState::Finished;
    journal::BatchCounts counts;
    api::ApiError error;              // why it failed (state Failed)
    qint64 calls = 0;
    qint64 limitSignals = 0;
    int maxCallsInAnyMinute = 0;      // as this run counted them
    int maxUserCallsInAnyMinute = 0;
    bool allSettled() const { return state == RunState::Finished && counts.pending == 0 && counts.unknown == 0; }
};

// The journal a run opens its own connection to: the same one as the service's — this computer's
// file, or the team's database with its password (from the OS keychain, kept only in memory).
struct JournalLocation
{
    QString path;
    std::optional<journal::TeamDatabase> team;
    QString password;

    bool isEmpty() const { return path.isEmpty() && !team; }
    static JournalLocation of(const journal::Journal &journal, const QString &teamPassword = {});
    std::unique_ptr<journal::Journal> make() const;
};

// A batch to record and run (from a clean check), or one to resume.
struct RunRequest
{
    JournalLocation journal;
    api::ClientSettings client;       // the profile's hosts, trust, timeouts, read-only flag
    profiles::LoadedIdentity identity; // from the keychain
    ops::OperationContext who;
    RunSettings settings;
    // A new batch: its record (kind, code, source, options…) and its rows in file order.
    std::optional<journal::Batch> newBatch;
    QList<PlannedRow> rows;
    qint64 batchId = 0; // resume
};

// One bulk run, driven from the thread that made it (the console's window, ait-cli). The work —
// its own journal connection, PartnerClient and pacer — runs on a worker thread; every signal
// arrives on the caller's thread. Made by BulkService (MoneyServices::bulk()).
//
// GUI use: connect the signals, call start(); show progress() (a few times a second), append
// rowsSettled() to the results, offer pause()/resume()/stop(), and answer decisionNeeded() with
// decide(). finished() comes once, last.
class BulkRun : public QObject
{
    Q_OBJECT

public:
    explicit BulkRun(RunRequest request, QObject *parent = nullptr);
    // A run still working is stopped where it stands: calls in flight are cancelled (changes that
    // left become unknown, to be reconciled by the next resume) and the batch stays unfinished.
    ~BulkRun() override;

    void start();
    void pause();
    void resume();
    void stop();
    void decide(Decision decision);

    qint64 batchId() const { return m_batchId; }
    RunState state() const { return m_state; }
    const Progress &lastProgress() const { return m_progress; }

signals:
    void batchRecorded(qint64 batchId); // the batch and its rows are in the journal (or found, to resume)
    void stateChanged(ait::bulk::RunState state);
    void progress(const ait::bulk::Progress &progress);
    void rowsSettled(const QList<ait::bulk::RowResult> &rows);
    void decisionNeeded(const ait::bulk::PendingDecision &decision);
    void finished(const ait::bulk::RunSummary &summary);

private:
    template <typename F>
    void inWorker(F f);

    QThread *m_thread;
    QPointer<BatchRunner> m_runner;
    qint64 m_batchId = 0;
    RunState m_state = RunState::Starting;
    Progress m_progress;
    bool m_started = false;
    bool m_done = false;
};

} // namespace ait::bulk

Q_DECLARE_METATYPE(ait::bulk::RunState)
Q_DECLARE_METATYPE(ait::bulk::Progress)
Q_DECLARE_METATYPE(ait::bulk::RowResult)
Q_DECLARE_METATYPE(ait::bulk::PendingDecision)
Q_DECLARE_METATYPE(ait::bulk::RunSummary)
