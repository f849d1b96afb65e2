#include "payoutservice.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QRegularExpression>
#include <QTimer>

namespace ait::ops {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ait::ops::PayoutService)
};

QString resultName(api::PromotionOutcome outcome)
{
    switch (outcome) {
    case api::PromotionOutcome::Success: return QStringLiteral("SUCCESS");
    case api::PromotionOutcome::Pending: return QStringLiteral("PENDING");
    case api::PromotionOutcome::Failed: return QStringLiteral("FAILED");
    case api::PromotionOutcome::Unknown: break;
    }
    return QStringLiteral("UNKNOWN");
}

} // namespace

struct PayoutService::Run
{
    QPointer<api::PartnerClient> client;
    Caller caller{nullptr};
    qint64 operationId = 0;
    PayoutRequest request;
    QString key;
    Progress progress;
    Done done;
    int checks = 0;
    int delayMs = 0;
    bool cancelled = false;
    bool finished = false;
    bool recorded = false; // payRecorded(): a bulk row, which stays an intent when no key came
    QPointer<QTimer> wait;
    QMetaObject::Connection onCancel;
    std::optional<api::PromotionOutcome> lastResult;

    void report(Step step, int check) const
    {
        if (progress && caller.alive())
            progress(step, check);
    }
};

PayoutService::PayoutService(journal::Journal &journal, QObject *parent) : QObject(parent), m_journal(journal) {}

bool PayoutService::isTestCode(const QString &promotionCode)
{
    return promotionCode.startsWith(QLatin1String("TEST_"));
}

std::optional<journal::Operation> PayoutService::openPayout(const journal::Journal &journal, qint64 userKey, const QString &promotionCode)
{
    // Bulk rows count too: a user in a batch that is not finished has an open payout.
    const QList<journal::Operation> open = journal.openPayoutsFor(userKey, promotionCode);
    if (open.isEmpty())
        return std::nullopt;
    return open.first();
}

QString PayoutService::validate(const PayoutRequest &request)
{
    static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9_-]{1,100}$"));
    if (request.promotionCode.isEmpty())
        return Text::tr("Enter the promotion code.");
    if (!code.match(request.promotionCode).hasMatch())
        return Text::tr("A promotion code has only letters, digits, _ and -.");
    if (request.userKey <= 0)
        return Text::tr("Enter the userKey (a positive whole number).");
    if (request.amount <= 0)
        return Text::tr("The amount must be a positive whole number of points.");
    return {};
}

void PayoutService::pay(api::PartnerClient &client, const OperationContext &who, const PayoutRequest &request,
                        QObject *context, Progress progress, Done done)
{
    payAfterApproval(client, who, request, 0, context, std::move(progress), std::move(done));
}

std::optional<PayoutRequest> PayoutService::requestOf(const journal::Approval &approval)
{
    const QJsonObject o = QJsonDocument::fromJson(approval.request.toUtf8()).object();
    if (approval.kind != journal::Kind::Payout || approval.batchId)
        return std::nullopt;
    PayoutRequest r{o.value(QStringLiteral("userKey")).toInteger(), o.value(QStringLiteral("promotionCode")).toString(),
                    o.value(QStringLiteral("amount")).toInteger()};
    if (!validate(r).isEmpty() || r.amount != approval.amount)
        return std::nullopt;
    return r;
}

std::optional<qint64> PayoutService::requestApproval(const OperationContext &who, const PayoutRequest &request, api::ApiError *error)
{
    if (const QString problem = validate(request); !problem.isEmpty()) {
        *error = refusal(problem);
        return std::nullopt;
    }
    if (const auto open = openPayout(m_journal, request.userKey, request.promotionCode)) {
        *error = alreadyInProgress(Text::tr("A payout to this user from this promotion is already in progress or its outcome is unknown."), *open);
        return std::nullopt;
    }
    journal::Operation op = newOperation(journal::Kind::Payout, who);
    op.userKey = request.userKey;
    op.promotionCode = request.promotionCode;
    op.amount = request.amount;
    const QJsonObject body{{QStringLiteral("userKey"), request.userKey}, {QStringLiteral("promotionCode"), request.promotionCode},
                           {QStringLiteral("amount"), request.amount}, {QStringLiteral("identityFingerprint"), who.identityFingerprint}};
    return ops::requestApproval(m_journal, op, body,
                                Text::tr("A payout to this user from this promotion is already in progress or its outcome is unknown."),
                                Text::tr("A request for this payout is already awaiting approval."), error);
}

