#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
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

SettingsDialog::SettingsDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
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

    // Every field is named by its label, for screen readers as for the eye.
    for (QFormLayout *form : { moneyForm, bulkForm, networkForm, languageForm }) {
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(money);
    layout->addWidget(bulk);
    layout->addWidget(network);
    layout->addLayout(languageForm);
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
}

void SettingsDialog::accept()
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
    QDialog::accept();
}

} // namespace ait::gui
