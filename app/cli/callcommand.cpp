#include "commands.h"

#include "core/api/partnerclient.h"
#include "core/ops/moneyservices.h"

#include <QJsonDocument>

namespace ait::cli {

QString CallCommand::summary()
{
    return tr("a raw partner call with a profile's identity, for developers");
}

void CallCommand::start()
{
    QString endpointList;
    for (const api::PartnerClient::Endpoint *e : api::endpoints::All)
        endpointList += QStringLiteral("\n  %1 %2%3").arg(QString::fromLatin1(e->method()).leftJustified(4), QString::fromLatin1(e->path),
                                                        e->mayChange() ? QStringLiteral("  *") : QString());
    auto cl = std::make_shared<CommandLine>(
        QStringLiteral("call --profile NAME METHOD PATH [--data JSON] [--header NAME:VALUE …] [--allow-change] [--yes] [--json]"),
        tr("Makes one partner call with the profile's certificate, through the same client as every command (TLS, "
           "timeouts, read-only profiles refused, redirects never followed) and prints the answer, masked unless "
           "--show-secrets. Calls that change something (marked *) are refused unless --allow-change, and are confirmed "
           "like any change; refunds, payouts, payments and messages made this way are recorded in the activity journal "
           "as the operation they are, before they leave, and an unknown outcome is left for \"ait-cli journal reconcile\". "
           "Partner endpoints:%1").arg(endpointList),
        CommandLine::Profile | CommandLine::Json | CommandLine::Journal | CommandLine::Yes | CommandLine::ShowSecrets);
    cl->addPositional(QStringLiteral("method"), tr("GET or POST, as the endpoint takes it."), QStringLiteral("METHOD"));
    cl->addPositional(QStringLiteral("path"), tr("The endpoint's path, e.g. /api-partner/v1/apps-in-toss/order/get-order-status."), QStringLiteral("PATH"));
    cl->add(QStringLiteral("data"), tr("The request body: one JSON object."), tr("json"));
    cl->add(QStringLiteral("header"), tr("A request header as NAME:VALUE, e.g. x-toss-user-key:443731103 (repeat it for more)."), tr("header"));
    cl->add(QStringLiteral("allow-change"), tr("Allow a call that changes something (refund, payment, payout, message, unlink, promotion key)."));
    if (!cl->parse(arguments(), output()))
        return finish(cl->exitCode());
    const QString profile = cl->required(QStringLiteral("profile"), tr("the profile to call with"));
    const QStringList positional = cl->positional();
    const api::PartnerClient::Endpoint *endpoint = nullptr;
    if (positional.size() != 2) {
        cl->fail(tr("ait-cli call expects METHOD and PATH, e.g. ait-cli call --profile Sandbox POST /api-partner/v1/apps-in-toss/order/get-order-status."));
    } else {
        endpoint = api::PartnerClient::endpointFor(positional.at(1));
        if (!endpoint)
            cl->fail(tr("PATH \"%1\" is not a partner endpoint ait-cli knows: see ait-cli call --help for the list.").arg(positional.at(1)));
        else if (positional.at(0).toUpper().toLatin1() != endpoint->method())
            cl->fail(tr("METHOD: %1 takes %2, not %3.").arg(positional.at(1), QString::fromLatin1(endpoint->method()), positional.at(0)));
    }
    QJsonObject body;
    if (cl->isSet(QStringLiteral("data"))) {
        const QJsonDocument doc = QJsonDocument::fromJson(cl->value(QStringLiteral("data")).toUtf8());
        if (!doc.isObject())
            cl->fail(tr("--data expects one JSON object, e.g. {\"orderId\":\"demo-order-purchased\"}."));
        body = doc.object();
    }
    api::PartnerClient::Headers headers;
    for (const QString &header : cl->values(QStringLiteral("header"))) {
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            cl->fail(tr("--header expects NAME:VALUE, not \"%1\".").arg(header));
            break;
        }
        headers << qMakePair(header.left(colon).trimmed().toLatin1(), header.mid(colon + 1).trimmed().toUtf8());
    }
    if (cl->failed())
        return finish(cl->exitCode());
    if (endpoint->mayChange() && !cl->isSet(QStringLiteral("allow-change")))
        return finishWithProblem(ops::OutcomeClass::NotConfirmed,
                                 tr("%1 changes something at the partner: add --allow-change to make this call. Nothing was sent.")
                                     .arg(QString::fromLatin1(endpoint->path)));
    const ops::RawCallRequest request{QString::fromLatin1(endpoint->path), body, headers};
    // Only a call that is journaled opens the journal; it is refused while nothing can be recorded.
    if (ops::RawCallService::journalRowFor(request.path, body, headers, {})) {
        if (!openJournal(*cl))
            return;
        if (const QString why = workspace().money().whyRefused(); !why.isEmpty())
            return finishWithProblem(ops::OutcomeClass::LocalProblem, why);
    }
    withProfile(profile, [this, endpoint, request, yes = cl->yes()](api::PartnerClient &client) {
        auto send = [this, client = &client, request, change = endpoint->mayChange()] {
            if (change)
                changeStarted();
            workspace().money().rawCalls().call(*client, workspace().operationContext(), request, this, [this](const ops::RawCallOutcome &o) {
                const api::CallRecord &r = o.answer.record;
                const QJsonDocument answer = QJsonDocument::fromJson(r.responseBody);
                QJsonObject result{{QStringLiteral("method"), QString::fromLatin1(r.method)},
                                   {QStringLiteral("url"), r.url.toString()},
                                   {QStringLiteral("httpStatus"), r.httpStatus},
                                   {QStringLiteral("partnerResult"), r.partnerResult},
                                   {QStringLiteral("durationMs"), r.durationMs},
                                   {QStringLiteral("tls"), r.tlsProtocol}};
                if (answer.isObject())
                    result.insert(QStringLiteral("body"), output().secretJson(answer.object()));
                else if (!r.responseBody.isEmpty())
                    result.insert(QStringLiteral("bodyText"), r.responseBodyText(output().reveal()));
                if (o.operationId) {
                    result.insert(QStringLiteral("operation"), o.operationId);
                    result.insert(QStringLiteral("state"), journal::stateName(o.state));
                }
                if (r.id) // the call went out (or was refused by the client): say how it went
                    output().text(tr("%1 %2 → HTTP %3 %4 in %5 ms %6")
                                      .arg(QString::fromLatin1(r.method), r.url.toString())
                                      .arg(r.httpStatus)
                                      .arg(r.partnerResult)
                                      .arg(r.durationMs)
                                      .arg(r.tlsProtocol));
                if (!r.responseBody.isEmpty())
                    output().text(r.responseBodyText(output().reveal()));
                if (o.operationId)
                    output().text(tr("Recorded as activity #%1 (%2).").arg(o.operationId).arg(journal::stateName(o.state)));
                const ops::OutcomeClass outcome = o.operationId ? ops::classify(o.state, o.answer.error) : ops::classify(o.answer.error);
                if (outcome == ops::OutcomeClass::Unknown && o.operationId)
                    explainOpenRow(o.operationId);
                finishWith(outcome, o.answer.error, result);
            });
        };
        if (!endpoint->mayChange())
            return send();
        if (refuseIfReadOnly())
            return;
        Confirmation::Request confirm;
        confirm.question = tr("Send %1 %2 with profile \"%3\"? It changes something at the partner.")
                               .arg(QString::fromLatin1(endpoint->method()), QString::fromLatin1(endpoint->path), workspace().profile().name);
        confirm.yes = yes;
        auto *confirmation = new Confirmation(output(), this);
        confirmation->ask(confirm, [this, send, confirm](Confirmation::Verdict verdict) {
            if (isFinished())
                return;
            if (verdict != Confirmation::Verdict::Confirmed)
                return finishWithProblem(ops::OutcomeClass::NotConfirmed, Confirmation::explain(verdict, confirm));
            send();
        });
    });
}

} // namespace ait::cli
