#include "commands.h"

#include "core/clock.h"
#include "core/ops/moneyservices.h"
#include "core/ops/recentlysettled.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSettings>

namespace ait::cli {

namespace {

QString resultName(std::optional<api::PromotionOutcome> outcome)
{
    if (!outcome)
        return {};
    switch (*outcome) {
    case api::PromotionOutcome::Success: return QStringLiteral("SUCCESS");
    case api::PromotionOutcome::Pending: return QStringLiteral("PENDING");
    case api::PromotionOutcome::Failed: return QStringLiteral("FAILED");
    case api::PromotionOutcome::Unknown: break;
    }
    return QStringLiteral("UNKNOWN");
}

bool isPromotionCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,100}$"));
    return pattern.match(code).hasMatch();
}

} // namespace

QString PromotionsCommand::summary()
{
    return tr("pay Toss points from a promotion; ask for a payout's result");
}

void PromotionsCommand::start()
{
    dispatch(QStringLiteral("promotions"),
             {{QStringLiteral("pay"), tr("pay points to a user (get-key → execute-promotion → execution-result)"), [this] { pay(); }},
              {QStringLiteral("result"), tr("the result of a payout made with a key (execution-result)"), [this] { result(); }}});
}

void PromotionsCommand::pay()
{
    auto cl = std::make_shared<CommandLine>(
        QStringLiteral("promotions pay --profile NAME --promotion CODE --user-key K --amount N [--confirm-amount N] [--yes] [--despite-recent] [--json]"),
        tr("Pays Toss points to one user from a promotion, as the console does: a promotion key is obtained and recorded "
           "in the activity journal before execute-promotion leaves, then the result is asked until Toss confirms it. "
           "Confirmed on the terminal (or with --yes); real payouts above promotions/typedConfirmationAbove (default "
           "10,000 points) need the amount typed or --confirm-amount. When another operator paid this user from this promotion "
           "in the last 24 hours, the command says who and when and asks first; without a terminal it refuses unless "
           "--despite-recent is given (--yes does not cover it). A TEST_ code is a test payout: no real points. A "
           "payout whose result stays unknown is left open for \"ait-cli journal reconcile\", which asks about the same key."),
        CommandLine::Profile | CommandLine::Json | CommandLine::Journal | CommandLine::Yes | CommandLine::ShowSecrets);
    cl->add(QStringLiteral("promotion"), tr("The promotion code (letters, digits, _ and -)."), tr("code"));
    cl->add(QStringLiteral("user-key"), tr("The user's userKey."), tr("number"));
    cl->add(QStringLiteral("amount"), tr("Points to pay."), tr("points"));
    cl->add(QStringLiteral("confirm-amount"), tr("The amount again, to confirm a large payout without a terminal; must match."), tr("points"));
    cl->add(QStringLiteral("despite-recent"), tr("Pay even though another operator paid this user from this promotion in the last 24 hours."));
    if (!cl->parse(arguments(), output()))
        return finish(cl->exitCode());
    const QString profile = cl->required(QStringLiteral("profile"), tr("the profile to pay with"));
    const QString code = cl->required(QStringLiteral("promotion"), tr("the promotion code"));
    if (!code.isEmpty() && !isPromotionCode(code))
        cl->fail(tr("--promotion expects a promotion code: 1 to 100 letters, digits, _ and -."));
    const std::optional<qint64> userKey = cl->positiveInteger(QStringLiteral("user-key"), tr("the user's userKey"));
    const std::optional<qint64> amount = cl->positiveInteger(QStringLiteral("amount"), tr("the points to pay"));
    const std::optional<qint64> confirmAmount = cl->positiveInteger(QStringLiteral("confirm-amount"), tr("the points to pay"), false);
    const qint64 maxAmount = workspace().settings().value(QStringLiteral("promotions/maxAmount"), 1000000).toLongLong();
    if (amount && *amount > maxAmount)
        cl->fail(tr("--amount is above promotions/maxAmount (%1 points): check for a slipped digit.").arg(QLocale().toString(maxAmount)));
    if (cl->failed())
        return finish(cl->exitCode());
    if (!openJournal(*cl))
        return;
    if (const QString why = workspace().money().whyRefused(); !why.isEmpty())
        return finishWithProblem(ops::OutcomeClass::LocalProblem, why);

    const bool test = ops::PayoutService::isTestCode(code);
    const ops::PayoutRequest request{*userKey, code, *amount};
    withProfile(profile, [this, request, test, confirmAmount, yes = cl->yes(),
                          despiteRecent = cl->isSet(QStringLiteral("despite-recent"))](api::PartnerClient &client) {
        if (refuseIfReadOnly())
            return;
        if (const auto open = ops::PayoutService::openPayout(workspace().journal(), request.userKey, request.promotionCode)) {
            explainOpenRow(open->id);
            return finishWith(ops::OutcomeClass::Unknown,
                              ops::alreadyInProgress(tr("A payout to this user from this promotion is already in progress or its outcome is unknown.")),
                              {{QStringLiteral("operation"), open->id}});
        }
        const QString amountText = QLocale().toString(request.amount);
        Confirmation::Request confirm;
        confirm.question = test ? tr("Make a TEST payout of %1 points to user %2 from promotion %3? No real points are paid.")
                                      .arg(amountText).arg(request.userKey).arg(request.promotionCode)
                                : tr("Pay %1 Toss points to user %2 from promotion %3? The points come out of the promotion budget and cannot be taken back.")
                                      .arg(amountText).arg(request.userKey).arg(request.promotionCode);
        confirm.yes = yes;
        confirm.confirmAmount = confirmAmount;
        confirm.amountToType = request.amount;
        journal::Operation target;
        target.kind = journal::Kind::Payout;
        target.promotionCode = request.promotionCode;
        target.userKey = request.userKey;
        const ops::RecentlySettled recent =
            ops::recentlySettled(workspace().journal(), target, workspace().operationContext().operatorName, Clock::system());
        confirm.recentWarning = recent.warning;
        confirm.despiteRecent = despiteRecent;
        QJsonObject refused;
        if (recent.found()) {
            QJsonArray ids;
            for (const journal::Operation &done : recent.operations)
                ids << done.id;
            refused.insert(QStringLiteral("recentlySettled"), ids);
        }
        if (confirmAmount && *confirmAmount != request.amount)
            return finishWithProblem(ops::OutcomeClass::NotConfirmed, Confirmation::explain(Confirmation::Verdict::AmountMismatch, confirm));
        const qint64 threshold = workspace().settings().value(QStringLiteral("promotions/typedConfirmationAbove"), 10000).toLongLong();
        if (!test && request.amount > threshold)
            confirm.amountPrompt = tr("This payout is above %1 points. Type the amount (%2) to confirm:").arg(QLocale().toString(threshold), amountText);
        else
            confirm.amountToType.reset();
        auto *confirmation = new Confirmation(output(), this);
        confirmation->ask(confirm, [this, client = &client, request, test, confirm, refused](Confirmation::Verdict verdict) {
            if (isFinished())
                return;
            if (verdict != Confirmation::Verdict::Confirmed)
                return finishWithProblem(ops::OutcomeClass::NotConfirmed, Confirmation::explain(verdict, confirm), {}, refused);
            changeStarted();
            workspace().money().payouts().pay(*client, workspace().operationContext(), request, this,
                                              [this](ops::PayoutService::Step step, int check) {
                switch (step) {
                case ops::PayoutService::Step::GettingKey: output().note(tr("Getting a promotion key…")); break;
                case ops::PayoutService::Step::Paying: output().note(tr("Key recorded. Paying…")); break;
                case ops::PayoutService::Step::WaitingForResult: output().note(tr("Waiting for Toss to confirm (check %1)…").arg(check)); break;
                }
            },
                                              [this, request, test](const ops::PayoutOutcome &o) {
                const std::optional<journal::Operation> row = o.operationId ? workspace().journal().find(o.operationId) : std::nullopt;
                QJsonObject result{{QStringLiteral("operation"), o.operationId},
                                   {QStringLiteral("state"), journal::stateName(o.state)},
                                   {QStringLiteral("applied"), o.applied},
                                   {QStringLiteral("promotion"), request.promotionCode},
                                   {QStringLiteral("userKey"), request.userKey},
                                   {QStringLiteral("amount"), request.amount},
                                   {QStringLiteral("test"), test},
                                   {QStringLiteral("key"), output().secret(row ? row->idempotencyKey : QString())},
                                   {QStringLiteral("result"), o.result ? QJsonValue(resultName(o.result)) : QJsonValue(QJsonValue::Null)}};
                const ops::OutcomeClass outcome = ops::classify(o.state, o.error);
                if (o.state == journal::State::Succeeded)
                    output().text(tr("Paid %1 to user %2 from %3: Toss confirmed it (SUCCESS). Activity #%4.")
                                      .arg(points(request.amount)).arg(request.userKey).arg(request.promotionCode).arg(o.operationId));
                else if (outcome == ops::OutcomeClass::Interrupted)
                    output().note(tr("Stopped before anything was paid. Nothing was sent (activity #%1).").arg(o.operationId));
                if (outcome == ops::OutcomeClass::Unknown && o.operationId)
                    explainOpenRow(o.operationId);
                finishWith(outcome, o.error, result);
            });
        });
    });
}

