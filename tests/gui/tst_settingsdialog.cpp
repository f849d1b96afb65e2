#include "gui/mainwindow.h"
#include "gui/promotionstab.h"
#include "gui/settingsdialog.h"
#include "support/guifixture.h"

#include "core/api/profilesession.h"
#include "core/i18n.h"
#include "core/journal/journalsettings.h"
#include "core/ops/operation.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QtTest>

using namespace ait;

// The settings dialog: the thresholds, the payout maximum, the bulk pace share, the network limits
// and the language, read from and written to the keys the console and ait-cli use (issue 14 item 22);
// the Journal page: this computer's journal or the team's PostgreSQL database (issue 15).
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(i18n::install(*qApp, QStringLiteral("en"))); }

    static void fillTeam(gui::SettingsDialog &dialog, const QString &host)
    {
        dialog.teamJournalRadio->setChecked(true);
        dialog.teamHostEdit->setText(host);
        dialog.teamPortSpin->setValue(6432);
        dialog.teamDatabaseEdit->setText(QStringLiteral("ait"));
        dialog.teamUserEdit->setText(QStringLiteral("ann"));
    }

    static QString stored(keychain::CredentialStore &secrets, const QString &name)
    {
        QString value;
        bool done = false;
        QObject context;
        secrets.read(name, &context, [&](const keychain::StoreResult &r, tls::SecretBuffer secret) {
            value = r.ok() ? QString::fromUtf8(secret.data(), secret.size()) : QStringLiteral("<%1>").arg(r.message);
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }))
            return QStringLiteral("<no answer>");
        return value;
    }

    void thisComputersJournalIsTheDefault()
    {
        test::GuiFixture f;
        gui::SettingsDialog dialog(f.settings, f.secrets);
        QVERIFY(dialog.localJournalRadio->isChecked());
        QVERIFY(!dialog.teamBox->isEnabled());
        QVERIFY(dialog.teamTlsCheck->isChecked());
        QCOMPARE(dialog.teamPortSpin->value(), 5432);
        QCOMPARE(dialog.teamPasswordEdit->echoMode(), QLineEdit::Password);
        dialog.teamJournalRadio->setChecked(true);
        QVERIFY(dialog.teamBox->isEnabled());
    }

    // The Team page writes journal/engine and journal/team/*; the password goes to the keychain under
    // the role's and database's entry, and not a byte of it to the settings file.
    void theTeamPageSavesAndThePasswordGoesToTheKeychainOnly()
    {
        test::GuiFixture f;
        const QString password = QStringLiteral("Pässwort-7f3c9e1b");
        const QString caFile = f.writeFile(QStringLiteral("ca.pem"), QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n"));
        {
            gui::SettingsDialog dialog(f.settings, f.secrets);
            fillTeam(dialog, QStringLiteral("journal.example.com"));
            dialog.teamCaFileEdit->setText(caFile);
            dialog.teamPasswordEdit->setText(password);
            dialog.buttons->button(QDialogButtonBox::Ok)->click();
            QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(dialog.teamPasswordEdit->text().isEmpty()); // taken, not left in the field
        }
        QVERIFY(journal::usesTeamJournal(f.settings));
        const journal::TeamDatabase team = journal::teamDatabase(f.settings);
        QCOMPARE(team.host, QStringLiteral("journal.example.com"));
        QCOMPARE(team.port, 6432);
        QCOMPARE(team.database, QStringLiteral("ait"));
        QCOMPARE(team.user, QStringLiteral("ann"));
        QVERIFY(team.tls);
        QCOMPARE(QDir::toNativeSeparators(team.caFile), QDir::toNativeSeparators(caFile));
        QCOMPARE(stored(f.secrets, QStringLiteral("journal-team/ann@journal.example.com:6432/ait")), password);

        f.settings.sync();
        QFile file(f.settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("journal.example.com")); // the right file
        QVERIFY(!written.contains(password.toUtf8()));
        QVERIFY(!written.contains("7f3c9e1b"));
        QVERIFY(!written.contains(QUrl::toPercentEncoding(password)));

        // Opened again: the settings are shown, the password is said to be stored, not shown.
        gui::SettingsDialog again(f.settings, f.secrets);
        QVERIFY(again.teamJournalRadio->isChecked());
        QCOMPARE(again.teamHostEdit->text(), QStringLiteral("journal.example.com"));
        QVERIFY(again.teamPasswordEdit->text().isEmpty());
        QVERIFY(again.teamPasswordEdit->placeholderText().contains(QStringLiteral("keychain")));
        // OK without typing it again keeps the stored password.
        again.buttons->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QCOMPARE(stored(f.secrets, journal::teamPasswordEntry(team)), password);
    }

    // TLS off for a server on another computer: nothing is saved, the Journal page says why.
    void tlsOffForAnotherComputerIsRefused()
    {
        test::GuiFixture f;
        gui::SettingsDialog dialog(f.settings, f.secrets);
        dialog.show();
        fillTeam(dialog, QStringLiteral("10.0.0.5"));
        dialog.teamTlsCheck->setChecked(false);
        QVERIFY(!dialog.teamCaFileEdit->isEnabled());
        dialog.teamPasswordEdit->setText(QStringLiteral("secret"));
        dialog.pages->setCurrentIndex(0);
        dialog.refundTypedAboveSpin->setValue(50000);
        dialog.buttons->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted
        QCOMPARE(dialog.pages->currentIndex(), 1);            // the Journal page, with the reason
        QVERIFY(dialog.journalStatusLabel->isVisible());
        QVERIFY2(dialog.journalStatusLabel->text().contains(QStringLiteral("only over TLS")), qPrintable(dialog.journalStatusLabel->text()));
        QVERIFY(!f.settings.contains(QStringLiteral("journal/engine")));
        QVERIFY(!f.settings.contains(QStringLiteral("refunds/typedConfirmationAbove")));
        QVERIFY(f.secrets.indexedEntries().isEmpty());

        // On this computer TLS may be off.
        dialog.teamHostEdit->setText(QStringLiteral("127.0.0.1"));
        dialog.buttons->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!journal::teamDatabase(f.settings).tls);
    }

    // Test connection says what is missing before trying anything.
    void testConnectionSaysWhatIsMissing()
    {
        test::GuiFixture f;
        gui::SettingsDialog dialog(f.settings, f.secrets);
        dialog.show();
        dialog.pages->setCurrentIndex(1);
        dialog.teamJournalRadio->setChecked(true);
        dialog.teamHostEdit->setText(QStringLiteral("journal.example.com"));
        dialog.testConnectionButton->click();
        QVERIFY(dialog.journalStatusLabel->isVisible());
        QVERIFY2(dialog.journalStatusLabel->text().contains(QStringLiteral("database")), qPrintable(dialog.journalStatusLabel->text()));
        QVERIFY(dialog.testConnectionButton->isEnabled());
    }

    // Switching back to this computer keeps the team's settings for later.
    void switchingBackKeepsTheTeamSettings()
    {
        test::GuiFixture f;
        journal::setUsesTeamJournal(f.settings, true);
        journal::TeamDatabase team;
        team.host = QStringLiteral("journal.example.com");
        team.database = QStringLiteral("ait");
        team.user = QStringLiteral("ann");
        journal::saveTeamDatabase(f.settings, team);
        gui::SettingsDialog dialog(f.settings, f.secrets);
        dialog.localJournalRadio->setChecked(true);
        dialog.buttons->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!journal::usesTeamJournal(f.settings));
        QCOMPARE(journal::teamDatabase(f.settings).host, QStringLiteral("journal.example.com"));
    }

    // A team journal that could not be opened: the banner names it and says money is refused, with
    // nothing offered that would replace it by this computer's journal; refunds are refused with a
    // sentence that names the team journal.
    void anUnreachableTeamJournalIsSaidAndRefusesMoney()
    {
        test::GuiFixture f;
        journal::TeamDatabase team;
        team.host = QStringLiteral("127.0.0.1");
        team.port = 1;
        team.database = QStringLiteral("ait");
        team.user = QStringLiteral("ann");
        journal::Journal teamJournal(team, QString()); // never opened: the server did not answer
        ops::MoneyServices money(teamJournal, f.clock);
        gui::AppContext context{f.settings, f.secrets, f.profiles, f.clock, teamJournal, money};
        gui::MainWindow window(context);
        window.setJournalProblem(journal::teamConnectionProblem(team, QStringLiteral("connection to server at \"127.0.0.1\", port 1 failed: Connection refused")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<QWidget *>(QStringLiteral("journalBanner"));
        auto *label = window.findChild<QLabel *>(QStringLiteral("journalLabel"));
        QVERIFY(banner && label);
        QVERIFY(banner->isVisible());
        QVERIFY2(label->text().contains(QStringLiteral("team journal (ann@127.0.0.1:1/ait) cannot be reached")), qPrintable(label->text()));
        QVERIFY2(label->text().contains(QStringLiteral("cannot be reached. Check the host and port")), qPrintable(label->text()));
        QVERIFY(label->text().contains(QStringLiteral("does not switch to this computer's journal")));
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("startFreshJournalButton"))->isVisible());
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("acceptJournalButton"))->isVisible());

        QVERIFY2(money.whyRefused().contains(QStringLiteral("team journal (ann@127.0.0.1:1/ait) cannot be reached")), qPrintable(money.whyRefused()));
        QVERIFY(money.whyRefused().contains(QStringLiteral("Nothing was sent")));
        api::ApiError error;
        journal::Operation refund;
        refund.kind = journal::Kind::Refund;
        refund.payToken = QStringLiteral("pt-1");
        QVERIFY(!ops::recordIntent(teamJournal, refund, &error));
        QCOMPARE(error.kind, api::ApiError::Kind::JournalUnavailable);
        QVERIFY2(error.message.startsWith(QStringLiteral("Nothing was sent: the team journal")), qPrintable(error.message));
    }

    void showsTheDefaultsWhenNothingIsSet()
    {
        test::GuiFixture f;
        gui::SettingsDialog dialog(f.settings, f.secrets);
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
            gui::SettingsDialog dialog(f.settings, f.secrets);
            QCOMPARE(dialog.languageCombo->currentData().toString(), QStringLiteral("ko"));
            dialog.refundTypedAboveSpin->setValue(50000);
            dialog.buttons->button(QDialogButtonBox::Cancel)->click();
            QVERIFY(!f.settings.contains(QStringLiteral("refunds/typedConfirmationAbove")));
        }
        gui::SettingsDialog dialog(f.settings, f.secrets);
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
        gui::SettingsDialog dialog(f.settings, f.secrets);
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
