#include "profiledialog.h"

#include "secretfields.h"

#include "core/profiles/profilestore.h"
#include "core/security/wipe.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <limits>

namespace ait::gui {

ProfileDialog::ProfileDialog(AppContext &context, const QString &profileId, QWidget *parent)
    : QDialog(parent), m_context(context), m_profileId(profileId)
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Profile settings"));
    const auto profile = m_context.profiles.profile(profileId);

    nameEdit = new QLineEdit(profile ? profile->name : QString());
    nameEdit->setObjectName(QStringLiteral("nameEdit"));
    environmentCombo = new QComboBox;
    environmentCombo->setObjectName(QStringLiteral("environmentCombo"));
    environmentCombo->addItem(tr("Live"), int(profiles::Environment::Live));
    environmentCombo->addItem(tr("Sandbox"), int(profiles::Environment::Sandbox));
    environmentCombo->addItem(tr("Custom"), int(profiles::Environment::Custom));
    if (profile)
        environmentCombo->setCurrentIndex(environmentCombo->findData(int(profile->environment)));
    appsUrlEdit = new QLineEdit(profile ? profile->appsBaseUrl.toString() : profiles::DefaultAppsBaseUrl.toString());
    appsUrlEdit->setObjectName(QStringLiteral("appsUrlEdit"));
    payUrlEdit = new QLineEdit(profile ? profile->payBaseUrl.toString() : profiles::DefaultPayBaseUrl.toString());
    payUrlEdit->setObjectName(QStringLiteral("payUrlEdit"));
    readOnlyBox = new QCheckBox(tr("Read-only: lookups only, no refunds, payouts or messages"));
    readOnlyBox->setObjectName(QStringLiteral("readOnlyBox"));
    readOnlyBox->setChecked(profile && profile->readOnly);
    testPaymentBox = new QCheckBox(tr("Mark new payments as test payments by default"));
    testPaymentBox->setObjectName(QStringLiteral("testPaymentBox"));
    testPaymentBox->setChecked(profile && profile->defaultTestPayment);
    approvalAboveSpin = new QSpinBox;
    approvalAboveSpin->setObjectName(QStringLiteral("approvalAboveSpin"));
    approvalAboveSpin->setRange(0, std::numeric_limits<int>::max());
    approvalAboveSpin->setGroupSeparatorShown(true);
    approvalAboveSpin->setSpecialValueText(tr("never"));
    approvalAboveSpin->setSuffix(tr(" won/points"));
    approvalAboveSpin->setValue(int(std::min<qint64>(profile ? profile->approvalAbove : 0, approvalAboveSpin->maximum())));
    approvalAboveSpin->setToolTip(tr("A refund or payout above this amount is not sent until another operator approves it (0: never)."));
    approveBatchesBox = new QCheckBox(tr("Every bulk &batch needs a second operator's approval"));
    approveBatchesBox->setObjectName(QStringLiteral("approveBatchesBox"));
    approveBatchesBox->setChecked(profile && profile->approveBatches);
    auto *approvalNote = new QLabel(tr("Four-eyes approval works only with the team journal (Settings → Journal): on this "
                                       "computer's journal a request above the amount is refused."));
    approvalNote->setObjectName(QStringLiteral("approvalNote"));
    approvalNote->setWordWrap(true);
    approvalNote->setStyleSheet(QStringLiteral("color:#5f6368;"));
    decryptionKeyEdit = new QLineEdit;
    decryptionKeyEdit->setObjectName(QStringLiteral("decryptionKeyEdit"));
    decryptionKeyEdit->setEchoMode(QLineEdit::Password);
    decryptionKeyEdit->setPlaceholderText(profile && profile->hasDecryptionKey ? tr("stored — type a new one to replace it")
                                                                              : tr("base64, from the Apps in Toss e-mail"));
    aadEdit = new QLineEdit;
    aadEdit->setObjectName(QStringLiteral("aadEdit"));
    aadEdit->setEchoMode(QLineEdit::Password);
    aadEdit->setPlaceholderText(tr("from the same e-mail"));
    errorLabel = new QLabel;
    errorLabel->setObjectName(QStringLiteral("profileError"));
    errorLabel->setStyleSheet(QStringLiteral("color:#a50e0e;"));
    errorLabel->setWordWrap(true);
    buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), nameEdit);
    form->addRow(tr("&Environment:"), environmentCombo);
    form->addRow(tr("&Apps API URL:"), appsUrlEdit);
    form->addRow(tr("&Pay API URL:"), payUrlEdit);
    form->addRow(readOnlyBox);
    form->addRow(testPaymentBox);
    form->addRow(tr("Second operator's appro&val above:"), approvalAboveSpin);
    form->addRow(approveBatchesBox);
    form->addRow(approvalNote);
    form->addRow(tr("Login &decryption key:"), decryptionKeyEdit);
    form->addRow(tr("Login AA&D:"), aadEdit);
    form->addRow(errorLabel);
    form->addRow(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {nameEdit, appsUrlEdit, payUrlEdit, decryptionKeyEdit, aadEdit})
        connect(edit, &QLineEdit::textChanged, this, [this] { errorLabel->setText(validate()); });
}

