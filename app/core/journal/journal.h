#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

class QSettings;
class QSqlDatabase;
class QSqlQuery;
class QTimer;

namespace ait::journal {

enum class Kind { Refund, Payout, Message, TestPayment };
// intent → sent → succeeded | failed | unknown → reconciled
enum class State { Intent, Sent, Succeeded, Failed, Unknown, Reconciled };

QString kindName(Kind kind);
std::optional<Kind> kindFromName(const QString &name);
QString stateName(State state);
std::optional<State> stateFromName(const QString &name);

// One refund, payout, message or test payment. Never holds a token, a key or a decrypted
// personal field: only what identifies the operation and its outcome.
struct Operation
{
    qint64 id = 0;
    QDateTime createdAt, updatedAt; // UTC
    QString osUser, operatorName;
    QString profileId, profileName, identityFingerprint;
    Kind kind = Kind::Refund;
    qint64 userKey = 0;
    QString payToken, orderNo, orderId;
    qint64 amount = 0;
    QString reason;
    QString idempotencyKey;  // promotion key, payToken or orderNo
    QString promotionCode;
    QString templateCode;    // messages: the templateSetCode
    State state = State::Intent;
    bool applied = false;    // for Reconciled: did the partner apply it?
    QString partnerCode;
    QString responseDigest;  // short, no personal data
    QString batchId;         // bulk runs group their operations: the batch's id in decimal
    bool test = false;       // a test payment / TEST_ promotion
    int batchRow = 0;        // the row's number in its batch (1-based; 0 outside a batch)
    int attempt = 0;         // how many earlier keys (or sends) of this row proved to have done nothing
    QString payload;         // a bulk message's template context (JSON), for a resumed run
    QString memo;            // a bulk row's other columns (JSON object), kept for the results
    QString origin;          // copied from another journal: which ("kim@desk-3 (1a2b3c4d)"); '' when written here

    bool isOpen() const { return state == State::Intent || state == State::Sent || state == State::Unknown; }
};

// What an operation was about, in the partner's field names ("userKey 443731104 · BULK_PROMO"):
// one wording for the console's Activity tab and `ait-cli journal`.
QString targetText(const Operation &operation);

// A bulk run: one file of payouts or messages, checked, confirmed by the operator and run row by
// row. Its rows are operations (batchId, batchRow), inserted together when it is confirmed.
// checked → confirmed → running ⇄ paused → finished | stopped; "checked" is never stored (a dry run
// journals nothing).
enum class BatchState { Confirmed, Running, Paused, Finished, Stopped };
QString batchStateName(BatchState state);
std::optional<BatchState> batchStateFromName(const QString &name);

struct Batch
{
    qint64 id = 0;
    QDateTime createdAt, updatedAt; // UTC
    Kind kind = Kind::Payout;       // Payout or Message
    QString profileId, profileName, identityFingerprint;
    QString code;                   // the promotion code (payouts) or templateSetCode (messages)
    QString sourceName;             // the file's name, without its folder
    QString sourceSha256;           // hex
    int rowCount = 0;
    qint64 totalAmount = 0;         // points (payouts)
    QString operatorName, osUser;
    BatchState state = BatchState::Confirmed;
    bool test = false;              // a TEST_ promotion
    QString options;                // JSON: what the operator chose (repeats allowed, message mode and chunk)

    QString idText() const { return QString::number(id); }
    bool isUnfinished() const { return state != BatchState::Finished && state != BatchState::Stopped; }
};

// A batch's rows by what became of them.
struct BatchCounts
{
    int rows = 0;
    int succeeded = 0; // succeeded, or reconciled as applied
    int failed = 0;    // failed, or reconciled as not applied (stopped rows included)
    int unknown = 0;   // unknown, or sent with no answer on record
    int pending = 0;   // not started (intent)
    int settled() const { return succeeded + failed; }
};

// A team's journal: one PostgreSQL database for every operator's console (issue 15). The password is
// not here: it lives in the OS keychain and is handed to the Journal when it is opened.
struct TeamDatabase
{
    QString host;
    int port = 5432;
    QString database;
    QString user;     // the operator's own role: the operator on record is the database login
    bool tls = true;  // sslmode=verify-full; off only for a server on this computer (loopback)
    QString caFile;   // PEM of the CA that signed the server's certificate; empty: libpq's default
                      // (~/.postgresql/root.crt)

