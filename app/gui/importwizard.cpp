#include "importwizard.h"
#include "formatting.h"

#include "dialogs.h"
#include "environmentbadge.h"
#include "secretfields.h"

#include "core/profiles/profilestore.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ait::gui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString fileFilterAll()
{
    return ImportWizard::tr("Certificates and keys (*.pem *.crt *.cer *.der *.key *.p12 *.pfx);;All files (*)");
}

QString verdictStyle(tls::Verdict verdict)
{
    switch (verdict) {
    case tls::Verdict::Ready: return QStringLiteral("background:#e6f4ea;color:#137333;");
    case tls::Verdict::Warning: return QStringLiteral("background:#fef7e0;color:#8a5300;");
    default: return QStringLiteral("background:#fce8e6;color:#a50e0e;");
    }
}

} // namespace

// --- ImportWizard ----------------------------------------------------------------------------

ImportWizard::ImportWizard(AppContext &context, const QString &preferredProfileId, QWidget *parent)
    : QWizard(parent), m_context(context)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a client certificate"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setAcceptDrops(true);
    m_select = new SelectPage(this);
    setPage(SelectPageId, m_select);
    setPage(PassphrasePageId, new PassphrasePage(this));
    auto *review = new ReviewPage(this, preferredProfileId);
    setPage(ReviewPageId, review);
    auto *storePage = new StorePage(this, review);
    setPage(StorePageId, storePage);
    setStartId(SelectPageId);
    resize(720, 600);
    connect(this, &QDialog::accepted, this, [this, storePage] {
        if (storePage->switchBox->isChecked() && !storePage->storedProfileId().isEmpty())
            emit switchToProfileRequested(storePage->storedProfileId());
    });
}

ImportWizard::~ImportWizard()
{
    // Pasted text may hold a private key, a typed passphrase is one: do not leave them behind.
    if (m_select)
        wipeField(m_select->pasteEdit);
    if (auto *passphrasePage = qobject_cast<PassphrasePage *>(page(PassphrasePageId)))
        wipeField(passphrasePage->passphraseEdit);
}

ImportWizard::Source ImportWizard::source() const
{
    if (m_select->singleRadio->isChecked())
        return Source::SingleFile;
    if (m_select->pasteRadio->isChecked())
        return Source::PastedText;
    return Source::CertificateAndKey;
}

QString ImportWizard::certificatePath() const
{
    return source() == Source::SingleFile ? m_select->singleEdit->text().trimmed()
         : source() == Source::CertificateAndKey ? m_select->certificateEdit->text().trimmed()
                                                 : QString();
}

QString ImportWizard::keyPath() const
{
    if (source() == Source::CertificateAndKey)
        return m_select->keyEdit->text().trimmed();
    if (source() == Source::SingleFile)
        return m_select->singleEdit->text().trimmed();
    return {};
}

void ImportWizard::inspect(const tls::SecretBuffer *passphrase)
{
    tls::InspectionRequest request;
    switch (source()) {
    case Source::CertificateAndKey:
        request.certificate = tls::MaterialSource::file(certificatePath());
        if (!keyPath().isEmpty())
            request.key = tls::MaterialSource::file(keyPath());
        break;
    case Source::SingleFile:
        request.certificate = tls::MaterialSource::file(certificatePath());
        break;
    case Source::PastedText:
        request.certificate = tls::MaterialSource::text(secretText(m_select->pasteEdit));
        break;
    }
    request.passphrase = passphrase;
    m_report = tls::Inspector(m_context.clock).inspect(request);
}

void ImportWizard::acceptFiles(const QStringList &paths)
{
    if (paths.isEmpty() || currentId() != SelectPageId)
        return;
    if (paths.size() == 1) {
        m_select->singleRadio->setChecked(true);
        m_select->singleEdit->setText(paths.first());
        return;
    }
    // Two files: the one holding a private key is the key, whatever the names say.
    QString certificate = paths.value(0), key = paths.value(1);
    const tls::LoadedMaterial first = tls::MaterialLoader::readFile(certificate);
    if (!first.key.isNull() || first.error == tls::LoadError::PassphraseRequired)
        std::swap(certificate, key);
    m_select->pairRadio->setChecked(true);
    m_select->certificateEdit->setText(certificate);
    m_select->keyEdit->setText(key);
}

