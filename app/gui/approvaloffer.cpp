#include "approvaloffer.h"

#include "sessiontab.h"

#include "core/api/apierror.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ait::gui {

ApprovalOffer::ApprovalOffer(const QString &objectNamePrefix, QWidget *parent) : QWidget(parent)
{
    setObjectName(objectNamePrefix + QStringLiteral("ApprovalOffer"));
    askButton = new QPushButton(tr("Ask for &approval"));
    askButton->setObjectName(objectNamePrefix + QStringLiteral("AskApprovalButton"));
    askButton->setToolTip(tr("Records the same request as waiting for another operator's approval (team journal). "
                             "Nothing is sent until then."));
    statusLabel = new QLabel;
    statusLabel->setObjectName(objectNamePrefix + QStringLiteral("ApprovalStatusLabel"));
    statusLabel->setTextFormat(Qt::PlainText);
    statusLabel->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(askButton);
    layout->addWidget(statusLabel, 1);
    connect(askButton, &QPushButton::clicked, this, &ApprovalOffer::ask);
    clear();
}

void ApprovalOffer::offer(const api::ApiError &outcome, Ask ask)
{
    clear();
    if (outcome.kind != api::ApiError::Kind::ApprovalRequired || !ask)
        return;
    m_ask = std::move(ask);
    askButton->setEnabled(true);
    askButton->show();
    show();
}

void ApprovalOffer::clear()
{
    m_ask = {};
    statusLabel->clear();
    askButton->hide();
    hide();
}

void ApprovalOffer::ask()
{
    if (!m_ask)
        return;
    api::ApiError error;
    const std::optional<qint64> id = m_ask(&error);
    if (!id) {
        // Still offered: the reason (say, the journal is down) may pass.
        statusLabel->setText(tr("The request could not be recorded: %1").arg(errorText(error)));
        return;
    }
    m_ask = {}; // asked once: a second click would only be refused as a duplicate
    askButton->hide();
    statusLabel->setText(tr("Request #%1 is waiting for another operator's approval. Nothing was sent.").arg(*id));
    emit requested(*id);
}

} // namespace ait::gui