void PromotionsCommand::result()
{
    auto cl = std::make_shared<CommandLine>(
        QStringLiteral("promotions result --profile NAME --promotion CODE --user-key K --key KEY [--json]"),
        tr("Asks Toss for the result of a payout made with a promotion key (execution-result): SUCCESS, PENDING or FAILED. "
           "Changes nothing; to settle an open payout in the journal use \"ait-cli journal reconcile ID\"."),
        CommandLine::Profile | CommandLine::Json | CommandLine::ShowSecrets);
    cl->add(QStringLiteral("promotion"), tr("The promotion code (letters, digits, _ and -)."), tr("code"));
    cl->add(QStringLiteral("user-key"), tr("The user's userKey."), tr("number"));
    cl->add(QStringLiteral("key"), tr("The promotion key the payout was made with."), tr("key"));
    if (!cl->parse(arguments(), output()))
        return finish(cl->exitCode());
    const QString profile = cl->required(QStringLiteral("profile"), tr("the profile to call with"));
    const QString code = cl->required(QStringLiteral("promotion"), tr("the promotion code"));
    if (!code.isEmpty() && !isPromotionCode(code))
        cl->fail(tr("--promotion expects a promotion code: 1 to 100 letters, digits, _ and -."));
    const std::optional<qint64> userKey = cl->positiveInteger(QStringLiteral("user-key"), tr("the user's userKey"));
    const QString key = cl->required(QStringLiteral("key"), tr("the promotion key of the payout"));
    if (cl->failed())
        return finish(cl->exitCode());
    withProfile(profile, [this, code, userKey, key](api::PartnerClient &client) {
        client.getPromotionResult(*userKey, code, key, this, [this, code, key](const api::Result<api::PromotionOutcome> &r) {
            const QJsonObject base{{QStringLiteral("promotion"), code}, {QStringLiteral("key"), output().secret(key)}};
            if (!r.ok())
                return finishWithError(r.error, base);
            QJsonObject result = base;
            result.insert(QStringLiteral("result"), resultName(*r.value));
            output().text(tr("Payout with key %1 from %2: %3").arg(output().secret(key), code, resultName(*r.value)));
            finishWith(ops::OutcomeClass::Done, {}, result);
        });
    });
}

} // namespace ait::cli
