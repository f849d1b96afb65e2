#include "commands.h"

#include "core/ops/moneyservices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ait::cli {

namespace {

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QJsonObject toJson(const journal::Approval &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("createdAt"), a.createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("kind"), journal::kindName(a.kind)},
            {QStringLiteral("requester"), a.requester},
            {QStringLiteral("amount"), a.amount},
            {QStringLiteral("state"), journal::approvalStateName(a.state)},
            {QStringLiteral("decidedBy"), a.decidedBy},
            {QStringLiteral("reason"), a.reason},
            {QStringLiteral("operation"), a.operationId},
            {QStringLiteral("request"), QJsonDocument::fromJson(a.request.toUtf8()).object()}};
}

} // namespace

QString ApprovalsCommand::summary()
{
    return tr("four-eyes approval on the team journal: list, request, approve, reject and send");
}

void ApprovalsCommand::start()
{
    dispatch(QStringLiteral("approvals"),
             {{QStringLiteral("list"), tr("requests and what became of them, newest first"), [this] { list(); }},
              {QStringLiteral("request-payout"), tr("ask another operator to approve a payout above the profile's threshold"), [this] { requestPayout(); }},
              {QStringLiteral("approve"), tr("approve another operator's request"), [this] { decide(true); }},
              {QStringLiteral("reject"), tr("reject another operator's request, with a reason"), [this] { decide(false); }},
              {QStringLiteral("send"), tr("send an approved request (refund or payout), once"), [this] { send(); }}});
}

void ApprovalsCommand::list()
{
    CommandLine cl(QStringLiteral("approvals list [--state awaiting|approved|rejected|sent] [--json]"),
                   tr("Lists the requests for a second operator's approval in the team journal, newest first."),
                   CommandLine::Json | CommandLine::Journal);
    cl.add(QStringLiteral("state"), tr("Only this state: awaiting, approved, rejected or sent."), tr("state"));
    if (!cl.parse(arguments(), output()))
        return finish(cl.exitCode());
    std::optional<journal::ApprovalState> state;
    if (cl.isSet(QStringLiteral("state"))) {
        state = journal::approvalStateFromName(cl.value(QStringLiteral("state")));
        if (!state)
            cl.fail(tr("--state expects awaiting, approved, rejected or sent, not \"%1\".").arg(cl.value(QStringLiteral("state"))));
    }
    if (cl.failed())
        return finish(cl.exitCode());
    if (!openJournal(cl, true))
        return;
    const QList<journal::Approval> all = workspace().journal().approvals(state);
    if (all.isEmpty())
        output().text(tr("No requests."));
    for (const journal::Approval &a : all) {
        output().result(toJson(a));
        output().text(QStringLiteral("#%1  %2  %3  %4  %5  %6  %7")
                          .arg(a.id)
                          .arg(localTime(a.createdAt), journal::kindName(a.kind).leftJustified(8), points(a.amount), a.requester,
                               journal::approvalStateName(a.state).leftJustified(9),
                               a.decidedBy.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(a.decidedBy, a.reason)));
    }
    finish(ops::exit_codes::Done);
}

void ApprovalsCommand::requestPayout()
{
    auto cl = std::make_shared<CommandLine>(
        QStringLiteral("approvals request-payout --profile NAME --promotion CODE --user-key K --amount N [--json]"),
        tr("Records a payout as awaiting another operator's approval in the team journal; nothing is sent. Once approved, "
           "\"ait-cli approvals send ID\" (from any console) pays it, once."),
        CommandLine::Profile | CommandLine::Json | CommandLine::Journal);
    cl->add(QStringLiteral("promotion"), tr("The promotion code (letters, digits, _ and -)."), tr("code"));
    cl->add(QStringLiteral("user-key"), tr("The user's userKey."), tr("number"));
    cl->add(QStringLiteral("amount"), tr("Points to pay."), tr("points"));
    if (!cl->parse(arguments(), output()))
        return finish(cl->exitCode());
    const QString profile = cl->required(QStringLiteral("profile"), tr("the profile to pay with"));
    const QString code = cl->required(QStringLiteral("promotion"), tr("the promotion code"));
    const std::optional<qint64> userKey = cl->positiveInteger(QStringLiteral("user-key"), tr("the user's userKey"));
    const std::optional<qint64> amount = cl->positiveInteger(QStringLiteral("amount"), tr("the points to pay"));
    if (cl->failed())
        return finish(cl->exitCode());
    if (!openJournal(*cl))
        return;
    const ops::PayoutRequest request{*userKey, code, *amount};
    withProfile(profile, [this, request](api::PartnerClient &) {
        if (refuseIfReadOnly())
            return;
        api::ApiError error;
        const auto id = workspace().money().payouts().requestApproval(workspace().operationContext(), request, &error);
        if (!id)
            return finishWithError(error);
        output().text(tr("Request #%1 is waiting for another operator's approval. Nothing was sent.").arg(*id));
        finishWith(ops::OutcomeClass::Done, {}, {{QStringLiteral("approval"), *id}, {QStringLiteral("state"), QStringLiteral("awaiting")}});
    });
}

