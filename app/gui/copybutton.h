#pragma once

#include <QString>

#include <functional>

class QAbstractButton;
class QPushButton;
class QWidget;

namespace ait::gui {

// Puts `text` on the clipboard and says so on the button for a moment ("Copied"), so the operator
// knows it worked; an empty text copies nothing and says so.
void copyWithFeedback(QAbstractButton *button, const QString &text);

// A small button that copies what `text` gives at the moment it is clicked.
QPushButton *makeCopyButton(const QString &label, const QString &objectName, std::function<QString()> text,
                            QWidget *parent = nullptr);

} // namespace ait::gui
