#include "paymentstab.h"

#include "core/api/profilesession.h"
#include "core/profiles/profilestore.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ait::gui {

namespace {

QString won(qint64 amount)
{
    return PaymentsTab::tr("%1 won").arg(QLocale().toString(amount));
}

} // namespace

PaymentsTab::PaymentsTab(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    userKeyEdit = new QLineEdit;
    userKeyEdit->setObjectName(QStringLiteral("userKeyEdit"));
    userKeyEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), userKeyEdit));
    userKeyEdit->setPlaceholderText(QStringLiteral("443731103"));
    payTokenEdit = new QLineEdit;
    payTokenEdit->setObjectName(QStringLiteral("payTokenEdit"));
    orderNoEdit = new QLineEdit;
    orderNoEdit->setObjectName(QStringLiteral("orderNoEdit"));
    testPaymentBox = new QCheckBox(tr("Test payment (isTestPayment = true)"));
    testPaymentBox->setObjectName(QStringLiteral("testPaymentBox"));
    testPaymentBox->setToolTip(tr("The partner documents disagree on this flag; the developer guide says true means a sandbox (test) payment."));
    lookupButton = new QPushButton(tr("&Look up"));
    lookupButton->setObjectName(QStringLiteral("lookupButton"));
    lookupButton->setDefault(true);
    statusLabel = new QLabel;
    statusLabel->setObjectName(QStringLiteral("paymentStatusLabel"));
    statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusLabel->setTextFormat(Qt::PlainText);
    errorLabel = new QLabel;
    errorLabel->setObjectName(QStringLiteral("paymentErrorLabel"));
    errorLabel->setWordWrap(true);
    errorLabel->setTextFormat(Qt::PlainText); // partner text is untrusted
    errorLabel->setStyleSheet(QStringLiteral("color:#a50e0e;"));
    transactionsTable = new QTableWidget(0, 4);
    transactionsTable->setObjectName(QStringLiteral("transactionsTable"));
    transactionsTable->setHorizontalHeaderLabels({tr("Step"), tr("Amount"), tr("Transaction"), tr("Time")});
    transactionsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    transactionsTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    transactionsTable->verticalHeader()->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&User key (x-toss-user-key):"), userKeyEdit);
    form->addRow(tr("&payToken:"), payTokenEdit);
    form->addRow(tr("&orderNo:"), orderNoEdit);
    form->addRow(testPaymentBox);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(lookupButton);
    buttons->addStretch();
    form->addRow(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(errorLabel);
    layout->addWidget(statusLabel);
    layout->addWidget(transactionsTable, 1);

    connect(lookupButton, &QPushButton::clicked, this, &PaymentsTab::lookUp);
    for (QLineEdit *edit : {userKeyEdit, payTokenEdit, orderNoEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &PaymentsTab::updateEnabled);
        connect(edit, &QLineEdit::returnPressed, this, &PaymentsTab::lookUp);
    }
    updateEnabled();
}

void PaymentsTab::setSession(api::ProfileSession *session)
{
    m_session = session;
    if (session) {
        if (const auto profile = m_context.profiles.profile(session->profileId()))
            testPaymentBox->setChecked(profile->defaultTestPayment || profile->environment == profiles::Environment::Sandbox);
        connect(session, &api::ProfileSession::ready, this, &PaymentsTab::updateEnabled);
        connect(session, &api::ProfileSession::failed, this, &PaymentsTab::updateEnabled);
    }
    updateEnabled();
}

QString PaymentsTab::validate() const
{
    bool ok = false;
    userKeyEdit->text().toLongLong(&ok);
    if (!ok)
        return tr("Enter the user key (a number).");
    if (payTokenEdit->text().trimmed().isEmpty() && orderNoEdit->text().trimmed().isEmpty())
        return tr("Enter a payToken, an orderNo, or both.");
    return {};
}

void PaymentsTab::updateEnabled()
{
    const bool ready = m_session && m_session->client();
    lookupButton->setEnabled(ready && !m_busy && validate().isEmpty());
    lookupButton->setToolTip(ready ? validate() : tr("The profile's certificate is not loaded yet."));
}

void PaymentsTab::lookUp()
{
    if (!lookupButton->isEnabled())
        return;
    m_busy = true;
    updateEnabled();
    errorLabel->clear();
    statusLabel->setText(tr("Looking up…"));
    m_session->client()->getPaymentStatus(userKeyEdit->text().toLongLong(), payTokenEdit->text().trimmed(), orderNoEdit->text().trimmed(),
                                          testPaymentBox->isChecked(), this, [this](const api::Result<api::PaymentStatus> &r) {
        m_busy = false;
        updateEnabled();
        if (r.ok())
            show(*r.value);
        else
            showError(r.error);
    });
}

void PaymentsTab::show(const api::PaymentStatus &s)
{
    statusLabel->setText(tr("Status: %1 (%2)\nAmount: %3 · paid: %4 · refundable: %5\nPayment method: %6 · created %7 · paid %8\npayToken %9 · orderNo %10")
                             .arg(s.payStatus, s.mode, won(s.amount), won(s.paidAmount), won(s.refundableAmount), s.payMethod,
                                  s.createdTs, s.paidTs.isEmpty() ? QStringLiteral("—") : s.paidTs)
                             .arg(s.payToken, s.orderNo));
    transactionsTable->setRowCount(0);
    for (const api::Transaction &t : s.transactions) {
        const int row = transactionsTable->rowCount();
        transactionsTable->insertRow(row);
        transactionsTable->setItem(row, 0, new QTableWidgetItem(t.stepType));
        transactionsTable->setItem(row, 1, new QTableWidgetItem(won(t.transactionAmount)));
        transactionsTable->setItem(row, 2, new QTableWidgetItem(t.transactionId));
        transactionsTable->setItem(row, 3, new QTableWidgetItem(t.regTs));
    }
}

void PaymentsTab::showError(const api::ApiError &error)
{
    statusLabel->clear();
    transactionsTable->setRowCount(0);
    QString text = error.message;
    if (!error.partnerReason.isEmpty())
        text += QLatin1Char(' ') + tr("(%1: %2)").arg(error.partnerCode, error.partnerReason);
    if (!error.hint.isEmpty())
        text += QLatin1Char('\n') + error.hint;
    errorLabel->setText(text);
}

} // namespace ait::gui