QString ProfileDialog::validate() const
{
    if (!m_context.profiles.isNameFree(nameEdit->text(), m_profileId))
        return nameEdit->text().trimmed().isEmpty() ? tr("The profile needs a name.")
                                                    : tr("Another profile already has this name.");
    for (QLineEdit *edit : {appsUrlEdit, payUrlEdit}) {
        const QUrl url(edit->text().trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
            return tr("The API URLs must start with https:// and name a host (every partner call is mutual TLS).");
    }
    if (decryptionKeyEdit->text().isEmpty() != aadEdit->text().isEmpty())
        return tr("Enter the decryption key and the AAD together.");
    if (!decryptionKeyEdit->text().isEmpty()) {
        QByteArray base64 = decryptionKeyEdit->text().trimmed().toLatin1();
        auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
        const bool valid = decoded && decoded.decoded.size() == 32;
        security::wipe(base64); // the login decryption key: wiped, not just dropped
        security::wipe(decoded.decoded);
        if (!valid)
            return tr("The decryption key must be base64 text of 32 bytes (AES-256), as in the e-mail from Apps in Toss.");
    }
    return {};
}

void ProfileDialog::accept()
{
    if (m_saving)
        return;
    const QString problem = validate();
    errorLabel->setText(problem);
    if (!problem.isEmpty())
        return;
    auto profile = m_context.profiles.profile(m_profileId);
    if (!profile)
        return reject();
    profile->name = nameEdit->text().trimmed();
    profile->environment = profiles::Environment(environmentCombo->currentData().toInt());
    profile->appsBaseUrl = QUrl(appsUrlEdit->text().trimmed());
    profile->payBaseUrl = QUrl(payUrlEdit->text().trimmed());
    profile->readOnly = readOnlyBox->isChecked();
    profile->defaultTestPayment = testPaymentBox->isChecked();
    profile->approvalAbove = approvalAboveSpin->value();
    profile->approveBatches = approveBatchesBox->isChecked();
    if (!m_context.profiles.updateProfile(*profile)) {
        errorLabel->setText(tr("The profile could not be saved."));
        return;
    }
    if (decryptionKeyEdit->text().isEmpty())
        return QDialog::accept();

    m_saving = true;
    buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    errorLabel->setText(tr("Storing the decryption key in the OS keychain…"));
    m_context.profiles.storeDecryptionKey(m_profileId, decryptionKeyEdit->text(), aadEdit->text().toUtf8(), this,
                                          [this](const keychain::StoreResult &r) {
        m_saving = false;
        buttons->button(QDialogButtonBox::Save)->setEnabled(true);
        if (!r.ok()) {
            errorLabel->setText(r.message + QLatin1Char(' ') + r.hint);
            return;
        }
        wipeField(decryptionKeyEdit);
        wipeField(aadEdit);
        QDialog::accept();
    });
}

} // namespace ait::gui