void PayoutService::payApproved(api::PartnerClient &client, const OperationContext &who, qint64 approvalId, QObject *context,
                                Progress progress, Done done)
{
    const std::optional<journal::Approval> approval = m_journal.approval(approvalId);
    const std::optional<PayoutRequest> request = approval ? requestOf(*approval) : std::nullopt;
    if (!request || approval->state != journal::ApprovalState::Approved || !sameCertificate(*approval, who)) {
        return answerLater<PayoutOutcome>(this, Caller(context), done,
                                          {0, journal::State::Failed,
                                           refusal(request && approval->state == journal::ApprovalState::Approved
                                                       ? Text::tr("Request #%1 was approved for another certificate (another profile or environment): send it with the profile it was asked with.").arg(approvalId)
                                                       : Text::tr("Request #%1 cannot be sent: it is not an approved payout.").arg(approvalId)), {}, false});
    }
    payAfterApproval(client, who, *request, approvalId, context, std::move(progress), std::move(done));
}

void PayoutService::payAfterApproval(api::PartnerClient &client, const OperationContext &who, const PayoutRequest &request,
                                     qint64 approvalId, QObject *context, Progress progress, Done done)
{
    auto refuse = [this, caller = Caller(context), done](qint64 id, journal::State state, const api::ApiError &e) {
        answerLater<PayoutOutcome>(this, caller, done, {id, state, e, {}, false});
    };
    if (const QString problem = validate(request); !problem.isEmpty())
        return refuse(0, journal::State::Failed, refusal(problem));
    // Refused in core, not only in the windows: above the profile's threshold nothing leaves
    // without a second operator's approval.
    if (!approvalId && needsApproval(who, request.amount, isTestCode(request.promotionCode)))
        return refuse(0, journal::State::Failed, api::ApiError::make(api::ApiError::Kind::ApprovalRequired));
    // Refused in core: one open payout per user and promotion, so a double click or a second
    // window cannot pay twice while the first is unanswered or unknown.
    if (const auto open = openPayout(m_journal, request.userKey, request.promotionCode))
        return refuse(open->id, open->state,
                      alreadyInProgress(Text::tr("A payout to this user from this promotion is already in progress or its outcome is unknown."), *open));
    journal::Operation op = newOperation(journal::Kind::Payout, who);
    op.userKey = request.userKey;
    op.promotionCode = request.promotionCode;
    op.amount = request.amount;
    op.test = isTestCode(request.promotionCode);
    api::ApiError notRecorded;
    const std::optional<qint64> id = recordIntent(m_journal, op, &notRecorded, approvalId);
    if (!id)
        return refuse(0, journal::State::Failed, notRecorded);

    auto run = std::make_shared<Run>();
    run->caller = Caller(context);
    run->operationId = *id;
    run->request = request;
    run->progress = std::move(progress);
    run->done = std::move(done);
    start(client, run);
}

void PayoutService::payRecorded(api::PartnerClient &client, qint64 operationId, QObject *context, Progress progress, Done done)
{
    const std::optional<journal::Operation> op = m_journal.find(operationId);
    if (!op || op->kind != journal::Kind::Payout || op->state != journal::State::Intent || m_journal.isInFlightHere(operationId)) {
        return answerLater<PayoutOutcome>(this, Caller(context), done,
                                          {operationId, journal::State::Failed, refusal(Text::tr("There is no payout waiting to be paid.")), {}, false});
    }
    auto run = std::make_shared<Run>();
    run->caller = Caller(context);
    run->operationId = operationId;
    run->request = {op->userKey, op->promotionCode, op->amount};
    run->recorded = true;
    run->progress = std::move(progress);
    run->done = std::move(done);
    start(client, run);
}