void ImportWizard::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && currentId() == SelectPageId)
        event->acceptProposedAction();
}

void ImportWizard::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    acceptFiles(paths.mid(0, 2));
    event->acceptProposedAction();
}

// --- SelectPage ------------------------------------------------------------------------------

SelectPage::SelectPage(ImportWizard *wizard) : m_wizard(wizard)
{
    setTitle(tr("Choose the certificate"));
    setSubTitle(tr("Use the files downloaded from the Apps in Toss console (mTLS certificate), a PKCS#12 file, "
                   "or paste the PEM text. You can also drop the files here."));

    pairRadio = new QRadioButton(tr("Certificate file and key file"));
    pairRadio->setObjectName(QStringLiteral("pairRadio"));
    singleRadio = new QRadioButton(tr("One file: PEM bundle or PKCS#12 (.p12, .pfx)"));
    singleRadio->setObjectName(QStringLiteral("singleRadio"));
    pasteRadio = new QRadioButton(tr("Paste PEM text"));
    pasteRadio->setObjectName(QStringLiteral("pasteRadio"));
    pairRadio->setChecked(true);

    certificateEdit = new QLineEdit;
    certificateEdit->setObjectName(QStringLiteral("certificateEdit"));
    certificateEdit->setPlaceholderText(QStringLiteral("client-cert.pem, *_public.crt"));
    keyEdit = new QLineEdit;
    keyEdit->setObjectName(QStringLiteral("keyEdit"));
    keyEdit->setPlaceholderText(QStringLiteral("client-key.pem, *_private.key"));
    singleEdit = new QLineEdit;
    singleEdit->setObjectName(QStringLiteral("singleEdit"));
    pasteEdit = new QPlainTextEdit;
    pasteEdit->setObjectName(QStringLiteral("pasteEdit"));
    // Only a placeholder, spelled so that secret scanners do not take it for a key.
    pasteEdit->setPlaceholderText(QStringLiteral("-----BEGIN CERTIFICATE-----\n…\n-----BEGIN ") + QStringLiteral("PRIVATE KEY-----\n…"));
    pasteEdit->setTabChangesFocus(true);
    secretTextEdit(pasteEdit);

    auto *grid = new QGridLayout;
    grid->addWidget(pairRadio, 0, 0, 1, 3);
    grid->addWidget(new QLabel(tr("Certificate:")), 1, 0);
    grid->addWidget(certificateEdit, 1, 1);
    grid->addWidget(browseButton(certificateEdit, tr("Choose the certificate file"), fileFilterAll()), 1, 2);
    grid->addWidget(new QLabel(tr("Private key:")), 2, 0);
    grid->addWidget(keyEdit, 2, 1);
    grid->addWidget(browseButton(keyEdit, tr("Choose the private key file"), fileFilterAll()), 2, 2);
    grid->addWidget(singleRadio, 3, 0, 1, 3);
    grid->addWidget(new QLabel(tr("File:")), 4, 0);
    grid->addWidget(singleEdit, 4, 1);
    grid->addWidget(browseButton(singleEdit, tr("Choose the bundle or PKCS#12 file"), fileFilterAll()), 4, 2);
    grid->addWidget(pasteRadio, 5, 0, 1, 3);
    grid->addWidget(pasteEdit, 6, 0, 1, 3);
    setLayout(grid);

    for (QRadioButton *radio : {pairRadio, singleRadio, pasteRadio})
        connect(radio, &QRadioButton::toggled, this, &SelectPage::updateEnabled);
    for (QLineEdit *edit : {certificateEdit, keyEdit, singleEdit})
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(pasteEdit, &QPlainTextEdit::textChanged, this, &QWizardPage::completeChanged);
    updateEnabled();
}

