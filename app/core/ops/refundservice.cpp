#include "refundservice.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ait::ops {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ait::ops::RefundService)
};

} // namespace

RefundService::RefundService(journal::Journal &journal, QObject *parent) : QObject(parent), m_journal(journal) {}

void RefundService::refund(api::PartnerClient &client, const OperationContext &who, const RefundRequest &request,
                           QObject *context, Done done)
{
    refundAfterApproval(client, who, request, 0, context, std::move(done));
}

std::optional<RefundRequest> RefundService::requestOf(const journal::Approval &approval)
{
    const QJsonObject o = QJsonDocument::fromJson(approval.request.toUtf8()).object();
    if (approval.kind != journal::Kind::Refund || approval.batchId)
        return std::nullopt;
    RefundRequest r;
    r.userKey = o.value(QStringLiteral("userKey")).toInteger();
    r.payToken = o.value(QStringLiteral("payToken")).toString();
    r.orderNo = o.value(QStringLiteral("orderNo")).toString();
    r.reason = o.value(QStringLiteral("reason")).toString();
    r.isTestPayment = o.value(QStringLiteral("isTestPayment")).toBool(true);
    r.expectedAmount = o.value(QStringLiteral("expectedAmount")).toInteger();
    if (r.payToken.isEmpty() || r.expectedAmount != approval.amount)
        return std::nullopt;
    return r;
}

std::optional<qint64> RefundService::requestApproval(const OperationContext &who, const RefundRequest &request, api::ApiError *error)
{
    if (request.payToken.isEmpty()) {
        *error = refusal(Text::tr("A refund needs the payToken."));
        return std::nullopt;
    }
    if (const QList<journal::Operation> open = m_journal.openFor(journal::Kind::Refund, request.payToken); !open.isEmpty()) {
        *error = alreadyInProgress(Text::tr("A refund of this payment is already in progress or its outcome is unknown."), open.first());
        return std::nullopt;
    }
    journal::Operation op = newOperation(journal::Kind::Refund, who);
    op.userKey = request.userKey;
    op.payToken = request.payToken;
    op.orderNo = request.orderNo;
    op.amount = request.expectedAmount;
    op.reason = request.reason;
    const QJsonObject body{{QStringLiteral("userKey"), request.userKey}, {QStringLiteral("payToken"), request.payToken},
                           {QStringLiteral("orderNo"), request.orderNo}, {QStringLiteral("reason"), request.reason},
                           {QStringLiteral("isTestPayment"), request.isTestPayment}, {QStringLiteral("expectedAmount"), request.expectedAmount},
                           {QStringLiteral("identityFingerprint"), who.identityFingerprint}};
    return ops::requestApproval(m_journal, op, body,
                                Text::tr("A refund of this payment is already in progress or its outcome is unknown."),
                                Text::tr("A request for this refund is already awaiting approval."), error);
}

void RefundService::refundApproved(api::PartnerClient &client, const OperationContext &who, qint64 approvalId, QObject *context, Done done)
{
    const std::optional<journal::Approval> approval = m_journal.approval(approvalId);
    const std::optional<RefundRequest> request = approval ? requestOf(*approval) : std::nullopt;
    if (!request || approval->state != journal::ApprovalState::Approved || !sameCertificate(*approval, who)) {
        return answerLater<RefundOutcome>(this, Caller(context), done,
                                          {0, journal::State::Failed,
                                           refusal(request && approval->state == journal::ApprovalState::Approved
                                                       ? Text::tr("Request #%1 was approved for another certificate (another profile or environment): send it with the profile it was asked with.").arg(approvalId)
                                                       : Text::tr("Request #%1 cannot be sent: it is not an approved refund.").arg(approvalId)), {}, false});
    }
    refundAfterApproval(client, who, *request, approvalId, context, std::move(done));
}

