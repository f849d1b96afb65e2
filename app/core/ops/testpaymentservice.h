#pragma once

#include "operation.h"

namespace ait::ops {

struct TestPaymentRequest
{
    qint64 userKey = 0;
    QString orderNo, productDesc;
    qint64 amount = 0; // won
};

struct TestPaymentOutcome
{
    qint64 operationId = 0;
    journal::State state = journal::State::Failed;
    api::ApiError error;
    QString payToken;
    std::optional<api::PaymentExecution> execution;
    bool applied = false;
};

// Developer tools: a test payment (make-payment + execute-payment, both with isTestPayment = true)
// to have something to look up and refund. Journaled like every other payment operation; the
// orderNo is its idempotency handle, and an unknown outcome is settled by looking the order up.
class TestPaymentService : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const TestPaymentOutcome &)>;

    explicit TestPaymentService(journal::Journal &journal, QObject *parent = nullptr);

    static QString validate(const TestPaymentRequest &request);
    static QString newOrderNo(const QDateTime &now);

    void pay(api::PartnerClient &client, const OperationContext &who, const TestPaymentRequest &request, QObject *context,
             Done done);
    void reconcile(api::PartnerClient &client, qint64 operationId, QObject *context, Done done);

private:
    journal::Journal &m_journal;
};

} // namespace ait::ops
