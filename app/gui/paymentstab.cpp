#include "paymentstab.h"

#include "approvaloffer.h"
#include "copybutton.h"
#include "dialogs.h"
#include "formatting.h"
#include "inputguard.h"
#include "sessiontab.h"
#include "testpaymentpanel.h"

#include "core/api/profilesession.h"
#include "core/journal/journal.h"
#include "core/ops/moneyservices.h"
#include "core/profiles/profilestore.h"

#include <QSettings>

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

// The partner API's bounds (docs/partner-api.md §3): a payToken has at most 30 characters; an orderNo at
// most 50 of digits, letters and _-:.^@. Anything longer was pasted wrong: said, never sent.
constexpr int maxPayTokenLength = 30;
constexpr int maxOrderNoLength = 50;

bool isValidOrderNo(const QString &orderNo)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_\\-:.^@]*$"));
    return orderNo.size() <= maxOrderNoLength && allowed.match(orderNo).hasMatch();
}

QString won(qint64 amount)
{
    return PaymentsTab::tr("%1 won").arg(QLocale().toString(amount));
}

// Toss Pay's codes in the operator's words; the code itself when the console does not know it.
QString payStatusText(const QString &code)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("PAY_STANDBY"), QT_TRANSLATE_NOOP("ait::gui::PaymentsTab", "waiting for payment")},
        {QStringLiteral("PAY_APPROVED"), QT_TRANSLATE_NOOP("ait::gui::PaymentsTab", "approved by the buyer, not paid yet")},
        {QStringLiteral("PAY_CANCEL"), QT_TRANSLATE_NOOP("ait::gui::PaymentsTab", "cancelled")},
        {QStringLiteral("PAY_PROGRESS"), QT_TRANSLATE_NOOP("ait::gui::PaymentsTab", "being paid")},
        {QStringLiteral("PAY_COMPLETE"), QT_TRANSLATE_NOOP("ait::gui::PaymentsTab", "paid")},
        {QStringLiteral("REFUND_PROGRESS"), QT_TRANSLATE_NOOP("ait::gui::PaymentsTab", "being refunded")},
        {QStringLiteral("REFUND_SUCCESS"), QT_TRANSLATE_NOOP("ait::gui::PaymentsTab", "refunded")},
        {QStringLiteral("SETTLEMENT_COMPLETE"), QT_TRANSLATE_NOOP("ait::gui::PaymentsTab", "paid and settled")},
        {QStringLiteral("SETTLEMENT_REFUND_COMPLETE"), QT_TRANSLATE_NOOP("ait::gui::PaymentsTab", "refunded and settled")},
    };
    const char *text = words.value(code);
    return text ? QCoreApplication::translate("ait::gui::PaymentsTab", text) : code;
}

QString payMethodText(const QString &code)
{
    if (code == QLatin1String("TOSS_MONEY"))
        return PaymentsTab::tr("Toss Money");
    if (code == QLatin1String("CARD"))
        return PaymentsTab::tr("card");
    return code;
}

QString modeText(const QString &code)
{
    if (code == QLatin1String("TEST"))
        return PaymentsTab::tr("test payment");
    if (code == QLatin1String("LIVE"))
        return PaymentsTab::tr("real payment");
    return code;
}

QString stepText(const QString &code)
{
    if (code == QLatin1String("PAY"))
        return PaymentsTab::tr("payment");
    if (code == QLatin1String("REFUND"))
        return PaymentsTab::tr("refund");
    return code;
}

} // namespace

