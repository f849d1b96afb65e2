#include "dialogs.h"

#include "environmentbadge.h"

#include <QAbstractButton>
#include <QBoxLayout>
#include <QLabel>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

#include <memory>

namespace ait::gui {

QStringList Dialogs::s_fileNames;
QList<QMessageBox::StandardButton> Dialogs::s_answers;
QString Dialogs::s_lastQuestion;
QString Dialogs::s_lastStartFolder;
QString Dialogs::s_folderThisRun;
QList<std::pair<QString, bool>> Dialogs::s_texts;
Dialogs::Question Dialogs::s_lastAsked;

Dialogs::Question Dialogs::confirmation(const QString &title, const QString &text, const QString &action)
{
    return {title, text, {{action, QMessageBox::Yes}, {tr("Cancel"), QMessageBox::Cancel}}, QMessageBox::Cancel, {}, {}};
}

QMessageBox *Dialogs::build(QWidget *parent, const Question &question)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("questionBox"));
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(question.environment ? QStringLiteral("[%1] %2").arg(environmentLook(*question.environment).word, question.title)
                                             : question.title);
    if (question.environment) {
        // Rich text for the badge; the question itself stays plain (escaped), whatever it holds.
        box->setTextFormat(Qt::RichText);
        box->setText(environmentBadgeHtml(*question.environment, question.profileName) + QStringLiteral("<br><br>")
                     + question.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    } else {
        box->setTextFormat(Qt::PlainText);
        box->setText(question.text);
    }
    for (const Choice &choice : question.choices) {
        const QMessageBox::ButtonRole role = choice.answer == QMessageBox::Cancel ? QMessageBox::RejectRole
                                           : choice.answer == QMessageBox::No     ? QMessageBox::NoRole
                                                                                  : QMessageBox::AcceptRole;
        QPushButton *button = box->addButton(choice.text, role);
        button->setProperty("answer", int(choice.answer));
        if (choice.answer == question.defaultAnswer)
            box->setDefaultButton(button);
        if (choice.answer == QMessageBox::Cancel)
            box->setEscapeButton(button);
    }
    return box;
}

QMessageBox::StandardButton Dialogs::ask(QWidget *parent, const Question &question)
{
    s_lastQuestion = question.text;
    s_lastAsked = question;
    if (!s_answers.isEmpty())
        return s_answers.takeFirst();
    std::unique_ptr<QMessageBox> box(build(parent, question));
    box->exec();
    QAbstractButton *clicked = box->clickedButton();
    return clicked ? QMessageBox::StandardButton(clicked->property("answer").toInt()) : QMessageBox::Cancel;
}

Dialogs::Question Dialogs::lastAsked()
{
    return s_lastAsked;
}

QString Dialogs::getText(QWidget *parent, const QString &title, const QString &label, bool *ok, const QString &okText,
                         std::optional<profiles::Environment> environment, const QString &profileName)
{
    s_lastQuestion = label;
    if (!s_texts.isEmpty()) {
        const auto [text, accepted] = s_texts.takeFirst();
        *ok = accepted;
        return text;
    }
    QInputDialog dialog(parent);
    dialog.setWindowTitle(environment ? QStringLiteral("[%1] %2").arg(environmentLook(*environment).word, title) : title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::TextInput);
    if (!okText.isEmpty())
        dialog.setOkButtonText(okText);
    if (environment) {
        if (auto *layout = qobject_cast<QBoxLayout *>(dialog.layout())) {
            auto *badge = new QLabel(environmentBadgeHtml(*environment, profileName));
            badge->setTextFormat(Qt::RichText);
            layout->insertWidget(0, badge);
        }
    }
    *ok = dialog.exec() == QDialog::Accepted;
    return *ok ? dialog.textValue() : QString();
}

void Dialogs::setNextText(const QString &text, bool ok)
{
    s_texts << std::pair{text, ok};
}

namespace {

const QString lastFolderKey = QStringLiteral("ui/lastFolder");

QString folderOf(const QString &file)
{
    return file.isEmpty() ? QString() : QFileInfo(file).absolutePath();
}

} // namespace

QString Dialogs::startFolder(const QString &remembered)
{
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString Dialogs::startFolder(const QSettings &settings)
{
    return startFolder(settings.value(lastFolderKey).toString());
}

QString Dialogs::lastStartFolder()
{
    return s_lastStartFolder;
}

QString Dialogs::pickOpen(QWidget *parent, const QString &start, const QString &caption, const QString &filter)
{
    s_lastStartFolder = start;
    return !s_fileNames.isEmpty() ? s_fileNames.takeFirst() : QFileDialog::getOpenFileName(parent, caption, start, filter);
}

QString Dialogs::pickSave(QWidget *parent, const QString &start, const QString &caption, const QString &suggested,
                          const QString &filter)
{
    s_lastStartFolder = start;
    return !s_fileNames.isEmpty() ? s_fileNames.takeFirst()
                                  : QFileDialog::getSaveFileName(parent, caption, QDir(start).filePath(suggested), filter);
}

QString Dialogs::openFileName(QWidget *parent, QSettings &settings, const QString &caption, const QString &filter)
{
    const QString file = pickOpen(parent, startFolder(settings), caption, filter);
    if (!file.isEmpty())
        settings.setValue(lastFolderKey, folderOf(file));
    return file;
}

QString Dialogs::saveFileName(QWidget *parent, QSettings &settings, const QString &caption, const QString &suggested,
                              const QString &filter)
{
    const QString file = pickSave(parent, startFolder(settings), caption, suggested, filter);
    if (!file.isEmpty())
        settings.setValue(lastFolderKey, folderOf(file));
    return file;
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    const QString file = pickOpen(parent, startFolder(s_folderThisRun), caption, filter);
    if (!file.isEmpty())
        s_folderThisRun = folderOf(file);
    return file;
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)
{
    const QString file = pickSave(parent, startFolder(s_folderThisRun), caption, suggested, filter);
    if (!file.isEmpty())
        s_folderThisRun = folderOf(file);
    return file;
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