void PayoutService::start(api::PartnerClient &client, const std::shared_ptr<Run> &run)
{
    run->client = &client;
    run->delayMs = m_polling.firstDelayMs;
    run->onCancel = connect(&client, &api::PartnerClient::cancelling, this, [this, run] {
        run->cancelled = true;
        if (run->wait) { // between two checks: nothing in flight will answer
            run->wait->deleteLater();
            api::ApiError e = api::ApiError::make(api::ApiError::Kind::Cancelled);
            finish(run, journal::State::Unknown, e, {}, QStringLiteral("checking stopped"));
        }
    });

    run->report(Step::GettingKey, 0);
    QPointer<PayoutService> self(this);
    // The service, not the caller's widget, receives the answers: the journal is settled even if
    // the window that started the payout is gone.
    client.getPromotionKey(run->request.userKey, this, [self, run](const api::Result<QString> &r) {
        if (!self)
            return;
        if (!r.ok() && run->recorded && r.error.kind != api::ApiError::Kind::Partner && r.error.kind != api::ApiError::Kind::InvalidGrant) {
            // No key and no refusal from the partner (a 5xx, the network): nothing can have been
            // paid, and the row waits for its run to ask for a key again.
            run->finished = true;
            disconnect(run->onCancel);
            if (run->done && run->caller.alive())
                run->done({run->operationId, journal::State::Intent, r.error, {}, false});
            return;
        }
        if (!r.ok()) { // no key, so nothing can have been paid
            self->finish(run, journal::State::Failed, r.error,
                         r.error.partnerCode.isEmpty() ? r.error.kindName() : r.error.partnerCode, QStringLiteral("no key"));
            return;
        }
        run->key = *r.value;
        // The key is on record before execute-promotion can leave: it is how the outcome is found later.
        if (!self->m_journal.markSentWithKey(run->operationId, run->key)) {
            const std::optional<journal::Operation> now = self->m_journal.find(run->operationId);
            if (now && now->state != journal::State::Intent) {
                // Another payment of this row got there first: this one never left, and the row is
                // that one's to settle, not ours.
                run->finished = true;
                disconnect(run->onCancel);
                if (run->done && run->caller.alive())
                    run->done({run->operationId, now->state,
                               alreadyInProgress(Text::tr("A payout to this user from this promotion is already in progress or its outcome is unknown.")),
                               {}, false});
                return;
            }
            self->finish(run, journal::State::Failed, journalUnavailable(QStringLiteral("the promotion key could not be recorded")),
                         QStringLiteral("journal"), QStringLiteral("key not recorded"));
            return;
        }
        if (run->cancelled) {
            self->finish(run, journal::State::Failed, api::ApiError::make(api::ApiError::Kind::Cancelled), QStringLiteral("cancelled"),
                         QStringLiteral("cancelled before paying"));
            return;
        }
        self->execute(run);
    });
}

void PayoutService::execute(const std::shared_ptr<Run> &run)
{
    if (!run->client)
        return finish(run, journal::State::Unknown, api::ApiError::make(api::ApiError::Kind::Cancelled), {}, QStringLiteral("client gone"));
    run->report(Step::Paying, 0);
    QPointer<PayoutService> self(this);
    run->client->executePromotion(run->request.userKey, run->request.promotionCode, run->key, run->request.amount, this,
                                  [self, run](const api::Result<QString> &r) {
        if (!self)
            return;
        if (r.ok()) // the first check at once, or after firstDelayMs (crediting always lags a little)
            return self->m_polling.checkAtOnce ? self->poll(run) : self->pollLater(run);
        const QString code = r.error.partnerCode;
        if (code == QLatin1String("4113")) // this key was already used: by us, so the payout happened
            return self->poll(run);
        // 4110 is Toss's own failure to grant: whether anything was paid is for the result to say.
        if (r.error.outcomeUnknown() || code == QLatin1String("4110"))
            return self->finish(run, journal::State::Unknown, r.error, code, QStringLiteral("execute-promotion unanswered"));
        // Not sent (the connection failed first): the key was not used. A bulk row keeps its
        // place and is settled by asking about its key, as any row whose call may not have arrived.
        if (run->recorded && r.error.kind != api::ApiError::Kind::Partner && r.error.kind != api::ApiError::Kind::InvalidGrant)
            return self->finish(run, journal::State::Unknown, r.error, {}, QStringLiteral("execute-promotion not sent: %1").arg(r.error.kindName()));
        // A definite rejection: the key was not used, nothing was paid.
        self->finish(run, journal::State::Failed, r.error, code.isEmpty() ? r.error.kindName() : code, r.error.partnerReason);
    });
}

