#include "core/i18n.h"
#include "gui/activitymodel.h"
#include "gui/activitytab.h"
#include "gui/inputguard.h"
#include "gui/inspectordock.h"
#include "gui/logintab.h"
#include "gui/mainwindow.h"
#include "gui/messagestab.h"
#include "gui/paymentstab.h"
#include "gui/promotionstab.h"
#include "support/guifixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolTip>
#include <QtTest>

using namespace ait;

// Operator tabs without a partner: editing, copying, and what their controls say.
class TestTabs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(i18n::install(*qApp, QStringLiteral("en")));
    }

    // Add variable puts the cursor in the new row's name: typing goes there, not to the buttons
    // (issue 14 item 15).
    void addVariableEditsTheNewRow()
    {
        test::GuiFixture f;
        gui::MessagesTab tab(f.context);
        tab.show();
        QVERIFY(QTest::qWaitForWindowActive(&tab));
        tab.addRowButton->setFocus();
        tab.addRowButton->click();
        QCOMPARE(tab.contextTable->rowCount(), 1);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus && tab.contextTable->isAncestorOf(focus), focus ? focus->metaObject()->className() : "no focus");
        QTest::keyClicks(focus, QStringLiteral("orderId"));
        QTest::keyClick(focus, Qt::Key_Tab); // on to the value, edited in turn
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()) && QApplication::focusWidget() != focus);
        QWidget *value = QApplication::focusWidget();
        QVERIFY(tab.contextTable->isAncestorOf(value));
        QTest::keyClicks(value, QStringLiteral("A-1"));
        QTest::keyClick(value, Qt::Key_Return);
        QCOMPARE(tab.contextTable->item(0, 0)->text(), QStringLiteral("orderId"));
        QTRY_COMPARE(tab.contextTable->item(0, 1)->text(), QStringLiteral("A-1")); // the editor commits on its way out
        QVERIFY(tab.previewLabel->text().contains(QStringLiteral("{\"orderId\":\"A-1\"}")));
    }

    // Identifiers are copied with a click, and the button says it copied (issue 14 item 19).
    void activityCopiesIdentifiers()
    {
        test::GuiFixture f;
        journal::Operation payout;
        payout.kind = journal::Kind::Payout;
        payout.profileId = QStringLiteral("p1");
        payout.userKey = 443731104;
        payout.promotionCode = QStringLiteral("DEMO_PROMO");
        payout.amount = 300;
        const qint64 id = *f.journal.recordIntent(payout);
        QVERIFY(f.journal.setIdempotencyKey(id, QStringLiteral("bm9wZS1rZXk=")));
        gui::ActivityTab tab(f.context);
        tab.selectOperation(id);
        auto copied = [&](const char *button) {
            auto *b = tab.findChild<QPushButton *>(QString::fromLatin1(button));
            if (!b || !b->isEnabled())
                return QStringLiteral("<disabled>");
            QGuiApplication::clipboard()->clear();
            b->click();
            return b->text().contains(QStringLiteral("Copied")) ? QGuiApplication::clipboard()->text() : QStringLiteral("<no feedback>");
        };
        QCOMPARE(copied("activityCopyUserKeyButton"), QStringLiteral("443731104"));
        QCOMPARE(copied("activityCopyPromotionKeyButton"), QStringLiteral("bm9wZS1rZXk="));
        QCOMPARE(copied("activityCopyPayTokenButton"), QStringLiteral("<disabled>")); // a payout has none
        QVERIFY(copied("activityCopyDetailsButton").contains(QStringLiteral("DEMO_PROMO")));
    }

    // Show everything for this user: Activity filtered to the selected operation's user, whatever was
    // typed before; the filter says which user and clears with a click (issue 14 item 24).
    void activityShowsEverythingForAUser()
    {
        test::GuiFixture f;
        auto record = [&](qint64 userKey, const QString &promotion) {
            journal::Operation payout;
            payout.kind = journal::Kind::Payout;
            payout.profileId = QStringLiteral("p1");
            payout.userKey = userKey;
            payout.promotionCode = promotion;
            payout.amount = 100;
            return *f.journal.recordIntent(payout);
        };
        const qint64 first = record(443731104, QStringLiteral("PROMO_A"));
        record(443731105, QStringLiteral("PROMO_B"));
        record(443731104, QStringLiteral("PROMO_C"));
        gui::ActivityTab tab(f.context);
        tab.textFilter->setText(QStringLiteral("PROMO_A"));
        QCOMPARE(tab.model->rowCount(), 1);
        tab.selectOperation(first);
        QVERIFY(tab.showUserButton->isEnabled());
        tab.showUserButton->click();
        QCOMPARE(tab.userFilter(), 443731104);
        QVERIFY(tab.textFilter->text().isEmpty());
        QCOMPARE(tab.model->rowCount(), 2); // both of that user's, not the other user's
        QVERIFY(tab.userFilterButton->isEnabled());
        QVERIFY(tab.userFilterButton->text().contains(QStringLiteral("443731104")));
        QVERIFY(tab.filtersActive());
        tab.userFilterButton->click();
        QCOMPARE(tab.userFilter(), 0);
        QCOMPARE(tab.model->rowCount(), 3);
        QVERIFY(!tab.userFilterButton->isEnabled());
    }

    // The amount column mixes won and points: each amount says its unit (issue 14 item 27).
    void activityAmountsSayTheirUnit()
    {
        test::GuiFixture f;
        journal::Operation refund;
        refund.kind = journal::Kind::Refund;
        refund.profileId = QStringLiteral("p1");
        refund.payToken = QStringLiteral("pt-unit");
        refund.amount = 12000;
        const qint64 refundId = *f.journal.recordIntent(refund);
        journal::Operation payout;
        payout.kind = journal::Kind::Payout;
        payout.profileId = QStringLiteral("p1");
        payout.userKey = 443731104;
        payout.promotionCode = QStringLiteral("PROMO_U");
        payout.amount = 300;
        const qint64 payoutId = *f.journal.recordIntent(payout);
        gui::ActivityTab tab(f.context);
        auto amountOf = [&](qint64 id) {
            tab.selectOperation(id);
            return tab.model->index(tab.table->currentIndex().row(), 5).data().toString();
        };
        QCOMPARE(amountOf(refundId), QStringLiteral("12,000 won"));
        QCOMPARE(amountOf(payoutId), QStringLiteral("300 points"));
        QVERIFY(tab.details->toPlainText().contains(QStringLiteral("300 points")));
    }

    // The Login tab's reveal box and the inspector's say what each shows (issue 14 item 27).
    void revealBoxesSayWhatTheyShow()
    {
        test::GuiFixture f;
        gui::MainWindow window(f.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showTab(gui::MainWindow::Tab::Login);
        auto *login = window.loginTab()->revealBox;
        auto *inspector = window.inspector()->findChild<QCheckBox *>(QStringLiteral("revealBox"));
        QTRY_VERIFY(login->isVisible() && inspector->isVisible()); // both on screen at once
        QVERIFY(login->text() != inspector->text());
        QVERIFY(login->text().contains(QStringLiteral("tab")));
        QVERIFY(inspector->text().contains(QStringLiteral("calls")));
    }

    // Input refused by a field says why: a letter in a user key, the digits of an amount past
    // the payout maximum (99999999 used to become 999999 without a word) (issue 14 item 26).
    void refusedInputIsExplained()
    {
        test::GuiFixture f;
        gui::PromotionsTab tab(f.context);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.userKeyEdit->setFocus();
        QTest::keyClicks(tab.userKeyEdit, QStringLiteral("44a3"));
        QCOMPARE(tab.userKeyEdit->text(), QStringLiteral("443"));
        QVERIFY(gui::lastRefusal(tab.userKeyEdit).contains(QStringLiteral("digits only")));
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), gui::lastRefusal(tab.userKeyEdit));

        tab.amountSpin->setMaximum(1000000);
        tab.amountSpin->setFocus();
        tab.amountSpin->selectAll();
        QTest::keyClicks(tab.amountSpin, QStringLiteral("99999999"));
        QCOMPARE(tab.amountSpin->value(), 999999); // refused as before, but now said, with the limit
        QVERIFY2(gui::lastRefusal(tab.amountSpin).contains(QStringLiteral("1,000,000")), qPrintable(gui::lastRefusal(tab.amountSpin)));

        gui::MessagesTab messages(f.context);
        QTest::keyClicks(messages.userKeyEdit, QStringLiteral("x"));
        QVERIFY(messages.userKeyEdit->text().isEmpty());
        QVERIFY(!gui::lastRefusal(messages.userKeyEdit).isEmpty());
    }

    // A payToken longer than the partner allows (30) is refused with the reason, not sent; so is an
    // orderNo with characters the partner does not accept (issue 14 item 26).
    void paymentInputsAreBounded()
    {
        test::GuiFixture f;
        gui::PaymentsTab tab(f.context);
        tab.userKeyEdit->setText(QStringLiteral("443731103"));
        tab.payTokenEdit->setText(QString(200000, QLatin1Char('x')));
        QVERIFY(!tab.validate().isEmpty());
        QVERIFY2(tab.inputHintLabel->text().contains(QStringLiteral("at most 30")), qPrintable(tab.inputHintLabel->text()));
        QVERIFY(!tab.lookupButton->isEnabled());
        tab.payTokenEdit->setText(QString(30, QLatin1Char('x')));
        QVERIFY(tab.validate().isEmpty());
        QVERIFY(tab.inputHintLabel->text().isEmpty());
        tab.orderNoEdit->setText(QStringLiteral("order 1"));
        QVERIFY(tab.inputHintLabel->text().contains(QStringLiteral("digits, letters")));
        tab.orderNoEdit->setText(QStringLiteral("order-1:a.b^c@d_e"));
        QVERIFY(tab.validate().isEmpty());
    }

    // Show everything for this user from Payments, Promotions, Messages and Login: Activity opens
    // filtered to the user key typed there (issue 14 item 24).
    void everyUserKeyLeadsToTheUsersActivity()
    {
        test::GuiFixture f;
        int n = 0;
        for (const qint64 userKey : {443731104LL, 443731105LL, 443731104LL}) {
            journal::Operation payout;
            payout.kind = journal::Kind::Payout;
            payout.profileId = QStringLiteral("p1");
            payout.userKey = userKey;
            payout.promotionCode = QStringLiteral("PROMO%1").arg(++n); // one open payout per user and promotion
            payout.amount = 100;
            QVERIFY(f.journal.recordIntent(payout));
        }
        gui::MainWindow window(f.context);
        using T = gui::MainWindow::Tab;
        const QList<std::tuple<T, QLineEdit *, QPushButton *>> tabs{
            {T::Payments, window.paymentsTab()->userKeyEdit, window.paymentsTab()->showUserButton},
            {T::Promotions, window.promotionsTab()->userKeyEdit, window.promotionsTab()->showUserButton},
            {T::Messages, window.messagesTab()->userKeyEdit, window.messagesTab()->showUserButton},
            {T::Login, window.loginTab()->unlinkUserKeyEdit, window.loginTab()->showUserButton},
        };
        for (const auto &[tab, edit, button] : tabs) {
            window.activityTab()->showUser(0);
            window.showTab(tab);
            edit->clear();
            QVERIFY(!button->isEnabled()); // no user key, nothing to show
            edit->setText(QStringLiteral("443731104"));
            QVERIFY(button->isEnabled());
            button->click();
            QCOMPARE(window.currentTab(), T::Activity);
            QCOMPARE(window.activityTab()->userFilter(), 443731104);
            QCOMPARE(window.activityTab()->model->rowCount(), 2);
        }
    }
};

QTEST_MAIN(TestTabs)
#include "tst_tabs.moc"
