#include "core/api/profilesession.h"
#include "core/journal/journal.h"
#include "core/ops/moneyservices.h"
#include "gui/dialogs.h"
#include "gui/messagestab.h"
#include "gui/paymentstab.h"
#include "gui/promotionstab.h"
#include "support/guifixture.h"
#include "support/sandboxconsole.h"
#include "support/sandboxprocess.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using namespace ait;
using journal::State;

// Issue 11 item 7: the application's money services own every operation, so the window that started
// a refund, payout or message may close while it is in flight and the operation is still settled in
// the journal — checked against the emulator's ledger.
class TestMoneyOwner : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxProcess> m_sandbox;
    std::unique_ptr<test::GuiFixture> m_f;
    std::unique_ptr<api::ProfileSession> m_session;

    int ledger(const QString &kind, const QString &field, const QJsonValue &value)
    {
        int n = 0;
        for (const QJsonValue &e : m_sandbox->ledger(kind))
            n += e.toObject().value(field) == value;
        return n;
    }

    // The newest journal row, once it has left the in-flight states.
    journal::Operation settledNewest()
    {
        std::optional<journal::Operation> row;
        const bool settled = QTest::qWaitFor([&] {
            row = m_f->journal.find(m_f->journal.lastId());
            return row && row->state != State::Sent && row->state != State::Intent;
        }, 30000);
        if (!settled)
            return {};
        return *row;
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<test::SandboxProcess>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        m_f = std::make_unique<test::GuiFixture>();
        QVERIFY(m_f->journalOpen);
        QString profileId;
        const QString problem = test::addSandboxProfile(*m_f, *m_sandbox, QStringLiteral("Sandbox"), &profileId);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_session = std::make_unique<api::ProfileSession>(m_f->profiles, profileId);
        m_session->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->client(), 20000);
    }

    void cleanup()
    {
        m_sandbox->setFaults({{QStringLiteral("latencyMs"), 0}});
    }

    void aRefundIsSettledAfterItsTabIsGone()
    {
        auto *tab = new gui::PaymentsTab(m_f->context);
        tab->setSession(m_session.get());
        tab->userKeyEdit->setText(QStringLiteral("443731103"));
        tab->payTokenEdit->setText(QStringLiteral("demo-pay-complete-2"));
        tab->testPaymentBox->setChecked(true);
        tab->lookupButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(tab->statusLabel->text().contains(QStringLiteral("Status: paid")), 20000);
        tab->reasonEdit->setText(QStringLiteral("고객 요청"));
        QTRY_VERIFY(tab->refundButton->isEnabled());

        m_sandbox->setFaults({{QStringLiteral("latencyMs"), 1500}});
        gui::Dialogs::setNextAnswer(QMessageBox::Yes);
        tab->refundButton->click(); // fresh lookup (slow), then the confirmation, then the refund
        QTRY_VERIFY_WITH_TIMEOUT(tab->refundLabel->text().contains(QStringLiteral("Refunding")), 20000);
        const qint64 id = m_f->journal.lastId();
        QCOMPARE(m_f->journal.find(id)->state, State::Sent);
        delete tab; // the operator closed the window while the refund was on its way

        const journal::Operation row = settledNewest();
        QCOMPARE(row.id, id);
        QCOMPARE(row.state, State::Succeeded);
        QCOMPARE(ledger(QStringLiteral("refund"), QStringLiteral("payToken"), QStringLiteral("demo-pay-complete-2")), 1);
    }

    void aMessageIsSettledAfterItsTabIsGone()
    {
        auto *tab = new gui::MessagesTab(m_f->context);
        tab->setSession(m_session.get());
        tab->templateEdit->setText(QStringLiteral("demo-template"));
        tab->userKeyEdit->setText(QStringLiteral("443731104"));
        QTRY_VERIFY(tab->sendButton->isEnabled());
        const int before = ledger(QStringLiteral("message"), QStringLiteral("userKey"), 443731104);
        m_sandbox->setFaults({{QStringLiteral("latencyMs"), 1500}});
        gui::Dialogs::setNextAnswer(QMessageBox::Yes);
        tab->sendButton->click();
        const qint64 id = m_f->journal.lastId();
        QCOMPARE(m_f->journal.find(id)->state, State::Sent);
        delete tab;

        const journal::Operation row = settledNewest();
        QCOMPARE(row.id, id);
        QCOMPARE(row.state, State::Succeeded);
        QCOMPARE(ledger(QStringLiteral("message"), QStringLiteral("userKey"), 443731104), before + 1);
    }

    void aPayoutIsSettledAfterItsTabIsGone()
    {
        auto *tab = new gui::PromotionsTab(m_f->context);
        tab->setSession(m_session.get());
        tab->codeEdit->setText(QStringLiteral("DEMO_PROMO"));
        tab->userKeyEdit->setText(QStringLiteral("443731105"));
        tab->amountSpin->setValue(300);
        QTRY_VERIFY(tab->payButton->isEnabled());
        m_sandbox->setFaults({{QStringLiteral("latencyMs"), 800}});
        gui::Dialogs::setNextAnswer(QMessageBox::Yes);
        tab->payButton->click();
        const qint64 id = m_f->journal.lastId();
        QVERIFY(m_f->journal.find(id)->isOpen());
        delete tab;

        const journal::Operation row = settledNewest();
        QCOMPARE(row.id, id);
        QCOMPARE(row.state, State::Succeeded);
        QCOMPARE(ledger(QStringLiteral("payout"), QStringLiteral("key"), row.idempotencyKey), 1);
    }
};

QTEST_MAIN(TestMoneyOwner)
#include "tst_money_owner.moc"
