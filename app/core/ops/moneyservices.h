#pragma once

#include "messageservice.h"
#include "payoutservice.h"
#include "rawcallservice.h"
#include "refundservice.h"
#include "testpaymentservice.h"

#include "core/bulk/bulkservice.h"

#include <QObject>

namespace ait {
class Clock;
}

namespace ait::ops {

// The application's one owner of the money services — refunds, payouts, messages, test payments, raw calls —
// made once by the console's main() and by ait-cli, and asked by every window and command. Each
// service is the callback context of the partner calls it makes, so an operation is settled in the
// journal whatever happens to the window that asked for it; nothing else writes operation rows.
class MoneyServices : public QObject
{
    Q_OBJECT

public:
    MoneyServices(journal::Journal &journal, const Clock &clock, QObject *parent = nullptr);
    ~MoneyServices() override;

    journal::Journal &journal() const { return m_journal; }
    RefundService &refunds() { return m_refunds; }
    PayoutService &payouts() { return m_payouts; }
    MessageService &messages() { return m_messages; }
    TestPaymentService &testPayments() { return m_testPayments; }
    RawCallService &rawCalls() { return m_rawCalls; }
    // Bulk runs: each on a worker thread with its own journal connection and its own copies of
    // these services (the same code), so a run never stalls the window.
    bulk::BulkService &bulk() { return m_bulk; }

    // Empty when an intent can be recorded now; otherwise why money operations are refused.
    QString whyRefused() const;

private:
    journal::Journal &m_journal;
    RefundService m_refunds;
    PayoutService m_payouts;
    MessageService m_messages;
    TestPaymentService m_testPayments;
    RawCallService m_rawCalls;
    bulk::BulkService m_bulk;
};

} // namespace ait::ops
