#pragma once

#include "core/profiles/profile.h"

#include <QColor>
#include <QLabel>

#include <optional>

namespace ait::gui {

// How an environment is marked wherever a profile acts: a word in the operator's language (운영 /
// LIVE, 샌드박스 / SANDBOX) on a colour that cannot be mistaken — live is solid red, as a payment
// dashboard marks its live mode apart from test mode.
struct EnvironmentLook
{
    QString word;
    QColor background, foreground;
};

EnvironmentLook environmentLook(profiles::Environment environment);
// The badge as rich text (for message boxes and the like), with the profile name after it when given.
QString environmentBadgeHtml(profiles::Environment environment, const QString &profileName = {});

// The badge as a widget: the word on its colour; hidden when there is no profile.
class EnvironmentBadge : public QLabel
{
    Q_OBJECT

public:
    explicit EnvironmentBadge(QWidget *parent = nullptr);
    void setEnvironment(std::optional<profiles::Environment> environment);
    std::optional<profiles::Environment> environment() const { return m_environment; }

private:
    std::optional<profiles::Environment> m_environment;
};

} // namespace ait::gui
