#include "testpaymentpanel.h"

#include "sessiontab.h"
#include "inputguard.h"

#include "core/api/profilesession.h"
#include "core/clock.h"
#include "core/ops/moneyservices.h"
#include "core/profiles/profilestore.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QSpinBox>

namespace ait::gui {

TestPaymentPanel::TestPaymentPanel(AppContext &context, QWidget *parent)
    : QGroupBox(tr("Developer tools: test payment"), parent), m_context(context)
{
    setObjectName(QStringLiteral("testPaymentPanel"));
    userKeyEdit = new QLineEdit;
    userKeyEdit->setObjectName(QStringLiteral("testPayUserKeyEdit"));
    userKeyEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), userKeyEdit));
    explainRefusedInput(userKeyEdit, [] { return tr("A user key has digits only, at most 19."); });
    orderNoEdit = new QLineEdit(ops::TestPaymentService::newOrderNo(m_context.clock.now()));
    orderNoEdit->setObjectName(QStringLiteral("testPayOrderNoEdit"));
    orderNoEdit->setMaxLength(50);
    explainRefusedInput(orderNoEdit, [] { return tr("An orderNo has at most 50 characters."); });
    productEdit = new QLineEdit(tr("Test product"));
    productEdit->setObjectName(QStringLiteral("testPayProductEdit"));
    amountSpin = new QSpinBox;
    amountSpin->setObjectName(QStringLiteral("testPayAmountSpin"));
    amountSpin->setRange(0, 10000000);
    amountSpin->setValue(1000);
    amountSpin->setGroupSeparatorShown(true);
    amountSpin->setSuffix(tr(" won"));
    explainRefusedInput(amountSpin, [this] { return tr("Amount: digits only, at most %1 won.").arg(QLocale().toString(amountSpin->maximum())); });
    payButton = new QPushButton(tr("&Make and execute test payment"));
    payButton->setObjectName(QStringLiteral("testPayButton"));
    reconcileButton = new QPushButton(tr("Reconcile"));
    reconcileButton->setObjectName(QStringLiteral("testPayReconcileButton"));
    reconcileButton->hide();
    resultLabel = new QLabel;
    resultLabel->setObjectName(QStringLiteral("testPayResultLabel"));
    resultLabel->setTextFormat(Qt::PlainText);
    resultLabel->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("User key:"), userKeyEdit);
    form->addRow(tr("orderNo:"), orderNoEdit);
    form->addRow(tr("Product:"), productEdit);
    form->addRow(tr("Amount:"), amountSpin);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(payButton);
    buttons->addWidget(reconcileButton);
    buttons->addStretch();
    form->addRow(buttons);
    form->addRow(resultLabel);

    for (QLineEdit *e : {userKeyEdit, orderNoEdit, productEdit})
        connect(e, &QLineEdit::textChanged, this, &TestPaymentPanel::updateEnabled);
    connect(amountSpin, &QSpinBox::valueChanged, this, &TestPaymentPanel::updateEnabled);
    connect(payButton, &QPushButton::clicked, this, &TestPaymentPanel::pay);
    connect(reconcileButton, &QPushButton::clicked, this, &TestPaymentPanel::reconcile);
    updateEnabled();
}

TestPaymentPanel::~TestPaymentPanel() = default;

void TestPaymentPanel::setSession(api::ProfileSession *session)
{
    m_session = session;
    if (session)
        connect(session, &api::ProfileSession::ready, this, &TestPaymentPanel::updateEnabled);
    updateEnabled();
}

ops::TestPaymentRequest TestPaymentPanel::request() const
{
    return {userKeyEdit->text().toLongLong(), orderNoEdit->text().trimmed(), productEdit->text().trimmed(), amountSpin->value()};
}

QString TestPaymentPanel::validate() const
{
    return ops::TestPaymentService::validate(request());
}

void TestPaymentPanel::updateEnabled()
{
    const bool readOnly = isReadOnly(m_context, m_session);
    const QString problem = validate();
    const QString refused = m_context.money.whyRefused();
    payButton->setEnabled(m_session && m_session->client() && !m_busy && refused.isEmpty() && !readOnly && problem.isEmpty());
    payButton->setToolTip(readOnly ? tr("This profile is read-only.") : !refused.isEmpty() ? refused : problem);
    reconcileButton->setVisible(m_openOperation != 0);
    reconcileButton->setEnabled(!m_busy && m_session && m_session->client());
}

void TestPaymentPanel::pay()
{
    if (m_busy || !payButton->isEnabled())
        return;
    m_busy = true;
    m_openOperation = 0;
    resultLabel->setText(tr("Making the test payment…"));
    updateEnabled();
    m_context.money.testPayments().pay(*m_session->client(), operationContext(m_context, *m_session), request(), this, [this](const ops::TestPaymentOutcome &o) { show(o); });
}

void TestPaymentPanel::show(const ops::TestPaymentOutcome &o)
{
    m_busy = false;
    m_openOperation = o.state == journal::State::Unknown ? o.operationId : 0;
    if (o.state == journal::State::Succeeded) {
        resultLabel->setText(tr("Test payment done: %1 won, payToken %2.").arg(QLocale().toString(o.execution ? o.execution->paidAmount : 0), o.payToken));
        const ops::TestPaymentRequest r = request();
        emit paid(r.userKey, o.payToken, r.orderNo);
        orderNoEdit->setText(ops::TestPaymentService::newOrderNo(m_context.clock.now())); // the next one needs a new orderNo
    } else if (o.state == journal::State::Reconciled) {
        resultLabel->setText(o.applied ? tr("Reconciled: the test payment was completed.") : tr("Reconciled: the test payment was not completed."));
    } else {
        resultLabel->setText(errorText(o.error));
    }
    updateEnabled();
}

void TestPaymentPanel::reconcile()
{
    if (m_busy || !m_openOperation || !m_session || !m_session->client())
        return;
    m_busy = true;
    updateEnabled();
    m_context.money.testPayments().reconcile(*m_session->client(), m_openOperation, this, [this](const ops::TestPaymentOutcome &o) { show(o); });
}

} // namespace ait::gui