void PayoutService::poll(const std::shared_ptr<Run> &run)
{
    if (run->cancelled)
        return finish(run, journal::State::Unknown, api::ApiError::make(api::ApiError::Kind::Cancelled), {}, QStringLiteral("checking stopped"));
    if (!run->client)
        return finish(run, journal::State::Unknown, api::ApiError::make(api::ApiError::Kind::Cancelled), {}, QStringLiteral("client gone"));
    ++run->checks;
    run->report(Step::WaitingForResult, run->checks);
    QPointer<PayoutService> self(this);
    run->client->getPromotionResult(run->request.userKey, run->request.promotionCode, run->key, this,
                                    [self, run](const api::Result<api::PromotionOutcome> &r) {
        if (!self)
            return;
        if (r.ok())
            run->lastResult = *r.value;
        if (r.ok() && *r.value == api::PromotionOutcome::Success)
            return self->finish(run, journal::State::Succeeded, {}, {}, QStringLiteral("result=SUCCESS"));
        if (r.ok() && *r.value == api::PromotionOutcome::Failed) {
            api::ApiError e = api::ApiError::partner(QStringLiteral("FAILED"), {}, 200);
            e.message = Text::tr("Toss reported the payout as FAILED: no points were paid.");
            e.hint = Text::tr("Nothing was paid: you may start a new payout.");
            return self->finish(run, journal::State::Failed, e, QStringLiteral("FAILED"), QStringLiteral("result=FAILED"));
        }
        const QString last = r.ok() ? resultName(*r.value) : (r.error.partnerCode.isEmpty() ? r.error.kindName() : r.error.partnerCode);
        if (run->cancelled || run->checks >= self->m_polling.maxChecks) {
            api::ApiError e = run->cancelled ? api::ApiError::make(api::ApiError::Kind::Cancelled) : api::ApiError::make(api::ApiError::Kind::OutcomeUnknown);
            if (!run->cancelled) {
                e.message = Text::tr("The payout was accepted, but Toss has not confirmed it yet (%1 after %2 checks).").arg(last).arg(run->checks);
                e.hint = Text::tr("Use Reconcile later: it asks again with the same key and never pays twice.");
            }
            return self->finish(run, journal::State::Unknown, e, {}, QStringLiteral("result=%1 after %2 checks").arg(last).arg(run->checks));
        }
        // PENDING, or a failed check: ask again later, waiting longer each time.
        self->pollLater(run);
    });
}

void PayoutService::pollLater(const std::shared_ptr<Run> &run)
{
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    // A coarse timer may fire 5 % early: before Toss has credited, so the check would say PENDING
    // and cost a call of the user's 10 a minute.
    timer->setTimerType(Qt::PreciseTimer);
    run->wait = timer;
    QPointer<PayoutService> self(this);
    connect(timer, &QTimer::timeout, this, [self, run, timer] {
        timer->deleteLater();
        run->wait = nullptr;
        if (self)
            self->poll(run);
    });
    timer->start(run->delayMs);
    run->delayMs = std::min(run->delayMs * 2, m_polling.maxDelayMs);
}

