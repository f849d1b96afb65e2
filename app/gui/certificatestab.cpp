#include "certificatestab.h"
#include "formatting.h"

#include "dialogs.h"
#include "profiledialog.h"

#include "core/i18n.h"
#include "core/clock.h"
#include "core/profiles/profilestore.h"
#include "core/tls/inspection.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ait::gui {

namespace {

enum Role { ProfileIdRole = Qt::UserRole, FingerprintRole };

QString environmentText(profiles::Environment e)
{
    switch (e) {
    case profiles::Environment::Live: return CertificatesTab::tr("Live");
    case profiles::Environment::Sandbox: return CertificatesTab::tr("Sandbox");
    case profiles::Environment::Custom: return CertificatesTab::tr("Custom");
    }
    return {};
}

} // namespace

CertificatesTab::CertificatesTab(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("profilesTree"));
    m_tree->setAccessibleName(tr("Profiles and certificates"));
    m_tree->setHeaderLabels({tr("Profile / certificate"), tr("State"), tr("Days left"), tr("Valid until")});
    m_tree->setRootIsDecorated(true);
    // The name takes the room left; State ("Expires soon · active", longer in Korean), days and
    // date are as wide as their words, never clipped.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column <= 3; ++column)
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("identityDetails"));
    m_details->setAccessibleName(tr("Certificate details"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("certificatesError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#a50e0e;"));
    m_error->hide();

    m_importButton = new QPushButton(tr("&Import certificate…"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_settingsButton = new QPushButton(tr("Profile &settings…"));
    m_settingsButton->setObjectName(QStringLiteral("profileSettingsButton"));
    m_activeButton = new QPushButton(tr("Set &active"));
    m_activeButton->setObjectName(QStringLiteral("setActiveButton"));
    m_copyButton = new QPushButton(tr("&Copy fingerprint"));
    m_copyButton->setObjectName(QStringLiteral("copyFingerprintButton"));
    m_exportButton = new QPushButton(tr("&Export chain…"));
    m_exportButton->setObjectName(QStringLiteral("exportChainButton"));
    m_removeButton = new QPushButton(tr("&Remove…"));
    m_removeButton->setObjectName(QStringLiteral("removeButton"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_importButton, m_settingsButton, m_activeButton, m_copyButton, m_exportButton, m_removeButton})
        buttons->addWidget(b);
    buttons->addStretch();

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("certificatesSplitter")); // its position is remembered
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CertificatesTab::showDetails);
    connect(m_importButton, &QPushButton::clicked, this, [this] { emit importRequested(selectedProfileId()); });
    connect(m_settingsButton, &QPushButton::clicked, this, &CertificatesTab::editProfile);
    connect(m_activeButton, &QPushButton::clicked, this, &CertificatesTab::setActive);
    connect(m_copyButton, &QPushButton::clicked, this, &CertificatesTab::copyFingerprint);
    connect(m_exportButton, &QPushButton::clicked, this, &CertificatesTab::exportChain);
    connect(m_removeButton, &QPushButton::clicked, this, &CertificatesTab::removeSelected);
    connect(&m_context.profiles, &profiles::ProfileStore::changed, this, &CertificatesTab::reload);
    connect(&m_context.profiles, &profiles::ProfileStore::identityDamaged, this, &CertificatesTab::reload);
    reload();
}

