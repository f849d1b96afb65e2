#pragma once

#include "appcontext.h"

#include "core/ops/messageservice.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ait::api {
class ProfileSession;
}

namespace ait::gui {

// Smart messages: templateSetCode, userKey and the template's context as an editable key/value
// table with a JSON preview; a test message (needs the deploymentId) or a real one, journaled, with
// the partner's 10-per-minute-per-user limit kept before sending; per-channel results and failures.
class MessagesTab : public QWidget
{
    Q_OBJECT

public:
    explicit MessagesTab(AppContext &context, QWidget *parent = nullptr);
    ~MessagesTab() override;

    void setSession(ait::api::ProfileSession *session);
    QString validate(bool test) const;        // the first input problem, or empty
    QJsonObject contextObject() const;

    QLineEdit *templateEdit, *userKeyEdit, *deploymentEdit;
    QTableWidget *contextTable;
    QPushButton *addRowButton, *removeRowButton, *testButton, *sendButton, *copyErrorButton;
    QPushButton *showUserButton; // Activity for the user key typed
    QLabel *previewLabel, *resultLabel, *errorLabel;
    QTableWidget *failuresTable;

signals:
    // "Show everything for this user" for the user key on this tab.
    void showUserRequested(qint64 userKey);

private:
    void send(bool test);
    void updateEnabled();
    void clearResult();

    AppContext &m_context;
    QPointer<ait::api::ProfileSession> m_session;
    bool m_busy = false;
    QString m_errorDetails; // the last error, for a developer
};

} // namespace ait::gui
