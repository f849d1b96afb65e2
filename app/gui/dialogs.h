#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace ait::gui {

// Every file picker and message box the GUI opens goes through here, so GUI tests can answer
// them (setNext…) instead of a person. With nothing queued, the real dialog opens.
class Dialogs
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);

    // A line of text; *ok is false when cancelled.
    static QString getText(QWidget *parent, const QString &title, const QString &label, bool *ok);

    static void setNextFileName(const QString &fileName); // "" answers "cancelled"
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextText(const QString &text, bool ok = true);
    static int pendingAnswers();
    static QString lastQuestion(); // the text of the last question asked, for tests

private:
    static QStringList s_fileNames;
    static QList<QMessageBox::StandardButton> s_answers;
    static QList<std::pair<QString, bool>> s_texts;
    static QString s_lastQuestion;
};

} // namespace ait::gui
