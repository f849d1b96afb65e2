#pragma once

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace ait::api {
struct ApiError;
}

namespace ait::gui {

// Under a refund's or payout's outcome: when the core refused it for want of a second operator's
// approval (ApiError::Kind::ApprovalRequired), "Ask for approval" journals the same request as
// awaiting approval. Hidden otherwise; a tab clears it when its inputs change.
class ApprovalOffer : public QWidget
{
    Q_OBJECT

public:
    // requestApproval() of the service, with the request and operation context already bound.
    using Ask = std::function<std::optional<qint64>(api::ApiError *error)>;

    explicit ApprovalOffer(const QString &objectNamePrefix, QWidget *parent = nullptr);

    // Shows the button when `outcome` asks for an approval; otherwise clears.
    void offer(const api::ApiError &outcome, Ask ask);
    void clear();

    QPushButton *askButton;
    QLabel *statusLabel;

signals:
    void requested(qint64 approvalId);

private:
    void ask();
    Ask m_ask;
};

} // namespace ait::gui
