#pragma once

#include "appcontext.h"

#include "core/journal/journal.h"
#include "core/journal/journalpager.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QSaveFile;
class QTableView;
class QTextBrowser;

namespace ait::api {
class ProfileSession;
}
namespace ait::ops {
class PayoutService;
class RefundService;
class TestPaymentService;
}

namespace ait::journal {
class CsvExport;
}

namespace ait::gui {

class ActivityModel;

// The activity journal: every refund, payout, message and test payment, filterable, with one
// operation's details, CSV export, and Reconcile for the ones whose outcome is not known. The rows
// are read a page at a time (ActivityModel), so a journal of a million operations opens as fast as
// an empty one; they follow the journal as it changes, here or in another process.
class ActivityTab : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityTab(AppContext &context, QWidget *parent = nullptr);
    ~ActivityTab() override;

    void setSession(ait::api::ProfileSession *session);
    // Lists what the filters select: from the top when they changed, else the first page read again
    // (the selection stays on its operation).
    void reload();
    // The journal was written by someone else (another process on this computer's file, another
    // console on the team's): reloads, at most once every MinRefreshMs.
    void journalChangedElsewhere();
    static constexpr int MinRefreshMs = 2000;
    // The operator "Mine" stands for: the database role on the team journal, else the console's
    // operator name (empty: this computer's user with no name given).
    QString mine() const;
    void selectOperation(qint64 id);
    QString csv() const; // what Export writes (without the file's byte-order mark)
    bool exporting() const { return m_export != nullptr; }
    // Every filter back to "all" (the text, kind, state, profile, dates and Unresolved only).
    void clearFilters();
    bool filtersActive() const;
    // The unresolved operations whatever was filtered before (the banner's Open Activity).
    void showUnresolved();
    // Everything on record for one user, whatever was filtered before (Show everything for this user).
    void showUser(qint64 userKey);
    qint64 userFilter() const { return m_userFilter; }

    QComboBox *kindFilter, *stateFilter, *profileFilter;
    QComboBox *scopeFilter; // Team (everyone's) or Mine
    QLineEdit *textFilter;
    QCheckBox *openOnlyBox, *datesBox;
    QDateEdit *fromDate, *toDate; // local dates, both days included
    QTableView *table;
    ActivityModel *model;
    QLabel *countLabel; // how many are listed, and whether more follow
    QTextBrowser *details;
    QPushButton *reconcileButton, *exportButton, *clearFiltersButton;
    QPushButton *showUserButton;   // Show everything for the selected operation's user
    QPushButton *userFilterButton; // the user filter in force; clicking clears it
    QPushButton *copyUserKeyButton, *copyPayTokenButton, *copyPromotionKeyButton, *copyDetailsButton;
    QLabel *messageLabel;

private:
    void showCurrent();
    void setUserFilter(qint64 userKey);
    void reconcile();
    void reconciled(qint64 id, journal::State state, bool applied, const QString &error);
    void reloadProfiles();
    void exportCsv();
    void exportStep();
    void finishExport();
    void watchJournalFile();
    journal::ActivityFilter currentFilter() const;
    void updateCount();
    std::optional<journal::Operation> current() const;

    AppContext &m_context;
    QPointer<ait::api::ProfileSession> m_session;
    bool m_busy = false;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_refreshTimer;      // coalesces changes made elsewhere
    QElapsedTimer m_lastRefresh;
    std::unique_ptr<QSaveFile> m_exportFile;
    std::unique_ptr<journal::CsvExport> m_export;
    QPointer<QProgressDialog> m_progress;
    QTimer m_exportTimer;
    qint64 m_userFilter = 0; // 0: every user
};

} // namespace ait::gui
