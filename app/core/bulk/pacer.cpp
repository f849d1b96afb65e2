#include "pacer.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace ait::bulk {

namespace {
constexpr double MinSlowdown = 1.0 / 32;
constexpr double BucketCapacity = 2; // at most one call ahead of the even spacing (a late timer)
constexpr int ScanAhead = 256;       // how far a call may overtake a user waiting for their limit

// Calls in a sorted list of times that are later than `after`.
int countAfter(const std::deque<qint64> &times, qint64 after)
{
    return int(times.cend() - std::upper_bound(times.cbegin(), times.cend(), after));
}
} // namespace

Pacer::Pacer(const Pace &pace, QObject *parent) : QObject(parent), m_pace(pace), m_timer(new QTimer(this))
{
    m_pace.callsPerMinute = std::max(1, m_pace.callsPerMinute);
    m_pace.callsPerUserPerMinute = std::max(1, m_pace.callsPerUserPerMinute);
    m_pace.callsInFlight = std::max(1, m_pace.callsInFlight);
    m_pace.windowMs = std::max(1, m_pace.windowMs);
    m_clock.start();
    // Start at 1 s so the assumed calls of the last window have times of their own; then the
    // window as a dead predecessor may have left it, evenly at the pace up to now.
    m_startedAt = std::max<qint64>(1, countedWindow());
    m_tokensAt = m_startedAt;
    m_clockOffset = m_startedAt;
    const double spacing = double(countedWindow()) / m_pace.callsPerMinute;
    for (int k = m_pace.callsPerMinute; k >= 1; --k)
        m_appTimes.push_back(m_startedAt - qint64(std::ceil(k * spacing)));
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &Pacer::pump);
}

Pacer::~Pacer() = default;

qsizetype Pacer::expire(std::deque<qint64> &times, qint64 from)
{
    while (!times.empty() && times.front() <= from)
        times.pop_front();
    return qsizetype(times.size());
}

void Pacer::request(const Call &call, Ticket ticket)
{
    m_waiting.push_back({call, std::move(ticket)});
    // Never inside request(): the caller is still on the stack.
    if (!m_timer->isActive() || m_timer->remainingTime() > 0)
        schedule(now());
}

void Pacer::ended(const Call &call, bool limitSignal)
{
    m_inFlight = std::max(0, m_inFlight - 1);
    const qint64 t = now();
    if (limitSignal) {
        ++m_limitSignals;
        // A second of a minute's window (tests run shorter windows).
        const bool inARow = m_lastLimitAt >= 0 && t - m_lastLimitAt <= m_lastPauseMs + std::max(1, m_pace.windowMs / 60);
        m_lastLimitAt = t;
        if (call.userKey != 0) {
            UserHold &hold = m_userHolds[call.userKey];
            ++hold.refusals;
            const qint64 first = std::max<qint64>(1, m_pace.windowMs / m_pace.callsPerUserPerMinute);
            hold.until = t + std::min<qint64>(first << std::min(hold.refusals - 1, 20), m_pace.windowMs);
        }
        if (call.userKey == 0 || inARow) {
            ++m_limitsInARow;
            m_slowdown = std::max(MinSlowdown, m_slowdown / 2);
            m_lastPauseMs = std::min<qint64>(qint64(m_pace.firstBackoffMs) << std::min(m_limitsInARow - 1, 20), m_pace.maxBackoffMs);
            m_pausedUntil = std::max(m_pausedUntil, t + m_lastPauseMs);
            m_tokens = 0;
        }
    } else {
        m_limitsInARow = 0;
        m_slowdown = std::min(1.0, m_slowdown * 1.1);
        if (call.userKey != 0)
            m_userHolds.remove(call.userKey);
    }
    schedule(t);
}

void Pacer::cancelWaiting()
{
    std::list<Waiting> withdrawn;
    withdrawn.swap(m_waiting);
    for (Waiting &w : withdrawn)
        w.ticket(false);
}

