#include "logintab.h"
#include "formatting.h"
#include "inputguard.h"

#include "copybutton.h"
#include "dialogs.h"
#include "secretfields.h"

#include "sessiontab.h"

#include "core/i18n.h"
#include "core/api/callrecord.h"
#include "core/clock.h"
#include "core/api/logindecryptor.h"
#include "core/api/profilesession.h"
#include "core/profiles/profilestore.h"
#include "core/security/wipe.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ait::gui {

LoginTab::LoginTab(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context), m_countdown(new QTimer(this))
{
    codeEdit = new QLineEdit;
    codeEdit->setObjectName(QStringLiteral("codeEdit"));
    referrerEdit = new QLineEdit(QStringLiteral("DEFAULT"));
    referrerEdit->setObjectName(QStringLiteral("referrerEdit"));
    referrerEdit->setToolTip(tr("Sent exactly as typed: Toss rejects a changed casing."));
    exchangeButton = new QPushButton(tr("&Get tokens"));
    exchangeButton->setObjectName(QStringLiteral("exchangeButton"));
    refreshButton = new QPushButton(tr("&Refresh"));
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    meButton = new QPushButton(tr("&User info (login-me)"));
    meButton->setObjectName(QStringLiteral("meButton"));
    unlinkTokenButton = new QPushButton(tr("Unlink this &login…"));
    unlinkTokenButton->setObjectName(QStringLiteral("unlinkTokenButton"));
    unlinkUserKeyEdit = new QLineEdit;
    unlinkUserKeyEdit->setObjectName(QStringLiteral("unlinkUserKeyEdit"));
    unlinkUserKeyEdit->setAccessibleName(tr("User key to unlink"));
    unlinkUserKeyEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), unlinkUserKeyEdit));
    explainRefusedInput(unlinkUserKeyEdit, [] { return tr("A user key has digits only, at most 19."); });
    unlinkUserKeyButton = new QPushButton(tr("Unlink user &key…"));
    unlinkUserKeyButton->setObjectName(QStringLiteral("unlinkUserKeyButton"));
    // Named for what it shows: the inspector below has its own, for the calls.
    revealBox = new QCheckBox(tr("Show this tab's tokens and personal fields"));
    revealBox->setObjectName(QStringLiteral("loginRevealBox"));
    tokensLabel = new QLabel;
    tokensLabel->setObjectName(QStringLiteral("tokensLabel"));
    tokensLabel->setTextFormat(Qt::PlainText);
    tokensLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorLabel = new QLabel;
    errorLabel->setObjectName(QStringLiteral("loginErrorLabel"));
    errorLabel->setWordWrap(true);
    errorLabel->setTextFormat(Qt::PlainText);
    errorLabel->setStyleSheet(QStringLiteral("color:#a50e0e;"));
    meLabel = new QLabel;
    meLabel->setObjectName(QStringLiteral("meLabel"));
    meLabel->setTextFormat(Qt::PlainText);
    meLabel->setWordWrap(true);
    fieldsTable = new QTableWidget(0, 2);
    fieldsTable->setObjectName(QStringLiteral("fieldsTable"));
    fieldsTable->setAccessibleName(tr("Personal fields"));
    fieldsTable->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    fieldsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    fieldsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    fieldsTable->verticalHeader()->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Authorization code:"), codeEdit);
    form->addRow(tr("Re&ferrer:"), referrerEdit);
    auto *buttons = new QHBoxLayout;
    copyUserKeyButton = makeCopyButton(tr("Copy user key"), QStringLiteral("loginCopyUserKeyButton"),
                                       [this] { return m_userKey ? QString::number(m_userKey) : QString(); });
    copyErrorButton = makeCopyButton(tr("Copy error details"), QStringLiteral("loginCopyErrorButton"), [this] { return m_errorDetails; });
    for (QPushButton *b : {exchangeButton, refreshButton, meButton, unlinkTokenButton, copyUserKeyButton, copyErrorButton})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *unlink = new QHBoxLayout;
    unlink->addWidget(new QLabel(tr("Unlink by user key:")));
    unlink->addWidget(unlinkUserKeyEdit, 1);
    unlink->addWidget(unlinkUserKeyButton);
    showUserButton = makeShowUserButton(unlinkUserKeyEdit, QStringLiteral("loginShowUserButton"),
                                        [this](qint64 userKey) { emit showUserRequested(userKey); });
    unlink->addWidget(showUserButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(tokensLabel);
    layout->addWidget(errorLabel);
    layout->addWidget(revealBox);
    layout->addWidget(meLabel);
    layout->addWidget(fieldsTable, 1);
    layout->addLayout(unlink);

    connect(exchangeButton, &QPushButton::clicked, this, &LoginTab::exchange);
    connect(refreshButton, &QPushButton::clicked, this, &LoginTab::refresh);
    connect(meButton, &QPushButton::clicked, this, &LoginTab::loginMe);
    connect(unlinkTokenButton, &QPushButton::clicked, this, &LoginTab::unlinkByToken);
    connect(unlinkUserKeyButton, &QPushButton::clicked, this, &LoginTab::unlinkByUserKey);
    connect(revealBox, &QCheckBox::toggled, this, [this] {
        showFields();
        updateEnabled();
    });
    for (QLineEdit *e : {codeEdit, referrerEdit, unlinkUserKeyEdit})
        connect(e, &QLineEdit::textChanged, this, &LoginTab::updateEnabled);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &LoginTab::updateEnabled);
    updateEnabled();
}

