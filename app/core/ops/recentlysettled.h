#pragma once

#include "core/journal/journal.h"

#include <QList>
#include <QString>

namespace ait {
class Clock;
}

namespace ait::ops {

// Operations on the same target that another operator settled as done in the last 24 hours (issue 15,
// "asks first"): the same payment refunded, the same user paid from the same promotion. Nothing
// stops the operator — a second partial refund or a second prize can be right — but they are told
// who did it and when before they confirm.
struct RecentlySettled
{
    QList<journal::Operation> operations; // newest first
    // "lee refunded 7,000 won of this payment at 2026-12-03 14:02 (operation #812)." for each of the
    // newest few, preceded by what it means; empty when nothing was found.
    QString warning;

    bool found() const { return !operations.isEmpty(); }
};

constexpr int recentlySettledHours = 24;

// `target` is the operation about to be confirmed (kind, payToken / promotion and user / orderNo);
// `me` the console's operator name (settings operator/name). On the team journal the operator on
// record is the database role, whatever the console was told, so that is who "me" is there.
RecentlySettled recentlySettled(const journal::Journal &journal, const journal::Operation &target, const QString &me,
                                const Clock &clock);

// One operation as a sentence naming who settled it and when.
QString settledBy(const journal::Operation &done);

} // namespace ait::ops