    bool isComplete() const { return !host.isEmpty() && port > 0 && !database.isEmpty() && !user.isEmpty(); }
    bool isLoopback() const;
    // What is wrong with these settings for a person, or empty (e.g. TLS off for a remote host).
    QString problem() const;
    // "user@host:port/database", for messages and the keychain entry's name.
    QString describe() const;
};

// Four-eyes approval (team journal only): a refund or payout above a profile's threshold, or a bulk
// batch, waits for a second operator before anything is sent.
// awaiting → approved → sent | awaiting → rejected
enum class ApprovalState { Awaiting, Approved, Rejected, Sent };
QString approvalStateName(ApprovalState state);
std::optional<ApprovalState> approvalStateFromName(const QString &name);

struct Approval
{
    qint64 id = 0;
    QDateTime createdAt, updatedAt; // UTC
    Kind kind = Kind::Payout;
    QString profileId;
    QString requester;      // the database role that asked
    QString request;        // JSON: what is to be sent, with the fresh lookup it was decided on
    qint64 amount = 0;
    ApprovalState state = ApprovalState::Awaiting;
    QString decidedBy, reason;
    QDateTime decidedAt;
    qint64 operationId = 0; // once sent: the operation it became
    qint64 batchId = 0;     // a bulk batch's approval
};

// The audit and idempotency journal: SQLite through QtSql, WAL, synchronous=FULL, versioned
// migrations. An intent is committed to disk before recordIntent() returns, so a request can
// only leave after it is on record. Used from the thread that opened it.
class Journal : public QObject
{
    Q_OBJECT

public:
    // This computer's journal: an SQLite file.
    explicit Journal(QString path, QObject *parent = nullptr);
    // The team's journal: a PostgreSQL database (`password` from the OS keychain).
    Journal(TeamDatabase team, QString password, QObject *parent = nullptr);
    ~Journal() override;
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    bool open(QString *error = nullptr);
    // Opens an existing journal only to read it: nothing is created, migrated or written (a dry run).
    bool openReadOnly(QString *error = nullptr);
    bool isOpen() const;

    // What open() found wrong with the journal on disk. A journal with a problem stays closed — money
    // operations are refused, since no intent could be recorded — until the operator decides
    // (startFresh() or acceptAsFound()); it is never replaced behind their back.
    struct Health
    {
        enum class Problem {
            None,
            CannotOpen,   // SQLite refused it, or a newer schema
            Damaged,      // not a journal, or cut short: moved aside to `movedTo`
            Missing,      // gone, though this computer had recorded operations
            Emptied,      // empty, or fewer operations than this computer had recorded
        };
        Problem problem = Problem::None;
        QString detail;          // technical words
        QString movedTo;         // where a damaged or emptied file was moved
        qint64 expectedLastId = 0;
        qint64 foundLastId = 0;
        bool ok() const { return problem == Problem::None; }
    };