LoginTab::~LoginTab()
{
    // Tokens and decrypted fields live only as long as this tab.
    forgetTokens();
    forgetFields();
}

void LoginTab::forgetTokens()
{
    // The label shows them (revealed): let go of its text first. Then the members are the last
    // holders of their buffers, and wipe() reaches the bytes (QString::fill on a string that is
    // still shared would wipe a fresh copy and leave the original).
    setSecretText(tokensLabel, QString());
    security::wipe(m_accessToken);
    security::wipe(m_refreshToken);
}

void LoginTab::forgetFields()
{
    // The table's items share the revealed values: delete them first.
    fieldsTable->setRowCount(0);
    for (auto &[name, value] : m_fields)
        security::wipe(value);
    m_fields.clear();
}

void LoginTab::setSession(api::ProfileSession *session)
{
    m_session = session;
    forgetTokens();
    forgetFields();
    if (session)
        connect(session, &api::ProfileSession::ready, this, &LoginTab::updateEnabled);
    showFields();
    updateEnabled();
}

void LoginTab::updateEnabled()
{
    const bool ready = m_session && m_session->client() && !m_busy;
    const QDateTime now = m_context.clock.now();
    const bool accessValid = !m_accessToken.isEmpty() && now < m_accessExpires;
    exchangeButton->setEnabled(ready && !codeEdit->text().trimmed().isEmpty() && !referrerEdit->text().isEmpty());
    refreshButton->setEnabled(ready && !m_refreshToken.isEmpty() && now < m_refreshExpires);
    meButton->setEnabled(ready && accessValid);
    unlinkTokenButton->setEnabled(ready && accessValid);
    copyUserKeyButton->setEnabled(m_userKey != 0);
    copyErrorButton->setEnabled(!m_errorDetails.isEmpty() && !errorLabel->text().isEmpty());
    unlinkUserKeyButton->setEnabled(ready && !unlinkUserKeyEdit->text().isEmpty());
    if (m_accessToken.isEmpty()) {
        setSecretText(tokensLabel, QString());
        m_countdown->stop();
        return;
    }
    const bool reveal = revealBox->isChecked();
    auto remaining = [&now](const QDateTime &until) {
        const qint64 s = std::max<qint64>(0, now.secsTo(until));
        return s == 0 ? tr("expired") : tr("%1:%2 left").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    };
    setSecretText(tokensLabel, tr("Access token: %1 (%2)\nRefresh token: %3 (%4)")
                                   .arg(reveal ? m_accessToken : api::CallRecord::mask(m_accessToken), remaining(m_accessExpires),
                                        reveal ? m_refreshToken : api::CallRecord::mask(m_refreshToken),
                                        m_refreshExpires.isValid() ? dateTimeText(m_refreshExpires) : QString()));
}

void LoginTab::showTokens(const api::Tokens &t)
{
    forgetTokens();
    m_accessToken = t.accessToken;
    m_refreshToken = t.refreshToken;
    const QDateTime now = m_context.clock.now();
    m_accessExpires = now.addSecs(t.expiresIn > 0 ? t.expiresIn : 3600);
    m_refreshExpires = now.addDays(14); // documented lifetime; the API does not send it
    errorLabel->clear();
    m_countdown->start();
    updateEnabled();
}

void LoginTab::showError(const api::ApiError &e)
{
    errorLabel->setText(errorText(e));
    m_errorDetails = errorDetails(tr("Toss login"), e);
    updateEnabled();
}

