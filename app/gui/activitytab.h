#pragma once

#include "appcontext.h"

#include "core/journal/journal.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace ait::api {
class ProfileSession;
}
namespace ait::ops {
class RefundService;
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

    QComboBox *kindFilter, *stateFilter;
    QLineEdit *textFilter;
    QCheckBox *openOnlyBox;
    QTableWidget *table;
    QTextBrowser *details;
    QPushButton *reconcileButton, *exportButton;
    QLabel *messageLabel;

signals:
    void journalChanged();

private:
    void showCurrent();
    void reconcile();
    void exportCsv();
    const journal::Operation *current() const;

    AppContext &m_context;
    QPointer<ait::api::ProfileSession> m_session;
    QList<journal::Operation> m_rows;
    std::unique_ptr<ops::RefundService> m_refunds;
    bool m_busy = false;
};

} // namespace ait::gui
