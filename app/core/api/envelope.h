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

    // `changesState`: a state-changing call whose envelope says the server timed out or failed
    // internally has an unknown outcome, not a failed one.
    static Envelope parse(const QByteArray &body, int httpStatus, bool changesState);
};

} // namespace ait::api