PaymentsTab::PaymentsTab(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    userKeyEdit = new QLineEdit;
    userKeyEdit->setObjectName(QStringLiteral("userKeyEdit"));
    userKeyEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), userKeyEdit));
    userKeyEdit->setPlaceholderText(QStringLiteral("443731103"));
    explainRefusedInput(userKeyEdit, [] { return tr("A user key has digits only, at most 19."); });
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
    reasonEdit = new QLineEdit;
    reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    reasonEdit->setAccessibleName(tr("Refund reason"));
    reasonEdit->setMaxLength(55);
    explainRefusedInput(reasonEdit, [] { return tr("A refund reason has at most 55 characters (the partner's limit)."); });
    reasonEdit->setPlaceholderText(tr("Refund reason (required, up to 55 characters)"));
    refundButton = new QPushButton(tr("&Refund…"));
    refundButton->setObjectName(QStringLiteral("refundButton"));
    reconcileButton = new QPushButton(tr("Re&concile"));
    reconcileButton->setObjectName(QStringLiteral("reconcileButton"));
    reconcileButton->setToolTip(tr("Look the payment up to find out whether the refund was applied. Never sends the refund again."));
    reconcileButton->hide();
    approvalOffer = new ApprovalOffer(QStringLiteral("refund"));
    refundLabel = new QLabel;
    refundLabel->setObjectName(QStringLiteral("refundLabel"));
    refundLabel->setWordWrap(true);
    refundLabel->setTextFormat(Qt::PlainText);
    refundHintLabel = new QLabel;
    refundHintLabel->setObjectName(QStringLiteral("refundHintLabel"));
    refundHintLabel->setTextFormat(Qt::PlainText);
    refundHintLabel->setStyleSheet(QStringLiteral("color:#5f6368;"));
    refundHintLabel->setWordWrap(true);
    transactionsTable = new QTableWidget(0, 4);
    transactionsTable->setObjectName(QStringLiteral("transactionsTable"));
    transactionsTable->setAccessibleName(tr("Transactions"));
    transactionsTable->setHorizontalHeaderLabels({tr("Step"), tr("Amount"), tr("Transaction"), tr("Time")});
    transactionsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    transactionsTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    transactionsTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    transactionsTable->verticalHeader()->hide();

    inputHintLabel = new QLabel;
    inputHintLabel->setObjectName(QStringLiteral("paymentInputHintLabel"));
    inputHintLabel->setTextFormat(Qt::PlainText);
    inputHintLabel->setWordWrap(true);
    inputHintLabel->setStyleSheet(QStringLiteral("color:#a50e0e;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&User key (x-toss-user-key):"), userKeyEdit);
    form->addRow(tr("&payToken:"), payTokenEdit);
    form->addRow(tr("&orderNo:"), orderNoEdit);
    form->addRow(inputHintLabel);
    form->addRow(testPaymentBox);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(lookupButton);
    buttons->addStretch();
    // Always there, enabled when there is something to copy: nothing moves when a result comes.
    copyPayTokenButton = makeCopyButton(tr("Copy payToken"), QStringLiteral("copyPayTokenButton"),
                                        [this] { return m_last ? m_last->payToken : QString(); });
    copyTransactionButton = makeCopyButton(tr("Copy transaction ID"), QStringLiteral("copyTransactionIdButton"), [this] {
        const int row = std::max(0, transactionsTable->currentRow());
        const QTableWidgetItem *item = transactionsTable->item(row, 2);
        return item ? item->text() : QString();
    });
    copyTransactionButton->setToolTip(tr("Copies the transaction ID of the selected step."));
    copyErrorButton = makeCopyButton(tr("Copy error details"), QStringLiteral("paymentCopyErrorButton"), [this] { return m_errorDetails; });
    copyErrorButton->setToolTip(tr("Copies the error with its codes and technical words, to send to a developer."));
    showUserButton = makeShowUserButton(userKeyEdit, QStringLiteral("paymentsShowUserButton"),
                                        [this](qint64 userKey) { emit showUserRequested(userKey); });
    for (QPushButton *b : {copyPayTokenButton, copyTransactionButton, copyErrorButton, showUserButton})
        buttons->addWidget(b);
    form->addRow(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(errorLabel);
    layout->addWidget(statusLabel);
    layout->addWidget(transactionsTable, 1);
    auto *refundRow = new QHBoxLayout;
    refundRow->addWidget(reasonEdit, 1);
    refundRow->addWidget(refundButton);
    refundRow->addWidget(reconcileButton);
    copyRefundNoButton = makeCopyButton(tr("Copy refund number"), QStringLiteral("copyRefundNoButton"), [this] { return m_refundNo; });
    refundRow->addWidget(copyRefundNoButton);
    layout->addLayout(refundRow);
    layout->addWidget(refundHintLabel);
    layout->addWidget(refundLabel);
    layout->addWidget(approvalOffer);
    m_testPayments = new TestPaymentPanel(m_context);
    m_testPayments->hide();
    layout->addWidget(m_testPayments);
    connect(m_testPayments, &TestPaymentPanel::paid, this, [this](qint64 userKey, const QString &payToken, const QString &orderNo) {
        userKeyEdit->setText(QString::number(userKey));
        payTokenEdit->setText(payToken);
        orderNoEdit->setText(orderNo);
        testPaymentBox->setChecked(true);
        lookUp();
    });

    connect(lookupButton, &QPushButton::clicked, this, &PaymentsTab::lookUp);
    connect(refundButton, &QPushButton::clicked, this, &PaymentsTab::startRefund);
    connect(reconcileButton, &QPushButton::clicked, this, &PaymentsTab::reconcile);
    connect(reasonEdit, &QLineEdit::textChanged, this, &PaymentsTab::updateEnabled);
    for (QLineEdit *edit : {userKeyEdit, payTokenEdit, orderNoEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &PaymentsTab::inputsChanged);
        connect(edit, &QLineEdit::returnPressed, this, &PaymentsTab::lookUp);
    }
    connect(testPaymentBox, &QCheckBox::toggled, this, &PaymentsTab::inputsChanged);
    connect(&m_context.journal, &journal::Journal::changed, this, &PaymentsTab::updateEnabled);
    updateEnabled();
}

