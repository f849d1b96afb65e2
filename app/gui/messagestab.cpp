#include "messagestab.h"

#include "copybutton.h"
#include "inputguard.h"
#include "dialogs.h"
#include "sessiontab.h"

#include "core/i18n.h"
#include "core/api/profilesession.h"
#include "core/ops/moneyservices.h"
#include "core/profiles/profilestore.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ait::gui {

MessagesTab::MessagesTab(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    templateEdit = new QLineEdit;
    templateEdit->setObjectName(QStringLiteral("templateEdit"));
    userKeyEdit = new QLineEdit;
    userKeyEdit->setObjectName(QStringLiteral("messageUserKeyEdit"));
    userKeyEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), userKeyEdit));
    explainRefusedInput(userKeyEdit, [] { return tr("A user key has digits only, at most 19."); });
    deploymentEdit = new QLineEdit;
    deploymentEdit->setObjectName(QStringLiteral("deploymentEdit"));
    deploymentEdit->setPlaceholderText(tr("only for test messages: the uploaded bundle's deployment ID"));
    contextTable = new QTableWidget(0, 2);
    contextTable->setObjectName(QStringLiteral("contextTable"));
    contextTable->setAccessibleName(tr("Template variables"));
    contextTable->setHorizontalHeaderLabels({tr("Variable"), tr("Value")});
    contextTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    contextTable->verticalHeader()->hide();
    addRowButton = new QPushButton(tr("&Add variable"));
    addRowButton->setObjectName(QStringLiteral("addRowButton"));
    removeRowButton = new QPushButton(tr("Remo&ve variable"));
    removeRowButton->setObjectName(QStringLiteral("removeRowButton"));
    previewLabel = new QLabel;
    previewLabel->setObjectName(QStringLiteral("contextPreview"));
    previewLabel->setTextFormat(Qt::PlainText);
    testButton = new QPushButton(tr("Send &test message"));
    testButton->setObjectName(QStringLiteral("testMessageButton"));
    sendButton = new QPushButton(tr("&Send message…"));
    sendButton->setObjectName(QStringLiteral("sendMessageButton"));
    resultLabel = new QLabel;
    resultLabel->setObjectName(QStringLiteral("messageResultLabel"));
    resultLabel->setTextFormat(Qt::PlainText);
    resultLabel->setWordWrap(true);
    errorLabel = new QLabel;
    errorLabel->setObjectName(QStringLiteral("messageErrorLabel"));
    errorLabel->setTextFormat(Qt::PlainText);
    errorLabel->setWordWrap(true);
    errorLabel->setStyleSheet(QStringLiteral("color:#a50e0e;"));
    failuresTable = new QTableWidget(0, 3);
    failuresTable->setObjectName(QStringLiteral("failuresTable"));
    failuresTable->setAccessibleName(tr("Failed deliveries"));
    failuresTable->setHorizontalHeaderLabels({tr("Channel"), tr("Content"), tr("Why not delivered")});
    failuresTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    failuresTable->verticalHeader()->hide();
    failuresTable->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *form = new QFormLayout;
    form->addRow(tr("&Template set code:"), templateEdit);
    form->addRow(tr("&User key (x-toss-user-key):"), userKeyEdit);
    form->addRow(tr("&Deployment ID:"), deploymentEdit);
    auto *rows = new QHBoxLayout;
    rows->addWidget(addRowButton);
    rows->addWidget(removeRowButton);
    rows->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(testButton);
    buttons->addWidget(sendButton);
    copyErrorButton = makeCopyButton(tr("Copy error details"), QStringLiteral("messageCopyErrorButton"), [this] { return m_errorDetails; });
    copyErrorButton->setEnabled(false);
    buttons->addWidget(copyErrorButton);
    showUserButton = makeShowUserButton(userKeyEdit, QStringLiteral("messagesShowUserButton"),
                                        [this](qint64 userKey) { emit showUserRequested(userKey); });
    buttons->addWidget(showUserButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Context (template variables):")));
    layout->addWidget(contextTable, 1);
    layout->addLayout(rows);
    layout->addWidget(previewLabel);
    layout->addLayout(buttons);
    layout->addWidget(errorLabel);
    layout->addWidget(resultLabel);
    layout->addWidget(failuresTable, 1);

    connect(addRowButton, &QPushButton::clicked, this, [this] {
        // The new row is ready to type into: its name cell is edited at once (typing never goes to
        // the buttons).
        const int row = contextTable->rowCount();
        contextTable->insertRow(row);
        for (int column = 0; column < 2; ++column)
            contextTable->setItem(row, column, new QTableWidgetItem);
        contextTable->setCurrentCell(row, 0);
        contextTable->setFocus(Qt::OtherFocusReason);
        contextTable->editItem(contextTable->item(row, 0));
    });
    connect(removeRowButton, &QPushButton::clicked, this, [this] {
        if (contextTable->currentRow() >= 0)
            contextTable->removeRow(contextTable->currentRow());
        updateEnabled();
    });
    connect(contextTable, &QTableWidget::itemChanged, this, &MessagesTab::updateEnabled);
    for (QLineEdit *e : {templateEdit, userKeyEdit, deploymentEdit})
        connect(e, &QLineEdit::textChanged, this, [this] {
            clearResult(); // a result belongs to the message that produced it
            updateEnabled();
        });
    connect(testButton, &QPushButton::clicked, this, [this] { send(true); });
    connect(sendButton, &QPushButton::clicked, this, [this] { send(false); });
    updateEnabled();
}

