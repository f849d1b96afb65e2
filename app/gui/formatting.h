#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ait::gui {

// One way to show a time everywhere: local time, four-digit year, 24-hour clock
// ("2026-12-03 15:42:20"), the zone after it where it matters ("2026-12-03 15:42:20 KST").
QString dateTimeText(const QDateTime &time, bool withZone = true);
QString dateText(const QDate &date);
inline constexpr const char *DateFormat = "yyyy-MM-dd"; // for date pickers too

// A time as the partner API writes it: ISO 8601, with a zone or without one. Without a zone it is
// Korea Standard Time (UTC+9, no daylight saving), the time Toss runs on. Invalid when unreadable.
QDateTime partnerTime(const QString &text);
// A partner time for the operator: converted to local time with the zone; the partner's own text
// when it cannot be read.
QString partnerTimeText(const QString &text);

} // namespace ait::gui
