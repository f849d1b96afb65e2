#pragma once

#include <QHash>
#include <QString>

#include <array>
#include <deque>

namespace ait::sandbox {

// Which per-user limit a partner call counts against (docs/partner-api.md §1.3: 10 calls per minute per
// userKey for promotions and for send-message). Test messages are not counted per user: the
// partner documents the limit for send-message only (and the console does not count them either).
enum class UserLimitGroup { None, Promotion, Message };

// `path` is the full request path, e.g. /api-partner/v1/apps-in-toss/promotion/execution-result.
UserLimitGroup userLimitGroup(const QString &path);

// The partner's limits as sliding 60-second windows: calls per minute per app (every partner call)
// and per user and group. Only admitted calls are counted; a refused one leaves no trace. Memory is
// bounded by the calls of the last minute: one timestamp per admitted app call in the window and at
// most PerUserPerMinute per user, users idle for a minute being swept out.
class Limiter
{
public:
    static constexpr int PerUserPerMinute = 10;
    static constexpr qint64 WindowMs = 60000;

    enum class Verdict { Admitted, OverAppLimit, OverUserLimit };

    // qpm <= 0: no app-wide limit (the calls are still counted for the maxima).
    // group None: no per-user limit (userKey is then ignored).
    Verdict admit(qint64 nowMs, int qpm, UserLimitGroup group, qint64 userKey);

    // The largest number of admitted calls in any 60-second window (ending after the last
    // resetMaxima()): app-wide, and for the busiest user in one group.
    int maxCallsInAnyMinute() const { return m_maxApp; }
    int maxUserCallsInAnyMinute() const { return m_maxUser; }
    void resetMaxima();

    qsizetype trackedUsers() const; // users with a window in memory (tests check the sweep)

private:
    // The admitted calls of one user and group in the last minute, oldest first (a ring).
    struct UserWindow
    {
        std::array<qint64, PerUserPerMinute> at{};
        int head = 0;
        int size = 0;
        void expire(qint64 nowMs);
        qint64 newest() const { return at[(head + size - 1) % PerUserPerMinute]; }
        void push(qint64 t);
    };

    void sweep(qint64 nowMs);

    std::deque<qint64> m_app; // admitted calls in the last minute, oldest first
    std::array<QHash<qint64, UserWindow>, 2> m_users;
    qint64 m_lastSweepMs = 0;
    int m_maxApp = 0;
    int m_maxUser = 0;
};

} // namespace ait::sandbox
