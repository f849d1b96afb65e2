#include "approvalspanel.h"

#include "dialogs.h"
#include "formatting.h"
#include "sessiontab.h"

#include "core/api/partnerclient.h"
#include "core/api/profilesession.h"
#include "core/journal/journal.h"
#include "core/ops/moneyservices.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ait::gui {

namespace {

QString stateText(journal::ApprovalState state)
{
    switch (state) {
    case journal::ApprovalState::Awaiting: return ApprovalsPanel::tr("Awaiting approval");
    case journal::ApprovalState::Approved: return ApprovalsPanel::tr("Approved, not sent yet");
    case journal::ApprovalState::Rejected: return ApprovalsPanel::tr("Rejected");
    case journal::ApprovalState::Sent: return ApprovalsPanel::tr("Sent");
    }
    return {};
}

QString kindText(const journal::Approval &a)
{
    if (a.batchId)
        return ApprovalsPanel::tr("Bulk batch");
    return a.kind == journal::Kind::Refund ? ApprovalsPanel::tr("Refund") : ApprovalsPanel::tr("Payout");
}

QString targetText(const journal::Approval &a)
{
    if (a.batchId)
        return ApprovalsPanel::tr("batch #%1").arg(a.batchId);
    if (const auto r = ops::RefundService::requestOf(a))
        return ApprovalsPanel::tr("user %1 · payToken %2").arg(r->userKey).arg(r->payToken);
    if (const auto p = ops::PayoutService::requestOf(a))
        return ApprovalsPanel::tr("user %1 · promotion %2").arg(p->userKey).arg(p->promotionCode);
    return ApprovalsPanel::tr("(unreadable request)");
}

QString amountText(const journal::Approval &a)
{
    const QString number = QLocale().toString(a.amount);
    return a.kind == journal::Kind::Refund ? ApprovalsPanel::tr("%1 won").arg(number) : ApprovalsPanel::tr("%1 points").arg(number);
}

} // namespace

ApprovalsPanel::ApprovalsPanel(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("approvalsPanel"));
    auto *help = new QLabel(tr("Refunds and payouts above a profile's approval amount wait here for a second operator. "
                               "Another operator approves or rejects; then either console sends an approved request, once."));
    help->setWordWrap(true);
    teamOnlyLabel = new QLabel(tr("Approval by a second operator needs the team journal (Settings → Journal). "
                                  "This console records to this computer's journal, where nobody else can approve."));
    teamOnlyLabel->setObjectName(QStringLiteral("approvalsTeamOnlyLabel"));
    teamOnlyLabel->setWordWrap(true);
    teamOnlyLabel->setStyleSheet(QStringLiteral("color:#a50e0e;"));
    table = new QTableWidget(0, ColumnCount);
    table->setObjectName(QStringLiteral("approvalsTable"));
    table->setHorizontalHeaderLabels({tr("Request"), tr("Asked"), tr("Kind"), tr("Target"), tr("Amount"), tr("Asked by"), tr("State"),
                                      tr("Decided by"), tr("Decided"), tr("Reason")});
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    reasonEdit = new QLineEdit;
    reasonEdit->setObjectName(QStringLiteral("approvalReasonEdit"));
    reasonEdit->setPlaceholderText(tr("reason (required to reject)"));
    reasonEdit->setMaxLength(500);
    approveButton = new QPushButton(tr("&Approve"));
    approveButton->setObjectName(QStringLiteral("approveButton"));
    rejectButton = new QPushButton(tr("&Reject"));
    rejectButton->setObjectName(QStringLiteral("rejectButton"));
    sendButton = new QPushButton(tr("&Send now…"));
    sendButton->setObjectName(QStringLiteral("sendApprovedButton"));
    statusLabel = new QLabel;
    statusLabel->setObjectName(QStringLiteral("approvalsStatusLabel"));
    statusLabel->setTextFormat(Qt::PlainText);
    statusLabel->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Reason:")));
    buttons->addWidget(reasonEdit, 1);
    buttons->addWidget(approveButton);
    buttons->addWidget(rejectButton);
    buttons->addWidget(sendButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(teamOnlyLabel);
    layout->addWidget(table, 1);
    layout->addLayout(buttons);
    layout->addWidget(statusLabel);

    connect(table, &QTableWidget::itemSelectionChanged, this, &ApprovalsPanel::updateButtons);
    connect(reasonEdit, &QLineEdit::textChanged, this, &ApprovalsPanel::updateButtons);
    connect(approveButton, &QPushButton::clicked, this, [this] { decide(true); });
    connect(rejectButton, &QPushButton::clicked, this, [this] { decide(false); });
    connect(sendButton, &QPushButton::clicked, this, &ApprovalsPanel::sendNow);
    // This console's decisions and sends, and (LISTEN/NOTIFY) everyone else's.
    connect(&m_context.journal, &journal::Journal::changed, this, &ApprovalsPanel::reload);
    connect(&m_context.journal, &journal::Journal::changedElsewhere, this, &ApprovalsPanel::reload);
    reload();
}

