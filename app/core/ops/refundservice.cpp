#include "refundservice.h"

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
    const Caller caller(context);
    auto refuse = [this, caller, done](qint64 id, journal::State state, const api::ApiError &e) {
        answerLater<RefundOutcome>(this, caller, done, {id, state, e, {}, false});
    };
    if (request.payToken.isEmpty())
        return refuse(0, journal::State::Failed, refusal(Text::tr("A refund needs the payToken.")));
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
    const std::optional<qint64> id = recordAndMarkSent(m_journal, op, &notRecorded);
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
