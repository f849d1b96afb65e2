#pragma once

#include "appcontext.h"

#include "core/ops/testpaymentservice.h"

#include <QGroupBox>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ait::api {
class ProfileSession;
}

namespace ait::gui {

// Developer tools in the Payments tab: make and execute a test payment (isTestPayment = true),
// journaled, so there is something to look up and refund. Shown only with developer tools on.
class TestPaymentPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit TestPaymentPanel(AppContext &context, QWidget *parent = nullptr);
    ~TestPaymentPanel() override;

    void setSession(ait::api::ProfileSession *session);
    QString validate() const;

    QLineEdit *userKeyEdit, *orderNoEdit, *productEdit;
    QSpinBox *amountSpin;
    QPushButton *payButton, *reconcileButton;
    QLabel *resultLabel;

signals:
    void paid(qint64 userKey, const QString &payToken, const QString &orderNo);

private:
    void pay();
    void reconcile();
    void show(const ops::TestPaymentOutcome &outcome);
    void updateEnabled();
    ops::TestPaymentRequest request() const;

    AppContext &m_context;
    QPointer<ait::api::ProfileSession> m_session;
    bool m_busy = false;
    qint64 m_openOperation = 0;
};

} // namespace ait::gui