void ApprovalsPanel::setSession(api::ProfileSession *session)
{
    m_session = session;
    if (session)
        connect(session, &api::ProfileSession::ready, this, &ApprovalsPanel::updateButtons);
    updateButtons();
}

void ApprovalsPanel::reload()
{
    const bool team = m_context.journal.isTeam();
    teamOnlyLabel->setVisible(!team);
    const QList<journal::Approval> approvals = team && m_context.journal.isOpen() ? m_context.journal.approvals() : QList<journal::Approval>();
    const std::optional<journal::Approval> wasSelected = selected();
    const QString me = m_context.journal.operatorOnRecord();
    int awaitingOthers = 0;
    table->setSortingEnabled(false);
    table->setRowCount(int(approvals.size()));
    for (int row = 0; row < approvals.size(); ++row) {
        const journal::Approval &a = approvals.at(row);
        awaitingOthers += a.state == journal::ApprovalState::Awaiting && a.requester != me;
        const QStringList cells{QString::number(a.id), dateTimeText(a.createdAt.toLocalTime(), false), kindText(a), targetText(a),
                                amountText(a), a.requester, stateText(a.state), a.decidedBy,
                                a.decidedAt.isValid() ? dateTimeText(a.decidedAt.toLocalTime(), false) : QString(), a.reason};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, a.id);
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    if (wasSelected)
        select(wasSelected->id);
    if (awaitingOthers != m_awaitingOthers) {
        m_awaitingOthers = awaitingOthers;
        emit awaitingOthersChanged(awaitingOthers);
    }
    updateButtons();
}

bool ApprovalsPanel::select(qint64 approvalId)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, Id)->data(Qt::UserRole).toLongLong() == approvalId) {
            table->selectRow(row);
            return true;
        }
    }
    return false;
}

std::optional<journal::Approval> ApprovalsPanel::selected() const
{
    const QList<QTableWidgetItem *> items = table->selectedItems();
    if (items.isEmpty() || !m_context.journal.isTeam())
        return std::nullopt;
    // Read again: another console may have decided or sent it since the list was drawn.
    return m_context.journal.approval(items.first()->data(Qt::UserRole).toLongLong());
}

