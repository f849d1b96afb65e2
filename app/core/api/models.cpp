#include "models.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ait::api {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ait::api::OrderStatus)
};
} // namespace

std::optional<qint64> readInt64(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d != std::floor(d) || std::abs(d) > 9007199254740991.0) // beyond 2^53 a double has lost digits
            return std::nullopt;
        return value.toInteger();
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

namespace {

qint64 int64Or0(const QJsonObject &o, const char *key)
{
    return readInt64(o.value(QLatin1String(key))).value_or(0);
}

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

} // namespace

std::optional<Tokens> parseTokens(const QJsonValue &success)
{
    const QJsonObject o = success.toObject();
    Tokens t;
    t.accessToken = str(o, "accessToken");
    t.refreshToken = str(o, "refreshToken");
    t.tokenType = str(o, "tokenType");
    t.scope = str(o, "scope");
    t.expiresIn = int64Or0(o, "expiresIn"); // documented as string, sent as number: both accepted
    t.raw = o;
    if (t.accessToken.isEmpty())
        return std::nullopt;
    return t;
}

std::optional<LoginMe> parseLoginMe(const QJsonValue &success)
{
    const QJsonObject o = success.toObject();
    const auto userKey = readInt64(o.value(QStringLiteral("userKey")));
    if (!userKey)
        return std::nullopt;
    LoginMe me;
    me.userKey = *userKey;
    me.scope = str(o, "scope");
    for (const QJsonValue &term : o.value(QStringLiteral("agreedTerms")).toArray())
        me.agreedTerms << term.toString();
    for (const char *field : {"name", "phone", "birthday", "ci", "gender", "nationality", "email"}) {
        const QJsonValue v = o.value(QLatin1String(field));
        if (v.isString() && !v.toString().isEmpty())
            me.encryptedFields.insert(QString::fromLatin1(field), v.toString());
    }
    me.raw = o;
    return me;
}

std::optional<PaymentStatus> parsePaymentStatus(const QJsonValue &success)
{
    const QJsonObject o = success.toObject();
    PaymentStatus p;
    p.mode = str(o, "mode");
    p.payToken = str(o, "payToken");
    p.orderNo = str(o, "orderNo");
    p.payStatus = str(o, "payStatus");
    p.payMethod = str(o, "payMethod");
    p.createdTs = str(o, "createdTs");
    p.paidTs = str(o, "paidTs");
    p.amount = int64Or0(o, "amount");
    p.discountedAmount = int64Or0(o, "discountedAmount");
    p.paidAmount = int64Or0(o, "paidAmount");
    p.refundableAmount = int64Or0(o, "refundableAmount");
    for (const QJsonValue &v : o.value(QStringLiteral("transactions")).toArray()) {
        const QJsonObject t = v.toObject();
        p.transactions << Transaction{str(t, "stepType"), str(t, "transactionId"), str(t, "regTs"),
                                      int64Or0(t, "transactionAmount"), int64Or0(t, "paidAmount")};
    }
    p.raw = o;
    if (p.payStatus.isEmpty() || (p.payToken.isEmpty() && p.orderNo.isEmpty()))
        return std::nullopt;
    return p;
}

std::optional<PaymentExecution> parsePaymentExecution(const QJsonValue &success)
{
    const QJsonObject o = success.toObject();
    PaymentExecution e;
    e.payToken = str(o, "payToken");
    e.orderNo = str(o, "orderNo");
    e.mode = str(o, "mode");
    e.approvalTime = str(o, "approvalTime");
    e.transactionId = str(o, "transactionId");
    e.payMethod = str(o, "payMethod");
    e.stateMsg = str(o, "stateMsg");
    e.amount = int64Or0(o, "amount");
    e.paidAmount = int64Or0(o, "paidAmount");
    e.code = int(int64Or0(o, "code"));
    e.raw = o;
    if (e.payToken.isEmpty() && e.orderNo.isEmpty())
        return std::nullopt;
    return e;
}

std::optional<Refund> parseRefund(const QJsonValue &success)
{
    const QJsonObject o = success.toObject();
    Refund r;
    r.refundNo = str(o, "refundNo");
    r.payToken = str(o, "payToken");
    r.approvalTime = str(o, "approvalTime");
    r.transactionId = str(o, "transactionId");
    r.refundedAmount = int64Or0(o, "refundedAmount");
    r.refundableAmount = int64Or0(o, "refundableAmount");
    r.raw = o;
    if (r.refundNo.isEmpty() && r.transactionId.isEmpty())
        return std::nullopt;
    return r;
}

