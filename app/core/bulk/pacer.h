#pragma once

#include "core/api/callgate.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <deque>
#include <list>

class QTimer;

namespace ait::bulk {

// The partner's limits as a bulk run keeps them (partner-api.md §1.3).
struct Pace
{
    int callsPerMinute = 1500;      // this profile's share of the app's 3,000 (settings bulk/callsPerMinute)
    int callsPerUserPerMinute = 10; // every call about one user: get-key, execute, each result check, each send
    int callsInFlight = 6;          // settings bulk/callsInFlight
    int windowMs = 60000;           // the partner's window
    // Calls are counted as if the window were this much longer, so a call that arrives a little
    // later than it left (or an earlier one a little sooner) never puts the partner's window over.
    int marginMs = 500;
    int firstBackoffMs = 1000;      // the pause after a limit signal; doubled for each one in a row
    int maxBackoffMs = 30000;
};

// The gate every call of a bulk run passes (api::CallGate, set on the run's PartnerClient): at most
// `callsPerMinute` calls leave in any window, evenly spaced; at most `callsPerUserPerMinute` for any
// one user; at most `callsInFlight` unanswered. The partner's limit signal does not say which limit
// was hit: a refused call about a user first holds that user back (a sixth of the window, doubling
// up to the window); refusals in a row (one within a second of the last, or of the end of the last
// pause; a user's own hold is longer than that) or of a call about no user mean the app's limit: the pace halves and everything pauses
// (firstBackoffMs, doubling). Answered calls bring the pace back (10 % each).
// Calls leave in the order they came, except that a call for a user at their limit lets the calls
// behind it go first. Used on one thread.
//
// It starts as if the last window had been used at the full pace: a run resumed right after another
// one died (whose calls the partner still counts) stays within the pace with them, and at the full
// pace this costs nothing (the assumed calls make room at the pace). Only real calls are counted in
// the statistics.
class Pacer : public QObject, public api::CallGate
{
    Q_OBJECT

public:
    explicit Pacer(const Pace &pace, QObject *parent = nullptr);
    ~Pacer() override;

    const Pace &pace() const { return m_pace; }

    void request(const Call &call, Ticket ticket) override;
    void ended(const Call &call, bool limitSignal) override;
    void cancelWaiting() override;

    int waiting() const { return int(m_waiting.size()); }
    int inFlight() const { return m_inFlight; }
    qint64 callsLeft() const { return m_left; }
    qint64 limitSignals() const { return m_limitSignals; }
    // Calls that left in the last window (the partner's 60 s).
    int callsInLastWindow();
    // The most calls that left in any window of windowMs, and for any one user.
    int maxCallsInAnyWindow() const { return m_maxInWindow; }
    int maxUserCallsInAnyWindow() const { return m_maxUserInWindow; }
    // The share of the pace in use now: 1 normally, less after limit signals.
    double slowdown() const { return m_slowdown; }

signals:
    void callLeft(); // a call left the gate (the run may start more work)

private:
    struct Waiting
    {
        Call call;
        Ticket ticket;
    };
    struct UserHold
    {
        qint64 until = 0;
        int refusals = 0;
    };
    void pump();
    void schedule(qint64 atMs);
    qint64 now() const { return m_clock.elapsed() + m_clockOffset; }
    // Drops what fell out of the window; returns the calls still in it.
    static qsizetype expire(std::deque<qint64> &times, qint64 from);
    qint64 countedWindow() const { return qint64(m_pace.windowMs) + m_pace.marginMs; }

    Pace m_pace;
    QElapsedTimer m_clock;
    QTimer *m_timer;
    std::list<Waiting> m_waiting;
    std::deque<qint64> m_appTimes;                 // calls that left, in the counted window
    QHash<qint64, std::deque<qint64>> m_userTimes; // the same per user
    double m_tokens = 1;                           // token bucket: evenly spaced calls, no bursts
    qint64 m_tokensAt = 0;
    QHash<qint64, UserHold> m_userHolds;          // users the partner refused, held back
    qint64 m_lastLimitAt = -1;
    qint64 m_lastPauseMs = 0;
    double m_slowdown = 1;
    int m_limitsInARow = 0;
    qint64 m_pausedUntil = 0;
    int m_inFlight = 0;
    qint64 m_left = 0;
    qint64 m_limitSignals = 0;
    int m_maxInWindow = 0;
    int m_maxUserInWindow = 0;
    qint64 m_lastSweep = 0;
    qint64 m_startedAt = 0;   // the assumed calls are all before this
    qint64 m_clockOffset = 0; // now() runs from m_startedAt
    bool m_pumping = false;
};

} // namespace ait::bulk
