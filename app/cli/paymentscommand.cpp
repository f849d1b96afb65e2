#include "commands.h"

#include "core/api/partnerclient.h"
#include "core/clock.h"
#include "core/ops/moneyservices.h"
#include "core/ops/recentlysettled.h"

#include <QJsonArray>
#include <QSettings>

namespace ait::cli {

namespace {

QJsonObject paymentJson(const api::PaymentStatus &s)
{
    QJsonArray transactions;
    for (const api::Transaction &t : s.transactions)
        transactions << QJsonObject{{QStringLiteral("stepType"), t.stepType},
                                    {QStringLiteral("transactionId"), t.transactionId},
                                    {QStringLiteral("transactionAmount"), t.transactionAmount},
                                    {QStringLiteral("paidAmount"), t.paidAmount},
                                    {QStringLiteral("regTs"), t.regTs}};
    return {{QStringLiteral("payToken"), s.payToken},
            {QStringLiteral("orderNo"), s.orderNo},
            {QStringLiteral("payStatus"), s.payStatus},
            {QStringLiteral("mode"), s.mode},
            {QStringLiteral("payMethod"), s.payMethod},
            {QStringLiteral("amount"), s.amount},
            {QStringLiteral("discountedAmount"), s.discountedAmount},
            {QStringLiteral("paidAmount"), s.paidAmount},
            {QStringLiteral("refundableAmount"), s.refundableAmount},
            {QStringLiteral("createdTs"), s.createdTs},
            {QStringLiteral("paidTs"), s.paidTs},
            {QStringLiteral("transactions"), transactions}};
}

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ait::cli::PaymentsCommand)
};

QString paymentText(const api::PaymentStatus &s)
{
    auto won = [](qint64 amount) { return Text::tr("%1 won").arg(QLocale().toString(amount)); };
    QString text = Text::tr("Payment %1 (orderNo %2)\n"
                            "  Status:       %3 (%4), %5\n"
                            "  Amount:       %6 · paid %7 · refundable now %8\n"
                            "  Created:      %9 · paid %10")
                       .arg(s.payToken, s.orderNo, s.payStatus, s.mode, s.payMethod, won(s.amount), won(s.paidAmount),
                            won(s.refundableAmount), s.createdTs)
                       .arg(s.paidTs.isEmpty() ? QStringLiteral("—") : s.paidTs);
    for (const api::Transaction &t : s.transactions)
        text += QLatin1Char('\n') + Text::tr("  Transaction:  %1 %2 (%3, %4)").arg(t.stepType, won(t.transactionAmount), t.transactionId, t.regTs);
    return text;
}

} // namespace

QString PaymentsCommand::summary()
{
    return tr("look a Toss Pay payment up, refund it, or make a test payment");
}

void PaymentsCommand::start()
{
    dispatch(QStringLiteral("payments"), {{QStringLiteral("get"), tr("look a payment up (get-payment-status)"), [this] { get(); }},
                                          {QStringLiteral("refund"), tr("refund what is left of a payment, after a fresh lookup and a confirmation"), [this] { refund(); }},
                                          {QStringLiteral("test-pay"), tr("make a test payment (make-payment + execute-payment, isTestPayment)"), [this] { testPay(); }}});
}

static void addTestPaymentOptions(CommandLine &cl)
{
    cl.add(QStringLiteral("test-payment"), PaymentsCommand::tr("The payment is a test payment (isTestPayment true)."));
    cl.add(QStringLiteral("live-payment"), PaymentsCommand::tr("The payment is a real one (isTestPayment false). Default: the profile's setting; sandbox profiles use test payments."));
}

bool PaymentsCommand::isTestPayment(const CommandLine &cl)
{
    if (cl.isSet(QStringLiteral("test-payment")))
        return true;
    if (cl.isSet(QStringLiteral("live-payment")))
        return false;
    const profiles::Profile &p = workspace().profile();
    return p.defaultTestPayment || p.environment == profiles::Environment::Sandbox;
}

