#include "syntheticjournal.h"

#include "core/journal/journal.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ait::test {

bool fillSynthetic(journal::Journal &journal, int count, quint32 seed, QString *error, int openOneIn)
{
    using journal::Kind;
    using journal::State;
    QSqlDatabase db = QSqlDatabase::database(journal.connectionName(), false);
    const auto fail = [&](const QString &what) {
        if (error)
            *error = what;
        db.rollback();
        return false;
    };
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO operations (created_at, updated_at, os_user, operator_name, profile_id, profile_name, "
                                  "identity_fingerprint, kind, user_key, pay_token, order_no, amount, reason, idempotency_key, "
                                  "promotion_code, state, applied, partner_code, response_digest, template_code) "
                                  "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")))
        return fail(q.lastError().text());
    QRandomGenerator random(seed);
    const QDateTime end = QDateTime::currentDateTimeUtc();
    // Settled mostly, as a real journal is.
    static const State settled[] = {State::Succeeded, State::Succeeded, State::Succeeded, State::Failed, State::Reconciled};
    static const State open[] = {State::Unknown, State::Sent, State::Intent};
    for (int i = 0; i < count; ++i) {
        const Kind kind = Kind(random.bounded(4));
        const State state = random.bounded(std::max(1, openOneIn)) == 0 ? open[random.bounded(3)] : settled[random.bounded(5)];
        const QString time = end.addSecs(-60LL * (count - i)).toString(Qt::ISODateWithMs);
        const int op = int(random.bounded(5));
        const int profile = int(random.bounded(3));
        const qint64 userKey = 443000000 + random.bounded(100000);
        const QString payToken = kind == Kind::Refund ? QStringLiteral("pt-%1").arg(i) : QString();
        const QString orderNo = kind == Kind::TestPayment ? QStringLiteral("order-%1").arg(i) : QString();
        const QString promotion = kind == Kind::Payout ? QStringLiteral("PROMO_%1").arg(random.bounded(20)) : QString();
        const QString reason = kind == Kind::Refund ? QStringLiteral("고객 요청 %1").arg(random.bounded(50)) : QString();
        const QString key = kind == Kind::Payout ? QStringLiteral("key-%1").arg(i) : payToken.isEmpty() ? orderNo : payToken;
        const QString code = state == State::Failed ? QStringLiteral("41%1").arg(random.bounded(10), 2, 10, QLatin1Char('0')) : QString();
        const QVariantList values{time, time, QStringLiteral("support"), QStringLiteral("op-%1").arg(op), QStringLiteral("p%1").arg(profile),
                                  QStringLiteral("Profile %1").arg(profile), QStringLiteral("ab12cd34"), journal::kindName(kind), userKey,
                                  payToken, orderNo, qint64(random.bounded(1, 100000)), reason, key, promotion, journal::stateName(state),
                                  state == State::Reconciled ? int(random.bounded(2)) : 0, code,
                                  state == State::Succeeded ? QStringLiteral("result=SUCCESS") : QString(),
                                  kind == Kind::Message ? QStringLiteral("TEMPLATE_%1").arg(random.bounded(5)) : QString()};
        for (int v = 0; v < values.size(); ++v) {
            // A null QString binds as NULL; the columns are NOT NULL with '' for "none".
            const bool none = values[v].typeId() == QMetaType::QString && values[v].toString().isNull();
            q.bindValue(v, none ? QVariant(QStringLiteral("")) : values[v]);
        }
        if (!q.exec())
            return fail(q.lastError().text());
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return true;
}

} // namespace ait::test
