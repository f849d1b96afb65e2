#include "testpaymentservice.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

namespace ait::ops {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ait::ops::TestPaymentService)
};

bool isPaid(const QString &payStatus)
{
    return payStatus == QLatin1String("PAY_COMPLETE") || payStatus.startsWith(QLatin1String("REFUND"))
        || payStatus == QLatin1String("SETTLEMENT_COMPLETE") || payStatus == QLatin1String("SETTLEMENT_REFUND_COMPLETE");
}
} // namespace

TestPaymentService::TestPaymentService(journal::Journal &journal, QObject *parent) : QObject(parent), m_journal(journal) {}

QString TestPaymentService::validate(const TestPaymentRequest &request)
{
    if (request.userKey <= 0)
        return Text::tr("Enter the userKey (a positive whole number).");
    if (request.orderNo.trimmed().isEmpty() || request.orderNo.size() > 50)
        return Text::tr("The orderNo must be 1 to 50 characters.");
    if (request.productDesc.trimmed().isEmpty())
        return Text::tr("Enter a product description.");
    if (request.amount <= 0)
        return Text::tr("The amount must be a positive whole number of won.");
    return {};
}

QString TestPaymentService::newOrderNo(const QDateTime &now)
{
    return QStringLiteral("test-%1-%2").arg(now.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"))).arg(QRandomGenerator::global()->bounded(10000, 99999));
}

void TestPaymentService::pay(api::PartnerClient &client, const OperationContext &who, const TestPaymentRequest &request,
                             QObject *context, Done done)
{
    const Caller caller(context);
    auto refuse = [this, caller, done](const api::ApiError &e) {
        answerLater<TestPaymentOutcome>(this, caller, done, {0, journal::State::Failed, e, {}, {}, false});
    };
    if (const QString problem = validate(request); !problem.isEmpty())
        return refuse(refusal(problem));
    if (const QList<journal::Operation> open = m_journal.openFor(journal::Kind::TestPayment, request.orderNo); !open.isEmpty())
        return refuse(alreadyInProgress(Text::tr("A payment with this orderNo is already in progress."), open.first()));
    journal::Operation op = newOperation(journal::Kind::TestPayment, who);
    op.userKey = request.userKey;
    op.orderNo = request.orderNo;
    op.amount = request.amount;
    op.reason = request.productDesc;
    op.idempotencyKey = request.orderNo;
    op.test = true;
    api::ApiError notRecorded;
    const std::optional<qint64> id = recordAndMarkSent(m_journal, op, &notRecorded);
    if (!id)
        return refuse(notRecorded);
    const qint64 operationId = *id;
    QPointer<TestPaymentService> self(this);
    QPointer<api::PartnerClient> partner(&client);
    auto report = [caller, done](const TestPaymentOutcome &o) {
        if (caller.alive())
            done(o);
    };
    const api::PartnerClient::MakePayment make{request.orderNo, request.productDesc, request.amount, 0, true};
    client.makePayment(request.userKey, make, this, [self, partner, operationId, request, report](const api::Result<QString> &made) {
        if (!self)
            return;
        if (!made.ok()) {
            const journal::State state = settle(self->m_journal, operationId, made.error, {});
            return report({operationId, state, made.error, {}, {}, false});
        }
        const QString payToken = *made.value;
        self->m_journal.setPayToken(operationId, payToken);
        if (!partner) {
            const api::ApiError e = api::ApiError::make(api::ApiError::Kind::Cancelled);
            self->m_journal.markOutcome(operationId, journal::State::Failed, e.kindName(), QStringLiteral("made, not executed"));
            return report({operationId, journal::State::Failed, e, payToken, {}, false});
        }
        partner->executePayment(request.userKey, payToken, request.orderNo, true, self,
                                [self, operationId, payToken, report](const api::Result<api::PaymentExecution> &r) {
            if (!self)
                return;
            const QString digest = r.ok() ? QStringLiteral("paid=%1 mode=%2").arg(r.value->paidAmount).arg(r.value->mode) : QString();
            const journal::State state = settle(self->m_journal, operationId, r.error, digest);
            report({operationId, state, r.error, payToken, r.value, state == journal::State::Succeeded});
        });
    });
}

void TestPaymentService::reconcile(api::PartnerClient &client, qint64 operationId, QObject *context, Done done)
{
    const Caller caller(context);
    const std::optional<journal::Operation> op = m_journal.find(operationId);
    if (!op || op->kind != journal::Kind::TestPayment || !op->isOpen() || m_journal.isInFlightHere(operationId)) {
        return answerLater<TestPaymentOutcome>(this, caller, done,
                                               {operationId, journal::State::Failed,
                                                refusal(Text::tr("There is no open test payment to reconcile.")), {}, {}, false});
    }
    client.getPaymentStatus(op->userKey, op->payToken, op->orderNo, true, this,
                            [this, operationId, caller, done](const api::Result<api::PaymentStatus> &r) {
        auto report = [&caller, &done](const TestPaymentOutcome &o) {
            if (caller.alive())
                done(o);
        };
        if (!r.ok() && r.error.partnerCode == QLatin1String("PAYMENT_NOT_FOUND")) { // make-payment never created it
            m_journal.markReconciled(operationId, false, QStringLiteral("not found"));
            return report({operationId, journal::State::Reconciled, {}, {}, {}, false});
        }
        if (!r.ok())
            return report({operationId, journal::State::Unknown, r.error, {}, {}, false});
        const bool paid = isPaid(r.value->payStatus);
        m_journal.markReconciled(operationId, paid, QStringLiteral("payStatus=%1").arg(r.value->payStatus));
        report({operationId, journal::State::Reconciled, {}, r.value->payToken, {}, paid});
    });
}

} // namespace ait::ops