void PaymentsCommand::get()
{
    auto cl = std::make_shared<CommandLine>(QStringLiteral("payments get --profile NAME --user-key K (--pay-token T | --order-no O) [--json]"),
                                            tr("Looks a Toss Pay payment up (get-payment-status) and prints its status, amounts and transactions."),
                                            CommandLine::Profile | CommandLine::Json);
    cl->add(QStringLiteral("user-key"), tr("The buyer's userKey."), tr("number"));
    cl->add(QStringLiteral("pay-token"), tr("The payment's payToken."), tr("token"));
    cl->add(QStringLiteral("order-no"), tr("The payment's orderNo."), tr("orderNo"));
    addTestPaymentOptions(*cl);
    if (!cl->parse(arguments(), output()))
        return finish(cl->exitCode());
    const QString profile = cl->required(QStringLiteral("profile"), tr("the profile to call with"));
    const std::optional<qint64> userKey = cl->positiveInteger(QStringLiteral("user-key"), tr("the buyer's userKey"));
    const QString payToken = cl->value(QStringLiteral("pay-token")).trimmed(), orderNo = cl->value(QStringLiteral("order-no")).trimmed();
    if (payToken.isEmpty() && orderNo.isEmpty())
        cl->fail(tr("Give --pay-token or --order-no (or both): which payment to look up."));
    if (cl->isSet(QStringLiteral("test-payment")) && cl->isSet(QStringLiteral("live-payment")))
        cl->fail(tr("Give --test-payment or --live-payment, not both."));
    if (cl->failed())
        return finish(cl->exitCode());
    withProfile(profile, [this, cl, userKey, payToken, orderNo](api::PartnerClient &client) {
        client.getPaymentStatus(*userKey, payToken, orderNo, isTestPayment(*cl), this, [this](const api::Result<api::PaymentStatus> &r) {
            if (!r.ok())
                return finishWithError(r.error);
            output().text(paymentText(*r.value));
            finishWith(ops::OutcomeClass::Done, {}, {{QStringLiteral("payment"), paymentJson(*r.value)}});
        });
    });
}

