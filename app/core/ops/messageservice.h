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

private:
    journal::Journal &m_journal;
    const Clock &m_clock;
    QHash<qint64, QList<QDateTime>> m_sends;
};

} // namespace ait::ops
