#include "batchrunner.h"

#include "core/clock.h"
#include "core/ops/outcome.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <atomic>

namespace ait::bulk {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ait::bulk::BulkRun)
};

constexpr int PageRows = 500;

QString compactJson(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString explanationOf(const api::ApiError &e)
{
    if (e.ok())
        return {};
    if (!e.message.isEmpty() && !e.hint.isEmpty() && e.kind == api::ApiError::Kind::Partner)
        return e.hint; // the code explained
    return e.message.isEmpty() ? e.hint : e.message;
}

QString codeOf(const api::ApiError &e)
{
    return e.partnerCode.isEmpty() ? e.kindName() : e.partnerCode;
}

bool isLocalProblem(const api::ApiError &e)
{
    return ops::classify(e) == ops::OutcomeClass::LocalProblem;
}

// The lease is renewed every third of its length, and nothing new starts once two renewals in a row
// are missing: the last third is the margin for a late timer and for the clocks of two computers.
int heartbeatMs(const RunSettings &s)
{
    return std::max(200, s.leaseSeconds * 1000 / 3);
}

int freshMs(const RunSettings &s)
{
    return s.leaseSeconds * 1000 * 2 / 3;
}

QString journalName(const journal::Journal &j)
{
    return j.isTeam() ? j.team()->describe() : QDir::toNativeSeparators(j.path());
}

// The run's journal stopped answering: nothing can be recorded, so nothing more may be sent.
// (translate() with the run's context: lupdate files Text::tr in a free function under "Text".)
api::ApiError databaseLost(const journal::Journal &j, qint64 batchId)
{
    api::ApiError e = api::ApiError::make(api::ApiError::Kind::JournalUnavailable, j.health().detail);
    e.message = QCoreApplication::translate("ait::bulk::BulkRun", "The journal (%1) stopped answering: batch %2 is paused and nothing more is sent from it.").arg(journalName(j)).arg(batchId);
    e.hint = QCoreApplication::translate("ait::bulk::BulkRun",
                                         "Resume the batch once the journal answers again: rows whose outcome could not be recorded "
                                         "are looked up first, never paid again.");
    return e;
}

} // namespace

BatchRunner::BatchRunner(RunRequest request) : m_request(std::move(request)) {}

BatchRunner::~BatchRunner()
{
    abandon();
    // The client goes first: calls it cancels report to the services while they still exist.
    m_client.reset();
    m_messages.reset();
    m_payouts.reset();
    m_pacer.reset();
}

