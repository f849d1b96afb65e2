#include "core/i18n.h"
#include "gui/dialogs.h"
#include "gui/environmentbadge.h"
#include "gui/mainwindow.h"
#include "support/guifixture.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
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

    // Last: it switches the application to Korean.
    void koreanSaysTheWordInKorean()
    {
        QVERIFY(i18n::install(*qApp, QStringLiteral("ko")));
        QCOMPARE(gui::environmentLook(profiles::Environment::Live).word, QStringLiteral("운영"));
        QCOMPARE(gui::environmentLook(profiles::Environment::Sandbox).word, QStringLiteral("샌드박스"));
        const Dialogs::Question refund = Dialogs::confirmation(QStringLiteral("t"), QStringLiteral("q"), QStringLiteral("환불"));
        QCOMPARE(refund.choices.last().text, QStringLiteral("취소"));
    }

private:
    static QString environmentColour(profiles::Environment environment)
    {
        return gui::environmentLook(environment).background.name();
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
