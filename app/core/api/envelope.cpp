#include "envelope.h"

#include "jsonstrict.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ait::api {

namespace {

ApiError unknownOutcome(const QString &why, int httpStatus)
{
    ApiError e = ApiError::make(ApiError::Kind::OutcomeUnknown, why);
    e.httpStatus = httpStatus;
    return e;
}

ApiError withStatus(ApiError e, int httpStatus)
{
    e.httpStatus = httpStatus;
    return e;
}

} // namespace

bool Envelope::codeLeavesOutcomeOpen(const QString &partnerCode)
{
    // 4110: "cannot grant or revoke (internal error)"; INTERNAL_ERROR: the partner's own failure.
    return partnerCode == QLatin1String("4110") || partnerCode == QLatin1String("INTERNAL_ERROR");
}

Envelope Envelope::parse(const QByteArray &body, int httpStatus, bool changesState)
{
    Envelope e;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const bool readable = parseError.error == QJsonParseError::NoError && doc.isObject() && !hasDuplicateKeys(body);
    if (!readable) {
        const QString why = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                            : !doc.isObject()                            ? QStringLiteral("not a JSON object")
                                                                         : QStringLiteral("duplicate keys");
        if (httpStatus == 429) // the limit signal: nothing was applied
            e.error = withStatus(ApiError::make(ApiError::Kind::RateLimited, QStringLiteral("HTTP 429")), 429);
        else if (changesState)
            e.error = unknownOutcome(QStringLiteral("HTTP %1, unreadable answer: %2").arg(httpStatus).arg(why), httpStatus);
        else if (httpStatus >= 400)
            e.error = withStatus(ApiError::make(ApiError::Kind::Http, QStringLiteral("HTTP %1").arg(httpStatus)), httpStatus);
        else
            e.error = withStatus(ApiError::make(ApiError::Kind::Parse, why), httpStatus);
        return e;
    }
    const QJsonObject o = doc.object();
    e.resultType = o.value(QStringLiteral("resultType")).toString();

    // Bare OAuth error, or any top-level error string: the partner's words that it refused.
    if (o.value(QStringLiteral("error")).isString()) {
        if (changesState && httpStatus >= 500) {
            e.error = unknownOutcome(QStringLiteral("HTTP %1, error %2").arg(httpStatus).arg(o.value(QStringLiteral("error")).toString()), httpStatus);
            return e;
        }
        e.error = ApiError::partner(o.value(QStringLiteral("error")).toString(),
                                    o.value(QStringLiteral("error_description")).toString(), httpStatus);
        return e;
    }
    if (e.resultType == QLatin1String("SUCCESS") && httpStatus >= 200 && httpStatus < 300) {
        e.success = true;
        e.payload = o.contains(QStringLiteral("success")) ? o.value(QStringLiteral("success")) : o.value(QStringLiteral("result"));
        return e;
    }
    if (httpStatus == 429) {
        e.error = withStatus(ApiError::make(ApiError::Kind::RateLimited, QStringLiteral("HTTP 429")), 429);
        return e;
    }
    if (e.resultType == QLatin1String("FAIL") || o.value(QStringLiteral("error")).isObject()) {
        const QJsonObject err = o.value(QStringLiteral("error")).toObject();
        const QJsonValue codeValue = err.value(QStringLiteral("errorCode"));
        const QString code = codeValue.isDouble() ? QString::number(codeValue.toInteger()) : codeValue.toString();
        const ApiError refusal = ApiError::partner(code, err.value(QStringLiteral("reason")).toString(), httpStatus);
        // A change is settled as refused only by a code that says so, in an answer that is not a 5xx.
        if (changesState && refusal.kind != ApiError::Kind::RateLimited
            && (code.isEmpty() || httpStatus >= 500 || codeLeavesOutcomeOpen(code))) {
            ApiError unknown = unknownOutcome(QStringLiteral("HTTP %1, FAIL %2").arg(httpStatus).arg(code), httpStatus);
            unknown.partnerCode = refusal.partnerCode;
            unknown.partnerReason = refusal.partnerReason;
            e.error = unknown;
            return e;
        }
        e.error = refusal;
        return e;
    }
    // HTTP_TIMEOUT, NETWORK_ERROR, INTERRUPTED, INTERNAL_ERROR, EXECUTION_FAIL, no resultType, a SUCCESS
    // with an error status: for a state-changing call nobody knows whether it was applied.
    const QString what = e.resultType.isEmpty() ? QStringLiteral("no resultType") : e.resultType;
    if (changesState)
        e.error = unknownOutcome(QStringLiteral("HTTP %1, %2").arg(httpStatus).arg(what), httpStatus);
    else if (httpStatus >= 400)
        e.error = withStatus(ApiError::make(ApiError::Kind::Http, QStringLiteral("HTTP %1 %2").arg(httpStatus).arg(what)), httpStatus);
    else
        e.error = withStatus(ApiError::make(ApiError::Kind::Parse, what), httpStatus);
    return e;
}

} // namespace ait::api
