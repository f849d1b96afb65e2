#pragma once

#include "appcontext.h"

#include "core/api/models.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace ait::api {
class ProfileSession;
struct ApiError;
}

namespace ait::gui {

// Toss login test: authorization code + referrer (passed through byte for byte) → tokens,
// masked, with their expiry counting down; refresh; login-me with the personal fields decrypted
// in memory and masked until revealed (never journaled or logged); unlink, with confirmation.
class LoginTab : public QWidget
{
    Q_OBJECT

public:
    explicit LoginTab(AppContext &context, QWidget *parent = nullptr);
    ~LoginTab() override;

    void setSession(ait::api::ProfileSession *session);

    QLineEdit *codeEdit, *referrerEdit, *unlinkUserKeyEdit;
    QPushButton *exchangeButton, *refreshButton, *meButton, *unlinkTokenButton, *unlinkUserKeyButton;
    QPushButton *copyUserKeyButton, *copyErrorButton;
    QPushButton *showUserButton; // Activity for the user key typed to unlink
    QCheckBox *revealBox;
    QLabel *tokensLabel, *errorLabel, *meLabel;
    QTableWidget *fieldsTable;

signals:
    // "Show everything for this user" for the user key on this tab.
    void showUserRequested(qint64 userKey);

private:
    void exchange();
    void refresh();
    void loginMe();
    void unlinkByToken();
    void unlinkByUserKey();
    void showTokens(const ait::api::Tokens &tokens);
    void showError(const ait::api::ApiError &error);
    void showFields();
    void updateEnabled();
    // Tokens and decrypted fields are wiped when replaced or dropped, and when the tab goes.
    void forgetTokens();
    void forgetFields();

    AppContext &m_context;
    QPointer<ait::api::ProfileSession> m_session;
    QString m_accessToken, m_refreshToken;
    QDateTime m_accessExpires, m_refreshExpires;
    QList<std::pair<QString, QString>> m_fields; // decrypted, in memory only, wiped by forgetFields()
    QTimer *m_countdown;
    bool m_busy = false;
    qint64 m_userKey = 0;   // from the last login-me
    QString m_errorDetails; // the last error, for a developer
};

} // namespace ait::gui