void LoginTab::exchange()
{
    m_busy = true;
    updateEnabled();
    // The referrer goes exactly as typed (no trimming or case change).
    m_session->client()->generateToken(codeEdit->text().trimmed(), referrerEdit->text(), this, [this](const api::Result<api::Tokens> &r) {
        m_busy = false;
        if (r.ok()) {
            codeEdit->clear(); // single use
            showTokens(*r.value);
        } else {
            showError(r.error);
        }
        updateEnabled();
    });
}

void LoginTab::refresh()
{
    m_busy = true;
    updateEnabled();
    m_session->client()->refreshToken(m_refreshToken, this, [this](const api::Result<api::Tokens> &r) {
        m_busy = false;
        if (r.ok())
            showTokens(*r.value);
        else
            showError(r.error);
        updateEnabled();
    });
}

void LoginTab::loginMe()
{
    m_busy = true;
    updateEnabled();
    m_session->client()->loginMe(m_accessToken, this, [this](const api::Result<api::LoginMe> &r) {
        m_busy = false;
        updateEnabled();
        if (!r.ok())
            return showError(r.error);
        const api::LoginMe me = *r.value;
        meLabel->setText(tr("userKey %1 · scope %2 · agreed terms: %3").arg(me.userKey).arg(me.scope, me.agreedTerms.join(QStringLiteral(", "))));
        m_userKey = me.userKey;
        updateEnabled();
        m_context.profiles.loadDecryptionKey(m_session->profileId(), this,
                                             [this, me](const keychain::StoreResult &kr, tls::SecretBuffer key, tls::SecretBuffer aad) {
            forgetFields();
            if (!kr.ok()) {
                errorLabel->setText(tr("The personal fields stay encrypted: no decryption key is stored for this profile (Profile settings)."));
                for (auto it = me.encryptedFields.cbegin(); it != me.encryptedFields.cend(); ++it)
                    m_fields << std::pair{it.key(), QString()};
                return showFields();
            }
            const api::LoginDecryptor decryptor(std::move(key), std::move(aad));
            bool failed = false;
            for (auto it = me.encryptedFields.cbegin(); it != me.encryptedFields.cend(); ++it) {
                const auto plain = decryptor.decrypt(it.value());
                failed |= !plain;
                m_fields << std::pair{it.key(), plain ? QString::fromUtf8(plain->data(), plain->size()) : QString()};
            }
            if (failed)
                showError(api::ApiError::make(api::ApiError::Kind::Decryption));
            else
                errorLabel->clear();
            showFields();
        });
    });
}

void LoginTab::showFields()
{
    const bool reveal = revealBox->isChecked();
    fieldsTable->setRowCount(0);
    for (const auto &[name, value] : m_fields) {
        const int row = fieldsTable->rowCount();
        fieldsTable->insertRow(row);
        fieldsTable->setItem(row, 0, new QTableWidgetItem(name));
        const QString shown = value.isEmpty() ? tr("(encrypted)") : reveal ? value : QStringLiteral("••••••");
        fieldsTable->setItem(row, 1, new QTableWidgetItem(shown));
    }
}

void LoginTab::unlinkByToken()
{
    if (Dialogs::ask(this, Dialogs::confirmation(tr("Unlink"), tr("Unlink this Toss login? The user's tokens stop working and the user must log in again."),
                                                 tr("Unlink")))
        != QMessageBox::Yes)
        return;
    m_busy = true;
    updateEnabled();
    m_session->client()->removeByAccessToken(m_accessToken, this, [this](const api::Result<qint64> &r) {
        m_busy = false;
        if (r.ok()) {
            meLabel->setText(tr("Unlinked user %1.").arg(*r.value));
            forgetTokens();
            forgetFields();
        } else {
            showError(r.error);
        }
        updateEnabled();
    });
}

void LoginTab::unlinkByUserKey()
{
    const qint64 userKey = unlinkUserKeyEdit->text().toLongLong();
    if (Dialogs::ask(this, Dialogs::confirmation(tr("Unlink"), i18n::resolveKoParticles(tr("Unlink user %1 from this service? All of the user's tokens stop working.").arg(userKey)),
                                                 tr("Unlink")))
        != QMessageBox::Yes)
        return;
    m_busy = true;
    updateEnabled();
    m_session->client()->removeByUserKey(userKey, QString(), this, [this](const api::Result<qint64> &r) {
        m_busy = false;
        if (r.ok())
            meLabel->setText(tr("Unlinked user %1.").arg(*r.value));
        else
            showError(r.error);
        updateEnabled();
    });
}

} // namespace ait::gui
