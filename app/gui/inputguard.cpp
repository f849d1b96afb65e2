#include "inputguard.h"

#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QToolTip>
#include <QVariant>

namespace ait::gui {

namespace {

const char *const refusalProperty = "aitLastRefusal";

QLineEdit *editorOf(const QAbstractSpinBox *box)
{
    // QAbstractSpinBox::lineEdit() is protected; its editor is its one QLineEdit child.
    return box ? box->findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

} // namespace

void explainRefusedInput(QLineEdit *edit, std::function<QString()> why)
{
    if (!edit)
        return;
    QObject::connect(edit, &QLineEdit::inputRejected, edit, [edit, why = std::move(why)] {
        const QString text = why();
        edit->setProperty(refusalProperty, text);
        edit->setStatusTip(text);
        QWidget *shownAt = edit->parentWidget() && qobject_cast<QAbstractSpinBox *>(edit->parentWidget())
                               ? edit->parentWidget()
                               : edit;
        QToolTip::showText(shownAt->mapToGlobal(QPoint(0, shownAt->height())), text, shownAt);
    });
}

void explainRefusedInput(QAbstractSpinBox *box, std::function<QString()> why)
{
    explainRefusedInput(editorOf(box), std::move(why));
}

QString lastRefusal(const QLineEdit *edit)
{
    return edit ? edit->property(refusalProperty).toString() : QString();
}

QString lastRefusal(const QAbstractSpinBox *box)
{
    return lastRefusal(editorOf(box));
}

} // namespace ait::gui
