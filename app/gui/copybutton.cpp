#include "copybutton.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPushButton>
#include <QTimer>

namespace ait::gui {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ait::gui::CopyButton)
};
const char *const LabelProperty = "aitCopyLabel";
} // namespace

void copyWithFeedback(QAbstractButton *button, const QString &text)
{
    if (!button->property(LabelProperty).isValid())
        button->setProperty(LabelProperty, button->text());
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
    button->setText(text.isEmpty() ? Text::tr("Nothing to copy") : Text::tr("Copied ✓"));
    // Back to its label after a moment; a later click restarts the moment.
    auto *restore = button->findChild<QTimer *>(QStringLiteral("copyFeedbackTimer"));
    if (!restore) {
        restore = new QTimer(button);
        restore->setObjectName(QStringLiteral("copyFeedbackTimer"));
        restore->setSingleShot(true);
        QObject::connect(restore, &QTimer::timeout, button, [button] { button->setText(button->property(LabelProperty).toString()); });
    }
    restore->start(1500);
}

QPushButton *makeCopyButton(const QString &label, const QString &objectName, std::function<QString()> text, QWidget *parent)
{
    auto *button = new QPushButton(label, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    QObject::connect(button, &QPushButton::clicked, button, [button, text = std::move(text)] { copyWithFeedback(button, text()); });
    return button;
}

} // namespace ait::gui
