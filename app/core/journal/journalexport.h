#pragma once

#include "journal.h"

#include <QJsonObject>

namespace ait::journal {

// How a journal row leaves the program: the Activity tab's CSV export, and ait-cli's journal list,
// show and export. One column set and one set of JSON keys for both.

// A promotion key is a payout's idempotency handle; it is shown only when `revealKeys`.
QString idempotencyKeyText(const Operation &operation, bool revealKeys);

// CSV with a header row, every field quoted (a leading = + - @ defused for spreadsheets), CRLF.
QString toCsv(const QList<Operation> &operations, bool revealKeys);
// The same CSV a line at a time, for an export streamed as it is read (JournalPager::exportCsv):
// the header line and one operation's line, each ending in CRLF.
QString csvHeader();
QString csvLine(const Operation &operation, bool revealKeys);
// The byte-order mark a CSV file starts with.
QByteArray csvFileStart();

// The CSV as a file: UTF-8 with a byte-order mark, so spreadsheets read Korean correctly.
QByteArray toCsvFile(const QList<Operation> &operations, bool revealKeys);

// Stable keys: id, createdAt, updatedAt (ISO 8601 UTC), kind, state, applied, open, operator, osUser,
// profile, profileId, certificate, userKey, payToken, orderNo, orderId, promotionCode, templateCode,
// amount, reason, idempotencyKey, test, partnerCode, response, batch.
QJsonObject toJson(const Operation &operation, bool revealKeys);

} // namespace ait::journal
