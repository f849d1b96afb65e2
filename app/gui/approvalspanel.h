#pragma once

#include "appcontext.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ait::api {
class ProfileSession;
}
namespace ait::journal {
struct Approval;
}

namespace ait::gui {

// Four-eyes approval (issue 15): the team journal's requests — awaiting, approved, rejected, sent —
// with Approve / Reject for another operator's request (never one's own: the database refuses it
// too) and Send now for an approved one, through the services' payApproved / refundApproved. On
// this computer's journal it only says that approval needs the team journal.
class ApprovalsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { Id, Asked, Kind, Target, Amount, Requester, State, DecidedBy, Decided, Reason, ColumnCount };

    explicit ApprovalsPanel(AppContext &context, QWidget *parent = nullptr);

    void setSession(api::ProfileSession *session);
    void reload();
    // Requests awaiting a decision that this operator may give (asked by someone else).
    int awaitingOthers() const { return m_awaitingOthers; }
    // Selects a request's row; false when it is not listed.
    bool select(qint64 approvalId);

    QLabel *teamOnlyLabel, *statusLabel;
    QTableWidget *table;
    QLineEdit *reasonEdit;
    QPushButton *approveButton, *rejectButton, *sendButton;

signals:
    void awaitingOthersChanged(int count);

private:
    std::optional<journal::Approval> selected() const;
    void updateButtons();
    void decide(bool approve);
    void sendNow();

    AppContext &m_context;
    api::ProfileSession *m_session = nullptr;
    int m_awaitingOthers = 0;
    bool m_sending = false;
};

} // namespace ait::gui