void PaymentsTab::setDeveloperTools(bool on)
{
    m_testPayments->setVisible(on);
}

PaymentsTab::Inputs PaymentsTab::inputs() const
{
    return {userKeyEdit->text().toLongLong(), payTokenEdit->text().trimmed(), orderNoEdit->text().trimmed(), testPaymentBox->isChecked()};
}

// What is on screen belongs to the inputs (and profile) that produced it: anything else clears it.
void PaymentsTab::clearResult()
{
    m_last.reset();
    statusLabel->clear();
    statusLabel->setToolTip(QString());
    errorLabel->clear();
    m_errorDetails.clear();
    transactionsTable->setRowCount(0);
    if (!m_busy) { // a refund's outcome is still to be shown where it was asked
        refundLabel->clear();
        m_refundNo.clear();
        approvalOffer->clear();
    }
}

void PaymentsTab::inputsChanged()
{
    if (m_last || !statusLabel->text().isEmpty() || !errorLabel->text().isEmpty() || !refundLabel->text().isEmpty()) {
        if (!m_last || inputs() != m_lastInputs)
            clearResult();
    }
    updateEnabled();
}

void PaymentsTab::setSession(api::ProfileSession *session)
{
    m_session = session;
    m_testPayments->setSession(session);
    clearResult(); // a result (or an error, say a DNS failure) belongs to the profile that produced it
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
    return inputProblem();
}

// What is wrong with what was typed or pasted (not what is still missing).
QString PaymentsTab::inputProblem() const
{
    if (const qsizetype length = payTokenEdit->text().trimmed().size(); length > maxPayTokenLength)
        return tr("A payToken has at most %1 characters; this one has %2. Check what was pasted.")
            .arg(maxPayTokenLength)
            .arg(QLocale().toString(length));
    if (const QString orderNo = orderNoEdit->text().trimmed(); !isValidOrderNo(orderNo))
        return orderNo.size() > maxOrderNoLength
                   ? tr("An orderNo has at most %1 characters; this one has %2.").arg(maxOrderNoLength).arg(QLocale().toString(orderNo.size()))
                   : tr("An orderNo has only digits, letters and _ - : . ^ @.");
    return {};
}

