#include "sandboxlimits.h"

namespace ait::sandbox {

UserLimitGroup userLimitGroup(const QString &path)
{
    static const QString prefix = QStringLiteral("/api-partner/v1/apps-in-toss");
    if (!path.startsWith(prefix))
        return UserLimitGroup::None;
    const QStringView rest = QStringView(path).mid(prefix.size());
    if (rest == u"/promotion/execute-promotion/get-key" || rest == u"/promotion/execute-promotion"
        || rest == u"/promotion/execution-result")
        return UserLimitGroup::Promotion;
    if (rest == u"/messenger/send-message")
        return UserLimitGroup::Message;
    return UserLimitGroup::None;
}

void Limiter::UserWindow::expire(qint64 nowMs)
{
    while (size > 0 && nowMs - at[head] >= WindowMs) {
        head = (head + 1) % PerUserPerMinute;
        --size;
    }
}

void Limiter::UserWindow::push(qint64 t)
{
    at[(head + size) % PerUserPerMinute] = t;
    ++size;
}

Limiter::Verdict Limiter::admit(qint64 nowMs, int qpm, UserLimitGroup group, qint64 userKey)
{
    if (nowMs - m_lastSweepMs >= WindowMs)
        sweep(nowMs);
    while (!m_app.empty() && nowMs - m_app.front() >= WindowMs)
        m_app.pop_front();
    if (qpm > 0 && qsizetype(m_app.size()) >= qpm)
        return Verdict::OverAppLimit;

    UserWindow *user = nullptr;
    if (group != UserLimitGroup::None) {
        user = &m_users[group == UserLimitGroup::Promotion ? 0 : 1][userKey];
        user->expire(nowMs);
        if (user->size >= PerUserPerMinute)
            return Verdict::OverUserLimit;
    }

    m_app.push_back(nowMs);
    m_maxApp = qMax(m_maxApp, int(m_app.size()));
    if (user) {
        user->push(nowMs);
        m_maxUser = qMax(m_maxUser, user->size);
    }
    return Verdict::Admitted;
}

void Limiter::sweep(qint64 nowMs)
{
    // Once a minute at most: O(users) then, so O(1) per call on average.
    m_lastSweepMs = nowMs;
    for (auto &users : m_users)
        users.removeIf([nowMs](auto it) { return nowMs - it.value().newest() >= WindowMs; });
}

void Limiter::resetMaxima()
{
    m_maxApp = 0;
    m_maxUser = 0;
}

qsizetype Limiter::trackedUsers() const
{
    return m_users[0].size() + m_users[1].size();
}

} // namespace ait::sandbox
