#pragma once

#include "appcontext.h"

#include "core/api/models.h"

#include <QPointer>
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

// Toss Pay: look a payment up by payToken and/or orderNo (status, amounts, what is refundable,
// transactions). Refunds arrive with the activity journal.
class PaymentsTab : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentsTab(AppContext &context, QWidget *parent = nullptr);

    void setSession(ait::api::ProfileSession *session);
    QString validate() const; // the first input problem, or empty

    QLineEdit *userKeyEdit, *payTokenEdit, *orderNoEdit;
    QCheckBox *testPaymentBox;
    QPushButton *lookupButton;
    QLabel *statusLabel, *errorLabel;
    QTableWidget *transactionsTable;

private:
    void lookUp();
    void show(const ait::api::PaymentStatus &status);
    void showError(const ait::api::ApiError &error);
    void updateEnabled();

    AppContext &m_context;
    QPointer<ait::api::ProfileSession> m_session;
    bool m_busy = false;
};

} // namespace ait::gui
