#include "gui/mainwindow.h"
#include "support/guifixture.h"

#include "core/i18n.h"

#include "gui/activitytab.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTabWidget>
#include <QTextEdit>
#include <QtTest>

using namespace ait;

// What a screen reader (Orca, or a Korean one through AT-SPI) reads: every interactive control on
// every tab has a name (issue 14 item 29).
class TestAccessibility : public QObject
{
    Q_OBJECT

    static bool interactive(const QWidget *w)
    {
        return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
            || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
            || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w);
    }

    // Visible interactive controls of `root` whose accessible name is empty, described for the failure.
    static QStringList unnamed(QWidget *root)
    {
        QStringList found;
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->isVisible() || !interactive(w))
                continue;
            // Line edits inside spin boxes, combo boxes and item views are parts of their owner.
            if (qobject_cast<QLineEdit *>(w)
                && (qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                    || qobject_cast<QComboBox *>(w->parentWidget())))
                continue;
            if (qobject_cast<QAbstractItemView *>(w->parentWidget())
                || qobject_cast<QAbstractItemView *>(w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr))
                continue; // a view's headers and cell editors: the view is named
            if (qobject_cast<QAbstractButton *>(w) && w->parentWidget() && w->parentWidget()->inherits("QTabBar"))
                continue; // a tab bar's scroll buttons
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                found << QStringLiteral("%1 %2").arg(
                    QString::fromLatin1(w->metaObject()->className()), w->objectName());
        }
        return found;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ko") << QStringLiteral("ko");
    }

    void everyTabNamesEveryControl()
    {
        QFETCH_GLOBAL(QString, language);
        QVERIFY(i18n::install(*qApp, language));
        test::GuiFixture f;
        gui::MainWindow window(f.context);
        window.setDeveloperTools(true);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<gui::MainWindow::Tab> tabs { gui::MainWindow::Tab::Certificates, gui::MainWindow::Tab::Login,
            gui::MainWindow::Tab::Payments, gui::MainWindow::Tab::InAppPurchases, gui::MainWindow::Tab::Messages,
            gui::MainWindow::Tab::Promotions, gui::MainWindow::Tab::Activity };
        QStringList problems;
        for (gui::MainWindow::Tab tab : tabs) {
            window.showTab(tab);
            QCoreApplication::processEvents();
            for (const QString &control : unnamed(&window))
                if (!problems.contains(control))
                    problems << control;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    }

    // Keyboard alone: Ctrl+1…7 reach the tabs, Ctrl+F the Activity search (issue 14 items 24, 29).
    void shortcutsReachTabsAndSearch()
    {
        QFETCH_GLOBAL(QString, language);
        QVERIFY(i18n::install(*qApp, language));
        test::GuiFixture f;
        gui::MainWindow window(f.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        for (int n = 7; n >= 1; --n) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_0 + n), Qt::ControlModifier);
            QCOMPARE(int(window.currentTab()), n - 1);
        }
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(window.currentTab(), gui::MainWindow::Tab::Activity);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window.activityTab()->textFilter));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
