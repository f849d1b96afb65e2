#include "core/api/partnerclient.h"
#include "core/api/profilesession.h"
#include "core/journal/journal.h"
#include "gui/activitymodel.h"
#include "gui/activitytab.h"
#include "gui/dialogs.h"
#include "gui/mainwindow.h"
#include "gui/paymentstab.h"
#include "gui/promotionstab.h"
#include "gui/testpaymentpanel.h"
#include "support/guifixture.h"
#include "support/sandboxconsole.h"
#include "support/sandboxprocess.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QTextBrowser>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace ait;
using journal::State;

// The console window against ait-sandbox: the Promotions tab (payouts with their progress,
// rejections explained, unknown outcomes reconciled by the same key), test payments behind
// developer tools, Cancel for calls in flight, and reconciling a payout from Activity.
class TestConsolePromotions : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxProcess> m_sandbox;
    std::unique_ptr<test::GuiFixture> m_f;
    std::unique_ptr<gui::MainWindow> m_window;

    int ledgerCount(const QString &kind, qint64 userKey)
    {
        int n = 0;
        for (const QJsonValue &v : m_sandbox->ledger(kind))
            n += v.toObject().value(QStringLiteral("userKey")).toInteger() == userKey;
        return n;
    }

    gui::PromotionsTab *fill(const QString &code, qint64 userKey, int amount)
    {
        gui::PromotionsTab *tab = m_window->promotionsTab();
        m_window->showTab(gui::MainWindow::Tab::Promotions);
        tab->service().setPolling({100, 400, 20});
        tab->codeEdit->setText(code);
        tab->userKeyEdit->setText(QString::number(userKey));
        tab->amountSpin->setValue(amount);
        return tab;
    }

    void waitIdle(gui::PromotionsTab *tab)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!tab->cancelButton->isEnabled(), 30000);
    }

    // Proves a stretch of silence after a click: nothing is in flight now, and a lookup sent later
    // through the window's own client has been answered, so whatever the click had sent would have
    // reached the emulator already.
    bool noKeyWasAskedFor(qint64 keyCallsBefore)
    {
        api::PartnerClient *client = m_window->session()->client();
        if (client->callsInFlight() != 0)
            return false;
        const auto lookup = test::awaitCall<api::PaymentStatus>([&](auto done) {
            client->getPaymentStatus(443731103, QStringLiteral("demo-pay-complete-1"), {}, true, nullptr, done);
        });
        return lookup.ok() && m_sandbox->calls(QStringLiteral("/promotion/execute-promotion/get-key")) == keyCallsBefore;
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<test::SandboxProcess>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        m_f = std::make_unique<test::GuiFixture>();
        const QString problem = test::addSandboxProfile(*m_f, *m_sandbox);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_window = std::make_unique<gui::MainWindow>(m_f->context);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(m_window->session() && m_window->session()->client());
    }

    void cleanup()
    {
        m_sandbox->setFaults({{QStringLiteral("applyThenDrop"), 0}, {QStringLiteral("latencyMs"), 0}});
        QCOMPARE(gui::Dialogs::pendingAnswers(), 0);
    }

    void inputIsValidatedInline()
    {
        gui::PromotionsTab *tab = fill(QStringLiteral("DEMO_PROMO"), 443731103, 0);
        QVERIFY(!tab->payButton->isEnabled());
        QVERIFY(tab->payButton->toolTip().contains(QStringLiteral("amount")));
        tab->amountSpin->setValue(100);
        tab->userKeyEdit->clear();
        QVERIFY(!tab->payButton->isEnabled());
        tab->userKeyEdit->setText(QStringLiteral("443731103"));
        QVERIFY(tab->payButton->isEnabled());
        // The validator keeps spaces and symbols out of the code.
        QTest::keyClicks(tab->codeEdit, QStringLiteral(" !"));
        QCOMPARE(tab->codeEdit->text(), QStringLiteral("DEMO_PROMO"));
        QVERIFY(tab->testLabel->text().isEmpty());
        // The TEST_ line is reserved: typing such a code moves no field below it (an operator once
        // mis-clicked when it did).
        const QPoint userKeyAt = tab->userKeyEdit->mapTo(tab, QPoint(0, 0));
        const QPoint amountAt = tab->amountSpin->mapTo(tab, QPoint(0, 0));
        tab->codeEdit->setText(QStringLiteral("TEST_DEMO_PROMO"));
        QVERIFY(tab->testLabel->text().contains(QStringLiteral("test payout")));
        QVERIFY(tab->testLabel->isVisible());
        QCoreApplication::sendPostedEvents(); // let the layout act on the new text
        QCOMPARE(tab->userKeyEdit->mapTo(tab, QPoint(0, 0)), userKeyAt);
        QCOMPARE(tab->amountSpin->mapTo(tab, QPoint(0, 0)), amountAt);
    }

    void aPayoutIsConfirmedFollowedAndJournaled()
    {
        gui::PromotionsTab *tab = fill(QStringLiteral("DEMO_PROMO"), 443731103, 1200);
        const int before = ledgerCount(QStringLiteral("payout"), 443731103);
        // Declined: nothing is sent.
        const qint64 keyCalls = m_sandbox->calls(QStringLiteral("/promotion/execute-promotion/get-key"));
        gui::Dialogs::setNextAnswer(QMessageBox::Cancel);
        tab->payButton->click();
        QVERIFY(gui::Dialogs::lastQuestion().contains(QStringLiteral("1,200")));
        QVERIFY(gui::Dialogs::lastQuestion().contains(QStringLiteral("cannot be taken back")));
        QCOMPARE(gui::Dialogs::lastAsked().choices.first().text, QStringLiteral("Pay"));
        QCOMPARE(gui::Dialogs::lastAsked().environment, std::optional(profiles::Environment::Sandbox));
        QVERIFY(noKeyWasAskedFor(keyCalls));
        QCOMPARE(ledgerCount(QStringLiteral("promotion-key"), 443731103), 0);

        gui::Dialogs::setNextAnswer(QMessageBox::Yes);
        tab->payButton->click();
        QVERIFY(tab->cancelButton->isEnabled());
        QVERIFY(!tab->payButton->isEnabled()); // busy: a second click cannot start another payout
        QTRY_VERIFY_WITH_TIMEOUT(tab->progressLabel->text().contains(QStringLiteral("Waiting for Toss")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(tab->resultLabel->text().contains(QStringLiteral("SUCCESS")), 30000);
        QVERIFY(tab->errorLabel->text().isEmpty());
        QVERIFY(tab->reconcileButton->isHidden());
        QCOMPARE(ledgerCount(QStringLiteral("payout"), 443731103), before + 1);

        gui::ActivityTab *activity = m_window->activityTab();
        QCOMPARE(activity->model->rowCount(), 1);
        QCOMPARE(activity->model->index(0, 1).data().toString(), QStringLiteral("Payout"));
        QVERIFY(activity->details->toPlainText().contains(QStringLiteral("DEMO_PROMO")));
    }

    void largePayoutsNeedTheAmountTyped()
    {
        m_f->settings.setValue(QStringLiteral("promotions/typedConfirmationAbove"), 1000);
        gui::PromotionsTab *tab = fill(QStringLiteral("DEMO_PROMO"), 443731105, 1500);
        const int keys = ledgerCount(QStringLiteral("promotion-key"), 443731105);
        const qint64 keyCalls = m_sandbox->calls(QStringLiteral("/promotion/execute-promotion/get-key"));
        gui::Dialogs::setNextAnswer(QMessageBox::Yes);
        gui::Dialogs::setNextText(QStringLiteral("15000"));
        tab->payButton->click();
        QVERIFY(tab->errorLabel->text().contains(QStringLiteral("did not match")));
        QVERIFY(gui::Dialogs::lastQuestion().contains(QStringLiteral("1,500")));
        QVERIFY(noKeyWasAskedFor(keyCalls)); // nothing left
        QCOMPARE(ledgerCount(QStringLiteral("promotion-key"), 443731105), keys);

        gui::Dialogs::setNextAnswer(QMessageBox::Yes);
        gui::Dialogs::setNextText(QStringLiteral("1,500"));
        tab->payButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(tab->resultLabel->text().contains(QStringLiteral("SUCCESS")), 30000);
        QCOMPARE(ledgerCount(QStringLiteral("payout"), 443731105), 1);
        m_f->settings.remove(QStringLiteral("promotions/typedConfirmationAbove"));
    }

    void rejectionsAreExplained()
    {
        gui::PromotionsTab *tab = fill(QStringLiteral("ENDED_PROMO"), 443731104, 100);
        gui::Dialogs::setNextAnswer(QMessageBox::Yes);
        tab->payButton->click();
        waitIdle(tab);
        QTRY_VERIFY(!tab->errorLabel->text().isEmpty());
        QVERIFY2(tab->errorLabel->text().contains(QStringLiteral("4109")), qPrintable(tab->errorLabel->text()));
        QVERIFY(tab->errorLabel->text().contains(QStringLiteral("not running")));
        QVERIFY(tab->errorLabel->text().contains(QStringLiteral("ended"))); // says the promotion may have ended
        QVERIFY(!tab->errorLabel->text().contains(QStringLiteral("Toss said"))); // a known code: not said twice
        QVERIFY(tab->reconcileButton->isHidden()); // a definite rejection: nothing to reconcile
        QCOMPARE(ledgerCount(QStringLiteral("payout"), 443731104), 0);
        // The error belongs to the inputs that produced it: another user clears it.
        tab->userKeyEdit->setText(QStringLiteral("443731105"));
        QVERIFY2(tab->errorLabel->text().isEmpty(), qPrintable(tab->errorLabel->text()));
    }

    void aLostAnswerShowsReconcileWhichAsksAboutTheSameKey()
    {
        gui::PromotionsTab *tab = fill(QStringLiteral("DEMO_PROMO"), 443731104, 300);
        const int paid = ledgerCount(QStringLiteral("payout"), 443731104);
        const int keys = ledgerCount(QStringLiteral("promotion-key"), 443731104);
        m_sandbox->setFaults({{QStringLiteral("applyThenDrop"), 1},
                              {QStringLiteral("applyThenDropPath"), QStringLiteral("/promotion/execute-promotion")}});
        gui::Dialogs::setNextAnswer(QMessageBox::Yes);
        tab->payButton->click();
        waitIdle(tab);
        QTRY_VERIFY(tab->reconcileButton->isVisible());
        QVERIFY2(tab->errorLabel->text().contains(QStringLiteral("may or may not have been applied")), qPrintable(tab->errorLabel->text()));
        QCOMPARE(ledgerCount(QStringLiteral("payout"), 443731104), paid + 1);
        QCOMPARE(ledgerCount(QStringLiteral("promotion-key"), 443731104), keys + 1);
        QVERIFY(m_window->unresolvedOperations() == 1);

        // Paying again is not offered while the outcome is unknown: the button is disabled with the
        // reason in words, and the "do not send again, reconcile" guidance stays.
        QVERIFY(!tab->payButton->isEnabled());
        auto *hint = tab->findChild<QLabel *>(QStringLiteral("payHintLabel"));
        QVERIFY(hint);
        QVERIFY2(hint->isVisible() && hint->text().contains(QStringLiteral("no known outcome")), qPrintable(hint->text()));
        QVERIFY(tab->payButton->toolTip().contains(QStringLiteral("Reconcile")));
        const qint64 keyCalls = m_sandbox->calls(QStringLiteral("/promotion/execute-promotion/get-key"));
        tab->payButton->click(); // disabled: no confirmation is asked, nothing is sent
        QCOMPARE(gui::Dialogs::pendingAnswers(), 0);
        QVERIFY(noKeyWasAskedFor(keyCalls));
        QVERIFY(tab->errorLabel->text().contains(QStringLiteral("may or may not have been applied")));
        QCOMPARE(ledgerCount(QStringLiteral("promotion-key"), 443731104), keys + 1);
        // Another amount for the same user and promotion is the same open payout.
        tab->amountSpin->setValue(301);
        QVERIFY(!tab->payButton->isEnabled());
        QVERIFY(tab->reconcileButton->isVisible());
        tab->amountSpin->setValue(300);

        QVERIFY(m_sandbox->advanceClock(1)); // past the sandbox's PENDING second
        tab->reconcileButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(tab->resultLabel->text().contains(QStringLiteral("Reconciled")), 20000);
        QVERIFY(tab->resultLabel->text().contains(QStringLiteral("was made")));
        QCOMPARE(ledgerCount(QStringLiteral("payout"), 443731104), paid + 1);
        QCOMPARE(ledgerCount(QStringLiteral("promotion-key"), 443731104), keys + 1);
        QCOMPARE(m_window->unresolvedOperations(), 0);
    }

    void cancelFromTheStatusBarStopsALookup()
    {
        gui::PaymentsTab *payments = m_window->paymentsTab();
        m_window->showTab(gui::MainWindow::Tab::Payments);
        m_sandbox->setFaults({{QStringLiteral("latencyMs"), 5000}});
        payments->userKeyEdit->setText(QStringLiteral("443731103"));
        payments->payTokenEdit->setText(QStringLiteral("demo-pay-complete-1"));
        payments->errorLabel->clear();
        payments->lookupButton->click();
        QPushButton *cancel = m_window->cancelCallsButton();
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isVisible(), 3000);
        QElapsedTimer timer;
        timer.start();
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(payments->errorLabel->text().contains(QStringLiteral("Cancelled")), 3000);
        QVERIFY(timer.elapsed() < 4000); // did not wait for the slow answer
        QTRY_VERIFY(cancel->isHidden());
        QVERIFY(payments->lookupButton->isEnabled());

        // Esc does the same from the keyboard.
        payments->errorLabel->clear();
        payments->lookupButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isVisible(), 3000);
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(payments->errorLabel->text().contains(QStringLiteral("Cancelled")), 3000);
    }

    void testPaymentsNeedDeveloperTools()
    {
        gui::PaymentsTab *payments = m_window->paymentsTab();
        m_window->showTab(gui::MainWindow::Tab::Payments);
        gui::TestPaymentPanel *panel = payments->testPaymentPanel();
        QVERIFY(panel->isHidden());
        QAction *action = m_window->findChild<QAction *>(QStringLiteral("developerToolsAction"));
        QVERIFY(action);
        action->trigger();
        QVERIFY(panel->isVisible());
        QVERIFY(m_f->settings.value(QStringLiteral("developer/tools")).toBool());

        panel->userKeyEdit->setText(QStringLiteral("443731105"));
        panel->amountSpin->setValue(2500);
        const QString orderNo = panel->orderNoEdit->text();
        QVERIFY(orderNo.startsWith(QStringLiteral("test-")));
        QVERIFY(panel->payButton->isEnabled());
        panel->payButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel->resultLabel->text().contains(QStringLiteral("Test payment done")), 20000);
        // The payment is then looked up in the tab, ready to be refunded.
        QTRY_VERIFY_WITH_TIMEOUT(payments->statusLabel->text().contains(QStringLiteral("Status: paid")), 20000);
        QCOMPARE(payments->orderNoEdit->text(), orderNo);
        QVERIFY(panel->orderNoEdit->text() != orderNo); // a fresh orderNo for the next one
        QCOMPARE(m_f->journal.query({}).first().kind, journal::Kind::TestPayment);

        // An orderNo that was used already: the partner refuses, the panel says why, nothing is paid twice.
        const int made = m_sandbox->ledger(QStringLiteral("execute-payment")).size();
        panel->orderNoEdit->setText(orderNo);
        panel->payButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel->resultLabel->text().contains(QStringLiteral("PAYMENT_EXISTING_PAYMENT")), 20000);
        QCOMPARE(m_sandbox->ledger(QStringLiteral("execute-payment")).size(), made);
        QCOMPARE(m_f->journal.query({}).first().state, State::Failed);
        panel->amountSpin->setValue(0);
        QVERIFY(!panel->payButton->isEnabled());
        QVERIFY(panel->payButton->toolTip().contains(QStringLiteral("amount")));

        action->trigger();
        QVERIFY(panel->isHidden());
    }

    // Issue 15, "asks first": lee paid this user from this promotion an hour ago (on this computer's
    // journal, as another operator's console would on the team's). kim's confirmation says so first,
    // names the way on, keeps Cancel the default, and Cancel sends nothing; lee herself is not warned.
    void aPayoutAnotherOperatorMadeIsSaidFirst()
    {
        const qint64 user = 443731104;
        const QString code = QStringLiteral("BULK_PROMO"); // a pair no earlier case paid
        journal::Operation lees;
        lees.kind = journal::Kind::Payout;
        lees.userKey = user;
        lees.promotionCode = code;
        lees.amount = 300;
        lees.operatorName = QStringLiteral("lee");
        const auto id = m_f->journal.recordIntent(lees);
        QVERIFY(id && m_f->journal.markSentWithKey(*id, QStringLiteral("lee-key")) && m_f->journal.markOutcome(*id, State::Succeeded));
        const QString when = m_f->journal.find(*id)->updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));

        m_f->settings.setValue(QStringLiteral("operator/name"), QStringLiteral("lee"));
        gui::PromotionsTab *tab = fill(code, user, 500);
        const int keys = ledgerCount(QStringLiteral("promotion-key"), user);
        const int payouts = ledgerCount(QStringLiteral("payout"), user);
        gui::Dialogs::setNextAnswer(QMessageBox::Cancel);
        tab->payButton->click();
        QVERIFY(!gui::Dialogs::lastQuestion().contains(QStringLiteral("Another operator")));
        QCOMPARE(gui::Dialogs::lastAsked().choices.first().text, QStringLiteral("Pay"));

        m_f->settings.setValue(QStringLiteral("operator/name"), QStringLiteral("kim"));
        const qint64 keyCalls = m_sandbox->calls(QStringLiteral("/promotion/execute-promotion/get-key"));
        gui::Dialogs::setNextAnswer(QMessageBox::Cancel);
        tab->payButton->click();
        const gui::Dialogs::Question asked = gui::Dialogs::lastAsked();
        QVERIFY2(asked.text.startsWith(QStringLiteral("Another operator settled this in the last 24 hours:\nlee paid 300 points to this "
                                                      "user from this promotion at %1 (operation #%2).\n\n").arg(when).arg(*id)),
                 qPrintable(asked.text));
        QVERIFY(asked.text.contains(QStringLiteral("cannot be taken back"))); // the usual question follows
        QCOMPARE(asked.choices.first().text, QStringLiteral("Pay anyway"));
        QCOMPARE(asked.defaultAnswer, QMessageBox::Cancel);
        const std::unique_ptr<QMessageBox> box(gui::Dialogs::build(nullptr, asked));
        QCOMPARE(box->defaultButton()->property("answer").toInt(), int(QMessageBox::Cancel)); // Enter sends nothing
        QVERIFY(noKeyWasAskedFor(keyCalls));
        QCOMPARE(ledgerCount(QStringLiteral("promotion-key"), user), keys);

        // Chosen explicitly: paid once.
        gui::Dialogs::setNextAnswer(QMessageBox::Yes);
        tab->payButton->click();
        QTRY_COMPARE_WITH_TIMEOUT(ledgerCount(QStringLiteral("payout"), user), payouts + 1, 20000);
        QVERIFY(m_sandbox->advanceClock(1)); // past the sandbox's PENDING second (its clock stands still since an earlier case)
        QTRY_VERIFY2_WITH_TIMEOUT(tab->resultLabel->text().contains(QStringLiteral("SUCCESS")), qPrintable(tab->errorLabel->text()), 30000);
        QCOMPARE(ledgerCount(QStringLiteral("payout"), user), payouts + 1);
        m_f->settings.remove(QStringLiteral("operator/name"));
    }

    void activityReconcilesAPayoutAndFiltersByDate()
    {
        gui::PromotionsTab *tab = fill(QStringLiteral("TEST_DEMO_PROMO"), 443731105, 100);
        m_sandbox->setFaults({{QStringLiteral("applyThenDrop"), 1},
                              {QStringLiteral("applyThenDropPath"), QStringLiteral("/promotion/execute-promotion")}});
        gui::Dialogs::setNextAnswer(QMessageBox::Yes);
        tab->payButton->click();
        QVERIFY(gui::Dialogs::lastQuestion().contains(QStringLiteral("TEST payout")));
        waitIdle(tab);
        QTRY_VERIFY(tab->reconcileButton->isVisible());

        gui::ActivityTab *activity = m_window->activityTab();
        m_window->showTab(gui::MainWindow::Tab::Activity);
        activity->openOnlyBox->setChecked(true);
        QCOMPARE(activity->model->rowCount(), 1);
        QCOMPARE(activity->model->index(0, 1).data().toString(), QStringLiteral("Payout (test)"));
        QVERIFY(activity->reconcileButton->isEnabled());
        QVERIFY(m_sandbox->advanceClock(1)); // past the sandbox's PENDING second
        activity->reconcileButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(activity->messageLabel->text().contains(QStringLiteral("Reconciled")), 20000);
        QVERIFY(activity->messageLabel->text().contains(QStringLiteral("was applied")));
        QCOMPARE(activity->model->rowCount(), 0);
        activity->openOnlyBox->setChecked(false);
        const int all = activity->model->rowCount();
        QVERIFY(all >= 4);

        // Dates: every row is from today (the fixture's clock); yesterday shows none.
        activity->datesBox->setChecked(true);
        QCOMPARE(activity->model->rowCount(), all);
        const QDate today = QDate::currentDate();
        activity->fromDate->setDate(today.addDays(-2));
        activity->toDate->setDate(today.addDays(-1));
        QCOMPARE(activity->model->rowCount(), 0);
        activity->toDate->setDate(today);
        QCOMPARE(activity->model->rowCount(), all);
        activity->datesBox->setChecked(false);
    }

    void readOnlyProfilesCannotPay()
    {
        auto profile = m_f->profiles.profile(m_window->currentProfileId());
        profile->readOnly = true;
        QVERIFY(m_f->profiles.updateProfile(*profile));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->client(), 20000);
        gui::PromotionsTab *tab = fill(QStringLiteral("DEMO_PROMO"), 443731103, 100);
        QTRY_VERIFY(tab->payButton->toolTip().contains(QStringLiteral("read-only")));
        QVERIFY(!tab->payButton->isEnabled());
        QVERIFY(!m_window->paymentsTab()->testPaymentPanel()->payButton->isEnabled());
        profile->readOnly = false;
        QVERIFY(m_f->profiles.updateProfile(*profile));
    }
};

QTEST_MAIN(TestConsolePromotions)
#include "tst_console_promotions.moc"
