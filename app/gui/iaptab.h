#pragma once

#include "appcontext.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ait::api {
class ProfileSession;
}

namespace ait::gui {

// In-app purchases: an order's status by orderId (+ userKey when known), the raw status with what it
// means — both documented readings where the partner's pages disagree.
class IapTab : public QWidget
{
    Q_OBJECT

public:
    explicit IapTab(AppContext &context, QWidget *parent = nullptr);

    void setSession(ait::api::ProfileSession *session);
    static QString explain(const QString &status);

    QLineEdit *orderIdEdit, *userKeyEdit;
    QPushButton *lookupButton, *copyErrorButton;
    QLabel *statusLabel, *meaningLabel, *errorLabel;

private:
    void lookUp();
    void updateEnabled();
    void clearResult();

    AppContext &m_context;
    QPointer<ait::api::ProfileSession> m_session;
    bool m_busy = false;
    QString m_errorDetails; // the last error, for a developer
};

} // namespace ait::gui