QPushButton *SelectPage::browseButton(QLineEdit *target, const QString &caption, const QString &filter)
{
    auto *button = new QPushButton(tr("Browse…"));
    button->setObjectName(target->objectName() + QStringLiteral("Browse"));
    connect(button, &QPushButton::clicked, this, [this, target, caption, filter] {
        const QString file = Dialogs::openFileName(this, m_wizard->context().settings, caption, filter);
        if (!file.isEmpty())
            target->setText(file);
    });
    return button;
}

void SelectPage::updateEnabled()
{
    const bool pair = pairRadio->isChecked(), single = singleRadio->isChecked(), paste = pasteRadio->isChecked();
    certificateEdit->setEnabled(pair);
    keyEdit->setEnabled(pair);
    singleEdit->setEnabled(single);
    pasteEdit->setEnabled(paste);
    for (QPushButton *b : findChildren<QPushButton *>()) {
        if (b->objectName().startsWith(QLatin1String("certificateEdit")) || b->objectName().startsWith(QLatin1String("keyEdit")))
            b->setEnabled(pair);
        else if (b->objectName().startsWith(QLatin1String("singleEdit")))
            b->setEnabled(single);
    }
    emit completeChanged();
}

bool SelectPage::isComplete() const
{
    if (pairRadio->isChecked())
        return !certificateEdit->text().trimmed().isEmpty() && !keyEdit->text().trimmed().isEmpty();
    if (singleRadio->isChecked())
        return !singleEdit->text().trimmed().isEmpty();
    return !pasteEdit->document()->isEmpty(); // without copying what may be a private key
}

bool SelectPage::validatePage()
{
    m_wizard->inspect(nullptr);
    return true; // every outcome has a page: passphrase, or review (which explains a refusal)
}

int SelectPage::nextId() const
{
    return m_wizard->needsPassphrase() ? ImportWizard::PassphrasePageId : ImportWizard::ReviewPageId;
}

// --- PassphrasePage --------------------------------------------------------------------------

