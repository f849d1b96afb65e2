#include "promotionstab.h"

#include "approvaloffer.h"
#include "copybutton.h"
#include "inputguard.h"
#include "dialogs.h"
#include "sessiontab.h"

#include "core/i18n.h"
#include "core/api/profilesession.h"
#include "core/journal/journal.h"
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
#include <QVBoxLayout>

namespace ait::gui {

PromotionsTab::PromotionsTab(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    codeEdit = new QLineEdit;
    codeEdit->setObjectName(QStringLiteral("promotionCodeEdit"));
    codeEdit->setPlaceholderText(tr("from the Apps in Toss console, e.g. 01JPPJ6SB66BQXXDAKRQZ6SZD7"));
    codeEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_-]{0,100}")), codeEdit));
    explainRefusedInput(codeEdit, [] { return tr("A promotion code has letters, digits, _ and - only, at most 100."); });
    testLabel = new QLabel;
    testLabel->setObjectName(QStringLiteral("promotionTestLabel"));
    // One line, always there: typing a TEST_ code fills it instead of pushing the fields below down.
    testLabel->setMinimumHeight(testLabel->fontMetrics().height());
    testLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    userKeyEdit = new QLineEdit;
    userKeyEdit->setObjectName(QStringLiteral("promotionUserKeyEdit"));
    userKeyEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), userKeyEdit));
    explainRefusedInput(userKeyEdit, [] { return tr("A user key has digits only, at most 19."); });
    amountSpin = new QSpinBox;
    amountSpin->setObjectName(QStringLiteral("promotionAmountSpin"));
    // Setting promotions/maxAmount (default 1,000,000) guards against a slipped digit; the
    // promotion's own per-payout limit is enforced by Toss (4114).
    amountSpin->setRange(0, std::clamp(m_context.settings.value(QStringLiteral("promotions/maxAmount"), 1000000).toInt(), 1, 1000000000));
    amountSpin->setGroupSeparatorShown(true);
    amountSpin->setSuffix(tr(" points"));
    amountSpin->setSpecialValueText(tr("(enter the points)"));
    // Typed 99999999 used to become 999,999 without a word: every digit past the maximum vanished.
    explainRefusedInput(amountSpin, [this] {
        return tr("Points: digits only, at most %1 a payout (Settings: Largest payout).").arg(QLocale().toString(amountSpin->maximum()));
    });
    payButton = new QPushButton(tr("&Pay points…"));
    payButton->setObjectName(QStringLiteral("payPointsButton"));
    cancelButton = new QPushButton(tr("Stop &waiting"));
    cancelButton->setObjectName(QStringLiteral("promotionCancelButton"));
    cancelButton->setToolTip(tr("Stops waiting for Toss. A payout that was already sent is not undone: reconcile it later."));
    reconcileButton = new QPushButton(tr("Re&concile"));
    reconcileButton->setObjectName(QStringLiteral("promotionReconcileButton"));
    reconcileButton->setToolTip(tr("Asks Toss for the result of the same promotion key. Never pays again."));
    reconcileButton->hide();
    progressLabel = new QLabel;
    progressLabel->setObjectName(QStringLiteral("promotionProgressLabel"));
    resultLabel = new QLabel;
    resultLabel->setObjectName(QStringLiteral("promotionResultLabel"));
    resultLabel->setTextFormat(Qt::PlainText);
    resultLabel->setWordWrap(true);
    errorLabel = new QLabel;
    errorLabel->setObjectName(QStringLiteral("promotionErrorLabel"));
    errorLabel->setTextFormat(Qt::PlainText);
    errorLabel->setWordWrap(true);
    errorLabel->setStyleSheet(QStringLiteral("color:#a50e0e;"));
    payHintLabel = new QLabel;
    payHintLabel->setObjectName(QStringLiteral("payHintLabel"));
    payHintLabel->setTextFormat(Qt::PlainText);
    payHintLabel->setStyleSheet(QStringLiteral("color:#5f6368;"));
    // One line beside the buttons, clipped rather than widening the window (the tooltip has it all).
    payHintLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    approvalOffer = new ApprovalOffer(QStringLiteral("promotion"));

    auto *form = new QFormLayout;
    form->addRow(tr("Promotion c&ode:"), codeEdit);
    form->addRow(QString(), testLabel);
    form->addRow(tr("&User key (x-toss-user-key):"), userKeyEdit);
    form->addRow(tr("&Amount:"), amountSpin);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(payButton);
    buttons->addWidget(cancelButton);
    buttons->addWidget(reconcileButton);
    copyKeyButton = makeCopyButton(tr("Copy promotion key"), QStringLiteral("promotionCopyKeyButton"), [this] {
        const auto op = m_lastOperationId ? m_context.journal.find(m_lastOperationId) : std::nullopt;
        return op ? op->idempotencyKey : QString();
    });
    copyKeyButton->setToolTip(tr("Copies the one-time key of the last payout: Toss support asks for it."));
    copyErrorButton = makeCopyButton(tr("Copy error details"), QStringLiteral("promotionCopyErrorButton"), [this] { return m_errorDetails; });
    buttons->addWidget(copyKeyButton);
    buttons->addWidget(copyErrorButton);
    buttons->addWidget(payHintLabel, 1);
    showUserButton = makeShowUserButton(userKeyEdit, QStringLiteral("promotionsShowUserButton"),
                                        [this](qint64 userKey) { emit showUserRequested(userKey); });
    buttons->addWidget(showUserButton);
    auto *help = new QLabel(tr("A payout gets a one-time key from Toss, records it in the activity journal, pays, and then asks "
                               "for the result until Toss reports SUCCESS or FAILED. If the answer is lost, Reconcile asks "
                               "about the same key: the same payout is never made twice."));
    help->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(progressLabel);
    layout->addWidget(errorLabel);
    layout->addWidget(approvalOffer);
    layout->addWidget(resultLabel);
    layout->addStretch();

    for (QLineEdit *e : {codeEdit, userKeyEdit})
        connect(e, &QLineEdit::textChanged, this, &PromotionsTab::inputsChanged);
    connect(amountSpin, &QSpinBox::valueChanged, this, &PromotionsTab::inputsChanged);
    connect(codeEdit, &QLineEdit::returnPressed, this, &PromotionsTab::pay);
    connect(payButton, &QPushButton::clicked, this, &PromotionsTab::pay);
    connect(cancelButton, &QPushButton::clicked, this, [this] {
        if (m_session && m_session->client())
            m_session->client()->cancelAll();
    });
    connect(reconcileButton, &QPushButton::clicked, this, &PromotionsTab::reconcile);
    connect(&m_context.journal, &journal::Journal::changed, this, &PromotionsTab::updateEnabled);
    updateEnabled();
}

