#include "commands.h"

#include "core/api/partnerclient.h"

namespace ait::cli {

QString IapCommand::summary()
{
    return tr("look an in-app purchase order up");
}

void IapCommand::start()
{
    dispatch(QStringLiteral("iap"), {{QStringLiteral("status"), tr("an order's status (get-order-status), with what it means"), [this] {
        auto cl = std::make_shared<CommandLine>(QStringLiteral("iap status --profile NAME --order-id ID [--user-key K] [--json]"),
                                                tr("Looks an in-app purchase order up (get-order-status) and says what its status means; "
                                                   "the two official readings of PURCHASED and PAYMENT_COMPLETED are both given."),
                                                CommandLine::Profile | CommandLine::Json);
        cl->add(QStringLiteral("order-id"), tr("The order's orderId."), tr("id"));
        cl->add(QStringLiteral("user-key"), tr("The buyer's userKey, when known."), tr("number"));
        if (!cl->parse(arguments(), output()))
            return finish(cl->exitCode());
        const QString profile = cl->required(QStringLiteral("profile"), tr("the profile to call with"));
        const QString orderId = cl->required(QStringLiteral("order-id"), tr("the orderId of the order to look up"));
        const qint64 userKey = cl->positiveInteger(QStringLiteral("user-key"), tr("the buyer's userKey"), false).value_or(0);
        if (cl->failed())
            return finish(cl->exitCode());
        withProfile(profile, [this, orderId, userKey](api::PartnerClient &client) {
            client.getOrderStatus(orderId, userKey, this, [this](const api::Result<api::OrderStatus> &r) {
                if (!r.ok())
                    return finishWithError(r.error);
                const api::OrderStatus &s = *r.value;
                const QString meaning = api::explainOrderStatus(s.status);
                output().text(tr("Order %1: %2\n  SKU %3 · determined %4\n  Partner's words: %5\n%6")
                                  .arg(s.orderId, s.status, s.sku, s.statusDeterminedAt, s.reason, meaning));
                finishWith(ops::OutcomeClass::Done, {},
                           {{QStringLiteral("orderId"), s.orderId}, {QStringLiteral("status"), s.status}, {QStringLiteral("sku"), s.sku},
                            {QStringLiteral("reason"), s.reason}, {QStringLiteral("statusDeterminedAt"), s.statusDeterminedAt},
                            {QStringLiteral("meaning"), meaning}});
            });
        });
    }}});
}

} // namespace ait::cli