MessagesTab::~MessagesTab() = default;

void MessagesTab::clearResult()
{
    if (m_busy) // the message on its way still has its outcome to show
        return;
    resultLabel->clear();
    errorLabel->clear();
    failuresTable->setRowCount(0);
    m_errorDetails.clear();
    copyErrorButton->setEnabled(false);
}

void MessagesTab::setSession(api::ProfileSession *session)
{
    m_session = session;
    clearResult();
    if (session)
        connect(session, &api::ProfileSession::ready, this, &MessagesTab::updateEnabled);
    updateEnabled();
}

QJsonObject MessagesTab::contextObject() const
{
    QJsonObject o;
    for (int r = 0; r < contextTable->rowCount(); ++r) {
        const QTableWidgetItem *key = contextTable->item(r, 0), *value = contextTable->item(r, 1);
        if (key && !key->text().trimmed().isEmpty())
            o.insert(key->text().trimmed(), value ? value->text() : QString());
    }
    return o;
}

QString MessagesTab::validate(bool test) const
{
    if (templateEdit->text().trimmed().isEmpty())
        return tr("Enter the template set code from the console's functional campaign.");
    bool ok = false;
    userKeyEdit->text().toLongLong(&ok);
    if (!ok)
        return tr("Enter the user key (a number).");
    QStringList keys;
    for (int r = 0; r < contextTable->rowCount(); ++r) {
        const QTableWidgetItem *key = contextTable->item(r, 0);
        const QString k = key ? key->text().trimmed() : QString();
        if (k.isEmpty() && contextTable->item(r, 1) && !contextTable->item(r, 1)->text().isEmpty())
            return tr("Every context value needs a variable name.");
        if (!k.isEmpty() && keys.contains(k))
            return i18n::resolveKoParticles(tr("The variable \"%1\" appears twice.").arg(k));
        keys << k;
    }
    if (test && deploymentEdit->text().trimmed().isEmpty())
        return tr("A test message needs the deployment ID.");
    return {};
}

void MessagesTab::updateEnabled()
{
    previewLabel->setText(tr("JSON: %1").arg(QString::fromUtf8(QJsonDocument(contextObject()).toJson(QJsonDocument::Compact))));
    const QString refused = m_context.money.whyRefused();
    const bool ready = m_session && m_session->client() && !m_busy && refused.isEmpty();
    const bool readOnly = isReadOnly(m_context, m_session);
    testButton->setEnabled(ready && !readOnly && validate(true).isEmpty());
    sendButton->setEnabled(ready && !readOnly && validate(false).isEmpty());
    const QString why = readOnly ? tr("This profile is read-only.") : !refused.isEmpty() ? refused : validate(false);
    sendButton->setToolTip(why);
    testButton->setToolTip(readOnly ? why : validate(true));
}

void MessagesTab::send(bool test)
{
    if (m_busy || !(test ? testButton : sendButton)->isEnabled())
        return;
    const qint64 userKey = userKeyEdit->text().toLongLong();
    if (!test
        && Dialogs::ask(this, moneyConfirmation(m_context, m_session, tr("Send the message"),
                                                i18n::resolveKoParticles(
                                                    tr("Send the message \"%1\" to user %2? It reaches the user's phone and cannot be taken back.")
                                                        .arg(templateEdit->text().trimmed()).arg(userKey)),
                                                tr("Send")))
               != QMessageBox::Yes)
        return;
    clearResult();
    m_busy = true;
    updateEnabled();
    resultLabel->setText(tr("Sending…"));
    m_context.money.messages().send(*m_session->client(), operationContext(m_context, *m_session),
                     {userKey, templateEdit->text().trimmed(), contextObject(), deploymentEdit->text().trimmed(), test}, this,
                     [this](const ops::MessageOutcome &o) {
        m_busy = false;
        updateEnabled();
        if (!o.result) {
            resultLabel->clear();
            errorLabel->setText(errorText(o.error));
            m_errorDetails = errorDetails(tr("Message (activity #%1)").arg(o.operationId), o.error);
            copyErrorButton->setEnabled(true);
            return;
        }
        const api::MessageResult &m = *o.result;
        resultLabel->setText(tr("%1 — push %2 · inbox %3 · SMS %4 · Alimtalk %5 · Friendtalk %6")
                                 .arg(m.delivered() ? tr("Delivered") : tr("Accepted but not delivered"))
                                 .arg(m.sentPushCount).arg(m.sentInboxCount).arg(m.sentSmsCount).arg(m.sentAlimtalkCount).arg(m.sentFriendtalkCount));
        for (const api::MessageFailure &f : m.failures) {
            const int row = failuresTable->rowCount();
            failuresTable->insertRow(row);
            failuresTable->setItem(row, 0, new QTableWidgetItem(f.channel));
            failuresTable->setItem(row, 1, new QTableWidgetItem(f.contentId));
            failuresTable->setItem(row, 2, new QTableWidgetItem(f.reason));
        }
    });
}

} // namespace ait::gui