PromotionsTab::~PromotionsTab() = default;

ops::PayoutService &PromotionsTab::service()
{
    return m_context.money.payouts();
}

void PromotionsTab::setSession(api::ProfileSession *session)
{
    m_session = session;
    if (session)
        connect(session, &api::ProfileSession::ready, this, &PromotionsTab::updateEnabled);
    // A result or error belongs to the profile that produced it.
    if (!m_busy) {
        errorLabel->clear();
        resultLabel->clear();
    }
    updateEnabled();
}

ops::PayoutRequest PromotionsTab::request() const
{
    return {userKeyEdit->text().toLongLong(), codeEdit->text().trimmed(), amountSpin->value()};
}

qint64 PromotionsTab::typedConfirmationAbove() const
{
    return m_context.settings.value(QStringLiteral("promotions/typedConfirmationAbove"), 10000).toLongLong();
}

QString PromotionsTab::validate() const
{
    return ops::PayoutService::validate(request());
}

qint64 PromotionsTab::reconcileTarget() const
{
    const ops::PayoutRequest r = request();
    if (m_busy || r.userKey <= 0 || r.promotionCode.isEmpty() || !m_context.journal.isOpen())
        return 0;
    const auto open = ops::PayoutService::openPayout(m_context.journal, r.userKey, r.promotionCode);
    return open && !m_context.journal.isInFlightHere(open->id) ? open->id : 0;
}

