#include "rawcallservice.h"

#include "payoutservice.h"

namespace ait::ops {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ait::ops::RawCallService)
};

qint64 userKeyHeader(const api::PartnerClient::Headers &headers)
{
    for (const auto &[name, value] : headers) {
        if (name.compare("x-toss-user-key", Qt::CaseInsensitive) == 0)
            return value.trimmed().toLongLong();
    }
    return 0;
}

QString text(const QJsonObject &body, const char *field)
{
    return body.value(QLatin1String(field)).toString();
}

} // namespace

RawCallService::RawCallService(journal::Journal &journal, QObject *parent) : QObject(parent), m_journal(journal) {}

std::optional<journal::Operation> RawCallService::journalRowFor(const QString &path, const QJsonObject &body,
                                                                const api::PartnerClient::Headers &headers, const OperationContext &who)
{
    namespace e = api::endpoints;
    const api::PartnerClient::Endpoint *endpoint = api::PartnerClient::endpointFor(path);
    if (!endpoint || !endpoint->changesState)
        return std::nullopt;
    auto row = [&who, &headers](journal::Kind kind) {
        journal::Operation op = newOperation(kind, who);
        op.userKey = userKeyHeader(headers);
        return op;
    };
    if (endpoint == &e::RefundPayment) {
        journal::Operation op = row(journal::Kind::Refund);
        op.payToken = text(body, "payToken");
        op.idempotencyKey = op.payToken;
        op.reason = text(body, "reason");
        op.test = body.value(QStringLiteral("isTestPayment")).toBool();
        return op;
    }
    if (endpoint == &e::ExecutePromotion) {
        journal::Operation op = row(journal::Kind::Payout);
        op.promotionCode = text(body, "promotionCode");
        op.idempotencyKey = text(body, "key");
        op.amount = body.value(QStringLiteral("amount")).toInteger();
        op.test = PayoutService::isTestCode(op.promotionCode);
        return op;
    }
    if (endpoint == &e::SendMessage || endpoint == &e::SendTestMessage || endpoint == &e::SendBulkMessage) {
        journal::Operation op = row(journal::Kind::Message);
        op.templateCode = text(body, "templateSetCode");
        op.test = endpoint == &e::SendTestMessage;
        return op;
    }
    if (endpoint == &e::MakePayment || endpoint == &e::ExecutePayment) {
        journal::Operation op = row(journal::Kind::TestPayment);
        op.orderNo = text(body, "orderNo");
        op.payToken = text(body, "payToken");
        op.amount = body.value(QStringLiteral("amount")).toInteger();
        op.reason = text(body, "productDesc");
        op.idempotencyKey = op.orderNo.isEmpty() ? op.payToken : op.orderNo;
        op.test = body.value(QStringLiteral("isTestPayment")).toBool();
        return op;
    }
    return std::nullopt; // unlinks: no money, no journal row (as in the console)
}

std::optional<journal::Operation> RawCallService::openOperationLike(const journal::Operation &row) const
{
    if (row.kind == journal::Kind::Payout)
        return PayoutService::openPayout(m_journal, row.userKey, row.promotionCode);
    if (row.kind == journal::Kind::Message || row.idempotencyKey.isEmpty())
        return std::nullopt;
    const QList<journal::Operation> open = m_journal.openFor(row.kind, row.idempotencyKey);
    return open.isEmpty() ? std::nullopt : std::optional(open.first());
}

void RawCallService::call(api::PartnerClient &client, const OperationContext &who, const RawCallRequest &request, QObject *context,
                          Done done)
{
    const Caller caller(context);
    auto refuse = [this, caller, done](qint64 id, journal::State state, const api::ApiError &e) {
        RawCallOutcome outcome{id, state, {}};
        outcome.answer.error = e;
        answerLater<RawCallOutcome>(this, caller, done, outcome);
    };
    const std::optional<journal::Operation> row = journalRowFor(request.path, request.body, request.headers, who);
    if (!row) { // not money: straight through (the client still refuses changes for read-only profiles)
        client.rawCall(request.path, request.body, request.headers, this, [caller, done](const api::PartnerClient::RawAnswer &answer) {
            if (caller.alive())
                done({0, answer.error.ok() ? journal::State::Succeeded : journal::State::Failed, answer});
        });
        return;
    }
    if (row->kind == journal::Kind::Payout && row->idempotencyKey.isEmpty())
        return refuse(0, journal::State::Failed, refusal(Text::tr("execute-promotion needs the promotion key in \"key\": it is how the payout is found again.")));
    // A raw refund or payout carries no amount the threshold could be checked against: under a
    // four-eyes profile, money goes only through the approval path.
    if (who.approvalAbove > 0 && !row->test && (row->kind == journal::Kind::Refund || row->kind == journal::Kind::Payout))
        return refuse(0, journal::State::Failed, api::ApiError::make(api::ApiError::Kind::ApprovalRequired));
    if (const auto open = openOperationLike(*row))
        return refuse(open->id, open->state,
                      alreadyInProgress(Text::tr("An operation on the same target is already in progress or its outcome is unknown (#%1).").arg(open->id)));
    api::ApiError notRecorded;
    const std::optional<qint64> id = recordAndMarkSent(m_journal, *row, &notRecorded);
    if (!id)
        return refuse(0, journal::State::Failed, notRecorded);
    const qint64 operationId = *id;
    const journal::Kind kind = row->kind;
    const bool makesPayment = api::PartnerClient::endpointFor(request.path) == &api::endpoints::MakePayment;
    // This service, not the caller, receives the answer: the journal is settled whatever happens to the caller.
    client.rawCall(request.path, request.body, request.headers, this,
                   [this, operationId, kind, makesPayment, caller, done](const api::PartnerClient::RawAnswer &answer) {
        const QString digest = QStringLiteral("raw call: HTTP %1 %2").arg(answer.record.httpStatus).arg(answer.record.partnerResult);
        journal::State state;
        if (kind == journal::Kind::Payout) {
            // Accepted is not paid: only execution-result with the same key says (Reconcile asks it).
            // 4113 (key already used) and 4110 (Toss failed to grant) leave it open the same way.
            const QString code = answer.error.partnerCode;
            if (answer.error.ok() || answer.error.outcomeUnknown() || code == QLatin1String("4113") || code == QLatin1String("4110")) {
                state = journal::State::Unknown;
                m_journal.markOutcome(operationId, state, code, digest + QStringLiteral("; ask execution-result"));
            } else {
                state = settle(m_journal, operationId, answer.error, {});
            }
        } else {
            if (makesPayment && answer.error.ok())
                m_journal.setPayToken(operationId, answer.payload.toObject().value(QStringLiteral("payToken")).toString());
            state = settle(m_journal, operationId, answer.error, digest);
        }
        if (caller.alive())
            done({operationId, state, answer});
    });
}

} // namespace ait::ops
