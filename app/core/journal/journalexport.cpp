#include "journalexport.h"

#include "core/api/callrecord.h"

namespace ait::journal {

namespace {

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
    // Every field quoted, quotes doubled; a leading = + - @ would be a formula in a spreadsheet. One
    // string built in place: a million rows are exported this way.
    QString line;
    line.reserve(320);
    const auto add = [&line](const QString &value) {
        if (!line.isEmpty())
            line += QLatin1Char(',');
        line += QLatin1Char('"');
        if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
            line += QLatin1Char('\'');
        if (value.contains(QLatin1Char('"')))
            line += QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\""));
        else
            line += value;
        line += QLatin1Char('"');
    };
    add(QString::number(o.id));
    add(utc(o.createdAt));
    add(kindName(o.kind));
    add(stateName(o.state));
    add(appliedField(o));
    add(o.operatorName);
    add(o.osUser);
    add(o.profileName);
    add(o.identityFingerprint);
    add(QString::number(o.userKey));
    add(o.payToken);
    add(o.orderNo);
    add(o.orderId);
    add(o.promotionCode);
    add(o.templateCode);
    add(QString::number(o.amount));
    add(o.reason);
    add(idempotencyKeyText(o, revealKeys));
    add(QString::number(int(o.test)));
    add(o.partnerCode);
    add(o.responseDigest);
    line += QStringLiteral("\r\n");
    return line;
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
