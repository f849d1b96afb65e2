#pragma once

#include "core/profiles/profile.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;
class QWidget;

namespace ait::gui {

// Every file picker and message box the GUI opens goes through here, so GUI tests can answer
// them (setNext…) instead of a person. With nothing queued, the real dialog opens.
class Dialogs
{
    Q_DECLARE_TR_FUNCTIONS(ait::gui::Dialogs)

public:
    // A decision whose buttons say what they do ("Refund", "Keep the current one"), never a bare
    // Yes / No; each button answers with its StandardButton. A money confirmation names the
    // environment it acts in (a coloured 운영 / LIVE badge) and the profile.
    struct Choice
    {
        QString text;
        QMessageBox::StandardButton answer;
    };
    struct Question
    {
        QString title;
        QString text; // plain text (may hold partner or operator words)
        QList<Choice> choices;
        QMessageBox::StandardButton defaultAnswer = QMessageBox::Cancel;
        std::optional<profiles::Environment> environment;
        QString profileName;
    };
    static QMessageBox::StandardButton ask(QWidget *parent, const Question &question);
    // The message box ask() would show, not yet shown (for tests and ask() itself).
    static QMessageBox *build(QWidget *parent, const Question &question);
    // "Refund" + Cancel, and so on: the action names the button; Cancel is the default.
    static Question confirmation(const QString &title, const QString &text, const QString &action);
    static Question lastAsked(); // the last question asked, for tests

    // File pickers open in the last folder a file was chosen in (setting ui/lastFolder), else in
    // Documents (else home): never the process's working directory, which for a desktop launch is
    // wherever the launcher ran. The folder of the file chosen is remembered.
    static QString openFileName(QWidget *parent, QSettings &settings, const QString &caption, const QString &filter);
    static QString saveFileName(QWidget *parent, QSettings &settings, const QString &caption, const QString &suggested,
                                const QString &filter);
    // Without the settings (the Bulk page, for now): the same start, remembered for this run only.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter);
    static QString startFolder(const QSettings &settings);
    static QString lastStartFolder(); // where the last file picker opened (or would have), for tests
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);

    // A line of text; *ok is false when cancelled. `okText` names the button that accepts (a money
    // step: "Refund"), and `environment` puts the environment badge above the label.
    static QString getText(QWidget *parent, const QString &title, const QString &label, bool *ok, const QString &okText = {},
                           std::optional<profiles::Environment> environment = {}, const QString &profileName = {});

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
    static QString s_lastStartFolder;
    static QString s_folderThisRun; // the last folder used through the overloads without settings
    static QString startFolder(const QString &remembered);
    static QString pickOpen(QWidget *parent, const QString &start, const QString &caption, const QString &filter);
    static QString pickSave(QWidget *parent, const QString &start, const QString &caption, const QString &suggested,
                            const QString &filter);
    static Question s_lastAsked;
};

} // namespace ait::gui