    // Opens the journal after checking it against the last operation id this computer is known to
    // have recorded (`expectedLastId`, kept in the settings by the caller; 0 when unknown).
    Health openChecked(qint64 expectedLastId);
    // Told the id of the newest operation whenever it changes (recorded, or a decision above), so the
    // caller can keep `expectedLastId` for the next start.
    void setLastIdKeeper(std::function<void(qint64)> keeper) { m_keepLastId = std::move(keeper); }
    const Health &health() const { return m_health; }
    // The operator's decisions after a problem: start an empty journal (whatever is there is moved
    // aside first, never overwritten), or use the journal as found (fewer operations than expected).
    bool startFresh(QString *error = nullptr);
    bool acceptAsFound(QString *error = nullptr);
    // The id of the newest operation (0 when none).
    qint64 lastId() const;
    // False when the file was deleted or replaced under the open connection.
    bool stillOnDisk() const;
    int schemaVersion() const;
    QString path() const { return m_path; }
    bool isTeam() const { return m_team.has_value(); }
    const std::optional<TeamDatabase> &team() const { return m_team; }
    // The operator on record for what this journal writes: the database role on the team journal
    // (current_user, whatever the console was told), empty on this computer's journal.
    QString operatorOnRecord() const { return m_operatorOnRecord; }

    std::optional<qint64> recordIntent(Operation operation, QString *error = nullptr);
    // After recordIntent() was refused by the database's guard (another operation on the same
    // target is open, recorded by this console or another): that operation, naming who and since when.
    const std::optional<Operation> &lastConflict() const { return m_lastConflict; }
    // After recordIntent() was refused because a request for the same target awaits (or holds) a
    // second operator's approval: that request's id (0 otherwise).
    qint64 lastAwaitingApproval() const { return m_lastAwaitingApproval; }
    // Operations on the same target as `target` (a refund's payToken; a payout's promotion and user)
    // settled as done since `since` by an operator other than `operatorName` (the team's "asks
    // first" check), newest first.
    QList<Operation> recentlySettledByOthers(const Operation &target, const QString &operatorName, const QDateTime &since) const;
    // The team journal: is the server still there? When not, the journal closes (money is refused)
    // and reconnects by itself every few seconds; changed() is emitted both times.
    bool checkConnection();
    bool setIdempotencyKey(qint64 id, const QString &key);
    // The payToken a make-payment answered with, for an operation that is not settled yet.
    bool setPayToken(qint64 id, const QString &payToken);
    bool markSent(qint64 id);
    bool markOutcome(qint64 id, State state, const QString &partnerCode = {}, const QString &digest = {});
    bool markReconciled(qint64 id, bool applied, const QString &digest = {});
    // Records the promotion key and marks the operation sent, in one statement: a key on record is
    // always a key that may have left.
    bool markSentWithKey(qint64 id, const QString &key);

    // Open payouts (intent, sent, unknown) to this user from this promotion: the single-payout guard.
    QList<Operation> openPayoutsFor(qint64 userKey, const QString &promotionCode) const;
    // Users with an open payout from this promotion.
    QSet<qint64> usersWithOpenPayouts(const QString &promotionCode) const;

    // --- Bulk runs ---------------------------------------------------------------------------------
    // Records the batch and its rows (each an intent, numbered from 1 in the given order) in one
    // transaction: all of them or nothing. Returns the batch id.
    std::optional<qint64> createBatch(Batch batch, const QList<Operation> &rows, QString *error = nullptr);
    std::optional<Batch> batch(qint64 id) const;
    QList<Batch> batches() const; // newest first
    // Batches confirmed, running or paused: a run was cut short or waits for the operator.
    QList<Batch> unfinishedBatches() const;
    // Batches run from a file with this SHA-256 for the same promotion or template.
    QList<Batch> batchesFromSource(const QString &sha256, const QString &code) const;
    bool setBatchState(qint64 id, BatchState state);
    // One runner at a time for a batch, across computers: a lease named for its holder, valid until
    // a time the holder keeps moving on (renewLease, its heartbeat). Another holder may take it only
    // once it expired — its runner died or lost the database. `heldBy`/`until` say whose it is when
    // it cannot be taken. Taking and giving it back are events; a heartbeat is not.
    bool takeLease(qint64 batchId, const QString &holder, int seconds, QString *heldBy = nullptr, QDateTime *until = nullptr);
    bool renewLease(qint64 batchId, const QString &holder, int seconds);
    bool releaseLease(qint64 batchId, const QString &holder);
    // A holder's name for this process: "login@computer:pid".
    static QString leaseHolderName();
    BatchCounts batchCounts(qint64 id) const;
    // Rows of a batch in row order, from row `fromRow` on, at most `limit` (all when negative), only
    // in `states` when given.
    QList<Operation> batchRows(qint64 batchId, int fromRow = 1, int limit = -1, const QList<State> &states = {}) const;
    // A row whose previous attempt provably did nothing (no payout with its key: 4111; or a message
    // the operator wants sent again) goes back to intent for a new attempt. The superseded key stays
    // on record (supersededKeys()).
    bool restartAttempt(qint64 id, const QString &why);
    QStringList supersededKeys(qint64 id) const;
    // Several rows at once, in one transaction (a chunk of messages): true when every row moved.
    bool markManySent(const QList<qint64> &ids);
    bool markManyOutcome(const QList<qint64> &ids, State state, const QString &partnerCode = {}, const QString &digest = {});
    bool markManyReconciled(const QList<qint64> &ids, bool applied, const QString &digest = {});
    bool restartMany(const QList<qint64> &ids, const QString &why);
    // Stop: every row of the batch not started yet is settled as not sent. Returns how many.
    int settleUnstarted(qint64 batchId, const QString &digest);