QString PromotionsTab::payProblem() const
{
    if (!m_session || !m_session->client())
        return tr("The profile's certificate is not loaded yet.");
    if (isReadOnly(m_context, m_session))
        return tr("This profile is read-only.");
    if (const QString refused = m_context.money.whyRefused(); !refused.isEmpty())
        return refused;
    if (const QString problem = validate(); !problem.isEmpty())
        return problem;
    // The core refuses a second payout while one to the same user from the same promotion is open;
    // said here, before the confirmation, with what to do instead.
    const ops::PayoutRequest r = request();
    if (const auto open = ops::PayoutService::openPayout(m_context.journal, r.userKey, r.promotionCode)) {
        return m_context.journal.isInFlightHere(open->id)
                   ? tr("A payout to this user from this promotion is on its way: wait for its result.")
                   : tr("The last payout to this user from this promotion has no known outcome. Do not pay again: "
                        "use Reconcile to find out whether it was paid.");
    }
    return {};
}

// A result belongs to the inputs that produced it: new inputs clear it (never while a payout runs,
// whose outcome is still to be shown).
void PromotionsTab::inputsChanged()
{
    if (!m_busy) {
        errorLabel->clear();
        resultLabel->clear();
        m_errorDetails.clear();
        m_lastOperationId = 0;
        approvalOffer->clear();
    }
    updateEnabled();
}

void PromotionsTab::updateEnabled()
{
    const bool test = ops::PayoutService::isTestCode(codeEdit->text());
    // The line is always there (empty for ordinary codes): typing TEST_ moves nothing below it.
    testLabel->setText(test ? tr("TEST_ code: a test payout. No promotion money is used and no real points are paid.") : QString());
    testLabel->setStyleSheet(test ? QStringLiteral("color:#1a73e8; font-weight:bold;") : QString());
    testLabel->setToolTip(testLabel->text());
    const QString problem = m_busy ? QString() : payProblem();
    payButton->setEnabled(!m_busy && problem.isEmpty());
    payButton->setToolTip(problem);
    payHintLabel->setText(problem);
    payHintLabel->setToolTip(problem);
    cancelButton->setEnabled(m_busy);
    const auto last = m_lastOperationId ? m_context.journal.find(m_lastOperationId) : std::nullopt;
    copyKeyButton->setEnabled(last && !last->idempotencyKey.isEmpty());
    copyErrorButton->setEnabled(!m_errorDetails.isEmpty());
    const qint64 target = reconcileTarget();
    reconcileButton->setVisible(target != 0);
    reconcileButton->setEnabled(target != 0 && m_session && m_session->client());
}

