#include "messageservice.h"

#include "core/clock.h"

#include <QPointer>
#include <QTimer>

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
    auto later = [this, done](MessageOutcome outcome) { QTimer::singleShot(0, this, [done, outcome] { done(outcome); }); };
    if (!request.test && sendsInLastMinute(request.userKey) >= PerUserPerMinute) {
        api::ApiError e = api::ApiError::make(api::ApiError::Kind::RateLimited);
        e.message = Text::tr("This user already got %1 messages in the last minute, the partner's limit. Nothing was sent.").arg(PerUserPerMinute);
        e.hint = Text::tr("Wait a minute and try again.");
        return later({0, journal::State::Failed, e, {}});
    }
    journal::Operation op = newOperation(journal::Kind::Message, who);
    op.userKey = request.userKey;
    op.templateCode = request.templateSetCode;
    op.test = request.test;
    QString journalError;
    const std::optional<qint64> id = m_journal.recordIntent(op, &journalError);
    if (!id) {
        api::ApiError e = api::ApiError::make(api::ApiError::Kind::InvalidInput);
        e.message = Text::tr("The message was not sent: it could not be written to the activity journal first.");
        e.hint = journalError;
        return later({0, journal::State::Failed, e, {}});
    }
    m_journal.markSent(*id);
    if (!request.test) {
        QList<QDateTime> &sends = m_sends[request.userKey];
        const QDateTime now = m_clock.now();
        sends.erase(std::remove_if(sends.begin(), sends.end(), [&](const QDateTime &t) { return t.secsTo(now) >= 60; }), sends.end());
        sends << now;
    }
    QPointer<MessageService> self(this);
    const qint64 operationId = *id;
    auto finish = [self, operationId, done](const api::Result<api::MessageResult> &r) {
        if (!self)
            return;
        const QString digest = r.ok() ? QStringLiteral("push=%1 inbox=%2 failures=%3").arg(r.value->sentPushCount)
                                            .arg(r.value->sentInboxCount).arg(r.value->failures.size())
                                      : QString();
        done({operationId, settle(self->m_journal, operationId, r.error, digest), r.error, r.value});
    };
    if (request.test)
        client.sendTestMessage(request.userKey, request.templateSetCode, request.deploymentId, request.context, context, finish);
    else
        client.sendMessage(request.userKey, request.templateSetCode, request.context, context, finish);
}

} // namespace ait::ops
