#include "dialogs.h"

#include <QFileDialog>
#include <QInputDialog>

namespace ait::gui {

QStringList Dialogs::s_fileNames;
QList<QMessageBox::StandardButton> Dialogs::s_answers;
QString Dialogs::s_lastQuestion;
QList<std::pair<QString, bool>> Dialogs::s_texts;

QString Dialogs::getText(QWidget *parent, const QString &title, const QString &label, bool *ok)
{
    s_lastQuestion = label;
    if (!s_texts.isEmpty()) {
        const auto [text, accepted] = s_texts.takeFirst();
        *ok = accepted;
        return text;
    }
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), ok);
}

void Dialogs::setNextText(const QString &text, bool ok)
{
    s_texts << std::pair{text, ok};
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (!s_fileNames.isEmpty())
        return s_fileNames.takeFirst();
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)
{
    if (!s_fileNames.isEmpty())
        return s_fileNames.takeFirst();
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QMessageBox::StandardButton Dialogs::question(QWidget *parent, const QString &title, const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    s_lastQuestion = text;
    if (!s_answers.isEmpty())
        return s_answers.takeFirst();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Dialogs::setNextFileName(const QString &fileName)
{
    s_fileNames << fileName;
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_answers << answer;
}

int Dialogs::pendingAnswers()
{
    return int(s_answers.size() + s_fileNames.size() + s_texts.size());
}

QString Dialogs::lastQuestion()
{
    return s_lastQuestion;
}

} // namespace ait::gui