std::optional<OrderStatus> parseOrderStatus(const QJsonValue &success)
{
    const QJsonObject o = success.toObject();
    OrderStatus s{str(o, "orderId"), str(o, "sku"), str(o, "status"), str(o, "reason"), str(o, "statusDeterminedAt"), o};
    if (s.status.isEmpty())
        return std::nullopt;
    return s;
}

std::optional<MessageResult> parseMessageResult(const QJsonValue &success)
{
    if (!success.isObject())
        return std::nullopt;
    const QJsonObject o = success.toObject();
    MessageResult m;
    m.msgCount = int(int64Or0(o, "msgCount"));
    m.sentPushCount = int(int64Or0(o, "sentPushCount"));
    m.sentInboxCount = int(int64Or0(o, "sentInboxCount"));
    m.sentSmsCount = int(int64Or0(o, "sentSmsCount"));
    m.sentAlimtalkCount = int(int64Or0(o, "sentAlimtalkCount"));
    m.sentFriendtalkCount = int(int64Or0(o, "sentFriendtalkCount"));
    const QJsonObject fail = o.value(QStringLiteral("fail")).toObject();
    for (auto it = fail.begin(); it != fail.end(); ++it) {
        for (const QJsonValue &item : it.value().toArray()) {
            const QJsonObject f = item.toObject();
            // Newer pages say reachedFailReason, older ones reachFailReason.
            const QString reason = f.contains(QStringLiteral("reachedFailReason")) ? str(f, "reachedFailReason") : str(f, "reachFailReason");
            m.failures << MessageFailure{it.key(), str(f, "contentId"), reason};
        }
    }
    m.raw = o;
    return m;
}

std::optional<QString> parsePromotionKey(const QJsonValue &success)
{
    const QString key = success.toObject().value(QStringLiteral("key")).toString();
    if (key.isEmpty())
        return std::nullopt;
    return key;
}

std::optional<PromotionOutcome> parsePromotionOutcome(const QJsonValue &success)
{
    if (!success.isString())
        return std::nullopt;
    const QString s = success.toString();
    if (s == QLatin1String("SUCCESS"))
        return PromotionOutcome::Success;
    if (s == QLatin1String("PENDING"))
        return PromotionOutcome::Pending;
    if (s == QLatin1String("FAILED"))
        return PromotionOutcome::Failed;
    return PromotionOutcome::Unknown;
}

std::optional<qint64> parseUserKey(const QJsonValue &success)
{
    return readInt64(success.toObject().value(QStringLiteral("userKey")));
}

QString explainOrderStatus(const QString &status)
{
    if (status == QLatin1String("PURCHASED") || status == QLatin1String("PAYMENT_COMPLETED")) {
        const QString current = status == QLatin1String("PURCHASED")
            ? Text::tr("Current developer guide: the order is complete — paid and the product granted.")
            : Text::tr("Current developer guide (SDK 1.1.3 or later): paid, but the product was NOT granted; the app must complete the grant.");
        const QString older = status == QLatin1String("PURCHASED")
            ? Text::tr("Older page: the payment succeeded (SDK 1.1.2 or earlier); says nothing about the grant.")
            : Text::tr("Older page: payment and grant both done.");
        return current + QLatin1Char('\n') + older + QLatin1Char('\n')
             + Text::tr("The two official pages disagree; check your own grant records before acting.");
    }
    if (status == QLatin1String("FAILED"))
        return Text::tr("The payment (or, in the older reading, the grant) failed.");
    if (status == QLatin1String("REFUNDED"))
        return Text::tr("The order was refunded; the time is when the refund was decided.");
    if (status == QLatin1String("ORDER_IN_PROGRESS"))
        return Text::tr("The order was created but is not finished yet.");
    if (status == QLatin1String("NOT_FOUND"))
        return Text::tr("No order with this ID. A just-created order can take a moment to appear: try again shortly.");
    if (status == QLatin1String("MINIAPP_MISMATCH"))
        return Text::tr("The product does not belong to this mini-app.");
    if (status == QLatin1String("ERROR"))
        return Text::tr("Toss reported an internal error for this order.");
    return Text::tr("A status this console does not know yet.");
}

} // namespace ait::api
