#include "messageservice.h"

#include "core/clock.h"

namespace ait::ops {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ait::ops::MessageService)
};
} // namespace

MessageService::MessageService(journal::Journal &journal, const Clock &clock, QObject *parent)
    : QObject(parent), m_journal(journal), m_clock(clock)
{
}

int MessageService::sendsInLastMinute(qint64 userKey) const
{
    const QDateTime now = m_clock.now();
    const QList<QDateTime> sends = m_sends.value(userKey);
    return int(std::count_if(sends.cbegin(), sends.cend(), [&](const QDateTime &t) { return t.secsTo(now) < 60; }));
}

void MessageService::send(api::PartnerClient &client, const OperationContext &who, const MessageRequest &request,
                          QObject *context, Done done)
{
    const Caller caller(context);
    auto refuse = [this, caller, done](const api::ApiError &e) {
        answerLater<MessageOutcome>(this, caller, done, {0, journal::State::Failed, e, {}});
    };
    if (!request.test && sendsInLastMinute(request.userKey) >= PerUserPerMinute) {
        api::ApiError e = api::ApiError::make(api::ApiError::Kind::RateLimited);
        e.message = Text::tr("This user already got %1 messages in the last minute, the partner's limit. Nothing was sent.").arg(PerUserPerMinute);
        e.hint = Text::tr("Wait a minute and try again.");
        return refuse(e);
    }
    journal::Operation op = newOperation(journal::Kind::Message, who);
    op.userKey = request.userKey;
    op.templateCode = request.templateSetCode;
    op.test = request.test;
    api::ApiError notRecorded;
    const std::optional<qint64> id = recordAndMarkSent(m_journal, op, &notRecorded);
    if (!id)
        return refuse(notRecorded);
    if (!request.test) {
        QList<QDateTime> &sends = m_sends[request.userKey];
        const QDateTime now = m_clock.now();
        sends.erase(std::remove_if(sends.begin(), sends.end(), [&](const QDateTime &t) { return t.secsTo(now) >= 60; }), sends.end());
        sends << now;
    }
    // This service receives the answer, so the journal is settled whatever happens to the caller.
    const qint64 operationId = *id;
    auto finish = [this, operationId, caller, done](const api::Result<api::MessageResult> &r) {
        const QString digest = r.ok() ? QStringLiteral("push=%1 inbox=%2 failures=%3").arg(r.value->sentPushCount)
                                            .arg(r.value->sentInboxCount).arg(r.value->failures.size())
                                      : QString();
        const journal::State state = settle(m_journal, operationId, r.error, digest);
        if (caller.alive())
            done({operationId, state, r.error, r.value});
    };
    if (request.test)
        client.sendTestMessage(request.userKey, request.templateSetCode, request.deploymentId, request.context, this, finish);
    else
        client.sendMessage(request.userKey, request.templateSetCode, request.context, this, finish);
}

bool MessageService::settleByOperator(qint64 operationId, bool delivered)
{
    const std::optional<journal::Operation> op = m_journal.find(operationId);
    if (!op || op->kind != journal::Kind::Message || !op->isOpen() || m_journal.isInFlightHere(operationId))
        return false;
    return m_journal.markReconciled(operationId, delivered, QStringLiteral("checked by the operator"));
}

} // namespace ait::ops