void CertificatesTab::reload()
{
    const QString profileId = selectedProfileId(), fingerprint = selectedFingerprint();
    const QDateTime now = m_context.clock.now();
    m_tree->clear();
    for (const profiles::Profile &p : m_context.profiles.profiles()) {
        auto *profileItem = new QTreeWidgetItem(m_tree, {p.name, environmentText(p.environment)});
        profileItem->setData(0, ProfileIdRole, p.id);
        QFont bold = profileItem->font(0);
        bold.setBold(true);
        profileItem->setFont(0, bold);
        for (const profiles::IdentityInfo &info : p.identities) {
            const int days = info.daysLeft(now);
            const bool active = info.fingerprint == p.activeFingerprint;
            const bool damaged = m_context.profiles.isDamaged(p.id, info.fingerprint);
            QString state;
            QColor colour;
            if (damaged) {
                // Its dates say nothing once the keychain entries no longer add up.
                state = tr("Damaged");
                colour = QColor(0xa5, 0x0e, 0x0e);
            } else if (now > info.notAfter) {
                state = tr("Expired");
                colour = QColor(0xa5, 0x0e, 0x0e);
            } else if (now < info.notBefore) {
                state = tr("Not yet valid");
                colour = QColor(0xa5, 0x0e, 0x0e);
            } else if (days <= tls::Inspector::ExpiryWarningDays) {
                state = tr("Expires soon");
                colour = QColor(0x8a, 0x53, 0x00);
            } else {
                state = tr("Valid");
                colour = QColor(0x13, 0x73, 0x33);
            }
            if (active)
                state = tr("%1 · active").arg(state);
            auto *item = new QTreeWidgetItem(profileItem, {(active ? QStringLiteral("★ ") : QStringLiteral("   ")) + info.commonName,
                                                           state, QString::number(days),
                                                           dateText(info.notAfter.toLocalTime().date())});
            item->setData(0, ProfileIdRole, p.id);
            item->setData(0, FingerprintRole, info.fingerprint);
            item->setForeground(1, colour);
            item->setToolTip(0, info.subject);
            if (damaged) {
                const keychain::StoreResult why = keychain::CredentialStore::describe(keychain::StoreError::Damaged);
                item->setToolTip(1, why.message + QLatin1Char(' ') + why.hint);
            }
        }
        profileItem->setExpanded(true);
    }
    if (m_tree->topLevelItemCount() == 0) {
        m_details->setHtml(tr("<p>No certificate yet.</p><p>Press <b>Import certificate…</b> and choose the "
                              "files you downloaded from the Apps in Toss console (mTLS certificate).</p>"));
    }
    select(profileId, fingerprint);
    showDetails();
}

void CertificatesTab::select(const QString &profileId, const QString &fingerprint)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *profileItem = m_tree->topLevelItem(i);
        if (profileItem->data(0, ProfileIdRole).toString() != profileId)
            continue;
        m_tree->setCurrentItem(profileItem);
        for (int j = 0; j < profileItem->childCount(); ++j) {
            if (profileItem->child(j)->data(0, FingerprintRole).toString() == fingerprint)
                m_tree->setCurrentItem(profileItem->child(j));
        }
        return;
    }
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

QString CertificatesTab::selectedProfileId() const
{
    const QTreeWidgetItem *item = m_tree ? m_tree->currentItem() : nullptr;
    return item ? item->data(0, ProfileIdRole).toString() : QString();
}

QString CertificatesTab::selectedFingerprint() const
{
    const QTreeWidgetItem *item = m_tree ? m_tree->currentItem() : nullptr;
    return item ? item->data(0, FingerprintRole).toString() : QString();
}

