#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace ait::sandbox {

// The emulator's "now": the wall clock at start plus monotonic time since, plus whatever
// POST /clock added. Everything time-bound reads it (auth codes, tokens, promotion keys, the
// PENDING second of execution-result, the limit windows), so tests move time on instead of sleeping.
class SandboxClock
{
public:
    SandboxClock()
        : m_startMs(QDateTime::currentMSecsSinceEpoch())
    {
        m_elapsed.start();
    }

    qint64 nowMs() const { return m_startMs + m_elapsed.elapsed() + m_offsetMs; }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
    // Only forward: the limit windows and expiry times assume time never runs back.
    void advance(qint64 ms) { m_offsetMs += qMax<qint64>(0, ms); }

private:
    qint64 m_startMs;
    QElapsedTimer m_elapsed;
    qint64 m_offsetMs = 0;
};

} // namespace ait::sandbox