void ApprovalsCommand::decide(bool approve)
{
    CommandLine cl(approve ? QStringLiteral("approvals approve ID [--reason TEXT] [--json]") : QStringLiteral("approvals reject ID --reason TEXT [--json]"),
                   approve ? tr("Approves another operator's request; the one who asked cannot approve it (the database checks the login).")
                           : tr("Rejects another operator's request with a reason; a rejected request can never be sent."),
                   CommandLine::Json | CommandLine::Journal);
    cl.addPositional(QStringLiteral("id"), tr("The request's number (#ID)."), QStringLiteral("ID"));
    cl.add(QStringLiteral("reason"), tr("Why (shown to the one who asked)."), tr("text"));
    if (!cl.parse(arguments(), output()))
        return finish(cl.exitCode());
    bool ok = false;
    const qint64 id = cl.positional().value(0).toLongLong(&ok);
    if (cl.positional().size() != 1 || !ok || id <= 0)
        cl.fail(tr("Give one request number, e.g. ait-cli approvals approve 12."));
    const QString reason = cl.value(QStringLiteral("reason")).trimmed();
    if (!approve && reason.isEmpty())
        cl.fail(tr("A rejection needs --reason: the one who asked is told why."));
    if (cl.failed())
        return finish(cl.exitCode());
    if (!openJournal(cl, true))
        return;
    QString why;
    if (!workspace().journal().decideApproval(id, approve, reason, &why)) {
        const std::optional<journal::Approval> a = workspace().journal().approval(id);
        QString message;
        if (!workspace().journal().isTeam())
            message = tr("Approval works only with the team journal (Settings → Journal).");
        else if (!a)
            message = tr("There is no request #%1.").arg(id);
        else if (a->state != journal::ApprovalState::Awaiting)
            message = tr("Request #%1 was already decided (%2).").arg(id).arg(journal::approvalStateName(a->state));
        else if (a->requester == workspace().journal().operatorOnRecord())
            message = tr("Request #%1 is yours: another operator must approve or reject it.").arg(id);
        else
            message = tr("The team journal could not record the decision: %1").arg(why);
        return finishWithProblem(ops::OutcomeClass::BadInput, message);
    }
    output().text(approve ? tr("Request #%1 is approved: it can now be sent (ait-cli approvals send %1).").arg(id)
                          : tr("Request #%1 is rejected; it will not be sent.").arg(id));
    finishWith(ops::OutcomeClass::Done, {}, {{QStringLiteral("approval"), id}, {QStringLiteral("state"), approve ? QStringLiteral("approved") : QStringLiteral("rejected")}});
}

void ApprovalsCommand::send()
{
    auto cl = std::make_shared<CommandLine>(QStringLiteral("approvals send ID --profile NAME [--json]"),
                                            tr("Sends an approved request through the usual path (journaled first, then sent, then settled). "
                                               "It is sent once, whichever console sends it."),
                                            CommandLine::Profile | CommandLine::Json | CommandLine::Journal);
    cl->addPositional(QStringLiteral("id"), tr("The request's number (#ID)."), QStringLiteral("ID"));
    if (!cl->parse(arguments(), output()))
        return finish(cl->exitCode());
    bool ok = false;
    const qint64 id = cl->positional().value(0).toLongLong(&ok);
    if (cl->positional().size() != 1 || !ok || id <= 0)
        cl->fail(tr("Give one request number, e.g. ait-cli approvals send 12."));
    const QString profile = cl->required(QStringLiteral("profile"), tr("the profile to send with"));
    if (cl->failed())
        return finish(cl->exitCode());
    if (!openJournal(*cl, true))
        return;
    const std::optional<journal::Approval> a = workspace().journal().approval(id);
    if (!a || a->state != journal::ApprovalState::Approved)
        return finishWithProblem(ops::OutcomeClass::BadInput, a ? tr("Request #%1 is %2, not approved: nothing was sent.").arg(id).arg(journal::approvalStateName(a->state))
                                                                : tr("There is no request #%1.").arg(id));
    withProfile(profile, [this, id, kind = a->kind](api::PartnerClient &client) {
        if (refuseIfReadOnly())
            return;
        changeStarted();
        const auto report = [this, id](qint64 operationId, journal::State state, const api::ApiError &error) {
            const QJsonObject result{{QStringLiteral("approval"), id}, {QStringLiteral("operation"), operationId},
                                     {QStringLiteral("state"), journal::stateName(state)}};
            if (state == journal::State::Succeeded)
                output().text(tr("Request #%1 was sent and succeeded: Activity #%2.").arg(id).arg(operationId));
            finishWith(ops::classify(state, error), error, result);
        };
        if (kind == journal::Kind::Refund) {
            workspace().money().refunds().refundApproved(client, workspace().operationContext(), id, this,
                                                         [report](const ops::RefundOutcome &o) { report(o.operationId, o.state, o.error); });
        } else {
            workspace().money().payouts().payApproved(client, workspace().operationContext(), id, this, {},
                                                      [report](const ops::PayoutOutcome &o) { report(o.operationId, o.state, o.error); });
        }
    });
}

} // namespace ait::cli
