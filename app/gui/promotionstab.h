#pragma once

#include "appcontext.h"

#include "core/ops/payoutservice.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ait::api {
class ProfileSession;
}

namespace ait::gui {

class ApprovalOffer;

// Toss points: promotion code (a TEST_ prefix is marked as a test), userKey and amount → a payout
// that is journaled with its promotion key before it is sent, followed until Toss reports SUCCESS
// or FAILED. Cancel stops waiting (never the payout); an unknown outcome shows Reconcile, which asks
// about the same key.
class PromotionsTab : public QWidget
{
    Q_OBJECT

public:
    explicit PromotionsTab(AppContext &context, QWidget *parent = nullptr);
    ~PromotionsTab() override;

    void setSession(ait::api::ProfileSession *session);
    QString validate() const; // the first input problem, or empty
    // Real payouts above this many points must be confirmed by typing the amount. Setting
    // promotions/typedConfirmationAbove, default 10,000.
    qint64 typedConfirmationAbove() const;
    ops::PayoutService &service();

    QLineEdit *codeEdit, *userKeyEdit;
    QSpinBox *amountSpin;
    QLabel *testLabel, *progressLabel, *resultLabel, *errorLabel;
    QLabel *payHintLabel; // why Pay points is disabled, in words
    ApprovalOffer *approvalOffer; // "Ask for approval" after a four-eyes refusal
    // Why Pay points is not possible now (input, read-only, journal, an open payout), or empty.
    QString payProblem() const;
    // The open payout for the inputs on screen that Reconcile settles (0 when none).
    qint64 reconcileTarget() const;
    QPushButton *payButton, *cancelButton, *reconcileButton, *copyKeyButton, *copyErrorButton;
    QPushButton *showUserButton; // Activity for the user key typed

signals:
    // "Show everything for this user" for the user key on this tab.
    void showUserRequested(qint64 userKey);

private:
    void pay();
    void reconcile();
    void showOutcome(const ops::PayoutOutcome &outcome);
    void updateEnabled();
    void inputsChanged();
    ops::PayoutRequest request() const;

    AppContext &m_context;
    QPointer<ait::api::ProfileSession> m_session;
    bool m_busy = false;
    qint64 m_lastOperationId = 0; // the last payout shown, whose key can be copied
    QString m_errorDetails;       // the last error, for a developer
};

} // namespace ait::gui
