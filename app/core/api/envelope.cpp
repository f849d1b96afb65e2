#include "envelope.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ait::api {

Envelope Envelope::parse(const QByteArray &body, int httpStatus, bool changesState)
{
    Envelope e;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (httpStatus >= 500 && changesState)
            e.error = ApiError::make(ApiError::Kind::OutcomeUnknown, QStringLiteral("HTTP %1").arg(httpStatus));
        else if (httpStatus == 429)
            e.error = ApiError::make(ApiError::Kind::RateLimited, QStringLiteral("HTTP 429"));
        else if (httpStatus >= 400)
            e.error = ApiError::make(ApiError::Kind::Http, QStringLiteral("HTTP %1").arg(httpStatus));
        else
            e.error = ApiError::make(ApiError::Kind::Parse, parseError.errorString());
        e.error.httpStatus = httpStatus;
        return e;
    }
    const QJsonObject o = doc.object();
    e.resultType = o.value(QStringLiteral("resultType")).toString();

    // Bare OAuth error, or any top-level error string.
    if (o.value(QStringLiteral("error")).isString()) {
        e.error = ApiError::partner(o.value(QStringLiteral("error")).toString(),
                                    o.value(QStringLiteral("error_description")).toString(), httpStatus);
        return e;
    }
    if (e.resultType == QLatin1String("SUCCESS") && httpStatus < 400) {
        e.success = true;
        e.payload = o.contains(QStringLiteral("success")) ? o.value(QStringLiteral("success")) : o.value(QStringLiteral("result"));
        return e;
    }
    if (httpStatus == 429) {
        e.error = ApiError::make(ApiError::Kind::RateLimited, QStringLiteral("HTTP 429"));
        e.error.httpStatus = 429;
        return e;
    }
    if (e.resultType == QLatin1String("FAIL") || o.value(QStringLiteral("error")).isObject()) {
        const QJsonObject err = o.value(QStringLiteral("error")).toObject();
        const QJsonValue code = err.value(QStringLiteral("errorCode"));
        e.error = ApiError::partner(code.isDouble() ? QString::number(code.toInteger()) : code.toString(),
                                    err.value(QStringLiteral("reason")).toString(), httpStatus);
        return e;
    }
    // HTTP_TIMEOUT, NETWORK_ERROR, INTERRUPTED, INTERNAL_ERROR, EXECUTION_FAIL, or a 5xx: for a
    // state-changing call nobody knows whether it was applied.
    const bool serverSideFailure = httpStatus >= 500 || !e.resultType.isEmpty();
    if (serverSideFailure && changesState)
        e.error = ApiError::make(ApiError::Kind::OutcomeUnknown, e.resultType.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus) : e.resultType);
    else if (httpStatus >= 400)
        e.error = ApiError::make(ApiError::Kind::Http, QStringLiteral("HTTP %1 %2").arg(httpStatus).arg(e.resultType));
    else
        e.error = ApiError::make(ApiError::Kind::Parse, e.resultType.isEmpty() ? QStringLiteral("no resultType") : e.resultType);
    e.error.httpStatus = httpStatus;
    return e;
}

} // namespace ait::api
