#include "journalexport.h"

#include "core/api/callrecord.h"

namespace ait::journal {

namespace {

QString csvField(QString value)
{
    // Quote everything; a leading = + - @ would be a formula in a spreadsheet.
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    return QLatin1Char('"') + value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// What the operation did: 1 when the partner applied it (succeeded, or reconciled as applied), 0 when
// it did not, empty while nobody knows.
QString appliedField(const Operation &o)
{
    switch (o.state) {
    case State::Succeeded: return QStringLiteral("1");
    case State::Failed: return QStringLiteral("0");
    case State::Reconciled: return o.applied ? QStringLiteral("1") : QStringLiteral("0");
    case State::Intent:
    case State::Sent:
    case State::Unknown: return {};
    }
    return {};
}

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

QString idempotencyKeyText(const Operation &o, bool revealKeys)
{
    if (o.kind == Kind::Payout && !revealKeys && !o.idempotencyKey.isEmpty())
        return api::CallRecord::mask(o.idempotencyKey);
    return o.idempotencyKey;
}

QString csvHeader()
{
    return QStringLiteral("id,created_utc,kind,state,applied,operator,os_user,profile,certificate_sha256,user_key,pay_token,"
                          "order_no,order_id,promotion_code,template_code,amount,reason,idempotency_key,test,partner_code,response\r\n");
}

QString csvLine(const Operation &o, bool revealKeys)
{
    QStringList fields{QString::number(o.id), utc(o.createdAt), kindName(o.kind), stateName(o.state), appliedField(o),
                       o.operatorName, o.osUser, o.profileName, o.identityFingerprint, QString::number(o.userKey), o.payToken,
                       o.orderNo, o.orderId, o.promotionCode, o.templateCode, QString::number(o.amount), o.reason,
                       idempotencyKeyText(o, revealKeys), QString::number(int(o.test)), o.partnerCode, o.responseDigest};
    for (QString &f : fields)
        f = csvField(f);
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QByteArray csvFileStart()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QString toCsv(const QList<Operation> &operations, bool revealKeys)
{
    QString csv = csvHeader();
    for (const Operation &o : operations)
        csv += csvLine(o, revealKeys);
    return csv;
}

QByteArray toCsvFile(const QList<Operation> &operations, bool revealKeys)
{
    return csvFileStart() + toCsv(operations, revealKeys).toUtf8();
}

QJsonObject toJson(const Operation &o, bool revealKeys)
{
    return {{QStringLiteral("id"), o.id},
            {QStringLiteral("createdAt"), utc(o.createdAt)},
            {QStringLiteral("updatedAt"), utc(o.updatedAt)},
            {QStringLiteral("kind"), kindName(o.kind)},
            {QStringLiteral("state"), stateName(o.state)},
            {QStringLiteral("applied"), o.applied},
            {QStringLiteral("open"), o.isOpen()},
            {QStringLiteral("operator"), o.operatorName},
            {QStringLiteral("osUser"), o.osUser},
            {QStringLiteral("profile"), o.profileName},
            {QStringLiteral("profileId"), o.profileId},
            {QStringLiteral("certificate"), o.identityFingerprint},
            {QStringLiteral("userKey"), o.userKey},
            {QStringLiteral("payToken"), o.payToken},
            {QStringLiteral("orderNo"), o.orderNo},
            {QStringLiteral("orderId"), o.orderId},
            {QStringLiteral("promotionCode"), o.promotionCode},
            {QStringLiteral("templateCode"), o.templateCode},
            {QStringLiteral("amount"), o.amount},
            {QStringLiteral("reason"), o.reason},
            {QStringLiteral("idempotencyKey"), idempotencyKeyText(o, revealKeys)},
            {QStringLiteral("test"), o.test},
            {QStringLiteral("partnerCode"), o.partnerCode},
            {QStringLiteral("response"), o.responseDigest},
            {QStringLiteral("batch"), o.batchId}};
}

} // namespace ait::journal