void PaymentsCommand::refund()
{
    auto cl = std::make_shared<CommandLine>(
        QStringLiteral("payments refund --profile NAME --user-key K --pay-token T --reason TEXT [--confirm-amount N] [--yes] [--despite-recent] [--json]"),
        tr("Refunds what is left of a payment (refund-payment). The payment is looked up again first; the refund is "
           "confirmed on the terminal from that fresh lookup (or with --yes), and above refunds/typedConfirmationAbove "
           "(default 100,000 won) the amount must be typed, or given with --confirm-amount. When another operator refunded "
           "this payment in the last 24 hours, the command says who and when and asks first; without a terminal it refuses "
           "unless --despite-recent is given (--yes does not cover it). The intent is recorded in "
           "the activity journal before the request leaves; an unanswered refund is left open for "
           "\"ait-cli journal reconcile\", never sent again."),
        CommandLine::Profile | CommandLine::Json | CommandLine::Journal | CommandLine::Yes);
    cl->add(QStringLiteral("user-key"), tr("The buyer's userKey."), tr("number"));
    cl->add(QStringLiteral("pay-token"), tr("The payment's payToken."), tr("token"));
    cl->add(QStringLiteral("reason"), tr("Why (1–55 characters: Korean, letters, digits, spaces and _ - : . ^ @ ( ) [ ] # / ! % ? &)."), tr("text"));
    cl->add(QStringLiteral("confirm-amount"), tr("The refundable amount, to confirm a large refund without a terminal; must match."), tr("won"));
    cl->add(QStringLiteral("despite-recent"), tr("Refund even though another operator refunded this payment in the last 24 hours."));
    addTestPaymentOptions(*cl);
    if (!cl->parse(arguments(), output()))
        return finish(cl->exitCode());
    const QString profile = cl->required(QStringLiteral("profile"), tr("the profile to call with"));
    const std::optional<qint64> userKey = cl->positiveInteger(QStringLiteral("user-key"), tr("the buyer's userKey"));
    const QString payToken = cl->required(QStringLiteral("pay-token"), tr("the payToken of the payment to refund"));
    const QString reason = cl->value(QStringLiteral("reason"));
    if (!cl->failed() && !api::PartnerClient::isValidRefundReason(reason))
        cl->fail(tr("--reason expects 1 to 55 characters: Korean, letters, digits, spaces and _ - : . ^ @ ( ) [ ] # / ! % ? &."));
    const std::optional<qint64> confirmAmount = cl->positiveInteger(QStringLiteral("confirm-amount"), tr("the amount in won"), false);
    if (cl->isSet(QStringLiteral("test-payment")) && cl->isSet(QStringLiteral("live-payment")))
        cl->fail(tr("Give --test-payment or --live-payment, not both."));
    if (cl->failed())
        return finish(cl->exitCode());
    if (!openJournal(*cl))
        return;
    if (const QString why = workspace().money().whyRefused(); !why.isEmpty())
        return finishWithProblem(ops::OutcomeClass::LocalProblem, why);

    withProfile(profile, [this, cl, userKey, payToken, reason, confirmAmount](api::PartnerClient &client) {
        if (refuseIfReadOnly())
            return;
        // Refused here before any question, as in the console; the core refuses it too.
        const QList<journal::Operation> open = workspace().journal().openFor(journal::Kind::Refund, payToken);
        if (!open.isEmpty()) {
            explainOpenRow(open.first().id);
            return finishWith(ops::OutcomeClass::Unknown,
                              ops::alreadyInProgress(tr("A refund of this payment is already in progress or its outcome is unknown.")),
                              {{QStringLiteral("operation"), open.first().id}});
        }
        const bool test = isTestPayment(*cl);
        output().note(tr("Looking the payment up again before the refund…"));
        client.getPaymentStatus(*userKey, payToken, {}, test, this,
                                [this, client = &client, userKey, reason, test, confirmAmount, yes = cl->yes(),
                                 despiteRecent = cl->isSet(QStringLiteral("despite-recent"))](const api::Result<api::PaymentStatus> &r) {
            if (!r.ok())
                return finishWithError(r.error);
            const api::PaymentStatus fresh = *r.value;
            QJsonObject payment{{QStringLiteral("payment"), paymentJson(fresh)}};
            output().text(paymentText(fresh));
            if (fresh.refundableAmount <= 0) {
                return finishWithProblem(ops::OutcomeClass::Refused,
                                         tr("Nothing is left to refund on this payment (status %1): Toss would refuse it. Nothing was sent.").arg(fresh.payStatus),
                                         {}, payment);
            }
            const qint64 threshold = workspace().settings().value(QStringLiteral("refunds/typedConfirmationAbove"), 100000).toLongLong();
            Confirmation::Request request;
            request.question = tr("Refund %1 to user %2 (payToken %3, orderNo %4, reason \"%5\")? This cannot be undone.")
                                   .arg(won(fresh.refundableAmount)).arg(*userKey).arg(fresh.payToken, fresh.orderNo, reason);
            request.yes = yes;
            request.confirmAmount = confirmAmount;
            request.amountToType = fresh.refundableAmount;
            journal::Operation target;
            target.kind = journal::Kind::Refund;
            target.payToken = fresh.payToken;
            const ops::RecentlySettled recent =
                ops::recentlySettled(workspace().journal(), target, workspace().operationContext().operatorName, Clock::system());
            request.recentWarning = recent.warning;
            request.despiteRecent = despiteRecent;
            if (recent.found()) {
                QJsonArray ids;
                for (const journal::Operation &done : recent.operations)
                    ids << done.id;
                payment.insert(QStringLiteral("recentlySettled"), ids);
            }
            // --confirm-amount is checked whenever it is given; typing is asked only above the threshold.
            if (confirmAmount && *confirmAmount != fresh.refundableAmount)
                return finishWithProblem(ops::OutcomeClass::NotConfirmed,
                                         Confirmation::explain(Confirmation::Verdict::AmountMismatch, request), {}, payment);
            if (fresh.refundableAmount > threshold)
                request.amountPrompt = tr("This refund is above %1. Type the amount to refund (%2) to confirm:")
                                           .arg(won(threshold)).arg(fresh.refundableAmount);
            else
                request.amountToType.reset();
            m_confirmation = new Confirmation(output(), this);
            m_confirmation->ask(request, [this, client, fresh, userKey, reason, test, request, payment](Confirmation::Verdict verdict) {
                if (isFinished())
                    return;
                if (verdict != Confirmation::Verdict::Confirmed)
                    return finishWithProblem(ops::OutcomeClass::NotConfirmed, Confirmation::explain(verdict, request), {}, payment);
                changeStarted();
                output().note(tr("Refunding…"));
                const ops::RefundRequest refund{*userKey, fresh.payToken, fresh.orderNo, reason, test, fresh.refundableAmount};
                workspace().money().refunds().refund(*client, workspace().operationContext(), refund, this,
                                                     [this, payment](const ops::RefundOutcome &o) {
                    QJsonObject result = payment;
                    result.insert(QStringLiteral("operation"), o.operationId);
                    result.insert(QStringLiteral("state"), journal::stateName(o.state));
                    result.insert(QStringLiteral("applied"), o.applied);
                    if (o.refund)
                        result.insert(QStringLiteral("refund"), QJsonObject{{QStringLiteral("refundNo"), o.refund->refundNo},
                                                                            {QStringLiteral("refundedAmount"), o.refund->refundedAmount},
                                                                            {QStringLiteral("refundableAmount"), o.refund->refundableAmount},
                                                                            {QStringLiteral("approvalTime"), o.refund->approvalTime},
                                                                            {QStringLiteral("transactionId"), o.refund->transactionId}});
                    const ops::OutcomeClass outcome = ops::classify(o.state, o.error);
                    if (o.state == journal::State::Succeeded)
                        output().text(tr("Refunded %1 (refund number %2). Activity #%3.").arg(won(o.refund->refundedAmount), o.refund->refundNo).arg(o.operationId));
                    else if (outcome == ops::OutcomeClass::Interrupted)
                        output().note(tr("Stopped before the refund left. Nothing was sent (activity #%1).").arg(o.operationId));
                    else if (outcome != ops::OutcomeClass::Unknown)
                        output().note(tr("The refund was not made."));
                    if (outcome == ops::OutcomeClass::Unknown && o.operationId)
                        explainOpenRow(o.operationId);
                    finishWith(outcome, o.error, result);
                });
            });
        });
    });
}

