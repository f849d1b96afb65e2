#include "environmentbadge.h"

namespace ait::gui {

EnvironmentLook environmentLook(profiles::Environment environment)
{
    switch (environment) {
    case profiles::Environment::Live: return {EnvironmentBadge::tr("LIVE"), QColor(0xc5, 0x22, 0x1f), Qt::white};
    case profiles::Environment::Sandbox: return {EnvironmentBadge::tr("SANDBOX"), QColor(0xf9, 0xab, 0x00), QColor(0x20, 0x21, 0x24)};
    case profiles::Environment::Custom: return {EnvironmentBadge::tr("CUSTOM"), QColor(0x5f, 0x63, 0x68), Qt::white};
    }
    return {};
}

QString environmentBadgeHtml(profiles::Environment environment, const QString &profileName)
{
    const EnvironmentLook look = environmentLook(environment);
    QString html = QStringLiteral("<span style=\"background-color:%1; color:%2; font-weight:bold;\">&nbsp;%3&nbsp;</span>")
                       .arg(look.background.name(), look.foreground.name(), look.word.toHtmlEscaped());
    if (!profileName.isEmpty())
        html += QStringLiteral(" ") + profileName.toHtmlEscaped();
    return html;
}

EnvironmentBadge::EnvironmentBadge(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("environmentBadge"));
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    setMargin(2);
    hide();
}

void EnvironmentBadge::setEnvironment(std::optional<profiles::Environment> environment)
{
    m_environment = environment;
    if (!environment) {
        hide();
        return;
    }
    const EnvironmentLook look = environmentLook(*environment);
    setText(look.word);
    setAccessibleName(tr("Environment: %1").arg(look.word));
    setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; font-weight: bold; border-radius: 3px; padding: 1px 6px; }")
                      .arg(look.background.name(), look.foreground.name()));
    show();
}

} // namespace ait::gui