PassphrasePage::PassphrasePage(ImportWizard *wizard) : m_wizard(wizard)
{
    setTitle(tr("Unlock the private key"));
    setSubTitle(tr("The key is protected by a passphrase. It is used once to read the key and never stored."));
    passphraseEdit = new QLineEdit;
    passphraseEdit->setObjectName(QStringLiteral("passphraseEdit"));
    passphraseEdit->setEchoMode(QLineEdit::Password);
    errorLabel = new QLabel;
    errorLabel->setObjectName(QStringLiteral("passphraseError"));
    errorLabel->setStyleSheet(QStringLiteral("color:#a50e0e;"));
    errorLabel->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Passphrase:"), passphraseEdit);
    form->addRow(errorLabel);
    setLayout(form);
    connect(passphraseEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

void PassphrasePage::initializePage()
{
    wipeField(passphraseEdit);
    errorLabel->clear();
    passphraseEdit->setFocus();
}

bool PassphrasePage::isComplete() const
{
    return !passphraseEdit->text().isEmpty();
}

bool PassphrasePage::validatePage()
{
    const tls::SecretBuffer passphrase = takeSecret(passphraseEdit);
    m_wizard->inspect(&passphrase);
    if (m_wizard->needsPassphrase()) {
        // Wrong again: stay here and ask once more.
        const auto &findings = m_wizard->report().findings;
        errorLabel->setText(findings.isEmpty() ? tr("The passphrase is wrong.")
                                               : findings.first().message + QLatin1Char(' ') + findings.first().hint);
        passphraseEdit->setFocus();
        return false;
    }
    return true;
}

// --- ReviewPage ------------------------------------------------------------------------------

ReviewPage::ReviewPage(ImportWizard *wizard, const QString &preferredProfileId)
    : m_wizard(wizard), m_preferredProfileId(preferredProfileId)
{
    setTitle(tr("Review"));
    setSubTitle(tr("Check the certificate before it is stored in the OS keychain."));
    verdictLabel = new QLabel;
    verdictLabel->setObjectName(QStringLiteral("verdictLabel"));
    verdictLabel->setWordWrap(true);
    verdictLabel->setMargin(6);
    details = new QTextBrowser;
    details->setObjectName(QStringLiteral("reviewDetails"));
    details->setOpenLinks(false);
    acknowledgeBox = new QCheckBox(tr("I have read the warnings and want to store this certificate."));
    acknowledgeBox->setObjectName(QStringLiteral("acknowledgeBox"));

    newProfileRadio = new QRadioButton(tr("New profile:"));
    newProfileRadio->setObjectName(QStringLiteral("newProfileRadio"));
    existingProfileRadio = new QRadioButton(tr("Existing profile:"));
    existingProfileRadio->setObjectName(QStringLiteral("existingProfileRadio"));
    profileNameEdit = new QLineEdit;
    profileNameEdit->setObjectName(QStringLiteral("profileNameEdit"));
    environmentCombo = new QComboBox;
    environmentCombo->setObjectName(QStringLiteral("environmentCombo"));
    environmentCombo->addItem(tr("Live"), int(profiles::Environment::Live));
    environmentCombo->addItem(tr("Sandbox"), int(profiles::Environment::Sandbox));
    environmentCombo->addItem(tr("Custom"), int(profiles::Environment::Custom));
    profileCombo = new QComboBox;
    profileCombo->setObjectName(QStringLiteral("profileCombo"));
    targetError = new QLabel;
    targetError->setObjectName(QStringLiteral("targetError"));
    targetError->setStyleSheet(QStringLiteral("color:#a50e0e;"));
    targetError->setTextFormat(Qt::PlainText);
    storeIntoLabel = new QLabel(tr("Store into:"));
    storeIntoLabel->setObjectName(QStringLiteral("storeIntoLabel"));

    auto *target = new QGridLayout;
    target->addWidget(storeIntoLabel, 0, 0, 1, 3);
    target->addWidget(newProfileRadio, 1, 0);
    target->addWidget(profileNameEdit, 1, 1);
    target->addWidget(environmentCombo, 1, 2);
    target->addWidget(existingProfileRadio, 2, 0);
    target->addWidget(profileCombo, 2, 1, 1, 2);
    target->addWidget(targetError, 3, 0, 1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(verdictLabel);
    layout->addWidget(details, 1);
    layout->addWidget(acknowledgeBox);
    layout->addLayout(target);

    connect(acknowledgeBox, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(newProfileRadio, &QRadioButton::toggled, this, &ReviewPage::targetChanged);
    connect(profileNameEdit, &QLineEdit::textChanged, this, &ReviewPage::targetChanged);
    connect(profileCombo, &QComboBox::currentIndexChanged, this, &ReviewPage::targetChanged);
}

// Why Next is disabled, said beside the target (a name already taken, or none).
void ReviewPage::targetChanged()
{
    QString problem;
    if (newProfileRadio->isChecked() && m_wizard->report().canBeStored()
        && !m_wizard->context().profiles.isNameFree(profileNameEdit->text())) {
        problem = profileNameEdit->text().trimmed().isEmpty()
                      ? tr("Give the new profile a name.")
                      : tr("A profile named \"%1\" already exists: choose another name, or store into that profile.")
                            .arg(profileNameEdit->text().trimmed());
    }
    targetError->setText(problem);
    emit completeChanged();
}

void ReviewPage::initializePage()
{
    const tls::InspectionReport &report = m_wizard->report();
    const bool storable = report.canBeStored();
    verdictLabel->setText(tls::Inspector::verdictText(report.verdict)
                          + (storable || report.verdict > tls::Verdict::Warning
                                 ? QString()
                                 : QLatin1Char(' ') + tr("A private key is needed to store an identity.")));
    verdictLabel->setStyleSheet(verdictStyle(storable ? report.verdict : tls::Verdict::Blocked));

    QString html = QStringLiteral("<table cellspacing='4'>");
    auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(escaped(label), escaped(value));
    };
    if (report.hasLeaf()) {
        const tls::CertificateDetails d = report.leaf().details();
        row(tr("Subject"), d.subject);
        row(tr("Issuer"), d.issuer);
        row(tr("Serial number"), d.serialNumber);
        row(tr("Valid from"), dateTimeText(d.notBefore));
        row(tr("Valid until"), dateTimeText(d.notAfter));
        row(tr("Days left"), QString::number(report.daysLeft));
        row(tr("Key"), report.key.isNull() ? tr("not found")
                                           : tr("%1 %2 bits — %3").arg(report.key.algorithm()).arg(report.key.bits())
                                                 .arg(report.keyMatches ? tr("matches the certificate") : tr("does NOT match the certificate")));
        row(tr("SHA-256 fingerprint"), d.sha256Fingerprint);
        row(tr("Extended key usage"), d.extendedKeyUsage.join(QStringLiteral(", ")));
        QStringList chain;
        for (const tls::Certificate &c : report.chain)
            chain << c.details().subject;
        row(tr("Chain"), chain.join(QStringLiteral("  →  ")));
    }
    html += QStringLiteral("</table>");
    if (!report.findings.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const tls::Finding &f : report.findings)
            html += QStringLiteral("<li>%1<br/><i>%2</i></li>").arg(escaped(f.message), escaped(f.hint));
        html += QStringLiteral("</ul>");
    }
    details->setHtml(html);

    acknowledgeBox->setChecked(false);
    acknowledgeBox->setVisible(storable && report.verdict == tls::Verdict::Warning);

    profileCombo->clear();
    for (const profiles::Profile &p : m_wizard->context().profiles.profiles())
        profileCombo->addItem(p.name, p.id);
    const int preferred = profileCombo->findData(m_preferredProfileId);
    if (preferred >= 0)
        profileCombo->setCurrentIndex(preferred);
    existingProfileRadio->setEnabled(profileCombo->count() > 0);
    (profileCombo->count() > 0 ? existingProfileRadio : newProfileRadio)->setChecked(true);
    // The suggested name follows the certificate (after Back and another file too); a name the
    // operator typed stays.
    if ((profileNameEdit->text().isEmpty() || profileNameEdit->text() == m_suggestedName) && report.hasLeaf()) {
        m_suggestedName = report.leaf().details().commonName;
        profileNameEdit->setText(m_suggestedName);
    }
    for (QWidget *w : std::initializer_list<QWidget *>{storeIntoLabel, newProfileRadio, existingProfileRadio, profileNameEdit,
                                                       environmentCombo, profileCombo, targetError})
        w->setVisible(storable);
    targetChanged();
}

QString ReviewPage::targetProfileId() const
{
    return existingProfileRadio->isChecked() ? profileCombo->currentData().toString() : QString();
}

bool ReviewPage::isComplete() const
{
    const tls::InspectionReport &report = m_wizard->report();
    if (!report.canBeStored())
        return false;
    if (report.verdict == tls::Verdict::Warning && !acknowledgeBox->isChecked())
        return false;
    if (newProfileRadio->isChecked())
        return m_wizard->context().profiles.isNameFree(profileNameEdit->text());
    return !profileCombo->currentData().toString().isEmpty();
}

bool ReviewPage::validatePage()
{
    m_wizard->makeActive = true;
    const auto profile = m_wizard->context().profiles.profile(targetProfileId());
    const QString fingerprint = m_wizard->report().leaf().sha256Fingerprint();
    if (profile && profile->activeIdentity() && profile->activeFingerprint != fingerprint) {
        const auto *active = profile->activeIdentity();
        const auto answer = Dialogs::ask(
            this, {tr("Replace the active certificate?"),
                   tr("Profile \"%1\" already uses \"%2\" (valid until %3).\n\nMake the new certificate the active one? "
                      "Either way both stay in the profile, so you can switch later in the Certificates tab.")
                       .arg(profile->name, active->commonName, dateText(active->notAfter.toLocalTime().date())),
                   {{tr("Make the new one active"), QMessageBox::Yes},
                    {tr("Keep \"%1\" active").arg(active->commonName), QMessageBox::No},
                    {tr("Cancel"), QMessageBox::Cancel}},
                   QMessageBox::Yes, {}, {}});
        if (answer == QMessageBox::Cancel)
            return false;
        m_wizard->makeActive = answer == QMessageBox::Yes;
    }
    return true;
}

// --- StorePage -------------------------------------------------------------------------------

StorePage::StorePage(ImportWizard *wizard, ReviewPage *review) : m_wizard(wizard), m_review(review)
{
    setTitle(tr("Store in the OS keychain"));
    statusLabel = new QLabel;
    statusLabel->setObjectName(QStringLiteral("storeStatus"));
    statusLabel->setWordWrap(true);
    statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    retryButton = new QPushButton(tr("Try again"));
    retryButton->setObjectName(QStringLiteral("retryButton"));
    retryButton->hide();
    switchBox = new QCheckBox;
    switchBox->setObjectName(QStringLiteral("switchProfileBox"));
    switchBox->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(statusLabel);
    layout->addWidget(retryButton, 0, Qt::AlignLeft);
    layout->addWidget(switchBox);
    layout->addStretch();
    connect(retryButton, &QPushButton::clicked, this, &StorePage::store);
}

void StorePage::initializePage()
{
    m_stored = false;
    m_storedProfileId.clear();
    switchBox->setChecked(false);
    switchBox->hide();
    store();
}

void StorePage::cleanupPage()
{
    m_stored = false;
}

void StorePage::store()
{
    if (m_busy)
        return;
    profiles::ProfileStore &store = m_wizard->context().profiles;
    QString profileId = m_review->targetProfileId();
    if (profileId.isEmpty()) {
        const auto environment = profiles::Environment(m_review->environmentCombo->currentData().toInt());
        const auto created = store.createProfile(m_review->profileNameEdit->text(), environment);
        if (!created) {
            statusLabel->setText(tr("A profile with this name already exists. Go back and choose another name."));
            return;
        }
        profileId = created->id;
        m_createdProfileId = profileId;
    }

    m_busy = true;
    retryButton->hide();
    statusLabel->setText(tr("Storing the key and certificate in the OS keychain…"));
    m_wizard->button(QWizard::CancelButton)->setEnabled(false);
    const QString fingerprint = m_wizard->report().leaf().sha256Fingerprint();
    store.storeIdentity(profileId, m_wizard->report(), m_wizard->makeActive, this,
                        [this, profileId, fingerprint](const keychain::StoreResult &result) {
        m_busy = false;
        m_wizard->button(QWizard::CancelButton)->setEnabled(true);
        if (!result.ok()) {
            statusLabel->setText(tr("The certificate was not stored. %1\n\n%2").arg(result.message, result.hint));
            retryButton->show();
            if (!m_createdProfileId.isEmpty()) {
                m_wizard->context().profiles.removeProfile(m_createdProfileId, nullptr, [](const keychain::StoreResult &) {});
                m_createdProfileId.clear();
            }
            return;
        }
        QString text = tr("Stored. The private key now lives in the OS keychain, not in a file.");
        QStringList originals;
        if (!m_wizard->certificatePath().isEmpty())
            originals << m_wizard->certificatePath();
        if (!m_wizard->keyPath().isEmpty() && !originals.contains(m_wizard->keyPath()))
            originals << m_wizard->keyPath();
        if (!originals.isEmpty())
            text += QStringLiteral("\n\n") + tr("Delete the original files or lock them away:\n%1").arg(originals.join(QLatin1Char('\n')));
        if (m_wizard->report().has(tls::Finding::Code::KeyFileInGitRepository))
            text += QStringLiteral("\n\n") + tr("The key file is inside a Git working tree: make sure it was never committed, and remove it from there.");
        statusLabel->setText(text);
        m_stored = true;
        m_storedProfileId = profileId;
        // Stored is stored: Finish is the way out, Cancel would undo nothing.
        m_wizard->button(QWizard::CancelButton)->setEnabled(false);
        const auto profile = m_wizard->context().profiles.profile(profileId);
        if (profile && profileId != m_wizard->consoleProfileId()) {
            switchBox->setText(tr("Switch the console to profile \"%1\" (%2) now").arg(profile->name, environmentLook(profile->environment).word));
            switchBox->setChecked(false); // the console stays where it was unless asked
            switchBox->show();
        }
        emit completeChanged();
        emit m_wizard->identityStored(profileId, fingerprint);
    });
}

} // namespace ait::gui