void CertificatesTab::showDetails()
{
    const auto profile = m_context.profiles.profile(selectedProfileId());
    const profiles::IdentityInfo *info = profile ? profile->identity(selectedFingerprint()) : nullptr;
    const bool identity = info != nullptr;
    m_activeButton->setEnabled(identity && !m_busy && profile->activeFingerprint != info->fingerprint);
    m_copyButton->setEnabled(identity);
    m_exportButton->setEnabled(identity && !m_busy);
    m_removeButton->setEnabled(profile && !m_busy);
    m_settingsButton->setEnabled(profile.has_value());
    m_removeButton->setText(identity ? tr("&Remove certificate…") : tr("&Remove profile…"));
    if (!profile)
        return;

    QString html = QStringLiteral("<table cellspacing='4'>");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    if (!info) {
        row(tr("Profile"), profile->name);
        row(tr("Environment"), environmentText(profile->environment));
        row(tr("Apps API"), profile->appsBaseUrl.toString());
        row(tr("Pay API"), profile->payBaseUrl.toString());
        row(tr("Read-only"), profile->readOnly ? tr("yes: lookups only") : tr("no"));
        row(tr("Certificates"), QString::number(profile->identities.size()));
        row(tr("Login decryption key"), profile->hasDecryptionKey ? tr("stored in the OS keychain") : tr("not set"));
    } else {
        if (m_context.profiles.isDamaged(profile->id, info->fingerprint)) {
            const keychain::StoreResult why = keychain::CredentialStore::describe(keychain::StoreError::Damaged);
            row(tr("Keychain"), why.message + QLatin1Char(' ') + why.hint);
        }
        row(tr("Subject"), info->subject);
        row(tr("Issuer"), info->issuer);
        row(tr("Serial number"), info->serialNumber);
        row(tr("Valid from"), dateTimeText(info->notBefore));
        row(tr("Valid until"), dateTimeText(info->notAfter));
        row(tr("Days left"), QString::number(info->daysLeft(m_context.clock.now())));
        row(tr("Key"), tr("%1, %2 bits (in the OS keychain)").arg(info->keyAlgorithm).arg(info->keyBits));
        row(tr("SHA-256 fingerprint"), info->fingerprint);
        row(tr("SHA-1 fingerprint"), info->sha1Fingerprint);
        row(tr("SPKI SHA-256"), info->spkiSha256);
        row(tr("Key usage"), info->keyUsage.join(QStringLiteral(", ")));
        row(tr("Extended key usage"), info->extendedKeyUsage.join(QStringLiteral(", ")));
        row(tr("Alternative names"), info->subjectAltNames.join(QStringLiteral(", ")));
        row(tr("Chain"), info->chainSubjects.join(QStringLiteral("\n→ ")));
        row(tr("Imported"), dateTimeText(info->importedAt));
        row(tr("Active"), info->fingerprint == profile->activeFingerprint ? tr("yes") : tr("no"));
    }
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

void CertificatesTab::setBusy(bool busy)
{
    m_busy = busy;
    showDetails();
}

void CertificatesTab::editProfile()
{
    if (selectedProfileId().isEmpty())
        return;
    auto *dialog = new ProfileDialog(m_context, selectedProfileId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CertificatesTab::setActive()
{
    if (m_context.profiles.setActiveIdentity(selectedProfileId(), selectedFingerprint()))
        emit statusMessage(tr("Active certificate changed."));
}

void CertificatesTab::copyFingerprint()
{
    QGuiApplication::clipboard()->setText(selectedFingerprint());
    emit statusMessage(tr("SHA-256 fingerprint copied."));
}

void CertificatesTab::exportChain()
{
    const QString profileId = selectedProfileId(), fingerprint = selectedFingerprint();
    const auto profile = m_context.profiles.profile(profileId);
    const profiles::IdentityInfo *info = profile ? profile->identity(fingerprint) : nullptr;
    if (!info)
        return;
    const QString file = Dialogs::saveFileName(this, m_context.settings, tr("Export the certificate chain"),
                                               info->commonName + QStringLiteral("-chain.pem"),
                                               tr("PEM certificates (*.pem *.crt)"));
    if (file.isEmpty())
        return;
    setBusy(true);
    m_error->hide();
    m_context.profiles.loadChain(profileId, fingerprint, this, [this, file](const keychain::StoreResult &r, QList<tls::Certificate> chain) {
        setBusy(false);
        if (!r.ok()) {
            m_error->setText(r.message + QLatin1Char(' ') + r.hint);
            m_error->show();
            return;
        }
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(tls::chainToPem(chain)) < 0) {
            m_error->setText(tr("The file %1 could not be written: %2").arg(file, out.errorString()));
            m_error->show();
            return;
        }
        emit statusMessage(tr("Certificate chain exported to %1 (public certificates only, no key).").arg(file));
    });
}

void CertificatesTab::removeSelected()
{
    const QString profileId = selectedProfileId(), fingerprint = selectedFingerprint();
    const auto profile = m_context.profiles.profile(profileId);
    if (!profile)
        return;
    const profiles::IdentityInfo *info = profile->identity(fingerprint);
    const QString question = i18n::resolveKoParticles(info
        ? tr("Remove the certificate \"%1\" and its private key from profile \"%2\"?\n\nThe key is deleted from the "
             "OS keychain; you need the original files to import it again.").arg(info->commonName, profile->name)
        : tr("Remove profile \"%1\" with its %n certificate(s)?\n\nEvery key it stored is deleted from the OS keychain.",
             nullptr, int(profile->identities.size())).arg(profile->name));
    if (Dialogs::ask(this, Dialogs::confirmation(tr("Remove"), question, info ? tr("Remove the certificate") : tr("Remove the profile")))
        != QMessageBox::Yes)
        return;
    setBusy(true);
    m_error->hide();
    auto done = [this](const keychain::StoreResult &r) {
        setBusy(false);
        if (!r.ok()) {
            m_error->setText(r.message + QLatin1Char(' ') + r.hint);
            m_error->show();
        } else {
            emit statusMessage(tr("Removed."));
        }
    };
    if (info)
        m_context.profiles.removeIdentity(profileId, fingerprint, this, done);
    else
        m_context.profiles.removeProfile(profileId, this, done);
}

} // namespace ait::gui