void RefundService::refundAfterApproval(api::PartnerClient &client, const OperationContext &who, const RefundRequest &request,
                                        qint64 approvalId, QObject *context, Done done)
{
    const Caller caller(context);
    auto refuse = [this, caller, done](qint64 id, journal::State state, const api::ApiError &e) {
        answerLater<RefundOutcome>(this, caller, done, {id, state, e, {}, false});
    };
    if (request.payToken.isEmpty())
        return refuse(0, journal::State::Failed, refusal(Text::tr("A refund needs the payToken.")));
    // Refused in core: above the profile's threshold nothing leaves without a second operator.
    if (!approvalId && needsApproval(who, request.expectedAmount, request.isTestPayment))
        return refuse(0, journal::State::Failed, api::ApiError::make(api::ApiError::Kind::ApprovalRequired));
    // Refused in core, not only greyed out: one payment, one refund in flight or unresolved.
    const QList<journal::Operation> open = m_journal.openFor(journal::Kind::Refund, request.payToken);
    if (!open.isEmpty())
        return refuse(open.first().id, open.first().state,
                      alreadyInProgress(Text::tr("A refund of this payment is already in progress or its outcome is unknown."), open.first()));
    journal::Operation op = newOperation(journal::Kind::Refund, who);
    op.userKey = request.userKey;
    op.payToken = request.payToken;
    op.orderNo = request.orderNo;
    op.amount = request.expectedAmount;
    op.reason = request.reason;
    op.idempotencyKey = request.payToken;
    op.test = request.isTestPayment;
    api::ApiError notRecorded;
    const std::optional<qint64> id = recordAndMarkSent(m_journal, op, &notRecorded, approvalId);
    if (!id)
        return refuse(0, journal::State::Failed, notRecorded);
    // This service, not the caller, receives the answer: the journal is settled even when the
    // window that asked for the refund is gone.
    const qint64 operationId = *id;
    client.refundPayment(request.userKey, request.payToken, request.reason, request.isTestPayment, this,
                         [this, operationId, caller, done](const api::Result<api::Refund> &r) {
        const QString digest = r.ok() ? QStringLiteral("refundNo=%1 refunded=%2").arg(r.value->refundNo).arg(r.value->refundedAmount) : QString();
        const journal::State state = settle(m_journal, operationId, r.error, digest);
        if (caller.alive())
            done({operationId, state, r.error, r.value, state == journal::State::Succeeded});
    });
}

void RefundService::reconcile(api::PartnerClient &client, qint64 operationId, QObject *context, Done done)
{
    const Caller caller(context);
    const std::optional<journal::Operation> op = m_journal.find(operationId);
    if (!op || op->kind != journal::Kind::Refund || !op->isOpen()) {
        return answerLater<RefundOutcome>(this, caller, done,
                                          {operationId, journal::State::Failed, refusal(Text::tr("There is no open refund to reconcile.")), {}, false});
    }
    client.getPaymentStatus(op->userKey, op->payToken, op->orderNo, op->test, this,
                            [this, operationId, caller, done](const api::Result<api::PaymentStatus> &r) {
        if (!r.ok()) { // the lookup failed: the row stays open, to be reconciled later
            if (caller.alive())
                done({operationId, journal::State::Unknown, r.error, {}, false});
            return;
        }
        const api::PaymentStatus &s = *r.value;
        const bool refunded = s.payStatus.startsWith(QLatin1String("REFUND")) || s.payStatus == QLatin1String("SETTLEMENT_REFUND_COMPLETE")
            || std::any_of(s.transactions.cbegin(), s.transactions.cend(), [](const api::Transaction &t) { return t.stepType == QLatin1String("REFUND"); });
        m_journal.markReconciled(operationId, refunded, QStringLiteral("payStatus=%1 refundable=%2").arg(s.payStatus).arg(s.refundableAmount));
        if (caller.alive())
            done({operationId, journal::State::Reconciled, {}, {}, refunded});
    });
}

} // namespace ait::ops