qint64 PaymentsTab::typedConfirmationAbove() const
{
    return m_context.settings.value(QStringLiteral("refunds/typedConfirmationAbove"), 100000).toLongLong();
}

QString PaymentsTab::refundProblem() const
{
    if (!m_session || !m_session->client())
        return tr("The profile's certificate is not loaded yet.");
    if (isReadOnly(m_context, m_session))
        return tr("This profile is read-only.");
    if (const QString why = m_context.money.whyRefused(); !why.isEmpty())
        return why;
    if (!m_last)
        return tr("Look the payment up first.");
    if (inputs() != m_lastInputs)
        return tr("The inputs changed since the lookup: look the payment up again.");
    if (m_last->refundableAmount <= 0)
        return tr("Nothing is left to refund on this payment.");
    const QList<journal::Operation> open = m_context.journal.openFor(journal::Kind::Refund, m_last->payToken);
    if (!open.isEmpty())
        return m_context.journal.isInFlightHere(open.first().id)
                   ? tr("A refund of this payment is on its way: wait for its result.")
                   : tr("A refund of this payment has no known outcome. Do not refund again: use Reconcile to find out "
                        "whether it was applied.");
    if (!api::PartnerClient::isValidRefundReason(reasonEdit->text()))
        return tr("Enter a reason: up to 55 characters of Korean, letters, digits, spaces and _ - : . ^ @ ( ) [ ] # / ! % ? &");
    return {};
}

void PaymentsTab::updateEnabled()
{
    const bool ready = m_session && m_session->client();
    lookupButton->setEnabled(ready && !m_busy && validate().isEmpty());
    lookupButton->setToolTip(ready ? validate() : tr("The profile's certificate is not loaded yet."));
    inputHintLabel->setText(inputProblem());
    inputHintLabel->setVisible(!inputHintLabel->text().isEmpty());
    const QString problem = m_busy ? QString() : refundProblem();
    refundButton->setEnabled(!m_busy && problem.isEmpty());
    refundButton->setToolTip(problem);
    // Said in words once there is a payment on screen (before that, "look it up first" is obvious).
    refundHintLabel->setText(m_last ? problem : QString());
    const qint64 target = reconcileTarget();
    reconcileButton->setVisible(target != 0);
    reconcileButton->setEnabled(!m_busy && ready && target != 0);
    copyPayTokenButton->setEnabled(m_last.has_value());
    copyTransactionButton->setEnabled(transactionsTable->rowCount() > 0);
    copyErrorButton->setEnabled(!m_errorDetails.isEmpty());
    copyRefundNoButton->setEnabled(!m_refundNo.isEmpty());
}

qint64 PaymentsTab::reconcileTarget() const
{
    if (!m_last || m_busy || !m_context.journal.isOpen())
        return 0;
    for (const journal::Operation &o : m_context.journal.openFor(journal::Kind::Refund, m_last->payToken)) {
        if (!m_context.journal.isInFlightHere(o.id))
            return o.id;
    }
    return 0;
}

void PaymentsTab::startRefund()
{
    if (!refundProblem().isEmpty() || m_busy)
        return;
    // The confirmation is built from a fresh lookup, never from what is on screen.
    m_busy = true;
    updateEnabled();
    approvalOffer->clear();
    refundLabel->setText(tr("Checking the payment again before the refund…"));
    const api::PaymentStatus shown = *m_last;
    const Inputs asked = m_lastInputs;
    m_session->client()->getPaymentStatus(asked.userKey, shown.payToken, shown.orderNo, asked.test, this,
                                          [this, asked](const api::Result<api::PaymentStatus> &r) {
        m_busy = false;
        if (inputs() != asked) { // the operator moved on to another payment: ask nothing about this one
            refundLabel->clear();
            updateEnabled();
            return;
        }
        if (!r.ok()) {
            refundLabel->clear();
            showError(r.error);
            updateEnabled();
            return;
        }
        show(*r.value);
        confirmAndRefund(*r.value);
    });
}

