#include "iaptab.h"
#include "formatting.h"

#include "sessiontab.h"

#include "core/api/profilesession.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace ait::gui {

IapTab::IapTab(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    orderIdEdit = new QLineEdit;
    orderIdEdit->setObjectName(QStringLiteral("orderIdEdit"));
    userKeyEdit = new QLineEdit;
    userKeyEdit->setObjectName(QStringLiteral("iapUserKeyEdit"));
    userKeyEdit->setPlaceholderText(tr("optional"));
    userKeyEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,19}")), userKeyEdit));
    lookupButton = new QPushButton(tr("&Look up"));
    lookupButton->setObjectName(QStringLiteral("iapLookupButton"));
    statusLabel = new QLabel;
    statusLabel->setObjectName(QStringLiteral("iapStatusLabel"));
    statusLabel->setTextFormat(Qt::PlainText);
    statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    meaningLabel = new QLabel;
    meaningLabel->setObjectName(QStringLiteral("iapMeaningLabel"));
    meaningLabel->setWordWrap(true);
    meaningLabel->setTextFormat(Qt::PlainText);
    errorLabel = new QLabel;
    errorLabel->setObjectName(QStringLiteral("iapErrorLabel"));
    errorLabel->setWordWrap(true);
    errorLabel->setTextFormat(Qt::PlainText);
    errorLabel->setStyleSheet(QStringLiteral("color:#a50e0e;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Order ID:"), orderIdEdit);
    form->addRow(tr("&User key (x-toss-user-key):"), userKeyEdit);
    form->addRow(lookupButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(errorLabel);
    layout->addWidget(statusLabel);
    layout->addWidget(meaningLabel);
    layout->addStretch();

    connect(lookupButton, &QPushButton::clicked, this, &IapTab::lookUp);
    for (QLineEdit *e : {orderIdEdit, userKeyEdit})
        connect(e, &QLineEdit::textChanged, this, [this] {
            clearResult(); // a result belongs to the inputs that produced it
            updateEnabled();
        });
    connect(orderIdEdit, &QLineEdit::returnPressed, this, &IapTab::lookUp);
    updateEnabled();
}

void IapTab::clearResult()
{
    statusLabel->clear();
    meaningLabel->clear();
    errorLabel->clear();
}

void IapTab::setSession(api::ProfileSession *session)
{
    m_session = session;
    clearResult();
    if (session)
        connect(session, &api::ProfileSession::ready, this, &IapTab::updateEnabled);
    updateEnabled();
}

void IapTab::updateEnabled()
{
    const bool ready = m_session && m_session->client();
    lookupButton->setEnabled(ready && !m_busy && !orderIdEdit->text().trimmed().isEmpty());
}

QString IapTab::explain(const QString &status)
{
    if (status == QLatin1String("PURCHASED") || status == QLatin1String("PAYMENT_COMPLETED")) {
        const QString current = status == QLatin1String("PURCHASED")
            ? tr("Current developer guide: the order is complete — paid and the product granted.")
            : tr("Current developer guide (SDK 1.1.3 or later): paid, but the product was NOT granted; the app must complete the grant.");
        const QString older = status == QLatin1String("PURCHASED")
            ? tr("Older page: the payment succeeded (SDK 1.1.2 or earlier); says nothing about the grant.")
            : tr("Older page: payment and grant both done.");
        return current + QLatin1Char('\n') + older + QLatin1Char('\n')
             + tr("The two official pages disagree; check your own grant records before acting.");
    }
    if (status == QLatin1String("FAILED"))
        return tr("The payment (or, in the older reading, the grant) failed.");
    if (status == QLatin1String("REFUNDED"))
        return tr("The order was refunded; the time is when the refund was decided.");
    if (status == QLatin1String("ORDER_IN_PROGRESS"))
        return tr("The order was created but is not finished yet.");
    if (status == QLatin1String("NOT_FOUND"))
        return tr("No order with this ID. A just-created order can take a moment to appear: try again shortly.");
    if (status == QLatin1String("MINIAPP_MISMATCH"))
        return tr("The product does not belong to this mini-app.");
    if (status == QLatin1String("ERROR"))
        return tr("Toss reported an internal error for this order.");
    return tr("A status this console does not know yet.");
}

void IapTab::lookUp()
{
    if (!lookupButton->isEnabled())
        return;
    m_busy = true;
    updateEnabled();
    errorLabel->clear();
    statusLabel->setText(tr("Looking up…"));
    meaningLabel->clear();
    const QString orderId = orderIdEdit->text().trimmed();
    const qint64 userKey = userKeyEdit->text().toLongLong();
    m_session->client()->getOrderStatus(orderId, userKey, this, [this, orderId, userKey](const api::Result<api::OrderStatus> &r) {
        m_busy = false;
        updateEnabled();
        if (orderIdEdit->text().trimmed() != orderId || userKeyEdit->text().toLongLong() != userKey) {
            clearResult(); // about inputs that are no longer on screen
            return;
        }
        if (!r.ok()) {
            statusLabel->clear();
            errorLabel->setText(errorText(r.error));
            return;
        }
        statusLabel->setText(tr("Status: %1\nOrder: %2 · SKU %3 · determined %4\nPartner's words: %5")
                                 .arg(r.value->status, r.value->orderId, r.value->sku, partnerTimeText(r.value->statusDeterminedAt), r.value->reason));
        meaningLabel->setText(explain(r.value->status));
    });
}

} // namespace ait::gui
