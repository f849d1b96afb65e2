#include "core/i18n.h"
#include "gui/dialogs.h"
#include "gui/environmentbadge.h"
#include "gui/formatting.h"
#include "gui/mainwindow.h"
#include "gui/messagestab.h"
#include "support/guifixture.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace ait;
using gui::Dialogs;

// Decisions say what their buttons do, and money confirmations and the main window say which
// environment (live or sandbox) the operator acts in.
class TestDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(i18n::install(*qApp, QStringLiteral("en")));
    }

    void aMoneyConfirmationNamesItsActionAndTheEnvironment()
    {
        Dialogs::Question question = Dialogs::confirmation(QStringLiteral("Confirm the refund"),
                                                           QStringLiteral("Refund 1,000 won?\nReason: <b>not bold</b>"),
                                                           QStringLiteral("Refund"));
        question.environment = profiles::Environment::Live;
        question.profileName = QStringLiteral("Production");
        std::unique_ptr<QMessageBox> box(Dialogs::build(nullptr, question));
        QStringList buttons;
        for (QAbstractButton *b : box->buttons())
            buttons << b->text();
        buttons.sort();
        QCOMPARE(buttons, (QStringList{QStringLiteral("Cancel"), QStringLiteral("Refund")}));
        QCOMPARE(box->defaultButton()->text(), QStringLiteral("Cancel")); // Enter does not refund
        QVERIFY(box->windowTitle().startsWith(QStringLiteral("[LIVE]")));
        QVERIFY(box->text().contains(QStringLiteral("LIVE")));
        QVERIFY(box->text().contains(QStringLiteral("Production")));
        QVERIFY(box->text().contains(environmentColour(profiles::Environment::Live)));
        // What the question holds stays text: markup in it is shown, not obeyed.
        QVERIFY(box->text().contains(QStringLiteral("&lt;b&gt;not bold&lt;/b&gt;")));

        // The answer comes from the button that was clicked.
        box->show();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == QStringLiteral("Refund"))
                b->click();
        }
        QCOMPARE(QMessageBox::StandardButton(box->clickedButton()->property("answer").toInt()), QMessageBox::Yes);
    }

    void liveAndSandboxAreMarkedInTheWindow()
    {
        test::GuiFixture f;
        const QString live = f.profiles.createProfile(QStringLiteral("Production"), profiles::Environment::Live)->id;
        const QString sandbox = f.profiles.createProfile(QStringLiteral("Emulator"), profiles::Environment::Sandbox)->id;
        gui::MainWindow window(f.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *toolbarBadge = window.findChild<QLabel *>(QStringLiteral("toolbarEnvironmentBadge"));
        auto *statusBadge = window.findChild<QLabel *>(QStringLiteral("statusEnvironmentBadge"));
        auto *selector = window.findChild<QComboBox *>(QStringLiteral("profileSelector"));
        QVERIFY(toolbarBadge && statusBadge && selector);

        window.setCurrentProfile(live);
        QCOMPARE(toolbarBadge->text(), QStringLiteral("LIVE"));
        QVERIFY(toolbarBadge->isVisible());
        QVERIFY(toolbarBadge->styleSheet().contains(environmentColour(profiles::Environment::Live)));
        QCOMPARE(statusBadge->text(), QStringLiteral("LIVE"));
        QVERIFY(statusBadge->isVisible());
        QVERIFY(window.windowTitle().contains(QStringLiteral("Production")) && window.windowTitle().contains(QStringLiteral("LIVE")));
        QVERIFY(selector->currentText().contains(QStringLiteral("LIVE")));

        window.setCurrentProfile(sandbox);
        QCOMPARE(toolbarBadge->text(), QStringLiteral("SANDBOX"));
        QCOMPARE(statusBadge->text(), QStringLiteral("SANDBOX"));
        QVERIFY(!toolbarBadge->styleSheet().contains(environmentColour(profiles::Environment::Live)));
        QVERIFY(window.windowTitle().contains(QStringLiteral("SANDBOX")));
        QVERIFY(selector->currentText().contains(QStringLiteral("SANDBOX")));
    }

    // Toss writes its times without a zone: Korea Standard Time (issue 14 item 16).
    void partnerTimesAreKoreanTimeShownAsLocalTime()
    {
        const QDateTime plain = gui::partnerTime(QStringLiteral("2026-12-03T06:42:20"));
        QCOMPARE(plain.toUTC(), QDateTime(QDate(2026, 12, 2), QTime(21, 42, 20), Qt::UTC));
        QCOMPARE(gui::partnerTime(QStringLiteral("2026-12-03 06:42:20")).toUTC(), plain.toUTC());
        QCOMPARE(gui::partnerTime(QStringLiteral("2026-12-03T06:42:20Z")).toUTC(), QDateTime(QDate(2026, 12, 3), QTime(6, 42, 20), Qt::UTC));
        QCOMPARE(gui::partnerTime(QStringLiteral("2026-12-03T06:42:20+09:00")).toUTC(), plain.toUTC());
        QVERIFY(!gui::partnerTime(QStringLiteral("yesterday")).isValid());
        QCOMPARE(gui::partnerTimeText(QStringLiteral("yesterday")), QStringLiteral("yesterday"));
        const QString shown = gui::partnerTimeText(QStringLiteral("2026-12-03T06:42:20"));
        QCOMPARE(shown.left(19), plain.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QVERIFY(shown.size() > 20); // with its zone
    }

    // Last: it switches the application to Korean.
    void koreanSaysTheWordInKorean()
    {
        QVERIFY(i18n::install(*qApp, QStringLiteral("ko")));
        QCOMPARE(gui::environmentLook(profiles::Environment::Live).word, QStringLiteral("운영"));
        QCOMPARE(gui::environmentLook(profiles::Environment::Sandbox).word, QStringLiteral("샌드박스"));
        const Dialogs::Question refund = Dialogs::confirmation(QStringLiteral("t"), QStringLiteral("q"), QStringLiteral("환불"));
        QCOMPARE(refund.choices.last().text, QStringLiteral("취소"));
    }

    // Korean particles after inserted words follow the word (issue 14 item 11).
    void koreanParticlesFollowTheWord()
    {
        test::GuiFixture f;
        journal::Journal missing(f.dir.filePath(QStringLiteral("gone/journal.sqlite")));
        missing.openChecked(12);
        ops::MoneyServices money(missing, f.clock);
        gui::AppContext context{f.settings, f.secrets, f.profiles, f.clock, missing, money};
        gui::MainWindow window(context);
        const QString banner = window.findChild<QLabel *>(QStringLiteral("journalLabel"))->text();
        QVERIFY2(banner.contains(QStringLiteral("journal.sqlite가 없습니다")), qPrintable(banner));
        QVERIFY(!banner.contains(QStringLiteral("(가)")));

        gui::MessagesTab messages(f.context);
        messages.templateEdit->setText(QStringLiteral("demo-template"));
        messages.userKeyEdit->setText(QStringLiteral("443731104"));
        for (const QString &key : {QStringLiteral("상품명"), QStringLiteral("상품명")}) {
            const int row = messages.contextTable->rowCount();
            messages.contextTable->insertRow(row);
            messages.contextTable->setItem(row, 0, new QTableWidgetItem(key));
        }
        QCOMPARE(messages.validate(false), QStringLiteral("변수 \"상품명\"이 두 번 나옵니다."));
        messages.contextTable->item(1, 0)->setText(QStringLiteral("Sandbox"));
        messages.contextTable->item(0, 0)->setText(QStringLiteral("Sandbox"));
        QCOMPARE(messages.validate(false), QStringLiteral("변수 \"Sandbox\"가 두 번 나옵니다."));
    }

private:
    static QString environmentColour(profiles::Environment environment)
    {
        return gui::environmentLook(environment).background.name();
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
