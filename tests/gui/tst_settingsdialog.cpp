#include "gui/mainwindow.h"
#include "gui/promotionstab.h"
#include "gui/settingsdialog.h"
#include "support/guifixture.h"

#include "core/api/profilesession.h"
#include "core/i18n.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace ait;

// The settings dialog: the thresholds, the payout maximum, the bulk pace share, the network limits
// and the language, read from and written to the keys the console and ait-cli use (issue 14 item 22).
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(i18n::install(*qApp, QStringLiteral("en"))); }

    void showsTheDefaultsWhenNothingIsSet()
    {
        test::GuiFixture f;
        gui::SettingsDialog dialog(f.settings);
        QCOMPARE(dialog.refundTypedAboveSpin->value(), 100000);
        QCOMPARE(dialog.payoutTypedAboveSpin->value(), 10000);
        QCOMPARE(dialog.payoutMaxSpin->value(), 1000000);
        QCOMPARE(dialog.callsPerMinuteSpin->value(), 1500);
        QCOMPARE(dialog.callsInFlightSpin->value(), 6);
        QCOMPARE(dialog.messageChunkSpin->value(), 500);
        QCOMPARE(dialog.timeoutSpin->value(), 15);
        QCOMPARE(dialog.deadlineSpin->value(), 30);
        QCOMPARE(dialog.languageCombo->currentData().toString(), QString());
    }

    void okWritesWhatWasChosenAndCancelNothing()
    {
        test::GuiFixture f;
        f.settings.setValue(QStringLiteral("ui/language"), QStringLiteral("ko"));
        {
            gui::SettingsDialog dialog(f.settings);
            QCOMPARE(dialog.languageCombo->currentData().toString(), QStringLiteral("ko"));
            dialog.refundTypedAboveSpin->setValue(50000);
            dialog.buttons->button(QDialogButtonBox::Cancel)->click();
            QVERIFY(!f.settings.contains(QStringLiteral("refunds/typedConfirmationAbove")));
        }
        gui::SettingsDialog dialog(f.settings);
        dialog.refundTypedAboveSpin->setValue(50000);
        dialog.payoutTypedAboveSpin->setValue(2000);
        dialog.payoutMaxSpin->setValue(30000);
        dialog.callsPerMinuteSpin->setValue(900);
        dialog.callsInFlightSpin->setValue(3);
        dialog.messageChunkSpin->setValue(1000);
        dialog.timeoutSpin->setValue(20);
        dialog.deadlineSpin->setValue(45);
        dialog.languageCombo->setCurrentIndex(dialog.languageCombo->findData(QStringLiteral("en")));
        dialog.buttons->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(f.settings.value(QStringLiteral("refunds/typedConfirmationAbove")).toInt(), 50000);
        QCOMPARE(f.settings.value(QStringLiteral("promotions/typedConfirmationAbove")).toInt(), 2000);
        QCOMPARE(f.settings.value(QStringLiteral("promotions/maxAmount")).toInt(), 30000);
        QCOMPARE(f.settings.value(QStringLiteral("bulk/callsPerMinute")).toInt(), 900);
        QCOMPARE(f.settings.value(QStringLiteral("bulk/callsInFlight")).toInt(), 3);
        QCOMPARE(f.settings.value(QStringLiteral("bulk/messageChunk")).toInt(), 1000);
        QCOMPARE(f.settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
        const api::Timeouts timeouts = api::timeoutsFrom(f.settings); // what the next session uses
        QCOMPARE(timeouts.inactivityMs, 20000);
        QCOMPARE(timeouts.deadlineMs, 45000);
    }

    // The pace is a share of the app's 3,000 calls a minute; a message call takes at most 2,500
    // users; the deadline is never below the silence limit.
    void boundsAreTheAgreedOnes()
    {
        test::GuiFixture f;
        f.settings.setValue(QStringLiteral("bulk/callsPerMinute"), 5000); // written by hand
        gui::SettingsDialog dialog(f.settings);
        QCOMPARE(dialog.callsPerMinuteSpin->value(), 3000);
        dialog.callsPerMinuteSpin->setValue(4000);
        QCOMPARE(dialog.callsPerMinuteSpin->value(), 3000);
        dialog.messageChunkSpin->setValue(9999);
        QCOMPARE(dialog.messageChunkSpin->value(), 2500);
        dialog.timeoutSpin->setValue(60);
        QCOMPARE(dialog.deadlineSpin->value(), 60);
        QVERIFY(!dialog.callsPerMinuteSpin->accessibleName().isEmpty());
    }

    // Settings… in the menu opens it; a new payout maximum bounds the Promotions amount at once.
    void theMenuOpensItAndItApplies()
    {
        test::GuiFixture f;
        gui::MainWindow window(f.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        gui::PromotionsTab *promotions = window.promotionsTab();
        QCOMPARE(promotions->amountSpin->maximum(), 1000000);
        auto *action = window.findChild<QAction *>(QStringLiteral("settingsAction"));
        QVERIFY(action);
        action->trigger();
        gui::SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<gui::SettingsDialog *>()) && dialog->isVisible());
        dialog->payoutMaxSpin->setValue(50000);
        dialog->buttons->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(promotions->amountSpin->maximum(), 50000);
        QCOMPARE(f.settings.value(QStringLiteral("promotions/maxAmount")).toInt(), 50000);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
