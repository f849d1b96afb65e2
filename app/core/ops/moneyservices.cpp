#include "moneyservices.h"

namespace ait::ops {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ait::ops::MoneyServices)
};
} // namespace

MoneyServices::MoneyServices(journal::Journal &journal, const Clock &clock, QObject *parent)
    : QObject(parent), m_journal(journal), m_refunds(journal), m_payouts(journal), m_messages(journal, clock),
      m_testPayments(journal), m_rawCalls(journal), m_bulk(journal)
{
}

MoneyServices::~MoneyServices() = default;

QString MoneyServices::whyRefused() const
{
    if (!m_journal.isOpen() && m_journal.isTeam())
        return Text::tr("The team journal (%1) cannot be reached, so no refund, payout or message can be recorded or sent. "
                        "Nothing was sent.").arg(m_journal.path());
    if (!m_journal.isOpen())
        return Text::tr("The activity journal is not available, so no refund, payout or message can be recorded or sent.");
    if (!m_journal.stillOnDisk())
        return Text::tr("The activity journal's file was removed or replaced while the console was running. Restart the console.");
    return {};
}

} // namespace ait::ops