void ApprovalsPanel::updateButtons()
{
    const std::optional<journal::Approval> a = selected();
    const bool awaiting = a && a->state == journal::ApprovalState::Awaiting;
    const bool own = a && a->requester == m_context.journal.operatorOnRecord();
    QString whyNotDecide;
    if (!a)
        whyNotDecide = tr("Select a request.");
    else if (!awaiting)
        whyNotDecide = tr("This request is already decided.");
    else if (own)
        whyNotDecide = tr("You asked for this one: another operator must approve or reject it.");
    approveButton->setEnabled(whyNotDecide.isEmpty());
    approveButton->setToolTip(whyNotDecide);
    const QString whyNotReject =
        whyNotDecide.isEmpty() && reasonEdit->text().trimmed().isEmpty() ? tr("Type the reason for the rejection first.") : whyNotDecide;
    rejectButton->setEnabled(whyNotReject.isEmpty());
    rejectButton->setToolTip(whyNotReject);

    QString whyNotSend;
    if (!a)
        whyNotSend = tr("Select an approved request.");
    else if (a->state != journal::ApprovalState::Approved)
        whyNotSend = tr("Only an approved request that has not been sent can be sent.");
    else if (a->batchId)
        whyNotSend = tr("An approved bulk batch is started in the Bulk tab.");
    else if (m_sending)
        whyNotSend = tr("Sending…");
    else if (!m_session || !m_session->client())
        whyNotSend = tr("The profile's certificate is not loaded yet.");
    else if (isReadOnly(m_context, m_session))
        whyNotSend = tr("This profile is read-only.");
    sendButton->setEnabled(whyNotSend.isEmpty());
    sendButton->setToolTip(whyNotSend);
}

void ApprovalsPanel::decide(bool approve)
{
    const std::optional<journal::Approval> a = selected();
    if (!a || (approve ? !approveButton->isEnabled() : !rejectButton->isEnabled()))
        return;
    const QString reason = reasonEdit->text().trimmed();
    if (!approve && reason.isEmpty()) { // a rejection says why, for the requester
        statusLabel->setText(tr("Type the reason for the rejection first."));
        return;
    }
    QString why;
    if (!m_context.journal.decideApproval(a->id, approve, reason, &why)) {
        statusLabel->setText(tr("Request #%1 was not decided: %2").arg(a->id).arg(why));
    } else {
        reasonEdit->clear();
        statusLabel->setText(approve ? tr("Request #%1 approved. It can now be sent, once, from either console.").arg(a->id)
                                     : tr("Request #%1 rejected. It will never be sent.").arg(a->id));
    }
    reload();
}

void ApprovalsPanel::sendNow()
{
    const std::optional<journal::Approval> a = selected();
    if (!a || !sendButton->isEnabled() || m_sending)
        return;
    const bool refund = a->kind == journal::Kind::Refund;
    const QString question = tr("Send request #%1 now: %2 of %3 to %4?\n\nAsked by %5, approved by %6. This cannot be undone.")
                                 .arg(a->id)
                                 .arg(kindText(*a), amountText(*a), targetText(*a), a->requester, a->decidedBy);
    const Dialogs::Question confirmation = moneyConfirmation(m_context, m_session, tr("Send the approved request"), question,
                                                             refund ? tr("Refund") : tr("Pay"));
    if (Dialogs::ask(this, confirmation) != QMessageBox::Yes)
        return;
    m_sending = true;
    updateButtons();
    statusLabel->setText(tr("Sending request #%1…").arg(a->id));
    const ops::OperationContext who = operationContext(m_context, *m_session);
    auto finished = [this, id = a->id](const api::ApiError &error, qint64 operationId, bool applied) {
        m_sending = false;
        statusLabel->setText(applied ? tr("Request #%1 was sent and applied (activity #%2).").arg(id).arg(operationId)
                                     : tr("Request #%1: %2").arg(id).arg(errorText(error)));
        reload();
    };
    if (refund) {
        m_context.money.refunds().refundApproved(*m_session->client(), who, a->id, this, [finished](const ops::RefundOutcome &o) {
            finished(o.error, o.operationId, o.state == journal::State::Succeeded);
        });
    } else {
        m_context.money.payouts().payApproved(*m_session->client(), who, a->id, this, {}, [finished](const ops::PayoutOutcome &o) {
            finished(o.error, o.operationId, o.state == journal::State::Succeeded);
        });
    }
}

} // namespace ait::gui
