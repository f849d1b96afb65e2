#include "bulkrun.h"

#include "batchrunner.h"

#include <QSettings>
#include <QThread>

namespace ait::bulk {

RunSettings RunSettings::fromSettings(const QSettings &settings)
{
    RunSettings s;
    // The profile's share of the app's 3,000 calls a minute: the partner's own servers keep the rest.
    s.pace.callsPerMinute = std::clamp(settings.value(QStringLiteral("bulk/callsPerMinute"), 1500).toInt(), 1, 1000000);
    s.pace.callsInFlight = std::clamp(settings.value(QStringLiteral("bulk/callsInFlight"), 6).toInt(), 1, 64);
    s.messageChunk = std::clamp(settings.value(QStringLiteral("bulk/messageChunk"), 500).toInt(), 1, MaxMessageChunk);
    s.leaseSeconds = std::clamp(settings.value(QStringLiteral("bulk/leaseSeconds"), 30).toInt(), 2, 600);
    return s;
}

JournalLocation JournalLocation::of(const journal::Journal &journal, const QString &teamPassword)
{
    JournalLocation l;
    if (journal.isTeam()) {
        l.team = journal.team();
        l.password = teamPassword;
    } else {
        l.path = journal.path();
    }
    return l;
}

std::unique_ptr<journal::Journal> JournalLocation::make() const
{
    return team ? std::make_unique<journal::Journal>(*team, password) : std::make_unique<journal::Journal>(path);
}

QString runStateName(RunState state)
{
    switch (state) {
    case RunState::Starting: return QStringLiteral("starting");
    case RunState::Running: return QStringLiteral("running");
    case RunState::Pausing: return QStringLiteral("pausing");
    case RunState::Paused: return QStringLiteral("paused");
    case RunState::WaitingForDecision: return QStringLiteral("waiting-for-decision");
    case RunState::Stopping: return QStringLiteral("stopping");
    case RunState::Stopped: return QStringLiteral("stopped");
    case RunState::Finished: return QStringLiteral("finished");
    case RunState::Failed: return QStringLiteral("failed");
    }
    return {};
}

BulkRun::BulkRun(RunRequest request, QObject *parent) : QObject(parent), m_thread(new QThread(this))
{
    qRegisterMetaType<ait::bulk::RunState>();
    qRegisterMetaType<ait::bulk::Progress>();
    qRegisterMetaType<ait::bulk::PendingDecision>();
    qRegisterMetaType<ait::bulk::RunSummary>();
    qRegisterMetaType<QList<ait::bulk::RowResult>>();
    m_thread->setObjectName(QStringLiteral("bulk-run"));
    auto *runner = new BatchRunner(std::move(request));
    runner->moveToThread(m_thread);
    m_runner = runner;
    connect(m_thread, &QThread::finished, runner, &QObject::deleteLater);
    // Every signal comes over a queued connection: handled on this thread, never blocking the worker.
    connect(runner, &BatchRunner::batchRecorded, this, [this](qint64 id) {
        m_batchId = id;
        emit batchRecorded(id);
    });
    connect(runner, &BatchRunner::stateChanged, this, [this](RunState s) {
        m_state = s;
        emit stateChanged(s);
    });
    connect(runner, &BatchRunner::progress, this, [this](const Progress &p) {
        m_progress = p;
        emit progress(p);
    });
    connect(runner, &BatchRunner::rowsSettled, this, &BulkRun::rowsSettled);
    connect(runner, &BatchRunner::decisionNeeded, this, &BulkRun::decisionNeeded);
    connect(runner, &BatchRunner::finished, this, [this](const RunSummary &s) {
        m_done = true;
        m_state = s.state;
        if (s.batchId)
            m_batchId = s.batchId;
        m_thread->quit();
        emit finished(s);
    });
}

BulkRun::~BulkRun()
{
    if (m_started) {
        if (!m_done)
            inWorker([](BatchRunner *r) { r->abandon(); });
        // Always wait: a thread that is finishing says it is no longer running while it still
        // deletes the runner (its deferred delete), which must be over before we go on.
        m_thread->quit();
        m_thread->wait();
    } else {
        delete m_runner.data(); // never started: nobody else will delete it
    }
}

template <typename F>
void BulkRun::inWorker(F f)
{
    if (BatchRunner *r = m_runner.data())
        QMetaObject::invokeMethod(r, [r, f] { f(r); }, Qt::QueuedConnection);
}

void BulkRun::start()
{
    if (m_started)
        return;
    m_started = true;
    m_thread->start();
    inWorker([](BatchRunner *r) { r->begin(); });
}

void BulkRun::pause()
{
    inWorker([](BatchRunner *r) { r->pause(); });
}

void BulkRun::resume()
{
    inWorker([](BatchRunner *r) { r->resume(); });
}

void BulkRun::stop()
{
    inWorker([](BatchRunner *r) { r->stop(); });
}

void BulkRun::decide(Decision decision)
{
    inWorker([decision](BatchRunner *r) { r->decide(decision); });
}

} // namespace ait::bulk