    std::optional<Operation> find(qint64 id) const;
    QList<Operation> unresolved() const;
    // Open operations this object recorded and has not settled: calls in flight in this process.
    bool isInFlightHere(qint64 id) const { return m_inFlightHere.contains(id); }
    // Open operations that need a person: unknown outcomes, and intents or sends that an earlier
    // process (or another one) left open — never the calls in flight in this one, and never the rows
    // of an unfinished batch (those are its run's, counted by unfinishedBatches()).
    QList<Operation> needingAttention() const;
    // Open operations (intent, sent, unknown) of this kind for the same idempotency handle.
    QList<Operation> openFor(Kind kind, const QString &idempotencyKey) const;

    struct Filter
    {
        QDateTime from, to;
        std::optional<Kind> kind;
        std::optional<State> state;
        QString profileId;
        std::optional<qint64> userKey;
        QString text; // matches target fields, reason and partner code
    };
    QList<Operation> query(const Filter &filter) const;

    // --- Four-eyes approval (team journal only) ---------------------------------------------------
    // Journals `target` (as recordIntent() would record it) as awaiting approval, with `request`
    // (JSON) to send once approved. Refused when an operation or another approval on the same target
    // is open (lastConflict() names an open operation). Requester: the database role.
    std::optional<qint64> requestApproval(const Operation &target, const QString &request, qint64 batchId = 0, QString *error = nullptr);
    // Approves or rejects (with a reason) an awaiting approval; never by the role that asked — the
    // database compares the roles. False with words in `error` otherwise.
    bool decideApproval(qint64 id, bool approve, const QString &reason, QString *error = nullptr);
    std::optional<Approval> approval(qint64 id) const;
    QList<Approval> approvals(std::optional<ApprovalState> state = std::nullopt) const; // newest first
    // recordIntent() for an approved request: the intent and the approval's move to "sent" in one
    // transaction, so an approval is sent once whichever console sends it.
    std::optional<qint64> recordApprovedIntent(qint64 approvalId, Operation operation, QString *error = nullptr);
    // Only for a batch's approval: marks it sent when its run starts (the rows are its operations).
    bool markApprovalSent(qint64 approvalId, QString *error = nullptr);

    // --- Tamper-evident audit ---------------------------------------------------------------------
    // Every change is also an event; each event's digest covers the event and the digest before it,
    // and names a digest of its row as the change left it.
    struct Event
    {
        qint64 id = 0;
        QDateTime at;
        qint64 operationId = 0, batchId = 0, approvalId = 0;
        QString change, actor, detail;
    };
    QList<Event> events(qint64 operationId) const;
    struct ChainReport
    {
        qint64 events = 0;        // events checked
        qint64 brokenAt = 0;      // the first event that does not follow from the ones before
        qint64 operationId = 0;   // an operation (or, with batch or approval set, that) whose row differs from its last event
        bool batch = false;
        bool approval = false;
        QString problem;          // technical words; empty when the chain holds
        bool ok() const { return problem.isEmpty(); }
    };
    ChainReport verifyChain() const;