void PaymentsTab::confirmAndRefund(const api::PaymentStatus &fresh)
{
    updateEnabled();
    if (fresh.refundableAmount <= 0) {
        refundLabel->setText(tr("Nothing is left to refund on this payment."));
        return;
    }
    const QString question = tr("Refund %1 to user %2?\n\npayToken %3 · orderNo %4\nPaid: %5 · refundable now: %6\nReason: %7\n\nThis cannot be undone.")
                                 .arg(won(fresh.refundableAmount), userKeyEdit->text(), fresh.payToken, fresh.orderNo,
                                      won(fresh.paidAmount), won(fresh.refundableAmount), reasonEdit->text());
    Dialogs::Question confirmation = moneyConfirmation(m_context, m_session, tr("Confirm the refund"), question, tr("Refund"));
    journal::Operation target;
    target.kind = journal::Kind::Refund;
    target.payToken = fresh.payToken;
    const ops::OperationContext who = operationContext(m_context, *m_session);
    warnFirst(confirmation, ops::recentlySettled(m_context.journal, target, who.operatorName, m_context.clock), tr("Refund anyway"));
    if (Dialogs::ask(this, confirmation) != QMessageBox::Yes) {
        refundLabel->setText(tr("Refund cancelled. Nothing was sent."));
        return;
    }
    if (fresh.refundableAmount > typedConfirmationAbove()) {
        bool ok = false;
        const QString typed = Dialogs::getText(this, tr("Confirm the amount"),
                                               tr("This refund is above %1. Type the amount to refund (%2) to confirm:")
                                                   .arg(won(typedConfirmationAbove())).arg(fresh.refundableAmount), &ok,
                                               tr("Refund"), confirmation.environment, confirmation.profileName);
        QString digits = typed;
        digits.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
        if (!ok || digits != QString::number(fresh.refundableAmount)) {
            refundLabel->setText(tr("The typed amount did not match. Nothing was sent."));
            return;
        }
    }
    m_busy = true;
    updateEnabled();
    refundLabel->setText(tr("Refunding…"));
    ops::RefundRequest request{m_lastInputs.userKey, fresh.payToken, fresh.orderNo, reasonEdit->text(), m_lastInputs.test,
                               fresh.refundableAmount};
    m_context.money.refunds().refund(*m_session->client(), who, request, this, [this, who, request](const ops::RefundOutcome &o) {
        showRefundOutcome(o);
        approvalOffer->offer(o.error, [this, who, request](api::ApiError *error) {
            return m_context.money.refunds().requestApproval(who, request, error);
        });
    });
}

void PaymentsTab::showRefundOutcome(const ops::RefundOutcome &o)
{
    m_busy = false;
    switch (o.state) {
    case journal::State::Succeeded:
        refundLabel->setText(tr("Refunded %1 (refund number %2).").arg(won(o.refund->refundedAmount), o.refund->refundNo));
        m_refundNo = o.refund->refundNo;
        reasonEdit->clear();
        lookUp(); // show the payment as it is now
        break;
    case journal::State::Unknown:
        refundLabel->setText(o.error.message + QLatin1Char('\n') + o.error.hint);
        break;
    default:
        refundLabel->setText(tr("The refund was not made.") + QLatin1Char(' ') + errorText(o.error));
        m_errorDetails = errorDetails(tr("Refund (activity #%1)").arg(o.operationId), o.error);
        break;
    }
    updateEnabled();
}