void PromotionsTab::pay()
{
    if (m_busy || !payButton->isEnabled())
        return;
    const ops::PayoutRequest r = request();
    const QString amount = QLocale().toString(r.amount);
    const QString question = i18n::resolveKoParticles(ops::PayoutService::isTestCode(r.promotionCode)
        ? tr("Make a TEST payout of %1 points to user %2 from promotion %3? No real points are paid.").arg(amount).arg(r.userKey).arg(r.promotionCode)
        : tr("Pay %1 Toss points to user %2 from promotion %3? The points come out of the promotion budget and cannot be taken back.")
              .arg(amount).arg(r.userKey).arg(r.promotionCode));
    Dialogs::Question confirmation = moneyConfirmation(m_context, m_session, tr("Confirm the payout"), question,
                                                       ops::PayoutService::isTestCode(r.promotionCode) ? tr("Make test payout") : tr("Pay"));
    journal::Operation target;
    target.kind = journal::Kind::Payout;
    target.promotionCode = r.promotionCode;
    target.userKey = r.userKey;
    const ops::OperationContext who = operationContext(m_context, *m_session);
    warnFirst(confirmation, ops::recentlySettled(m_context.journal, target, who.operatorName, m_context.clock),
              ops::PayoutService::isTestCode(r.promotionCode) ? tr("Make test payout anyway") : tr("Pay anyway"));
    if (Dialogs::ask(this, confirmation) != QMessageBox::Yes)
        return;
    if (!ops::PayoutService::isTestCode(r.promotionCode) && r.amount > typedConfirmationAbove()) {
        bool ok = false;
        QString typed = Dialogs::getText(this, tr("Confirm the amount"),
                                         tr("This payout is above %1 points. Type the amount (%2) to confirm:")
                                             .arg(QLocale().toString(typedConfirmationAbove()), amount), &ok,
                                         tr("Pay"), confirmation.environment, confirmation.profileName);
        typed.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
        if (!ok || typed != QString::number(r.amount)) {
            errorLabel->setText(tr("The typed amount did not match. Nothing was sent."));
            return;
        }
    }
    m_busy = true;
    errorLabel->clear();
    resultLabel->clear();
    approvalOffer->clear();
    updateEnabled();
    service().pay(*m_session->client(), who, r, this,
                   [this](ops::PayoutService::Step step, int check) {
        switch (step) {
        case ops::PayoutService::Step::GettingKey: progressLabel->setText(tr("Getting a promotion key…")); break;
        case ops::PayoutService::Step::Paying: progressLabel->setText(tr("Key recorded. Paying…")); break;
        case ops::PayoutService::Step::WaitingForResult:
            progressLabel->setText(tr("Paid. Waiting for Toss to confirm (check %1)…").arg(check));
            break;
        }
    },
                   [this, who, r](const ops::PayoutOutcome &o) {
        showOutcome(o);
        approvalOffer->offer(o.error, [this, who, r](api::ApiError *error) { return service().requestApproval(who, r, error); });
    });
}

void PromotionsTab::showOutcome(const ops::PayoutOutcome &o)
{
    m_busy = false;
    progressLabel->clear();
    if (o.operationId)
        m_lastOperationId = o.operationId;
    m_errorDetails = o.error.ok() ? QString() : errorDetails(tr("Payout (activity #%1)").arg(o.operationId), o.error);
    const bool open = o.operationId != 0 && (o.state == journal::State::Unknown || o.state == journal::State::Sent);
    if (o.state == journal::State::Succeeded) {
        resultLabel->setText(tr("Paid: Toss confirmed the payout (SUCCESS). Activity #%1.").arg(o.operationId));
    } else if (o.state == journal::State::Reconciled) {
        resultLabel->setText(o.applied ? tr("Reconciled: the payout was made (once). Nothing was sent again.")
                                       : tr("Reconciled: no points were paid with this key. You may start a new payout."));
    } else if (open) {
        errorLabel->setText(o.error.kind == api::ApiError::Kind::Cancelled
                                ? tr("Stopped waiting. The payout may still be made: use Reconcile to find out. Do not pay again.")
                                : errorText(o.error));
    } else if (o.error.kind == api::ApiError::Kind::AlreadyInProgress && !errorLabel->text().isEmpty()) {
        // Refused because an earlier payout is open: the guidance about that one stays on screen.
    } else {
        errorLabel->setText(errorText(o.error));
    }
    updateEnabled();
}

void PromotionsTab::reconcile()
{
    const qint64 target = reconcileTarget();
    if (m_busy || !target || !m_session || !m_session->client())
        return;
    m_busy = true;
    errorLabel->clear();
    progressLabel->setText(tr("Asking Toss about the same key…"));
    updateEnabled();
    service().reconcile(*m_session->client(), target, this, [this](const ops::PayoutOutcome &o) { showOutcome(o); });
}

} // namespace ait::gui
