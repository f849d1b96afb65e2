#include "iaptab.h"
#include "formatting.h"
#include "inputguard.h"

#include "copybutton.h"
#include "sessiontab.h"

#include "core/api/profilesession.h"

#include <QFormLayout>
#include <QHBoxLayout>
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
    explainRefusedInput(userKeyEdit, [] { return tr("A user key has digits only, at most 19."); });
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
    copyErrorButton = makeCopyButton(tr("Copy error details"), QStringLiteral("iapCopyErrorButton"), [this] { return m_errorDetails; });
    copyErrorButton->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(lookupButton);
    buttons->addWidget(copyErrorButton);
    buttons->addStretch();
    form->addRow(buttons);
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
    m_errorDetails.clear();
    copyErrorButton->setEnabled(false);
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
    return api::explainOrderStatus(status);
}

void IapTab::lookUp()
{
    if (!lookupButton->isEnabled())
        return;
    m_busy = true;
    updateEnabled();
    clearResult();
    statusLabel->setText(tr("Looking up…"));
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
            m_errorDetails = errorDetails(tr("In-app order lookup"), r.error);
            copyErrorButton->setEnabled(true);
            return;
        }
        statusLabel->setText(tr("Status: %1\nOrder: %2 · SKU %3 · determined %4\nPartner's words: %5")
                                 .arg(r.value->status, r.value->orderId, r.value->sku, partnerTimeText(r.value->statusDeterminedAt), r.value->reason));
        meaningLabel->setText(explain(r.value->status));
    });
}

} // namespace ait::gui