void PaymentsTab::reconcile()
{
    const qint64 target = reconcileTarget();
    if (!target || !m_session || !m_session->client())
        return;
    m_busy = true;
    updateEnabled();
    refundLabel->setText(tr("Looking up what happened to the refund…"));
    m_context.money.refunds().reconcile(*m_session->client(), target, this, [this](const ops::RefundOutcome &o) {
        m_busy = false;
        if (o.state == journal::State::Reconciled) {
            refundLabel->setText(o.applied ? tr("Reconciled: the refund was applied. It will not be sent again.")
                                           : tr("Reconciled: the refund was not applied. You may refund again."));
            lookUp();
        } else {
            refundLabel->setText(tr("Could not reconcile yet: %1 %2").arg(o.error.message, o.error.hint));
        }
        updateEnabled();
    });
}

void PaymentsTab::lookUp()
{
    if (!lookupButton->isEnabled())
        return;
    const Inputs asked = inputs();
    const bool sameAsShown = m_last && asked == m_lastInputs; // after a refund: the same payment, as it is now
    m_busy = true;
    // Nothing of an earlier payment stays on screen while this one is looked up.
    m_last.reset();
    errorLabel->clear();
    transactionsTable->setRowCount(0);
    if (!sameAsShown)
        refundLabel->clear();
    statusLabel->setText(tr("Looking up…"));
    statusLabel->setToolTip(QString());
    updateEnabled();
    m_session->client()->getPaymentStatus(asked.userKey, asked.payToken, asked.orderNo, asked.test, this,
                                          [this, asked](const api::Result<api::PaymentStatus> &r) {
        m_busy = false;
        if (inputs() != asked) { // an answer about inputs that are no longer on screen
            statusLabel->clear();
        } else if (r.ok()) {
            show(*r.value);
        } else {
            showError(r.error);
        }
        updateEnabled();
    });
}

void PaymentsTab::show(const api::PaymentStatus &s)
{
    m_last = s;
    m_lastInputs = inputs();
    // Words for the operator; Toss's codes (for a developer or Toss support) in the tooltip.
    statusLabel->setText(tr("Status: %1 (%2)\nAmount: %3 · paid: %4 · refundable: %5\nPayment method: %6 · created %7 · paid %8\npayToken %9 · orderNo %10")
                             .arg(payStatusText(s.payStatus), modeText(s.mode), won(s.amount), won(s.paidAmount), won(s.refundableAmount),
                                  payMethodText(s.payMethod), partnerTimeText(s.createdTs),
                                  s.paidTs.isEmpty() ? QStringLiteral("—") : partnerTimeText(s.paidTs))
                             .arg(s.payToken, s.orderNo));
    statusLabel->setToolTip(tr("Toss's codes: payStatus %1 · mode %2 · payMethod %3\nTimes as Toss wrote them: created %4 · paid %5")
                                .arg(s.payStatus, s.mode, s.payMethod, s.createdTs, s.paidTs));
    transactionsTable->setRowCount(0);
    for (const api::Transaction &t : s.transactions) {
        const int row = transactionsTable->rowCount();
        transactionsTable->insertRow(row);
        auto *step = new QTableWidgetItem(stepText(t.stepType));
        step->setToolTip(t.stepType);
        transactionsTable->setItem(row, 0, step);
        transactionsTable->setItem(row, 1, new QTableWidgetItem(won(t.transactionAmount)));
        transactionsTable->setItem(row, 2, new QTableWidgetItem(t.transactionId));
        auto *time = new QTableWidgetItem(partnerTimeText(t.regTs));
        time->setToolTip(t.regTs);
        transactionsTable->setItem(row, 3, time);
    }
}

void PaymentsTab::showError(const api::ApiError &error)
{
    m_last.reset();
    statusLabel->clear();
    transactionsTable->setRowCount(0);
    errorLabel->setText(errorText(error));
    m_errorDetails = errorDetails(tr("Payment lookup"), error);
    updateEnabled();
}

} // namespace ait::gui