    // Copies every operation and batch of `local` (this computer's journal) into this team journal,
    // marked with its origin, in one transaction: all of it or nothing, and only once per local
    // journal (`*copied` is 0 when it was copied before). Open operations keep their state but no
    // guard (the other operation on the target, if any, is the team's).
    bool importFrom(const Journal &local, int *copied, QString *error = nullptr);
    // The id of this computer's journal, kept in it (empty on a team journal).
    QString journalId() const;

    static QString defaultPath();
    static constexpr int CurrentSchema = 3;

    // The QtSql connection this journal works on (tests read its pragmas through it).
    QString connectionName() const { return m_connection; }
    // Brings `db` from its PRAGMA user_version up to migrations.size(), all in one transaction:
    // on any failure everything is rolled back and the version stays as it was. Public so that
    // tests can hand it a migration that fails.
    static bool applyMigrations(QSqlDatabase db, const QStringList &migrations, QString *error = nullptr);
    // The journal's migrations, oldest first (tests build a journal of an older version with them).
    static const QStringList &migrations();

signals:
    void changed(); // an operation was recorded or moved on; also after opening
    // Another console changed the team journal (PostgreSQL LISTEN/NOTIFY): views re-read.
    void changedElsewhere();

private:
    struct Change
    {
        qint64 operationId = 0; // or, when 0, a batch's change, or (approvalId) an approval's
        qint64 batchId = 0;
        QString what, detail;
        qint64 approvalId = 0;
    };
    // Every change goes through here: one transaction, one writer at a time, the change's events
    // appended to the chain. `body` returns false to roll it all back (its words in the QString, or
    // the last statement's error).
    bool write(const std::function<bool(QSqlQuery &, QList<Change> &, QString &)> &body, QString *error = nullptr);
    bool appendEvents(const QList<Change> &changes, QString &why);
    bool adoptRowsWithoutEvents(QString *error);
    bool updateOne(qint64 id, const QString &change, const QString &sql, const QVariantList &values);
    std::optional<Operation> openForGuard(const QString &guardKey) const;
    bool openTeam(QString *error);
    void connectionLost(const QString &why);
    bool migrate(QString *error);
    bool transition(qint64 id, std::initializer_list<State> from, State to, const QString &partnerCode,
                    const QString &digest, std::optional<bool> applied = std::nullopt);
    bool transitionMany(const QList<qint64> &ids, std::initializer_list<State> from, State to, const QString &partnerCode,
                        const QString &digest, std::optional<bool> applied = std::nullopt);
    static bool restartInTransaction(QSqlQuery &q, qint64 id, const QString &why);

    static constexpr int ReconnectIntervalMs = 3000;

    QString moveAside(const QString &why);
    void close();

    QString m_path;
    std::optional<TeamDatabase> m_team;
    QString m_password;
    QString m_operatorOnRecord;
    QString m_connection;
    Health m_health;
    QSet<qint64> m_inFlightHere;
    std::optional<Operation> m_lastConflict;
    QTimer *m_reconnect = nullptr;
    bool m_listening = false;
    qint64 m_pendingApproval = 0;
    qint64 m_lastAwaitingApproval = 0; // recordApprovedIntent(): the approval the intent spends
    std::function<void(qint64)> m_keepLastId;
    QByteArray m_fileIdentity; // device and inode of the file that was opened
};

// Where the console and ait-cli keep the newest operation id this computer recorded (settings key
// journal/lastRecordedId), to notice a journal that vanished or came back with less.
qint64 lastRecordedId(const QSettings &settings);
void rememberLastRecordedId(QSettings &settings, qint64 id);

} // namespace ait::journal
