#include "refundservice.h"

#include <QPointer>
#include <QTimer>

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
    auto later = [this, done](RefundOutcome outcome) { QTimer::singleShot(0, this, [done, outcome] { done(outcome); }); };
    if (request.payToken.isEmpty())
        return later({0, journal::State::Failed, refusal(Text::tr("A refund needs the payToken."), {}), {}, false});
    // Refused in core, not only greyed out: one payment, one refund in flight or unresolved.
    const QList<journal::Operation> open = m_journal.openFor(journal::Kind::Refund, request.payToken);
    if (!open.isEmpty()) {
        return later({open.first().id, open.first().state,
                      refusal(Text::tr("A refund of this payment is already in progress or its outcome is unknown."),
                              Text::tr("Wait for it, or use Reconcile to find out what happened. Nothing was sent.")),
                      {}, false});
    }
    journal::Operation op = newOperation(journal::Kind::Refund, who);
    op.userKey = request.userKey;
    op.payToken = request.payToken;
    op.orderNo = request.orderNo;
    op.amount = request.expectedAmount;
    op.reason = request.reason;
    op.idempotencyKey = request.payToken;
    op.test = request.isTestPayment;
    QString journalError;
    const std::optional<qint64> id = m_journal.recordIntent(op, &journalError);
    if (!id) {
        return later({0, journal::State::Failed,
                      refusal(Text::tr("The refund was not sent: it could not be written to the activity journal first."),
                              journalError),
                      {}, false});
    }
    m_journal.markSent(*id);
    QPointer<RefundService> self(this);
    const qint64 operationId = *id;
    client.refundPayment(request.userKey, request.payToken, request.reason, request.isTestPayment, context,
                         [self, operationId, done](const api::Result<api::Refund> &r) {
        if (!self)
            return;
        const QString digest = r.ok() ? QStringLiteral("refundNo=%1 refunded=%2").arg(r.value->refundNo).arg(r.value->refundedAmount) : QString();
        const journal::State state = settle(self->m_journal, operationId, r.error, digest);
        done({operationId, state, r.error, r.value, state == journal::State::Succeeded});
    });
}

void RefundService::reconcile(api::PartnerClient &client, qint64 operationId, QObject *context, Done done)
{
    const std::optional<journal::Operation> op = m_journal.find(operationId);
    if (!op || op->kind != journal::Kind::Refund || !op->isOpen()) {
        QTimer::singleShot(0, this, [done, operationId] {
            done({operationId, journal::State::Failed,
                  refusal(Text::tr("There is no open refund to reconcile."), {}), {}, false});
        });
        return;
    }
    QPointer<RefundService> self(this);
    client.getPaymentStatus(op->userKey, op->payToken, op->orderNo, op->test, context,
                            [self, operationId, done](const api::Result<api::PaymentStatus> &r) {
        if (!self)
            return;
        if (!r.ok()) // the lookup failed: the row stays open, to be reconciled later
            return done({operationId, journal::State::Unknown, r.error, {}, false});
        const api::PaymentStatus &s = *r.value;
        const bool refunded = s.payStatus.startsWith(QLatin1String("REFUND")) || s.payStatus == QLatin1String("SETTLEMENT_REFUND_COMPLETE")
            || std::any_of(s.transactions.cbegin(), s.transactions.cend(), [](const api::Transaction &t) { return t.stepType == QLatin1String("REFUND"); });
        self->m_journal.markReconciled(operationId, refunded,
                                       QStringLiteral("payStatus=%1 refundable=%2").arg(s.payStatus).arg(s.refundableAmount));
        done({operationId, journal::State::Reconciled, {}, {}, refunded});
    });
}

} // namespace ait::ops
