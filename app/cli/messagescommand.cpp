#include "commands.h"

#include "core/ops/moneyservices.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ait::cli {

QString MessagesCommand::summary()
{
    return tr("send a smart message (or a test message) to a user");
}

void MessagesCommand::start()
{
    dispatch(QStringLiteral("messages"), {{QStringLiteral("send"), tr("send-message, or send-test-message with --test"), [this] {
        auto cl = std::make_shared<CommandLine>(
            QStringLiteral("messages send --profile NAME --template CODE --user-key K [--context JSON | --var K=V …] "
                           "[--test --deployment-id ID] [--yes] [--json]"),
            tr("Sends a functional message from a template set to one user. The intent is recorded in the activity journal "
               "before the request leaves. A real message is confirmed on the terminal (or with --yes); test messages "
               "(--test) are not. A message whose answer is lost cannot be looked up: it stays open in the journal until "
               "someone checks and settles it (ait-cli journal reconcile ID --delivered yes|no); it is never resent."),
            CommandLine::Profile | CommandLine::Json | CommandLine::Journal | CommandLine::Yes);
        cl->add(QStringLiteral("template"), tr("The template set code from the console's functional campaign."), tr("code"));
        cl->add(QStringLiteral("user-key"), tr("The recipient's userKey."), tr("number"));
        cl->add(QStringLiteral("context"), tr("The template variables as one JSON object, e.g. {\"name\":\"홍길동\"}."), tr("json"));
        cl->add(QStringLiteral("var"), tr("One template variable as NAME=VALUE (repeat it for more)."), tr("name=value"));
        cl->add(QStringLiteral("test"), tr("Send a test message (send-test-message) to the deployment."));
        cl->add(QStringLiteral("deployment-id"), tr("The deployment ID a test message goes to."), tr("id"));
        if (!cl->parse(arguments(), output()))
            return finish(cl->exitCode());
        const QString profile = cl->required(QStringLiteral("profile"), tr("the profile to send with"));
        const QString templateCode = cl->required(QStringLiteral("template"), tr("the template set code"));
        const std::optional<qint64> userKey = cl->positiveInteger(QStringLiteral("user-key"), tr("the recipient's userKey"));
        QJsonObject context;
        if (cl->isSet(QStringLiteral("context")) && cl->isSet(QStringLiteral("var")))
            cl->fail(tr("Give the variables with --context or with --var, not both."));
        if (cl->isSet(QStringLiteral("context"))) {
            const QJsonDocument doc = QJsonDocument::fromJson(cl->value(QStringLiteral("context")).toUtf8());
            if (!doc.isObject())
                cl->fail(tr("--context expects one JSON object, e.g. {\"name\":\"홍길동\"}."));
            context = doc.object();
        }
        for (const QString &var : cl->values(QStringLiteral("var"))) {
            const qsizetype eq = var.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                cl->fail(tr("--var expects NAME=VALUE, not \"%1\".").arg(var));
                break;
            }
            if (context.contains(var.left(eq).trimmed())) {
                cl->fail(tr("--var gives \"%1\" twice.").arg(var.left(eq).trimmed()));
                break;
            }
            context.insert(var.left(eq).trimmed(), var.mid(eq + 1));
        }
        const bool test = cl->isSet(QStringLiteral("test"));
        const QString deploymentId = cl->value(QStringLiteral("deployment-id")).trimmed();
        if (test && deploymentId.isEmpty())
            cl->fail(tr("--deployment-id is required with --test: the deployment a test message goes to."));
        if (!test && !deploymentId.isEmpty())
            cl->fail(tr("--deployment-id is only for test messages: add --test."));
        if (cl->failed())
            return finish(cl->exitCode());
        if (!openJournal(*cl))
            return;
        if (const QString why = workspace().money().whyRefused(); !why.isEmpty())
            return finishWithProblem(ops::OutcomeClass::LocalProblem, why);
        const ops::MessageRequest request{*userKey, templateCode, context, deploymentId, test};
        withProfile(profile, [this, request, yes = cl->yes()](api::PartnerClient &client) {
            if (refuseIfReadOnly())
                return;
            Confirmation::Request confirm;
            confirm.question = tr("Send the message \"%1\" to user %2? It reaches the user's phone and cannot be taken back.")
                                   .arg(request.templateSetCode).arg(request.userKey);
            confirm.yes = yes || request.test; // test messages go to the deployment, as in the console: not asked
            auto *confirmation = new Confirmation(output(), this);
            confirmation->ask(confirm, [this, client = &client, request, confirm](Confirmation::Verdict verdict) {
                if (isFinished())
                    return;
                if (verdict != Confirmation::Verdict::Confirmed)
                    return finishWithProblem(ops::OutcomeClass::NotConfirmed, Confirmation::explain(verdict, confirm));
                changeStarted();
                output().note(tr("Sending…"));
                workspace().money().messages().send(*client, workspace().operationContext(), request, this,
                                                    [this, request](const ops::MessageOutcome &o) {
                    QJsonObject result{{QStringLiteral("operation"), o.operationId},
                                       {QStringLiteral("state"), journal::stateName(o.state)},
                                       {QStringLiteral("template"), request.templateSetCode},
                                       {QStringLiteral("userKey"), request.userKey},
                                       {QStringLiteral("test"), request.test}};
                    if (o.result) {
                        const api::MessageResult &m = *o.result;
                        QJsonArray failures;
                        for (const api::MessageFailure &f : m.failures)
                            failures << QJsonObject{{QStringLiteral("channel"), f.channel}, {QStringLiteral("contentId"), f.contentId},
                                                    {QStringLiteral("reason"), f.reason}};
                        result.insert(QStringLiteral("delivered"), m.delivered());
                        result.insert(QStringLiteral("result"), QJsonObject{{QStringLiteral("msgCount"), m.msgCount},
                                                                            {QStringLiteral("sentPushCount"), m.sentPushCount},
                                                                            {QStringLiteral("sentInboxCount"), m.sentInboxCount},
                                                                            {QStringLiteral("sentSmsCount"), m.sentSmsCount},
                                                                            {QStringLiteral("sentAlimtalkCount"), m.sentAlimtalkCount},
                                                                            {QStringLiteral("sentFriendtalkCount"), m.sentFriendtalkCount},
                                                                            {QStringLiteral("failures"), failures}});
                        output().text(tr("%1 — push %2 · inbox %3 · SMS %4 · Alimtalk %5 · Friendtalk %6. Activity #%7.")
                                          .arg(m.delivered() ? tr("Delivered") : tr("Accepted but not delivered"))
                                          .arg(m.sentPushCount).arg(m.sentInboxCount).arg(m.sentSmsCount).arg(m.sentAlimtalkCount)
                                          .arg(m.sentFriendtalkCount).arg(o.operationId));
                        for (const api::MessageFailure &f : m.failures)
                            output().text(tr("  not sent by %1: %2").arg(f.channel, f.reason));
                    }
                    const ops::OutcomeClass outcome = ops::classify(o.state, o.error);
                    if (outcome == ops::OutcomeClass::Unknown && o.operationId)
                        explainOpenRow(o.operationId);
                    finishWith(outcome, o.error, result);
                });
            });
        });
    }}});
}

} // namespace ait::cli
