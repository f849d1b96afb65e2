#pragma once

#include "core/api/partnerclient.h"
#include "core/journal/journal.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace ait::ops {

// Who and what a money operation is done for, as the journal records it.
struct OperationContext
{
    QString profileId, profileName, identityFingerprint, operatorName;
};

// A journal row for an operation done on behalf of `who`.
journal::Operation newOperation(journal::Kind kind, const OperationContext &who);

// Records the answer to a sent operation and returns the row's new state: succeeded with
// `successDigest`, unknown when the outcome cannot be known, failed otherwise. One rule for every
// kind of money operation.
journal::State settle(journal::Journal &journal, qint64 operationId, const api::ApiError &error,
                      const QString &successDigest);

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

private:
    journal::Journal &m_journal;
};

} // namespace ait::ops
