#include "formatting.h"

#include <QTimeZone>

namespace ait::gui {

QString dateTimeText(const QDateTime &time, bool withZone)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const QString text = local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return withZone ? text + QLatin1Char(' ') + local.timeZoneAbbreviation() : text;
}

QString dateText(const QDate &date)
{
    return date.toString(QString::fromLatin1(DateFormat));
}

QDateTime partnerTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QString iso = trimmed;
    iso.replace(QLatin1Char(' '), QLatin1Char('T')); // "2026-12-03 15:42:20" is written too
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    // An ISO time without a zone comes back as local time: it is Toss's, KST.
    const bool hasZone = iso.endsWith(QLatin1Char('Z')) || iso.lastIndexOf(QLatin1Char('+')) > 10 || iso.lastIndexOf(QLatin1Char('-')) > 10;
    if (!hasZone)
        t = QDateTime(t.date(), t.time(), QTimeZone(9 * 3600));
    return t;
}

QString partnerTimeText(const QString &text)
{
    const QDateTime t = partnerTime(text);
    return t.isValid() ? dateTimeText(t) : text;
}

} // namespace ait::gui