int Pacer::callsInLastWindow()
{
    return countAfter(m_appTimes, std::max(now() - m_pace.windowMs, m_startedAt - 1));
}

void Pacer::schedule(qint64 atMs)
{
    const qint64 delay = std::max<qint64>(0, atMs - now());
    if (m_timer->isActive() && m_timer->remainingTime() <= delay)
        return;
    m_timer->start(int(std::min<qint64>(delay, qint64{24} * 3600 * 1000)));
}

void Pacer::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    const qint64 window = countedWindow();
    const double perMs = double(m_pace.callsPerMinute) / double(window); // the even spacing
    qint64 wakeAt = -1;
    auto wakeNoLaterThan = [&wakeAt](qint64 t) { wakeAt = wakeAt < 0 ? t : std::min(wakeAt, t); };
    while (!m_waiting.empty() && m_inFlight < m_pace.callsInFlight) {
        const qint64 t = now();
        if (t < m_pausedUntil) {
            wakeNoLaterThan(m_pausedUntil);
            break;
        }
        // Refill the bucket at the current pace.
        m_tokens = std::min(BucketCapacity, m_tokens + double(t - m_tokensAt) * perMs * m_slowdown);
        m_tokensAt = t;
        if (m_tokens < 1) {
            wakeNoLaterThan(t + qint64(std::ceil((1 - m_tokens) / (perMs * m_slowdown))));
            break;
        }
        // The hard bound, whatever the spacing did: never more than callsPerMinute in a window.
        if (expire(m_appTimes, t - window) >= m_pace.callsPerMinute) {
            wakeNoLaterThan(m_appTimes.front() + window + 1);
            break;
        }
        // The first waiting call whose user is under their limit.
        auto chosen = m_waiting.end();
        int scanned = 0;
        for (auto it = m_waiting.begin(); it != m_waiting.end() && scanned < ScanAhead; ++it, ++scanned) {
            if (it->call.userKey == 0) {
                chosen = it;
                break;
            }
            const auto hold = m_userHolds.constFind(it->call.userKey);
            if (hold != m_userHolds.cend() && hold->until > t) {
                wakeNoLaterThan(hold->until);
                continue;
            }
            auto user = m_userTimes.find(it->call.userKey);
            if (user == m_userTimes.end() || expire(*user, t - window) < m_pace.callsPerUserPerMinute) {
                chosen = it;
                break;
            }
            wakeNoLaterThan(user->front() + window + 1);
        }
        if (chosen == m_waiting.end())
            break;
        wakeAt = -1; // something leaves now; whatever waits is looked at again below
        Waiting leaving = std::move(*chosen);
        m_waiting.erase(chosen);
        m_tokens -= 1;
        m_appTimes.push_back(t);
        m_maxInWindow = std::max(m_maxInWindow, countAfter(m_appTimes, std::max(t - m_pace.windowMs, m_startedAt - 1)));
        if (leaving.call.userKey != 0) {
            std::deque<qint64> &times = m_userTimes[leaving.call.userKey];
            times.push_back(t);
            m_maxUserInWindow = std::max(m_maxUserInWindow, countAfter(times, t - m_pace.windowMs));
        }
        ++m_inFlight;
        ++m_left;
        leaving.ticket(true);
        emit callLeft();
    }
    // Users idle for a window are forgotten: memory stays bounded by the calls of the last minute.
    const qint64 t = now();
    if (t - m_lastSweep > window) {
        m_lastSweep = t;
        for (auto it = m_userTimes.begin(); it != m_userTimes.end();) {
            if (expire(*it, t - window) == 0)
                it = m_userTimes.erase(it);
            else
                ++it;
        }
        for (auto it = m_userHolds.begin(); it != m_userHolds.end();) {
            if (it->until + window < t)
                it = m_userHolds.erase(it);
            else
                ++it;
        }
    }
    m_pumping = false;
    if (!m_waiting.empty() && m_inFlight < m_pace.callsInFlight && wakeAt >= 0)
        schedule(wakeAt);
}

} // namespace ait::bulk
