#pragma once

#include <QByteArrayView>

namespace ait::api {

// True when some JSON object in `json` names the same key twice (after decoding escapes).
// QJsonDocument keeps the last one, so {"resultType":"FAIL","resultType":"SUCCESS"} would read as a
// success; partner answers with duplicate keys are treated as unreadable instead.
// Expects text QJsonDocument already accepted; on anything else it answers false.
bool hasDuplicateKeys(QByteArrayView json);

} // namespace ait::api
