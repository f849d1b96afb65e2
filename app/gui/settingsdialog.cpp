#include "settingsdialog.h"

#include "dialogs.h"
#include "secretfields.h"

#include "core/i18n.h"
#include "core/journal/journalsettings.h"
#include "core/keychain/credentialstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ait::gui {

namespace {
QSpinBox *spin(int minimum, int maximum, const QString &suffix, const QString &objectName)
{
    auto *box = new QSpinBox;
    box->setObjectName(objectName);
    box->setRange(minimum, maximum);
    box->setGroupSeparatorShown(true);
    box->setSuffix(suffix);
    return box;
}

int stored(const QSettings &settings, const QString &key, int fallback, const QSpinBox *box)
{
    return std::clamp(settings.value(key, fallback).toInt(), box->minimum(), box->maximum());
}
} // namespace

SettingsDialog::SettingsDialog(QSettings &settings, keychain::CredentialStore &secrets, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    refundTypedAboveSpin = spin(0, 1000000000, tr(" won"), QStringLiteral("refundTypedAboveSpin"));
    payoutTypedAboveSpin = spin(0, 1000000000, tr(" points"), QStringLiteral("payoutTypedAboveSpin"));
    payoutMaxSpin = spin(1, 1000000000, tr(" points"), QStringLiteral("payoutMaxSpin"));
    auto *money = new QGroupBox(tr("Confirmations"));
    auto *moneyForm = new QFormLayout(money);
    moneyForm->addRow(tr("Type the amount to refund more than:"), refundTypedAboveSpin);
    moneyForm->addRow(tr("Type the amount to pay more than:"), payoutTypedAboveSpin);
    moneyForm->addRow(tr("Largest payout:"), payoutMaxSpin);
    refundTypedAboveSpin->setToolTip(
        tr("Above this amount a refund is confirmed by typing the amount, not only with a button."));
    payoutTypedAboveSpin->setToolTip(
        tr("Above this amount a real payout is confirmed by typing the amount (TEST_ codes never are)."));
    payoutMaxSpin->setToolTip(tr("The Promotions tab takes no larger amount: a guard against a slipped digit."));

    callsPerMinuteSpin = spin(1, AppCallsPerMinute, tr(" calls a minute"), QStringLiteral("callsPerMinuteSpin"));
    callsInFlightSpin = spin(1, 32, QString(), QStringLiteral("callsInFlightSpin"));
    messageChunkSpin = spin(1, 2500, tr(" users"), QStringLiteral("messageChunkSpin"));
    callsPerMinuteSpin->setToolTip(tr("This profile's share of the %L1 calls a minute Toss allows the app as a whole: "
                                      "leave room for others working at the same time.")
                                       .arg(AppCallsPerMinute));
    auto *bulk = new QGroupBox(tr("Bulk runs"));
    auto *bulkForm = new QFormLayout(bulk);
    bulkForm->addRow(tr("Pace (share of the app's %L1):").arg(AppCallsPerMinute), callsPerMinuteSpin);
    bulkForm->addRow(tr("Calls at once:"), callsInFlightSpin);
    bulkForm->addRow(tr("Users per message call:"), messageChunkSpin);

    timeoutSpin = spin(1, 300, tr(" s"), QStringLiteral("timeoutSpin"));
    deadlineSpin = spin(1, 600, tr(" s"), QStringLiteral("deadlineSpin"));
    timeoutSpin->setToolTip(tr("A call that receives nothing for this long is given up."));
    deadlineSpin->setToolTip(
        tr("No call takes longer than this, however slowly the answer arrives. At least the silence limit."));
    auto *network = new QGroupBox(tr("Network (from the next profile opened)"));
    auto *networkForm = new QFormLayout(network);
    networkForm->addRow(tr("Give up after silence of:"), timeoutSpin);
    networkForm->addRow(tr("Give up any call after:"), deadlineSpin);
    // The deadline is never shorter than the silence limit (as the session reads them).
    connect(
        timeoutSpin, &QSpinBox::valueChanged, deadlineSpin, [this](int seconds) { deadlineSpin->setMinimum(seconds); });

    languageCombo = new QComboBox;
    languageCombo->setObjectName(QStringLiteral("languageCombo"));
    languageCombo->addItem(tr("System language"), QString());
    languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    languageCombo->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    auto *languageForm = new QFormLayout;
    languageForm->addRow(tr("&Language (from the next start):"), languageCombo);

    // The Journal page: this computer's SQLite file, or the team's PostgreSQL database.
    localJournalRadio = new QRadioButton(tr("&This computer: the journal is a file on this computer"));
    localJournalRadio->setObjectName(QStringLiteral("localJournalRadio"));
    teamJournalRadio = new QRadioButton(tr("T&eam: one PostgreSQL database for every operator's console"));
    teamJournalRadio->setObjectName(QStringLiteral("teamJournalRadio"));
    teamHostEdit = new QLineEdit;
    teamHostEdit->setObjectName(QStringLiteral("teamHostEdit"));
    teamHostEdit->setPlaceholderText(tr("journal.example.com"));
    teamPortSpin = spin(1, 65535, QString(), QStringLiteral("teamPortSpin"));
    teamPortSpin->setGroupSeparatorShown(false);
    teamDatabaseEdit = new QLineEdit;
    teamDatabaseEdit->setObjectName(QStringLiteral("teamDatabaseEdit"));
    teamUserEdit = new QLineEdit;
    teamUserEdit->setObjectName(QStringLiteral("teamUserEdit"));
    teamUserEdit->setToolTip(tr("Your own database role: the journal records it as the operator of everything you do."));
    teamPasswordEdit = new QLineEdit;
    teamPasswordEdit->setObjectName(QStringLiteral("teamPasswordEdit"));
    teamPasswordEdit->setEchoMode(QLineEdit::Password);
    teamTlsCheck = new QCheckBox(tr("Verify the server with TLS (its certificate and name: sslmode=verify-full)"));
    teamTlsCheck->setObjectName(QStringLiteral("teamTlsCheck"));
    teamTlsCheck->setToolTip(tr("Off only for a server on this computer: the password and every operation cross the network."));
    teamCaFileEdit = new QLineEdit;
    teamCaFileEdit->setObjectName(QStringLiteral("teamCaFileEdit"));
    teamCaFileEdit->setPlaceholderText(tr("PEM file of the CA that signed the server's certificate"));
    teamCaFileButton = new QPushButton(tr("C&hoose…"));
    teamCaFileButton->setObjectName(QStringLiteral("teamCaFileButton"));
    auto *caRow = new QHBoxLayout;
    caRow->setContentsMargins(0, 0, 0, 0);
    caRow->addWidget(teamCaFileEdit, 1);
    caRow->addWidget(teamCaFileButton);
    testConnectionButton = new QPushButton(tr("Test &connection"));
    testConnectionButton->setObjectName(QStringLiteral("testTeamConnectionButton"));
    teamBox = new QGroupBox(tr("Team database"));
    teamBox->setObjectName(QStringLiteral("teamBox"));
    auto *teamForm = new QFormLayout(teamBox);
    teamForm->addRow(tr("&Host:"), teamHostEdit);
    teamForm->addRow(tr("&Port:"), teamPortSpin);
    teamForm->addRow(tr("&Database:"), teamDatabaseEdit);
    teamForm->addRow(tr("&User:"), teamUserEdit);
    teamForm->addRow(tr("Pass&word:"), teamPasswordEdit);
    teamForm->addRow(QString(), teamTlsCheck);
    teamForm->addRow(tr("CA &file:"), caRow);
    teamForm->addRow(QString(), testConnectionButton);
    teamCaFileEdit->setAccessibleName(tr("CA file"));
    journalStatusLabel = new QLabel;
    journalStatusLabel->setObjectName(QStringLiteral("journalStatusLabel"));
    journalStatusLabel->setWordWrap(true);
    journalStatusLabel->setTextFormat(Qt::PlainText); // holds the driver's words
    journalStatusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    journalStatusLabel->hide();
    auto *journalNote = new QLabel(tr("The journal changes at the next start of ait-console (ait-cli uses it from its next command). "
                                      "When the team database cannot be reached, refunds, payouts and messages are refused; the "
                                      "console never turns to this computer's journal on its own. The password is kept in the OS "
                                      "keychain, not in the settings."));
    journalNote->setObjectName(QStringLiteral("journalNote"));
    journalNote->setWordWrap(true);
    auto *journalPage = new QWidget;
    auto *journalLayout = new QVBoxLayout(journalPage);
    journalLayout->addWidget(localJournalRadio);
    journalLayout->addWidget(teamJournalRadio);
    journalLayout->addWidget(teamBox);
    journalLayout->addWidget(journalStatusLabel);
    journalLayout->addWidget(journalNote);
    journalLayout->addStretch(1);
    connect(teamJournalRadio, &QRadioButton::toggled, this, &SettingsDialog::updateTeamFields);
    connect(teamHostEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateTeamFields);
    connect(teamTlsCheck, &QCheckBox::toggled, this, &SettingsDialog::updateTeamFields);
    connect(testConnectionButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(teamCaFileButton, &QPushButton::clicked, this, [this] {
        const QString file = Dialogs::openFileName(this, m_settings, tr("CA file of the team database"),
                                                   tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            teamCaFileEdit->setText(QDir::toNativeSeparators(file));
    });

    // Every field is named by its label, for screen readers as for the eye.
    for (QFormLayout *form : { moneyForm, bulkForm, networkForm, languageForm, teamForm }) {
        for (int row = 0; row < form->rowCount(); ++row) {
            auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)
                    ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                    : nullptr);
            QWidget *field = form->itemAt(row, QFormLayout::FieldRole)
                ? form->itemAt(row, QFormLayout::FieldRole)->widget()
                : nullptr;
            if (label && field)
                field->setAccessibleName(label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        }
    }

    buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *generalPage = new QWidget;
    auto *generalLayout = new QVBoxLayout(generalPage);
    generalLayout->addWidget(money);
    generalLayout->addWidget(bulk);
    generalLayout->addWidget(network);
    generalLayout->addLayout(languageForm);
    pages = new QTabWidget;
    pages->setObjectName(QStringLiteral("settingsPages"));
    pages->addTab(generalPage, tr("General"));
    pages->addTab(journalPage, tr("&Journal"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pages);
    layout->addWidget(buttons);

    // Defaults are the ones the console and ait-cli use when a key is not set.
    refundTypedAboveSpin->setValue(
        stored(settings, QStringLiteral("refunds/typedConfirmationAbove"), 100000, refundTypedAboveSpin));
    payoutTypedAboveSpin->setValue(
        stored(settings, QStringLiteral("promotions/typedConfirmationAbove"), 10000, payoutTypedAboveSpin));
    payoutMaxSpin->setValue(stored(settings, QStringLiteral("promotions/maxAmount"), 1000000, payoutMaxSpin));
    callsPerMinuteSpin->setValue(stored(settings, QStringLiteral("bulk/callsPerMinute"), 1500, callsPerMinuteSpin));
    callsInFlightSpin->setValue(stored(settings, QStringLiteral("bulk/callsInFlight"), 6, callsInFlightSpin));
    messageChunkSpin->setValue(stored(settings, QStringLiteral("bulk/messageChunk"), 500, messageChunkSpin));
    timeoutSpin->setValue(stored(settings, QStringLiteral("network/timeoutSeconds"), 15, timeoutSpin));
    deadlineSpin->setValue(stored(settings, QStringLiteral("network/deadlineSeconds"), 30, deadlineSpin));
    languageCombo->setCurrentIndex(
        std::max(0, languageCombo->findData(settings.value(QStringLiteral("ui/language")).toString())));

    const journal::TeamDatabase team = journal::teamDatabase(settings);
    (journal::usesTeamJournal(settings) ? teamJournalRadio : localJournalRadio)->setChecked(true);
    teamHostEdit->setText(team.host);
    teamPortSpin->setValue(team.port);
    teamDatabaseEdit->setText(team.database);
    teamUserEdit->setText(team.user);
    teamTlsCheck->setChecked(team.tls);
    teamCaFileEdit->setText(QDir::toNativeSeparators(team.caFile));
    // Whether a password is stored is known from the store's index, without reading the secret.
    const bool stored = team.isComplete() && m_secrets.isStored(journal::teamPasswordEntry(team));
    teamPasswordEdit->setPlaceholderText(stored ? tr("stored in the OS keychain: type a new one to replace it") : QString());
    updateTeamFields();
}

journal::TeamDatabase SettingsDialog::teamDatabase() const
{
    journal::TeamDatabase team;
    team.host = teamHostEdit->text().trimmed();
    team.port = teamPortSpin->value();
    team.database = teamDatabaseEdit->text().trimmed();
    team.user = teamUserEdit->text().trimmed();
    team.tls = teamTlsCheck->isChecked();
    team.caFile = QDir::fromNativeSeparators(teamCaFileEdit->text().trimmed());
    return team;
}

void SettingsDialog::updateTeamFields()
{
    teamBox->setEnabled(teamJournalRadio->isChecked() && !m_busy);
    teamCaFileEdit->setEnabled(teamTlsCheck->isChecked());
    teamCaFileButton->setEnabled(teamTlsCheck->isChecked());
    buttons->setEnabled(!m_busy);
}

void SettingsDialog::showJournalStatus(const QString &text, bool problem)
{
    journalStatusLabel->setStyleSheet(problem ? QStringLiteral("color:#a50e0e;") : QStringLiteral("color:#137333;"));
    journalStatusLabel->setText(i18n::resolveKoParticles(text));
    journalStatusLabel->setVisible(!text.isEmpty());
}

void SettingsDialog::testConnection()
{
    const journal::TeamDatabase team = teamDatabase();
    if (const QString problem = team.problem(); !problem.isEmpty())
        return showJournalStatus(problem, true);
    m_busy = true;
    updateTeamFields();
    showJournalStatus(tr("Connecting to %1…").arg(team.describe()), false);
    const auto test = [this, team](const QString &password) {
        journal::testTeamConnection(team, password, this, [this, team](const journal::TeamConnectionResult &result) {
            m_busy = false;
            updateTeamFields();
            if (result.ok)
                showJournalStatus(tr("Connected to %1: the team journal is ready, and records you as %2.")
                                      .arg(team.describe(), result.operatorOnRecord.isEmpty() ? team.user : result.operatorOnRecord),
                                  false);
            else
                showJournalStatus(result.problem, true);
            emit connectionTested(result.ok);
        });
    };
    // The password typed now, else the one stored for this database (none: the server will say
    // whether it needs one).
    if (!teamPasswordEdit->text().isEmpty())
        return test(teamPasswordEdit->text());
    journal::readTeamPassword(m_secrets, team, this, [test](const keychain::StoreResult &, const QString &password) { test(password); });
}

void SettingsDialog::accept()
{
    if (m_busy)
        return;
    const bool team = teamJournalRadio->isChecked();
    const journal::TeamDatabase database = teamDatabase();
    // Nothing is saved while the team database's settings are wrong (e.g. TLS off for a server on
    // another computer): the Journal page says what to change.
    if (team) {
        if (const QString problem = database.problem(); !problem.isEmpty()) {
            pages->setCurrentIndex(pages->indexOf(teamBox->parentWidget()));
            return showJournalStatus(problem, true);
        }
    }
    if (teamPasswordEdit->text().isEmpty() || !database.isComplete())
        return save();
    // The password goes to the OS keychain first; the settings are written only once it is there.
    m_busy = true;
    updateTeamFields();
    m_secrets.write(journal::teamPasswordEntry(database), takeSecret(teamPasswordEdit), this, [this](const keychain::StoreResult &result) {
        m_busy = false;
        updateTeamFields();
        if (!result.ok()) {
            pages->setCurrentIndex(pages->indexOf(teamBox->parentWidget()));
            return showJournalStatus(tr("The password could not be stored in the OS keychain: %1 %2").arg(result.message, result.hint), true);
        }
        save();
    });
}

void SettingsDialog::save()
{
    const QList<std::pair<QString, QSpinBox *>> values {
        { QStringLiteral("refunds/typedConfirmationAbove"), refundTypedAboveSpin },
        { QStringLiteral("promotions/typedConfirmationAbove"), payoutTypedAboveSpin },
        { QStringLiteral("promotions/maxAmount"), payoutMaxSpin },
        { QStringLiteral("bulk/callsPerMinute"), callsPerMinuteSpin },
        { QStringLiteral("bulk/callsInFlight"), callsInFlightSpin },
        { QStringLiteral("bulk/messageChunk"), messageChunkSpin },
        { QStringLiteral("network/timeoutSeconds"), timeoutSpin },
        { QStringLiteral("network/deadlineSeconds"), deadlineSpin },
    };
    for (const auto &[key, box] : values)
        m_settings.setValue(key, box->value());
    m_settings.setValue(QStringLiteral("ui/language"), languageCombo->currentData().toString());
    journal::setUsesTeamJournal(m_settings, teamJournalRadio->isChecked());
    const journal::TeamDatabase database = teamDatabase();
    if (teamJournalRadio->isChecked() || !database.host.isEmpty())
        journal::saveTeamDatabase(m_settings, database);
    QDialog::accept();
}

} // namespace ait::gui
