#pragma once

#include "appcontext.h"

#include "core/journal/journal.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace ait::api {
class ProfileSession;
}
namespace ait::ops {
class PayoutService;
class RefundService;
class TestPaymentService;
}

namespace ait::gui {

// The activity journal: every refund, payout, message and test payment, filterable, with one
// operation's details, CSV export, and Reconcile for the ones whose outcome is not known.
class ActivityTab : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityTab(AppContext &context, QWidget *parent = nullptr);
    ~ActivityTab() override;

    void setSession(ait::api::ProfileSession *session);
    void reload();
    void selectOperation(qint64 id);
    QString csv() const; // what Export writes
    // Every filter back to "all" (the text, kind, state, profile, dates and Unresolved only).
    void clearFilters();
    bool filtersActive() const;
    // The unresolved operations whatever was filtered before (the banner's Open Activity).
    void showUnresolved();
    // Everything on record for one user, whatever was filtered before (Show everything for this user).
    void showUser(qint64 userKey);
    qint64 userFilter() const { return m_userFilter; }

    QComboBox *kindFilter, *stateFilter, *profileFilter;
    QLineEdit *textFilter;
    QCheckBox *openOnlyBox, *datesBox;
    QDateEdit *fromDate, *toDate; // local dates, both days included
    QTableWidget *table;
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
    const journal::Operation *current() const;

    AppContext &m_context;
    QPointer<ait::api::ProfileSession> m_session;
    QList<journal::Operation> m_rows;
    bool m_busy = false;
    qint64 m_userFilter = 0; // 0: every user
};

} // namespace ait::gui
