#include "gui/mainwindow.h"

#include <QAction>
#include <QTabWidget>
#include <QtTest>

using ait::gui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void opensWithTheSevenTabs()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        QVERIFY(tabs);
        const QStringList expected{QStringLiteral("Certificates"), QStringLiteral("Login"), QStringLiteral("Payments"),
                                   QStringLiteral("In-app purchases"), QStringLiteral("Messages"),
                                   QStringLiteral("Promotions"), QStringLiteral("Activity")};
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles << tabs->tabText(i);
        QCOMPARE(titles, expected);
        QCOMPARE(window.currentTab(), MainWindow::Tab::Certificates);

        window.showTab(MainWindow::Tab::Promotions);
        QCOMPARE(tabs->currentIndex(), 5);
        QCOMPARE(window.currentTab(), MainWindow::Tab::Promotions);
    }

    void tabsAreKeyboardReachable()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setFocus();
        QTest::keyClick(tabs, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(window.currentTab(), MainWindow::Tab::Login);
    }

    void quitClosesTheWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *quit = window.findChild<QAction *>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit).isEmpty() ? QKeySequence(QStringLiteral("Ctrl+Q")) : quit->shortcut());
        quit->trigger();
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
