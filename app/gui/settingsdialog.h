#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSettings;
class QSpinBox;
class QTabWidget;

namespace ait::keychain {
class CredentialStore;
}
namespace ait::journal {
struct TeamDatabase;
}

namespace ait::gui {

// The console's settings in one place: when a money action needs the amount typed, the payout
// maximum, the pace a bulk run may use, the network timeouts and the language. OK writes them to
// the settings; Cancel leaves them as they were. Keys and defaults are the ones the console and
// ait-cli read (refunds/typedConfirmationAbove, promotions/typedConfirmationAbove,
// promotions/maxAmount, bulk/callsPerMinute, bulk/callsInFlight, bulk/messageChunk,
// network/timeoutSeconds, network/deadlineSeconds, ui/language), and on the Journal page which
// journal to use: this computer's or the team's PostgreSQL database (journal/engine, journal/team/*;
// core/journal/journalsettings.h). The team password goes to the OS keychain, never to the settings.
// The journal changes at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(QSettings &settings, keychain::CredentialStore &secrets, QWidget *parent = nullptr);

    // The app as a whole may make 3,000 calls a minute; a profile's bulk share is at most that.
    static constexpr int AppCallsPerMinute = 3000;

    QSpinBox *refundTypedAboveSpin, *payoutTypedAboveSpin, *payoutMaxSpin;
    QSpinBox *callsPerMinuteSpin, *callsInFlightSpin, *messageChunkSpin;
    QSpinBox *timeoutSpin, *deadlineSpin;
    QComboBox *languageCombo;
    QTabWidget *pages;
    // The Journal page.
    QRadioButton *localJournalRadio, *teamJournalRadio;
    QGroupBox *teamBox;
    QLineEdit *teamHostEdit, *teamDatabaseEdit, *teamUserEdit, *teamPasswordEdit, *teamCaFileEdit;
    QSpinBox *teamPortSpin;
    QCheckBox *teamTlsCheck;
    QPushButton *teamCaFileButton, *testConnectionButton;
    QLabel *journalStatusLabel;
    QDialogButtonBox *buttons;

    // The team database as the fields say.
    journal::TeamDatabase teamDatabase() const;
    void accept() override;

signals:
    // "Test connection" answered (journalStatusLabel says how); for tests.
    void connectionTested(bool ok);

private:
    void testConnection();
    void showJournalStatus(const QString &text, bool problem);
    void save();
    void updateTeamFields();

    QSettings &m_settings;
    keychain::CredentialStore &m_secrets;
    bool m_busy = false;
};

} // namespace ait::gui
