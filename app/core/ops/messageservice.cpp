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

void MessageService::sendRecorded(api::PartnerClient &client, qint64 operationId, const QJsonObject &templateContext,
                                  QObject *context, Done done)
{
    const Caller caller(context);
    const std::optional<journal::Operation> op = m_journal.find(operationId);
    if (!op || op->kind != journal::Kind::Message || op->state != journal::State::Intent) {
        return answerLater<MessageOutcome>(this, caller, done,
                                           {operationId, journal::State::Failed, refusal(Text::tr("There is no message waiting to be sent.")), {}});
    }
    if (!m_journal.markSent(operationId)) {
        return answerLater<MessageOutcome>(this, caller, done,
                                           {operationId, journal::State::Intent, journalUnavailable(QStringLiteral("the message could not be marked as sent")), {}});
    }
    client.sendMessage(op->userKey, op->templateCode, templateContext, this,
                       [this, operationId, caller, done](const api::Result<api::MessageResult> &r) {
        // Withdrawn before it left (a cancelled run): provably not sent, so it waits to be sent again.
        if (r.error.kind == api::ApiError::Kind::Cancelled && m_journal.restartAttempt(operationId, QStringLiteral("cancelled before it left"))) {
            if (caller.alive())
                done({operationId, journal::State::Intent, r.error, {}});
            return;
        }
        const QString digest = r.ok() ? QStringLiteral("push=%1 inbox=%2 failures=%3").arg(r.value->sentPushCount)
                                            .arg(r.value->sentInboxCount).arg(r.value->failures.size())
                                      : QString();
        const journal::State state = settle(m_journal, operationId, r.error, digest);
        if (caller.alive())
            done({operationId, state, r.error, r.value});
    });
}

void MessageService::sendChunk(api::PartnerClient &client, const QString &templateSetCode, const QList<qint64> &operationIds,
                               const QList<api::BulkRecipient> &recipients, QObject *context,
                               std::function<void(const ChunkOutcome &)> done)
{
    const Caller caller(context);
    if (operationIds.isEmpty() || operationIds.size() != recipients.size() || !m_journal.markManySent(operationIds)) {
        return answerLater<ChunkOutcome>(this, caller, done,
                                         {operationIds, journal::State::Intent,
                                          journalUnavailable(QStringLiteral("the recipients could not be marked as sent")), {}});
    }
    client.sendBulkMessage(templateSetCode, recipients, this, [this, operationIds, caller, done](const api::Result<api::MessageResult> &r) {
        journal::State state = journal::State::Failed;
        if (r.error.kind == api::ApiError::Kind::Cancelled
            && m_journal.restartMany(operationIds, QStringLiteral("cancelled before it left"))) {
            state = journal::State::Intent; // withdrawn before it left: provably not sent
        } else if (r.error.ok()) {
            state = journal::State::Succeeded;
            m_journal.markManyOutcome(operationIds, state, {},
                                      QStringLiteral("chunk of %1: push=%2 inbox=%3 failures=%4").arg(operationIds.size())
                                          .arg(r.value->sentPushCount).arg(r.value->sentInboxCount).arg(r.value->failures.size()));
        } else if (r.error.outcomeUnknown()) {
            state = journal::State::Unknown;
            m_journal.markManyOutcome(operationIds, state, r.error.partnerCode, r.error.kindName());
        } else {
            m_journal.markManyOutcome(operationIds, state, r.error.partnerCode.isEmpty() ? r.error.kindName() : r.error.partnerCode,
                                      r.error.partnerReason);
        }
        if (caller.alive())
            done({operationIds, state, r.error, r.value});
    });
}

bool MessageService::settleManyByOperator(const QList<qint64> &operationIds, bool delivered)
{
    return m_journal.markManyReconciled(operationIds, delivered,
                                        delivered ? QStringLiteral("marked as sent by the operator") : QStringLiteral("marked as not sent by the operator"));
}

bool MessageService::markAnswerLost(const QList<qint64> &operationIds)
{
    return operationIds.isEmpty()
        || m_journal.markManyOutcome(operationIds, journal::State::Unknown, {}, QStringLiteral("answer lost: the run was cut short"));
}

bool MessageService::reopenForSending(const QList<qint64> &operationIds)
{
    return m_journal.restartMany(operationIds, QStringLiteral("the operator chose to send it again"));
}

} // namespace ait::ops
