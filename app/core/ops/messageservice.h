#pragma once

#include "refundservice.h"

#include <QHash>
#include <QJsonObject>

namespace ait {
class Clock;
}

namespace ait::ops {

struct MessageRequest
{
    qint64 userKey = 0;
    QString templateSetCode;
    QJsonObject context;
    QString deploymentId; // test messages only
    bool test = false;    // send-test-message instead of send-message
};

struct MessageOutcome
{
    qint64 operationId = 0;
    journal::State state = journal::State::Failed;
    api::ApiError error;
    std::optional<api::MessageResult> result;
};

// One send-bulk-message for several rows of a batch.
struct ChunkOutcome
{
    QList<qint64> operationIds;
    journal::State state = journal::State::Failed; // the same for every recipient of the chunk
    api::ApiError error;
    std::optional<api::MessageResult> result;
};

// Messages with the journal's rules: the intent is recorded before the request leaves, and the
// partner's limit of 10 sends per minute per user is kept here, before anything is sent. A message
// whose answer is lost stays "unknown": there is no lookup for messages, so it is never resent
// automatically.
class MessageService : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const MessageOutcome &)>;
    static constexpr int PerUserPerMinute = 10;

    MessageService(journal::Journal &journal, const Clock &clock, QObject *parent = nullptr);

    int sendsInLastMinute(qint64 userKey) const;
    void send(api::PartnerClient &client, const OperationContext &who, const MessageRequest &request, QObject *context, Done done);
    // A message cannot be looked up afterwards: the operator settles an open one with what they
    // found out (did it arrive?). False when there is no open message with this id.
    bool settleByOperator(qint64 operationId, bool delivered);

    // Bulk runs. A row already on record as an intent (recorded when its batch was confirmed) is
    // marked sent, sent with send-message and settled by the same rule as send(). The partner's
    // per-user limit is kept by the run's pacer, which every call of the run passes.
    void sendRecorded(api::PartnerClient &client, qint64 operationId, const QJsonObject &templateContext, QObject *context,
                      Done done);
    // Several rows in one send-bulk-message: every recipient is marked sent, in one transaction,
    // before the request leaves, and all are settled together from the answer. A lost answer leaves
    // them all unknown; there is no lookup, so only the operator settles them (settleManyByOperator)
    // or has them sent again (reopenForSending).
    void sendChunk(api::PartnerClient &client, const QString &templateSetCode, const QList<qint64> &operationIds,
                   const QList<api::BulkRecipient> &recipients, QObject *context, std::function<void(const ChunkOutcome &)> done);
    bool settleManyByOperator(const QList<qint64> &operationIds, bool delivered);
    // The operator chose to send open messages again: they become intents for a new attempt.
    bool reopenForSending(const QList<qint64> &operationIds);
    // Rows left "sent" by a run that was cut short: nobody knows whether they arrived.
    bool markAnswerLost(const QList<qint64> &operationIds);

private:
    journal::Journal &m_journal;
    const Clock &m_clock;
    QHash<qint64, QList<QDateTime>> m_sends;
};

} // namespace ait::ops
