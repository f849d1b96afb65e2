#pragma once

#include "operation.h"

#include <QObject>

#include <functional>
#include <optional>

namespace ait::ops {

struct RawCallRequest
{
    QString path; // a partner endpoint path (api::endpoints)
    QJsonObject body;
    api::PartnerClient::Headers headers;
};

struct RawCallOutcome
{
    qint64 operationId = 0; // 0 when the call is not journaled (a lookup, an unlink, a promotion key)
    journal::State state = journal::State::Failed;
    api::PartnerClient::RawAnswer answer;
};

// Raw partner calls for developers (ait-cli call). A call that moves money or reaches a user is
// journaled as the operation it is — a refund, payout, message or payment — with the same rules as
// the services: one open operation per target, the intent on record before the request leaves, the
// answer settled by the one rule, an unknown outcome left for Reconcile (which then works as for any
// other row of its kind). Lookups, unlinks and promotion keys are not money and are not journaled.
class RawCallService : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const RawCallOutcome &)>;

    explicit RawCallService(journal::Journal &journal, QObject *parent = nullptr);

    // The journal row a raw call to `path` with this body and headers stands for, or nothing when
    // it is not journaled.
    static std::optional<journal::Operation> journalRowFor(const QString &path, const QJsonObject &body,
                                                           const api::PartnerClient::Headers &headers, const OperationContext &who);

    void call(api::PartnerClient &client, const OperationContext &who, const RawCallRequest &request, QObject *context, Done done);

private:
    // The open operation on the same target, if any.
    std::optional<journal::Operation> openOperationLike(const journal::Operation &row) const;

    journal::Journal &m_journal;
};

} // namespace ait::ops
