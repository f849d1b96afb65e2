#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QSettings;
class QSpinBox;

namespace ait::gui {

// The console's settings in one place: when a money action needs the amount typed, the payout
// maximum, the pace a bulk run may use, the network timeouts and the language. OK writes them to
// the settings; Cancel leaves them as they were. Keys and defaults are the ones the console and
// ait-cli read (refunds/typedConfirmationAbove, promotions/typedConfirmationAbove,
// promotions/maxAmount, bulk/callsPerMinute, bulk/callsInFlight, bulk/messageChunk,
// network/timeoutSeconds, network/deadlineSeconds, ui/language).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QSettings &settings, QWidget *parent = nullptr);

    // The app as a whole may make 3,000 calls a minute; a profile's bulk share is at most that.
    static constexpr int AppCallsPerMinute = 3000;

    QSpinBox *refundTypedAboveSpin, *payoutTypedAboveSpin, *payoutMaxSpin;
    QSpinBox *callsPerMinuteSpin, *callsInFlightSpin, *messageChunkSpin;
    QSpinBox *timeoutSpin, *deadlineSpin;
    QComboBox *languageCombo;
    QDialogButtonBox *buttons;

    void accept() override;

private:
    QSettings &m_settings;
};

} // namespace ait::gui