void PayoutService::finish(const std::shared_ptr<Run> &run, journal::State state, const api::ApiError &error,
                           const QString &code, const QString &digest)
{
    if (run->finished)
        return;
    run->finished = true;
    disconnect(run->onCancel);
    if (run->wait)
        run->wait->stop();
    QString text = digest;
    if (state == journal::State::Succeeded) // only ever after execute-promotion, so with a key
        text = QStringLiteral("%1 amount=%2").arg(digest).arg(run->request.amount);
    m_journal.markOutcome(run->operationId, state, code, text);
    if (run->done && run->caller.alive())
        run->done({run->operationId, state, error, run->lastResult, state == journal::State::Succeeded});
}

bool PayoutService::settleUnpaid(qint64 operationId, const QString &partnerCode, const QString &digest)
{
    const std::optional<journal::Operation> op = m_journal.find(operationId);
    if (!op || op->kind != journal::Kind::Payout || op->state != journal::State::Intent || !op->idempotencyKey.isEmpty())
        return false;
    return m_journal.markOutcome(operationId, journal::State::Failed, partnerCode, digest);
}

void PayoutService::reconcile(api::PartnerClient &client, qint64 operationId, QObject *context, Done done, NothingPaid nothingPaid)
{
    const Caller caller(context);
    const std::optional<journal::Operation> op = m_journal.find(operationId);
    if (!op || op->kind != journal::Kind::Payout || !op->isOpen() || m_journal.isInFlightHere(operationId)) {
        return answerLater<PayoutOutcome>(this, caller, done,
                                          {operationId, journal::State::Failed, refusal(Text::tr("There is no open payout to reconcile.")), {}, false});
    }
    const bool reopen = nothingPaid == NothingPaid::Reopen;
    if (op->idempotencyKey.isEmpty()) {
        // The key never reached us, so execute-promotion never left: nothing can have been paid.
        if (reopen && op->state == journal::State::Intent) // already waiting for a key
            return answerLater<PayoutOutcome>(this, caller, done, {operationId, journal::State::Intent, {}, {}, false, true});
        if (reopen && m_journal.restartAttempt(operationId, QStringLiteral("no key was obtained")))
            return answerLater<PayoutOutcome>(this, caller, done, {operationId, journal::State::Intent, {}, {}, false, true});
        m_journal.markReconciled(operationId, false, QStringLiteral("no key was obtained"));
        return answerLater<PayoutOutcome>(this, caller, done, {operationId, journal::State::Reconciled, {}, {}, false});
    }
    client.getPromotionResult(op->userKey, op->promotionCode, op->idempotencyKey, this,
                              [this, operationId, caller, done, reopen](const api::Result<api::PromotionOutcome> &r) {
        auto report = [&caller, &done](const PayoutOutcome &o) {
            if (caller.alive())
                done(o);
        };
        if (r.ok() && (*r.value == api::PromotionOutcome::Success || *r.value == api::PromotionOutcome::Failed)) {
            const bool paid = *r.value == api::PromotionOutcome::Success;
            m_journal.markReconciled(operationId, paid, QStringLiteral("result=%1").arg(resultName(*r.value)));
            return report({operationId, journal::State::Reconciled, {}, *r.value, paid});
        }
        if (!r.ok() && r.error.partnerCode == QLatin1String("4111")) { // no payout was made with this key
            if (reopen && m_journal.restartAttempt(operationId, QStringLiteral("4111 no payout with this key")))
                return report({operationId, journal::State::Intent, {}, {}, false, true});
            m_journal.markReconciled(operationId, false, QStringLiteral("4111 no payout with this key"));
            return report({operationId, journal::State::Reconciled, {}, {}, false});
        }
        // Still pending, or the lookup failed: the row stays open, to be reconciled later.
        api::ApiError e = r.error;
        if (r.ok()) {
            e = api::ApiError::make(api::ApiError::Kind::OutcomeUnknown);
            e.message = Text::tr("Toss has not finished this payout yet (PENDING). Reconcile again later.");
        }
        report({operationId, journal::State::Unknown, e, r.value, false});
    });
}

} // namespace ait::ops
