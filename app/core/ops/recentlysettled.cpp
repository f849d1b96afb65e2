#include "recentlysettled.h"

#include "core/clock.h"
#include "core/i18n.h"

#include <QCoreApplication>
#include <QLocale>

namespace ait::ops {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ait::ops::RecentlySettled)
};

// More than this many are summed up: the operator needs to know it happened, Activity has the rest.
constexpr int namedAtMost = 3;

QString sentence(const journal::Operation &done)
{
    const QString who = !done.operatorName.isEmpty() ? done.operatorName : done.osUser;
    const QString when = done.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString amount = QLocale().toString(done.amount);
    switch (done.kind) {
    case journal::Kind::Refund:
        return Text::tr("%1 refunded %2 won of this payment at %3 (operation #%4).").arg(who, amount, when).arg(done.id);
    case journal::Kind::Payout:
        return Text::tr("%1 paid %2 points to this user from this promotion at %3 (operation #%4).").arg(who, amount, when).arg(done.id);
    case journal::Kind::TestPayment:
        return Text::tr("%1 made this test payment at %2 (operation #%3).").arg(who, when).arg(done.id);
    case journal::Kind::Message:
        break;
    }
    return {};
}
} // namespace

QString settledBy(const journal::Operation &done)
{
    // A Korean sentence puts a particle after the operator's name ("%1이(가)").
    return i18n::resolveKoParticles(sentence(done));
}

RecentlySettled recentlySettled(const journal::Journal &journal, const journal::Operation &target, const QString &me, const Clock &clock)
{
    RecentlySettled result;
    if (!journal.isOpen())
        return result;
    const QString self = journal.isTeam() ? journal.operatorOnRecord() : me;
    result.operations = journal.recentlySettledByOthers(target, self, clock.now().addSecs(-recentlySettledHours * 3600));
    if (result.operations.isEmpty())
        return result;
    QStringList lines{Text::tr("Another operator settled this in the last %1 hours:").arg(recentlySettledHours)};
    for (const journal::Operation &done : result.operations.mid(0, namedAtMost))
        lines << settledBy(done);
    if (result.operations.size() > namedAtMost)
        lines << Text::tr("…and %1 more: see Activity.").arg(result.operations.size() - namedAtMost);
    result.warning = lines.join(QLatin1Char('\n'));
    return result;
}

} // namespace ait::ops
