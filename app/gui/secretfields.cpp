#include "secretfields.h"

#include "core/security/wipe.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace ait::gui {

tls::SecretBuffer takeSecret(QLineEdit *edit)
{
    QString text = edit->text(); // shares the line edit's buffer
    // setText() (unlike clear(), which records every removed character for undo) drops the
    // history; afterwards `text` is the buffer's last holder, so takeUtf8Secret wipes it.
    edit->setText(QString());
    return security::takeUtf8Secret(text);
}

void wipeField(QLineEdit *edit)
{
    QString text = edit->text();
    edit->setText(QString());
    security::wipe(text);
}

tls::SecretBuffer secretText(const QPlainTextEdit *edit)
{
    QString text = edit->toPlainText(); // a fresh copy: ours to wipe
    return security::takeUtf8Secret(text);
}

void wipeField(QPlainTextEdit *edit)
{
    edit->clear();
}

void secretTextEdit(QPlainTextEdit *edit)
{
    edit->setUndoRedoEnabled(false);
}

void setSecretText(QLabel *label, const QString &text)
{
    QString previous = label->text();
    label->setText(text);
    security::wipe(previous);
}

} // namespace ait::gui
