#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QJsonValue>

namespace ait::api {

// The partner response envelope, in every shape it comes in:
// {"resultType":"SUCCESS","success":…}, {"resultType":"FAIL","error":{errorCode,reason}},
// the bare OAuth {"error":"invalid_grant"}, and the older messenger {"resultType":…,"result":…}.
struct Envelope
{
    bool success = false;
    QJsonValue payload;   // "success" (or "result")
    ApiError error;       // when !success
    QString resultType;   // as received

    // `changesState`: the answer to a refund, payout, message or payment. Only an answer that proves
    // the partner refused it (a readable FAIL envelope with its code, the bare OAuth error, the limit
    // signal 429 / 4095) is a failure; anything else that is not a readable success — unreadable,
    // cut, duplicate keys, a 5xx, an internal error — has an unknown outcome.
    static Envelope parse(const QByteArray &body, int httpStatus, bool changesState);

    // Partner codes that say something went wrong inside Toss, not that the request was refused:
    // after a change they leave the outcome unknown.
    static bool codeLeavesOutcomeOpen(const QString &partnerCode);
};

} // namespace ait::api
