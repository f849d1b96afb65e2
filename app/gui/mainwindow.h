#pragma once

#include "appcontext.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace ait::api {
class ProfileSession;
}

namespace Ui {
class MainWindow;
}

namespace ait::gui {

class ActivityTab;
class ApprovalsPanel;
class BulkTab;
class CertificatesTab;
class IapTab;
class LoginTab;
class MessagesTab;
class ImportWizard;
class InspectorDock;
class PaymentsTab;
class PromotionsTab;

// The operator console's main window: one tab per area of the partner API, the current profile,
// and a banner when that profile's certificate is about to expire.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Tab { Certificates, Login, Payments, InAppPurchases, Messages, Promotions, Activity };

    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showTab(Tab tab);
    // Activity, filtered to one user's operations (Show everything for this user, from any tab).
    void showUserActivity(qint64 userKey);
    Tab currentTab() const;
    QString currentProfileId() const;
    void setCurrentProfile(const QString &profileId);
    CertificatesTab *certificatesTab() const { return m_certificates; }
    ApprovalsPanel *approvalsPanel() const { return m_approvals; }
    PaymentsTab *paymentsTab(); // made on first use: it is not on screen at start-up
    InspectorDock *inspector() const { return m_inspector; }
    ActivityTab *activityTab(); // made on first use, like every tab but Certificates
    IapTab *iapTab();
    LoginTab *loginTab();
    MessagesTab *messagesTab();
    PromotionsTab *promotionsTab();
    // Developer tools (test payments): setting developer/tools, View menu.
    bool developerTools() const;
    void setDeveloperTools(bool on);
    QPushButton *cancelCallsButton() const { return m_cancelCalls; }
    int unresolvedOperations() const;
    // What quitting now would leave behind, one sentence each (empty: nothing). Closing the window
    // asks first when there is any. Work that quitting interrupts (a bulk run) adds its line here.
    QStringList whatQuittingLeaves() const;
    ait::api::ProfileSession *session() const { return m_session.get(); }

    // Opens the import wizard (window-modal, returns at once); the wizard is returned for tests.
    ImportWizard *openImportWizard(const QString &profileId = {});
    // Opens the settings dialog (window-modal, returns at once); the dialog is returned for tests.
    class SettingsDialog *openSettings();
    // Test connection: one harmless call (api::testConnection) on the current profile; the evidence
    // (certificate presented and accepted, TLS, times) is shown in a message box, returned for tests.
    QPushButton *testConnectionButton() const { return m_testConnection; }
    void testConnection();

    // Why the team journal could not be opened at start (the keychain, or the server's answer as a
    // sentence): said in the journal banner while the team journal is closed.
    void setJournalProblem(const QString &problem);
    // On the team journal, once per team database: offers to copy this computer's journal (at
    // `localPath`) into it, marked with its origin; the local file is only read. "Copy" that fails
    // is offered again at the next start.
    void offerLocalHistoryCopy(const QString &localPath);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void reloadProfiles();
    void openSession();
    void updateBanner();
    void updateEnvironment(); // the profile's environment badge, in the toolbar, status bar and title
    void buildLanguageMenu();
    void updateUnresolvedBanner();
    int unfinishedBatchesNotRunningHere() const; // the banner's share of bulk runs to resume
    void buildJournalBanner();
    void updateJournalBanner();
    void journalChanged(); // an operator tab wrote to the journal
    void showAbout();
    void showCallsInFlight(int calls);
    void updateTestConnection();
    // Size, position, the inspector's place and the splitters are remembered (settings ui/…).
    void restoreLayout(QWidget *root);
    void saveLayout();
    // Registers a lazily made tab: it gets the current session now and every later one.
    template <typename T>
    T *adopt(T *tab, QWidget *intro, class QLayout *layout);

    AppContext &m_context;
    std::unique_ptr<Ui::MainWindow> m_ui;
    QComboBox *m_profileSelector = nullptr;
    class EnvironmentBadge *m_toolbarBadge = nullptr, *m_statusBadge = nullptr;
    CertificatesTab *m_certificates = nullptr;
    PaymentsTab *m_payments = nullptr;
    InspectorDock *m_inspector = nullptr;
    ActivityTab *m_activity = nullptr;
    IapTab *m_iap = nullptr;
    LoginTab *m_login = nullptr;
    MessagesTab *m_messages = nullptr;
    PromotionsTab *m_promotions = nullptr;
    BulkTab *m_bulk = nullptr;
    ApprovalsPanel *m_approvals = nullptr; // four-eyes requests (issue 15), its tab titled with a count
    QList<std::function<void(ait::api::ProfileSession *)>> m_sessionUsers;
    QProgressBar *m_busyBar = nullptr;
    QPushButton *m_cancelCalls = nullptr;
    QPushButton *m_testConnection = nullptr;
    bool m_testingConnection = false;
    class QTimer *m_busyDelay = nullptr; // calls in flight show the busy bar only after a moment
    class QAction *m_developerAction = nullptr;
    QWidget *m_unresolvedBanner = nullptr; // in the profile toolbar, shown through its action
    class QAction *m_unresolvedAction = nullptr;
    QWidget *m_journalBanner = nullptr;
    QLabel *m_journalLabel = nullptr;
    QPushButton *m_startFreshButton = nullptr, *m_acceptJournalButton = nullptr;
    QString m_journalProblem;
    QLabel *m_unresolvedLabel = nullptr;
    std::unique_ptr<ait::api::ProfileSession> m_session;
    QString m_sessionSignature; // what the session was built from; a change rebuilds it
};

} // namespace ait::gui
