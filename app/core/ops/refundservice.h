#pragma once

#include "operation.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace ait::ops {

struct RefundRequest
{
    qint64 userKey = 0;
    QString payToken, orderNo, reason;
    bool isTestPayment = true;
    qint64 expectedAmount = 0; // what the confirmation showed (from a fresh lookup)
};

struct RefundOutcome
{
    qint64 operationId = 0;        // 0 when nothing was recorded (refused before the journal)
    journal::State state = journal::State::Failed;
    api::ApiError error;
    std::optional<api::Refund> refund;
    bool applied = false;          // after reconcile: did the partner apply it?
};

// Refunds with money semantics: the intent is journaled before the request leaves; an open
// (unanswered or unknown) refund of the same payment blocks another one; an unknown outcome is
// settled by Reconcile — a lookup — never by sending the refund again.
class RefundService : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const RefundOutcome &)>;

    explicit RefundService(journal::Journal &journal, QObject *parent = nullptr);

    void refund(api::PartnerClient &client, const OperationContext &who, const RefundRequest &request,
                QObject *context, Done done);
    void reconcile(api::PartnerClient &client, qint64 operationId, QObject *context, Done done);
    // Four-eyes (team journal only): the refund journaled as awaiting a second operator, with the
    // fresh lookup it was decided on (the expected amount); refundApproved() sends it once approved.
    std::optional<qint64> requestApproval(const OperationContext &who, const RefundRequest &request, api::ApiError *error);
    void refundApproved(api::PartnerClient &client, const OperationContext &who, qint64 approvalId, QObject *context, Done done);
    static std::optional<RefundRequest> requestOf(const journal::Approval &approval);

private:
    void refundAfterApproval(api::PartnerClient &client, const OperationContext &who, const RefundRequest &request, qint64 approvalId,
                             QObject *context, Done done);
    journal::Journal &m_journal;
};

} // namespace ait::ops
