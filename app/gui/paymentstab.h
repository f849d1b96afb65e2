#pragma once

#include "appcontext.h"

#include "core/api/models.h"
#include "core/ops/refundservice.h"

#include <QPointer>

#include <memory>
#include <optional>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ait::api {
class ProfileSession;
struct ApiError;
}

namespace ait::gui {

class ApprovalOffer;

class TestPaymentPanel;

// Toss Pay: look a payment up by payToken and/or orderNo (status, amounts, what is refundable,
// transactions) and refund it: confirmed from a fresh lookup, journaled before it leaves, typed
// confirmation above an amount, Reconcile for an unknown outcome.
class PaymentsTab : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentsTab(AppContext &context, QWidget *parent = nullptr);

    void setSession(ait::api::ProfileSession *session);
    QString validate() const;      // the first input problem, or empty
    QString refundProblem() const; // why Refund is not possible now, or empty
    QString inputProblem() const;  // what is wrong with the payToken/orderNo as typed, or empty

    // Refunds above this amount (won) must be confirmed by typing the amount. Setting
    // refunds/typedConfirmationAbove, default 100,000.
    qint64 typedConfirmationAbove() const;
    // Shows the test payment panel (View → Developer tools).
    void setDeveloperTools(bool on);
    TestPaymentPanel *testPaymentPanel() const { return m_testPayments; }

    QLineEdit *userKeyEdit, *payTokenEdit, *orderNoEdit, *reasonEdit;
    QCheckBox *testPaymentBox;
    QPushButton *lookupButton, *refundButton, *reconcileButton;
    QPushButton *showUserButton; // Activity for the user key typed
    QLabel *statusLabel, *errorLabel, *refundLabel;
    ApprovalOffer *approvalOffer; // "Ask for approval" after a four-eyes refusal
    QLabel *refundHintLabel; // why Refund is disabled, in words
    QLabel *inputHintLabel;  // what is wrong with the payToken or orderNo typed, in words
    QPushButton *copyPayTokenButton, *copyTransactionButton, *copyErrorButton, *copyRefundNoButton;
    QTableWidget *transactionsTable;

    // The inputs a lookup is made from; a result is shown, and refunded, only for the inputs that produced it.
    struct Inputs
    {
        qint64 userKey = 0;
        QString payToken, orderNo;
        bool test = false;
        bool operator==(const Inputs &) const = default;
    };
    Inputs inputs() const;
    // The open refund of the payment on screen that Reconcile settles (0 when none).
    qint64 reconcileTarget() const;

signals:
    // "Show everything for this user" for the user key on this tab.
    void showUserRequested(qint64 userKey);

private:
    void lookUp();
    void inputsChanged();
    void clearResult();
    void show(const ait::api::PaymentStatus &status);
    void showError(const ait::api::ApiError &error);
    void updateEnabled();
    void startRefund();
    void confirmAndRefund(const ait::api::PaymentStatus &fresh);
    void showRefundOutcome(const ait::ops::RefundOutcome &outcome);
    void reconcile();

    AppContext &m_context;
    QPointer<ait::api::ProfileSession> m_session;
    bool m_busy = false;
    std::optional<ait::api::PaymentStatus> m_last; // the payment as looked up for m_lastInputs
    Inputs m_lastInputs;
    QString m_errorDetails; // the last error, for a developer
    QString m_refundNo;     // the last refund's number
    TestPaymentPanel *m_testPayments = nullptr;
};

} // namespace ait::gui