void BatchRunner::setState(RunState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void BatchRunner::fail(const api::ApiError &error)
{
    if (m_ending)
        return;
    // A running batch whose journal went away is paused, not failed: it resumes where it stands.
    if (m_ownsBatch && m_journal && !m_journal->isOpen())
        return interrupt(databaseLost(*m_journal, m_batchId));
    m_ending = true;
    m_error = error;
    if (m_client)
        m_client->cancelAll();
    // Only the batch's runner writes its state: a run refused because another one holds the batch
    // leaves it as that one has it.
    if (m_ownsBatch && m_batchId > 0 && m_journal && m_journal->isOpen()) {
        m_journal->setBatchState(m_batchId, journal::BatchState::Paused);
        m_counts = m_journal->batchCounts(m_batchId);
    }
    if (m_progressTimer)
        m_progressTimer->stop();
    setState(RunState::Failed);
    emitProgress();
    releaseBatch();
    emit finished(summary(RunState::Failed));
}

void BatchRunner::interrupt(const api::ApiError &error)
{
    if (m_ending)
        return;
    m_ending = true;
    m_error = error;
    if (m_heartbeat)
        m_heartbeat->stop();
    // Calls in flight are cancelled: a change that left becomes unknown (if it can still be
    // recorded) or stays sent, and the next resume looks it up with the same key.
    if (m_client)
        m_client->cancelAll();
    if (m_journal->isOpen()) {
        // With the lease lost the batch is another runner's now: its state is theirs to write.
        if (m_ownsBatch && (m_leaseHeld || !m_journal->isTeam()))
            m_journal->setBatchState(m_batchId, journal::BatchState::Paused);
        m_counts = m_journal->batchCounts(m_batchId);
    }
    if (m_progressTimer)
        m_progressTimer->stop();
    setState(RunState::Paused);
    emitProgress();
    releaseBatch();
    emit finished(summary(RunState::Paused));
}

std::optional<api::ApiError> BatchRunner::takeBatch()
{
    if (!m_journal->isTeam()) {
        // This computer's journal: a lock file next to it, which a dead process leaves free at once.
        m_lock = std::make_unique<QLockFile>(m_journal->path() + QStringLiteral(".batch-%1.lock").arg(m_batchId));
        if (!m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            m_lock->getLockInfo(&pid, &host, &app);
            m_lock.reset();
            return ops::alreadyInProgress(Text::tr("Batch %1 is being run by another program (process %2).").arg(m_batchId).arg(pid));
        }
        m_ownsBatch = true;
        return std::nullopt;
    }
    // The team journal: the batch's lease, for any computer of the team. Each run is a holder of its
    // own, so two runs in one program cannot both hold the batch either.
    if (m_leaseHolder.isEmpty()) {
        static std::atomic<int> runs{0};
        m_leaseHolder = journal::Journal::leaseHolderName() + QStringLiteral("/run-%1").arg(++runs);
    }
    const RunSettings &s = m_request.settings;
    QString heldBy;
    QDateTime until;
    if (!m_journal->takeLease(m_batchId, m_leaseHolder, s.leaseSeconds, &heldBy, &until)) {
        if (heldBy.isEmpty() || !m_journal->isOpen())
            return databaseLost(*m_journal, m_batchId);
        return ops::alreadyInProgress(Text::tr("Batch %1 is being run by %2, whose lease lasts until %3 and is renewed while it runs: "
                                               "nothing was sent from here. Resume it once that run has ended, or after its lease "
                                               "expires if that runner died.")
                                          .arg(m_batchId)
                                          .arg(heldBy, until.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    }
    m_leaseHeld = true;
    m_ownsBatch = true;
    m_leaseFresh.setRemainingTime(freshMs(s));
    if (!m_heartbeat) {
        m_heartbeat = new QTimer(this);
        m_heartbeat->setInterval(heartbeatMs(s));
        connect(m_heartbeat, &QTimer::timeout, this, &BatchRunner::heartbeat);
    }
    m_heartbeat->start();
    return std::nullopt;
}

void BatchRunner::releaseBatch()
{
    if (m_heartbeat)
        m_heartbeat->stop();
    if (m_leaseHeld && m_journal && m_journal->isOpen())
        m_journal->releaseLease(m_batchId, m_leaseHolder);
    m_leaseHeld = false;
    m_lock.reset();
    m_ownsBatch = false;
}

void BatchRunner::heartbeat()
{
    if (!m_leaseHeld || m_ending || m_abandoned)
        return;
    if (m_journal->renewLease(m_batchId, m_leaseHolder, m_request.settings.leaseSeconds)) {
        m_leaseFresh.setRemainingTime(freshMs(m_request.settings));
        return;
    }
    if (!checkJournal())
        return;
    // The journal answers, and the lease is someone else's: it expired (this program stalled or lost
    // the database for longer than the lease) and another runner took the batch over.
    m_leaseHeld = false;
    interrupt(ops::alreadyInProgress(Text::tr("Batch %1 was taken over by another runner after this run could not renew its "
                                              "lease in time: nothing more is sent from here.")
                                         .arg(m_batchId)));
}

bool BatchRunner::checkJournal()
{
    if (m_journal->isOpen())
        return true;
    interrupt(databaseLost(*m_journal, m_batchId));
    return false;
}

bool BatchRunner::leaseIsFresh() const
{
    return !m_journal->isTeam() || (m_leaseHeld && !m_leaseFresh.hasExpired());
}

void BatchRunner::begin()
{
    const RunRequest &req = m_request;
    if (req.client.readOnly)
        return fail(api::ApiError::make(api::ApiError::Kind::ReadOnly));
    if (req.identity.chain.isEmpty() || req.identity.key.isNull())
        return fail(api::ApiError::make(api::ApiError::Kind::NoIdentity));
    m_journal = req.journal.make();
    QString error;
    if (!m_journal->open(&error))
        return fail(ops::journalUnavailable(*m_journal, error));

    if (req.newBatch) {
        journal::Batch b = *req.newBatch;
        b.profileId = req.who.profileId;
        b.profileName = req.who.profileName;
        b.identityFingerprint = req.who.identityFingerprint;
        b.operatorName = req.who.operatorName;
        QList<journal::Operation> rows;
        rows.reserve(req.rows.size());
        for (const PlannedRow &p : req.rows) {
            journal::Operation op;
            op.userKey = p.userKey;
            op.amount = p.amount;
            op.test = b.test;
            if (b.kind == journal::Kind::Payout)
                op.promotionCode = b.code;
            else
                op.templateCode = b.code;
            op.payload = compactJson(p.context);
            op.memo = compactJson(p.memo);
            rows << op;
        }
        const std::optional<qint64> id = m_journal->createBatch(b, rows, &error);
        if (!id)
            return fail(ops::journalUnavailable(error));
        m_batchId = *id;
        m_request.rows.clear(); // on record now; not kept twice
        m_request.rows.squeeze();
    } else {
        m_batchId = req.batchId;
    }
    const std::optional<journal::Batch> batch = m_journal->batch(m_batchId);
    if (!batch) {
        const qint64 missing = m_batchId;
        m_batchId = 0;
        return fail(ops::refusal(Text::tr("There is no batch %1 in the journal.").arg(missing)));
    }
    m_batch = *batch;
    emit batchRecorded(m_batchId);

    if (const std::optional<api::ApiError> refused = takeBatch())
        return fail(*refused);
    // Read again under the lock or lease: the runner before us may have moved it on until it let go.
    if (const std::optional<journal::Batch> now = m_journal->batch(m_batchId))
        m_batch = *now;
    m_counts = m_journal->batchCounts(m_batchId);
    if (!m_batch.isUnfinished()) {
        m_ending = true;
        const RunState state = m_batch.state == journal::BatchState::Stopped ? RunState::Stopped : RunState::Finished;
        setState(state);
        emitProgress();
        releaseBatch();
        emit finished(summary(state));
        return;
    }
    // The team's server went away: noticed on the write that failed, acted on from the event loop
    // (not inside the journal's call). Until then pump() refuses to start anything.
    connect(m_journal.get(), &journal::Journal::changed, this, [this] {
        if (!m_ending && !m_abandoned && m_ownsBatch && m_state != RunState::Paused)
            checkJournal();
    }, Qt::QueuedConnection);

    const QJsonObject options = QJsonDocument::fromJson(m_batch.options.toUtf8()).object();
    m_chunks = m_batch.kind == journal::Kind::Message && options.value(QStringLiteral("messageMode")).toString() == QLatin1String("chunks");
    m_chunk = std::clamp(options.value(QStringLiteral("chunk")).toInt(req.settings.messageChunk), 1, MaxMessageChunk);

    m_pacer = std::make_unique<Pacer>(req.settings.pace);
    m_client = std::make_unique<api::PartnerClient>(req.client);
    m_client->setIdentity(req.identity.chain, req.identity.key);
    m_client->setGate(m_pacer.get());
    m_client->prewarm();
    connect(m_pacer.get(), &Pacer::callLeft, this, [this] {
        if (m_pacer->waiting() < m_request.settings.pace.callsInFlight)
            pump();
    });
    m_payouts = std::make_unique<ops::PayoutService>(*m_journal);
    m_payouts->setPolling(req.settings.polling);
    m_messages = std::make_unique<ops::MessageService>(*m_journal, Clock::system());

    m_journal->setBatchState(m_batchId, journal::BatchState::Running);
    setState(RunState::Running);

    // Rows an earlier run left open are asked about first, but do not hold the others: one of them
    // may wait a minute or more (the user's hold backs off 6, 12, 24, 48 s) for its user's limit,
    // spent by the run that died.
    const QList<journal::Operation> open = m_journal->batchRows(m_batchId, 1, -1, {journal::State::Sent, journal::State::Unknown});
    if (m_batch.kind == journal::Kind::Payout) {
        for (const journal::Operation &row : open)
            m_reconciles.push_back({row.id, 0});
    } else if (!open.isEmpty()) {
        QList<qint64> sent;
        for (const journal::Operation &row : open) {
            if (row.state == journal::State::Sent)
                sent << row.id;
            m_decisionRows << row.id;
            m_taken.insert(row.id);
        }
        m_messages->markAnswerLost(sent);
        m_decisionFirst = true;
    }

    m_progressTimer = new QTimer(this);
    connect(m_progressTimer, &QTimer::timeout, this, &BatchRunner::emitProgress);
    m_progressTimer->start(250);
    emitProgress();
    pump();
}

void BatchRunner::later(int delayMs, std::function<void()> then)
{
    ++m_waitingTimers;
    QTimer::singleShot(delayMs, this, [this, then = std::move(then)] {
        --m_waitingTimers;
        then();
        pump();
    });
}

std::optional<journal::Operation> BatchRunner::nextIntent()
{
    while (!m_ready.empty()) {
        const qint64 id = m_ready.front();
        m_ready.pop_front();
        const std::optional<journal::Operation> op = m_journal->find(id);
        if (op && op->state == journal::State::Intent)
            return op;
    }
    while (true) {
        if (m_pageAt >= m_page.size()) {
            if (m_pagesDone)
                return std::nullopt;
            m_page = m_journal->batchRows(m_batchId, m_nextPageRow, PageRows, {journal::State::Intent});
            m_pageAt = 0;
            if (m_page.isEmpty()) {
                m_pagesDone = true;
                return std::nullopt;
            }
            m_nextPageRow = m_page.last().batchRow + 1;
        }
        const journal::Operation &op = m_page.at(m_pageAt++);
        if (op.state == journal::State::Intent && !m_taken.contains(op.id))
            return op;
    }
}

bool BatchRunner::startNextRow()
{
    if (m_chunks)
        return startChunk();
    const std::optional<journal::Operation> row = nextIntent();
    if (!row)
        return false;
    if (m_batch.kind == journal::Kind::Payout)
        startPayout(*row);
    else
        startMessage(*row);
    return true;
}

void BatchRunner::pump()
{
    if (m_ending || m_abandoned)
        return;
    if (m_state == RunState::Running || m_state == RunState::Pausing || m_state == RunState::Stopping) {
        // Nothing is sent, and no state written, without the journal and the batch held.
        if (!checkJournal())
            return;
        if (!leaseIsFresh()) {
            heartbeat(); // late: renewed now, or the run is interrupted
            if (m_ending)
                return;
        }
    }
    const RunSettings &s = m_request.settings;
    if (m_state == RunState::Running) {
        while (!m_reconciles.empty() && m_active < s.maxActiveRows) {
            const Reconcile r = m_reconciles.front();
            m_reconciles.pop_front();
            startReconcile(r);
        }
        const bool decisionFirst = !m_decisionRows.isEmpty() && (m_chunks || m_decisionFirst);
        if (!decisionFirst) {
            while (m_active < s.maxActiveRows && m_pacer->waiting() < s.pace.callsInFlight * 2) {
                if (!startNextRow())
                    break;
            }
        }
    }
    if (m_active > 0)
        return;
    switch (m_state) {
    case RunState::Pausing:
        m_journal->setBatchState(m_batchId, journal::BatchState::Paused);
        // A paused batch on the team journal is free for any computer to resume; this run takes it
        // again on resume().
        if (m_journal->isTeam())
            releaseBatch();
        setState(RunState::Paused);
        emitProgress();
        return;
    case RunState::Stopping: {
        const int notSent = m_journal->settleUnstarted(m_batchId, QStringLiteral("not sent: the batch was stopped"));
        m_counts.pending = std::max(0, m_counts.pending - std::max(0, notSent));
        m_counts.failed += std::max(0, notSent);
        m_ready.clear();
        m_reconciles.clear();
        return end(RunState::Stopped);
    }
    case RunState::Running:
        if (!m_decisionRows.isEmpty() && (m_chunks || m_decisionFirst || (m_waitingTimers == 0 && m_reconciles.empty() && m_pagesDone && m_ready.empty())))
            return askForDecision();
        if (m_waitingTimers == 0 && m_reconciles.empty() && m_ready.empty() && m_pagesDone && m_pageAt >= m_page.size())
            return end(RunState::Finished);
        return;
    default:
        return;
    }
}

void BatchRunner::startPayout(const journal::Operation &row)
{
    m_taken.insert(row.id);
    --m_counts.pending;
    ++m_active;
    m_payouts->payRecorded(*m_client, row.id, this, {}, [this, row](const ops::PayoutOutcome &o) { payoutDone(row, o); });
}

void BatchRunner::payoutDone(const journal::Operation &row, const ops::PayoutOutcome &o)
{
    --m_active;
    const RunSettings &s = m_request.settings;
    switch (o.state) {
    case journal::State::Succeeded:
        settled(row, journal::State::Succeeded, true, {}, {});
        break;
    case journal::State::Unknown:
        ++m_counts.unknown;
        later(s.reconcileFirstDelayMs, [this, id = row.id] { m_reconciles.push_back({id, 0}); });
        break;
    case journal::State::Intent: // no key came, and the partner refused nothing
        ++m_counts.pending;
        if (m_abandoned)
            break;
        if (isLocalProblem(o.error))
            return fail(o.error);
        if (++m_keyTries[row.id] >= s.maxKeyTries) {
            const QString digest = QStringLiteral("no key after %1 tries").arg(s.maxKeyTries);
            if (m_payouts->settleUnpaid(row.id, codeOf(o.error), digest)) {
                --m_counts.pending;
                settled(row, journal::State::Failed, false, codeOf(o.error), explanationOf(o.error));
            }
            break;
        }
        later(s.retryDelayMs, [this, id = row.id] { m_ready.push_back(id); });
        break;
    default: {
        if (o.operationId == 0 || isLocalProblem(o.error)) { // refused before anything was recorded or sent
            ++m_counts.pending;
            return fail(o.error);
        }
        settled(row, journal::State::Failed, false, codeOf(o.error), explanationOf(o.error));
        break;
    }
    }
    pump();
}

void BatchRunner::startReconcile(const Reconcile &r)
{
    const std::optional<journal::Operation> row = m_journal->find(r.operationId);
    if (!row || !row->isOpen())
        return;
    m_taken.insert(r.operationId);
    --m_counts.unknown;
    ++m_active;
    m_payouts->reconcile(*m_client, r.operationId, this, [this, r, op = *row](const ops::PayoutOutcome &o) { reconcileDone(r, op, o); },
                         ops::PayoutService::NothingPaid::Reopen);
}

void BatchRunner::reconcileDone(const Reconcile &r, const journal::Operation &row, const ops::PayoutOutcome &o)
{
    --m_active;
    const RunSettings &s = m_request.settings;
    if (o.state == journal::State::Reconciled) {
        settled(row, journal::State::Reconciled, o.applied, o.applied ? QString() : QStringLiteral("FAILED"),
                o.applied ? QString() : Text::tr("Reconciled: Toss reported that this payout paid nothing."));
    } else if (o.reopened) {
        // The key paid nothing: the row is an intent again, paid with a new key — unless it has
        // used up its keys.
        const std::optional<journal::Operation> now = m_journal->find(row.id);
        if (now && now->attempt >= s.maxAttempts) {
            const QString digest = QStringLiteral("%1 keys paid nothing").arg(now->attempt);
            if (m_payouts->settleUnpaid(row.id, QStringLiteral("4111"), digest))
                settled(row, journal::State::Failed, false, QStringLiteral("4111"),
                        Text::tr("%1 keys in a row paid nothing; the row was given up.").arg(now->attempt));
        } else {
            ++m_counts.pending;
            m_ready.push_front(row.id);
        }
    } else if (o.state == journal::State::Unknown) {
        ++m_counts.unknown;
        if (m_abandoned)
            return;
        if (r.tries + 1 < s.maxReconcileTries) {
            const int delay = int(std::min<qint64>(qint64(s.reconcileFirstDelayMs) << std::min(r.tries + 1, 16), s.reconcileMaxDelayMs));
            later(delay, [this, id = row.id, tries = r.tries + 1] { m_reconciles.push_back({id, tries}); });
        } else {
            ++m_unresolved; // left unknown: the next resume asks again
        }
    } else {
        // Refused before asking (the row is no longer open): count it as the journal has it.
        const std::optional<journal::Operation> now = m_journal->find(row.id);
        if (now && !now->isOpen())
            settled(*now, now->state, now->applied, now->partnerCode, {});
        else
            ++m_counts.unknown;
    }
    pump();
}

void BatchRunner::startMessage(const journal::Operation &row)
{
    m_taken.insert(row.id);
    --m_counts.pending;
    ++m_active;
    const QJsonObject context = QJsonDocument::fromJson(row.payload.toUtf8()).object();
    m_messages->sendRecorded(*m_client, row.id, context, this, [this, row](const ops::MessageOutcome &o) {
        --m_active;
        switch (o.state) {
        case journal::State::Succeeded:
            settled(row, journal::State::Succeeded, true, {},
                    o.result && !o.result->delivered() ? Text::tr("Accepted by Toss, but not delivered to any channel.") : QString());
            break;
        case journal::State::Unknown:
            ++m_counts.unknown;
            m_decisionRows << row.id;
            break;
        case journal::State::Intent:
            ++m_counts.pending;
            if (isLocalProblem(o.error))
                return fail(o.error);
            break;
        default:
            if (isLocalProblem(o.error)) {
                settled(row, journal::State::Failed, false, codeOf(o.error), explanationOf(o.error));
                return fail(o.error);
            }
            settled(row, journal::State::Failed, false, codeOf(o.error), explanationOf(o.error));
            break;
        }
        pump();
    });
}

bool BatchRunner::startChunk()
{
    if (m_chunkInFlight)
        return false;
    QList<journal::Operation> rows;
    while (rows.size() < m_chunk) {
        const std::optional<journal::Operation> row = nextIntent();
        if (!row)
            break;
        rows << *row;
    }
    if (rows.isEmpty())
        return false;
    QList<qint64> ids;
    QList<api::BulkRecipient> recipients;
    for (const journal::Operation &row : rows) {
        m_taken.insert(row.id);
        ids << row.id;
        recipients.append({row.userKey, QJsonDocument::fromJson(row.payload.toUtf8()).object()});
    }
    const int n = int(rows.size());
    m_counts.pending -= n;
    m_active += n;
    m_chunkInFlight = true;
    m_messages->sendChunk(*m_client, m_batch.code, ids, recipients, this, [this, rows, ids, n](const ops::ChunkOutcome &o) {
        m_active -= n;
        m_chunkInFlight = false;
        switch (o.state) {
        case journal::State::Succeeded:
            for (const journal::Operation &row : rows)
                settled(row, journal::State::Succeeded, true, {}, {});
            break;
        case journal::State::Unknown:
            m_counts.unknown += n;
            m_decisionRows = ids;
            break;
        case journal::State::Intent:
            m_counts.pending += n;
            for (auto it = ids.crbegin(); it != ids.crend(); ++it)
                m_ready.push_front(*it);
            if (isLocalProblem(o.error))
                return fail(o.error);
            break;
        default:
            for (const journal::Operation &row : rows)
                settled(row, journal::State::Failed, false, codeOf(o.error), explanationOf(o.error));
            if (isLocalProblem(o.error))
                return fail(o.error);
            break;
        }
        pump();
    });
    return true;
}

void BatchRunner::askForDecision()
{
    if (m_decisionAsked)
        return;
    m_decisionAsked = true;
    PendingDecision d;
    d.batchId = m_batchId;
    d.chunk = m_chunks;
    for (qint64 id : std::as_const(m_decisionRows)) {
        const std::optional<journal::Operation> row = m_journal->find(id);
        d.operationIds << id;
        d.rows << (row ? row->batchRow : 0);
        d.userKeys << (row ? row->userKey : 0);
    }
    m_journal->setBatchState(m_batchId, journal::BatchState::Paused);
    setState(RunState::WaitingForDecision);
    emitProgress();
    emit decisionNeeded(d);
}

void BatchRunner::decide(Decision decision)
{
    if (m_ending || m_decisionRows.isEmpty())
        return;
    const QList<qint64> ids = m_decisionRows;
    const int n = int(ids.size());
    if (decision == Decision::SendAgain) {
        if (!m_messages->reopenForSending(ids))
            return fail(ops::journalUnavailable(QStringLiteral("the messages could not be reopened")));
        m_counts.unknown -= n;
        m_counts.pending += n;
        for (auto it = ids.crbegin(); it != ids.crend(); ++it)
            m_ready.push_front(*it);
    } else {
        const bool sent = decision == Decision::MarkSent;
        if (!m_messages->settleManyByOperator(ids, sent))
            return fail(ops::journalUnavailable(QStringLiteral("the operator's decision could not be recorded")));
        m_counts.unknown -= n;
        for (qint64 id : ids) {
            if (const std::optional<journal::Operation> row = m_journal->find(id))
                settled(*row, journal::State::Reconciled, sent, {},
                        sent ? Text::tr("Marked as sent by the operator.") : Text::tr("Marked as not sent by the operator."));
        }
    }
    m_decisionRows.clear();
    m_decisionAsked = false;
    m_decisionFirst = false;
    if (m_state == RunState::WaitingForDecision) {
        m_journal->setBatchState(m_batchId, journal::BatchState::Running);
        setState(RunState::Running);
    }
    emitProgress();
    pump();
}

void BatchRunner::pause()
{
    if (m_state == RunState::Running || m_state == RunState::WaitingForDecision) {
        setState(RunState::Pausing);
        pump();
    }
}

bool BatchRunner::holdAgain()
{
    if (m_ownsBatch)
        return true;
    if (const std::optional<api::ApiError> refused = takeBatch()) {
        fail(*refused);
        return false;
    }
    return true;
}

void BatchRunner::resume()
{
    if (m_state == RunState::Paused || m_state == RunState::Pausing) {
        if (!holdAgain())
            return;
        m_journal->setBatchState(m_batchId, journal::BatchState::Running);
        m_decisionAsked = false;
        setState(RunState::Running);
        emitProgress();
        pump();
    }
}

void BatchRunner::stop()
{
    if (m_state == RunState::Running || m_state == RunState::Pausing || m_state == RunState::Paused
        || m_state == RunState::WaitingForDecision) {
        if (!holdAgain())
            return;
        setState(RunState::Stopping);
        pump();
    }
}

void BatchRunner::abandon()
{
    if (m_abandoned)
        return;
    m_abandoned = true;
    if (m_progressTimer)
        m_progressTimer->stop();
    if (m_client)
        m_client->cancelAll();
    if (!m_ending && m_ownsBatch && m_journal && m_batchId > 0 && m_journal->isOpen())
        m_journal->setBatchState(m_batchId, journal::BatchState::Paused);
    releaseBatch();
}

void BatchRunner::settled(const journal::Operation &row, journal::State state, bool applied, const QString &code, const QString &explanation)
{
    const bool success = state == journal::State::Succeeded || (state == journal::State::Reconciled && applied);
    ++(success ? m_counts.succeeded : m_counts.failed);
    m_settledSinceProgress.append({row.id, row.batchRow, row.userKey, row.amount, state, success, code, explanation});
}

void BatchRunner::end(RunState state)
{
    if (m_ending)
        return;
    m_ending = true;
    m_counts = m_journal->batchCounts(m_batchId);
    if (state == RunState::Finished && (m_counts.pending > 0 || m_counts.unknown > 0))
        state = RunState::Paused; // rows left unknown after every try: resume later
    m_journal->setBatchState(m_batchId, state == RunState::Finished  ? journal::BatchState::Finished
                                        : state == RunState::Stopped ? journal::BatchState::Stopped
                                                                     : journal::BatchState::Paused);
    if (m_progressTimer)
        m_progressTimer->stop();
    setState(state);
    emitProgress();
    releaseBatch();
    emit finished(summary(state));
}

void BatchRunner::emitProgress()
{
    Progress p;
    p.batchId = m_batchId;
    p.state = m_state;
    p.counts = m_counts;
    p.active = m_active;
    if (m_pacer) {
        p.callsInLastMinute = m_pacer->callsInLastWindow();
        p.pace = int(m_pacer->pace().callsPerMinute * m_pacer->slowdown());
        p.calls = m_pacer->callsLeft();
        p.limitSignals = m_pacer->limitSignals();
        p.secondsLeft = Check::estimateSeconds(m_batch.kind, m_counts.pending + m_active + m_counts.unknown, 1,
                                               m_chunks ? MessageMode::Chunks : MessageMode::PerUser, m_pacer->pace(), m_chunk);
    }
    if (!m_settledSinceProgress.isEmpty())
        emit rowsSettled(std::exchange(m_settledSinceProgress, {}));
    emit progress(p);
}

RunSummary BatchRunner::summary(RunState state) const
{
    RunSummary s;
    s.batchId = m_batchId;
    s.state = state;
    s.counts = m_counts;
    s.error = m_error;
    if (m_pacer) {
        s.calls = m_pacer->callsLeft();
        s.limitSignals = m_pacer->limitSignals();
        s.maxCallsInAnyMinute = m_pacer->maxCallsInAnyWindow();
        s.maxUserCallsInAnyMinute = m_pacer->maxUserCallsInAnyWindow();
    }
    return s;
}

} // namespace ait::bulk