void PaymentsCommand::testPay()
{
    auto cl = std::make_shared<CommandLine>(
        QStringLiteral("payments test-pay --profile NAME --user-key K --amount N [--order-no O] [--product TEXT] [--json]"),
        tr("Makes a test payment (make-payment, then execute-payment, both with isTestPayment true) to have something to "
           "look up and refund. Recorded in the activity journal like every payment."),
        CommandLine::Profile | CommandLine::Json | CommandLine::Journal);
    cl->add(QStringLiteral("user-key"), tr("The buyer's userKey."), tr("number"));
    cl->add(QStringLiteral("amount"), tr("The amount in won."), tr("won"));
    cl->add(QStringLiteral("order-no"), tr("The orderNo (default: a new test-… number)."), tr("orderNo"));
    cl->add(QStringLiteral("product"), tr("The product description (default: \"ait-cli test payment\")."), tr("text"));
    if (!cl->parse(arguments(), output()))
        return finish(cl->exitCode());
    const QString profile = cl->required(QStringLiteral("profile"), tr("the profile to call with"));
    const std::optional<qint64> userKey = cl->positiveInteger(QStringLiteral("user-key"), tr("the buyer's userKey"));
    const std::optional<qint64> amount = cl->positiveInteger(QStringLiteral("amount"), tr("the amount in won"));
    QString orderNo = cl->value(QStringLiteral("order-no")).trimmed();
    if (orderNo.size() > 50)
        cl->fail(tr("--order-no expects at most 50 characters."));
    if (cl->failed())
        return finish(cl->exitCode());
    if (orderNo.isEmpty())
        orderNo = ops::TestPaymentService::newOrderNo(QDateTime::currentDateTimeUtc());
    const QString product = cl->isSet(QStringLiteral("product")) ? cl->value(QStringLiteral("product")) : QStringLiteral("ait-cli test payment");
    if (!openJournal(*cl))
        return;
    if (const QString why = workspace().money().whyRefused(); !why.isEmpty())
        return finishWithProblem(ops::OutcomeClass::LocalProblem, why);
    withProfile(profile, [this, userKey, amount, orderNo, product](api::PartnerClient &client) {
        if (refuseIfReadOnly())
            return;
        changeStarted();
        output().note(tr("Making a test payment…"));
        workspace().money().testPayments().pay(client, workspace().operationContext(), {*userKey, orderNo, product, *amount}, this,
                                               [this, orderNo](const ops::TestPaymentOutcome &o) {
            QJsonObject result{{QStringLiteral("operation"), o.operationId}, {QStringLiteral("state"), journal::stateName(o.state)},
                               {QStringLiteral("orderNo"), orderNo}, {QStringLiteral("payToken"), o.payToken}};
            if (o.execution)
                result.insert(QStringLiteral("paidAmount"), o.execution->paidAmount);
            const ops::OutcomeClass outcome = ops::classify(o.state, o.error);
            if (o.state == journal::State::Succeeded)
                output().text(tr("Test payment made: payToken %1, orderNo %2, paid %3. Activity #%4.")
                                  .arg(o.payToken, orderNo, won(o.execution ? o.execution->paidAmount : 0)).arg(o.operationId));
            if (outcome == ops::OutcomeClass::Unknown && o.operationId)
                explainOpenRow(o.operationId);
            finishWith(outcome, o.error, result);
        });
    });
}

} // namespace ait::cli
