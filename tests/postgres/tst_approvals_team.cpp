// Four-eyes in the console's windows (issue 15), two consoles on one team journal and the partner
// emulator: Promotions offers "Ask for approval" after the core's refusal; the Approvals panel lets
// only another role approve or reject (with a reason), counts what awaits this operator on its tab,
// and sends an approved payout once — the emulator's ledger agrees.
#include "core/api/profilesession.h"
#include "core/journal/journal.h"
#include "core/ops/moneyservices.h"
#include "gui/approvaloffer.h"
#include "gui/approvalspanel.h"
#include "gui/dialogs.h"
#include "gui/mainwindow.h"
#include "gui/paymentstab.h"
#include "gui/promotionstab.h"
#include "support/guifixture.h"
#include "support/postgresprocess.h"
#include "support/sandboxconsole.h"
#include "support/sandboxprocess.h"

#include <QJsonArray>
#include <QCheckBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace ait;
using journal::ApprovalState;

class TestApprovalsTeam : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::PostgresProcess> m_pg;
    std::unique_ptr<test::SandboxProcess> m_sandbox;

    journal::TeamDatabase team(const QString &user) const
    {
        journal::TeamDatabase t;
        t.host = m_pg->host();
        t.port = m_pg->port();
        t.database = QStringLiteral("approvals");
        t.user = user;
        t.tls = false; // loopback
        return t;
    }

    // One operator's console: its own settings, keychain, profiles and team-journal connection.
    struct Console
    {
        test::GuiFixture f;
        journal::Journal journal;
        ops::MoneyServices money{journal, f.clock};
        gui::AppContext context{f.settings, f.secrets, f.profiles, f.clock, journal, money};
        Console(const journal::TeamDatabase &db, const QString &password) : journal(db, password) {}
    };

    std::unique_ptr<Console> console(const QString &role)
    {
        auto c = std::make_unique<Console>(team(role), role + QStringLiteral("-pw"));
        return c->journal.open() ? std::move(c) : nullptr;
    }

    static ops::OperationContext who(const QString &name)
    {
        ops::OperationContext c;
        c.profileId = QStringLiteral("sandbox");
        c.profileName = QStringLiteral("Sandbox");
        c.operatorName = name;
        c.approvalAbove = 1000;
        return c;
    }

    int paidTo(qint64 userKey, const QString &code)
    {
        int n = 0;
        for (const QJsonValue &v : m_sandbox->ledger(QStringLiteral("payout"))) {
            const QJsonObject o = v.toObject();
            n += o.value(QStringLiteral("userKey")).toInteger() == userKey && o.value(QStringLiteral("promotionCode")).toString() == code;
        }
        return n;
    }

    // A sandbox profile in this console whose refunds and payouts above 1,000 need approval, and
    // its session once the client is ready.
    std::unique_ptr<api::ProfileSession> sandboxSession(Console &c)
    {
        QString profileId;
        if (!test::addSandboxProfile(c.f, *m_sandbox, QStringLiteral("Sandbox"), &profileId).isEmpty())
            return nullptr;
        auto profile = c.f.profiles.profile(profileId);
        profile->approvalAbove = 1000;
        if (!c.f.profiles.updateProfile(*profile))
            return nullptr;
        auto session = std::make_unique<api::ProfileSession>(c.f.profiles, profileId);
        session->start();
        return session;
    }

    int refunded(const QString &payToken)
    {
        int n = 0;
        for (const QJsonValue &v : m_sandbox->ledger(QStringLiteral("refund")))
            n += v.toObject().value(QStringLiteral("payToken")).toString() == payToken;
        return n;
    }

    static int rowOf(const gui::ApprovalsPanel &panel, qint64 id)
    {
        for (int row = 0; row < panel.table->rowCount(); ++row)
            if (panel.table->item(row, gui::ApprovalsPanel::Id)->text() == QString::number(id))
                return row;
        return -1;
    }

private slots:
    void initTestCase()
    {
        m_pg = std::make_unique<test::PostgresProcess>();
        QVERIFY2(m_pg->isReady(), qPrintable(m_pg->error()));
        m_sandbox = std::make_unique<test::SandboxProcess>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        QCOMPARE(m_pg->psql(QStringLiteral("CREATE DATABASE approvals")), QString());
        journal::Journal owner(team(m_pg->superuser()), m_pg->superuserPassword());
        QVERIFY(owner.open());
        QCOMPARE(m_pg->psql(QStringLiteral("CREATE ROLE ait_operator NOLOGIN;"
                                           "GRANT CONNECT ON DATABASE approvals TO ait_operator;"
                                           "GRANT USAGE ON SCHEMA public TO ait_operator;"
                                           "GRANT SELECT, INSERT, UPDATE ON operations, batches, superseded_keys, approvals TO ait_operator;"
                                           "GRANT SELECT, INSERT ON events, imports TO ait_operator;"
                                           "GRANT SELECT ON schema_version, meta TO ait_operator;"
                                           "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ait_operator;"
                                           "CREATE ROLE ann LOGIN PASSWORD 'ann-pw' IN ROLE ait_operator;"
                                           "CREATE ROLE bob LOGIN PASSWORD 'bob-pw' IN ROLE ait_operator;"),
                              QStringLiteral("approvals")),
                 QString());
    }

    void othersRequestsCanBeDecidedOwnCannot()
    {
        auto ann = console(QStringLiteral("ann"));
        auto bob = console(QStringLiteral("bob"));
        QVERIFY(ann && bob);
        api::ApiError error;
        const auto annAsked = ann->money.payouts().requestApproval(who(QStringLiteral("ann")), {443731201, QStringLiteral("DEMO_PROMO"), 2000}, &error);
        QVERIFY2(annAsked, qPrintable(error.message));
        const auto bobAsked = bob->money.payouts().requestApproval(who(QStringLiteral("bob")), {443731202, QStringLiteral("DEMO_PROMO"), 3000}, &error);
        QVERIFY2(bobAsked, qPrintable(error.message));

        gui::ApprovalsPanel panel(bob->context);
        QVERIFY(panel.teamOnlyLabel->isHidden());
        const int annRow = rowOf(panel, *annAsked), bobRow = rowOf(panel, *bobAsked);
        QVERIFY(annRow >= 0 && bobRow >= 0);
        QCOMPARE(panel.table->item(annRow, gui::ApprovalsPanel::Requester)->text(), QStringLiteral("ann"));
        QVERIFY(panel.table->item(annRow, gui::ApprovalsPanel::Target)->text().contains(QStringLiteral("443731201")));
        QCOMPARE(panel.awaitingOthers(), 1); // ann's: bob's own does not wait for bob

        QVERIFY(panel.select(*annAsked));
        QVERIFY(panel.approveButton->isEnabled());
        QVERIFY(panel.select(*bobAsked));
        QVERIFY(!panel.approveButton->isEnabled());
        QVERIFY(!panel.rejectButton->isEnabled());
        QVERIFY(panel.approveButton->toolTip().contains(QStringLiteral("another operator")));
        panel.approveButton->click(); // disabled: nothing happens
        QCOMPARE(bob->journal.approval(*bobAsked)->state, ApprovalState::Awaiting);

        // The tab's title counts it, and follows another console's new request by itself (NOTIFY).
        gui::MainWindow window(bob->context);
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        const int index = tabs->indexOf(window.approvalsPanel());
        QVERIFY(index >= 0);
        QCOMPARE(tabs->tabText(index), QStringLiteral("Approvals (1)"));
        QVERIFY(ann->money.payouts().requestApproval(who(QStringLiteral("ann")), {443731203, QStringLiteral("DEMO_PROMO"), 4000}, &error));
        QTRY_COMPARE_WITH_TIMEOUT(tabs->tabText(index), QStringLiteral("Approvals (2)"), 10000);
    }

    void aRejectionNeedsAReason()
    {
        auto ann = console(QStringLiteral("ann"));
        auto bob = console(QStringLiteral("bob"));
        QVERIFY(ann && bob);
        api::ApiError error;
        const auto asked = ann->money.payouts().requestApproval(who(QStringLiteral("ann")), {443731204, QStringLiteral("DEMO_PROMO"), 5000}, &error);
        QVERIFY2(asked, qPrintable(error.message));
        gui::ApprovalsPanel panel(bob->context);
        QVERIFY(panel.select(*asked));
        QVERIFY(panel.approveButton->isEnabled());
        QVERIFY(!panel.rejectButton->isEnabled()); // no reason typed yet
        panel.reasonEdit->setText(QStringLiteral("   "));
        QVERIFY(!panel.rejectButton->isEnabled());
        panel.rejectButton->click();
        QCOMPARE(bob->journal.approval(*asked)->state, ApprovalState::Awaiting);
        panel.reasonEdit->setText(QStringLiteral("budget spent"));
        QVERIFY(panel.rejectButton->isEnabled());
        panel.rejectButton->click();
        const auto decided = bob->journal.approval(*asked);
        QCOMPARE(decided->state, ApprovalState::Rejected);
        QCOMPARE(decided->reason, QStringLiteral("budget spent"));
        QCOMPARE(decided->decidedBy, QStringLiteral("bob"));
        QVERIFY(panel.select(*asked));
        QVERIFY(!panel.sendButton->isEnabled()); // a rejection is never sendable
        QCOMPARE(paidTo(443731204, QStringLiteral("DEMO_PROMO")), 0);
    }

    // From the Promotions tab's refusal to the payout: asked for, approved by bob, sent by ann once.
    void approvedThenSentPaysOnce()
    {
        auto ann = console(QStringLiteral("ann"));
        auto bob = console(QStringLiteral("bob"));
        QVERIFY(ann && bob);
        QString profileId;
        const QString problem = test::addSandboxProfile(ann->f, *m_sandbox, QStringLiteral("Sandbox"), &profileId);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto profile = ann->f.profiles.profile(profileId);
        profile->approvalAbove = 1000;
        QVERIFY(ann->f.profiles.updateProfile(*profile));
        api::ProfileSession session(ann->f.profiles, profileId);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(session.client(), 20000);

        const qint64 user = 443731104; // a user the emulator knows
        const QString code = QStringLiteral("DEMO_PROMO");
        ann->money.payouts().setPolling({100, 400, 20});
        gui::PromotionsTab tab(ann->context);
        tab.setSession(&session);
        tab.codeEdit->setText(code);
        tab.userKeyEdit->setText(QString::number(user));
        tab.amountSpin->setValue(2000);
        QVERIFY(tab.approvalOffer->isHidden());
        QTRY_VERIFY(tab.payButton->isEnabled());
        gui::Dialogs::setNextAnswer(QMessageBox::Yes);
        tab.payButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(!tab.approvalOffer->isHidden(), 10000); // refused in core: approval required
        QVERIFY(!tab.approvalOffer->askButton->isHidden());
        QCOMPARE(paidTo(user, code), 0);
        tab.approvalOffer->askButton->click();
        const QString said = tab.approvalOffer->statusLabel->text();
        QVERIFY2(said.contains(QStringLiteral("waiting for another operator's approval. Nothing was sent.")), qPrintable(said));
        const QList<journal::Approval> awaiting = ann->journal.approvals(ApprovalState::Awaiting);
        std::optional<qint64> asked;
        for (const journal::Approval &a : awaiting)
            if (ops::PayoutService::requestOf(a) && ops::PayoutService::requestOf(a)->userKey == user)
                asked = a.id;
        QVERIFY(asked);
        QVERIFY(said.contains(QStringLiteral("#%1 ").arg(*asked)));
        QVERIFY(tab.approvalOffer->askButton->isHidden()); // asked once

        gui::ApprovalsPanel annPanel(ann->context);
        annPanel.setSession(&session);
        QVERIFY(annPanel.select(*asked));
        QVERIFY(!annPanel.approveButton->isEnabled()); // her own
        QVERIFY(!annPanel.sendButton->isEnabled());    // not approved yet

        gui::ApprovalsPanel bobPanel(bob->context);
        QVERIFY(bobPanel.select(*asked));
        bobPanel.approveButton->click(); // the reason is optional for an approval
        QCOMPARE(bob->journal.approval(*asked)->state, ApprovalState::Approved);

        // Ann's panel learns it from the database's notification, then sends it.
        QTRY_VERIFY_WITH_TIMEOUT(annPanel.select(*asked) && annPanel.sendButton->isEnabled(), 10000);
        gui::Dialogs::setNextAnswer(QMessageBox::Yes);
        annPanel.sendButton->click();
        QTRY_VERIFY2_WITH_TIMEOUT(annPanel.statusLabel->text().contains(QStringLiteral("sent and applied")),
                                  qPrintable(annPanel.statusLabel->text()), 30000);
        QCOMPARE(paidTo(user, code), 1);
        const auto sent = ann->journal.approval(*asked);
        QCOMPARE(sent->state, ApprovalState::Sent);
        QVERIFY(sent->operationId > 0);
        QVERIFY(annPanel.select(*asked));
        QVERIFY(!annPanel.sendButton->isEnabled()); // spent: Send now is gone
        QCOMPARE(paidTo(user, code), 1);
    }

    // A refund asked for in Payments, approved and sent from the approver's console: refunded once.
    void aRefundAskedForIsSentFromTheApproversConsole()
    {
        auto ann = console(QStringLiteral("ann"));
        auto bob = console(QStringLiteral("bob"));
        QVERIFY(ann && bob);
        const auto annSession = sandboxSession(*ann);
        const auto bobSession = sandboxSession(*bob);
        QVERIFY(annSession && bobSession);
        QTRY_VERIFY_WITH_TIMEOUT(annSession->client() && bobSession->client(), 20000);
        const QString payToken = QStringLiteral("demo-pay-complete-1"); // 10,000 won: above 1,000

        gui::PaymentsTab tab(ann->context);
        tab.setSession(annSession.get());
        tab.userKeyEdit->setText(QStringLiteral("443731103"));
        tab.payTokenEdit->setText(payToken);
        tab.testPaymentBox->setChecked(false); // a test payment's refund needs no approval
        tab.lookupButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(tab.statusLabel->text().contains(QStringLiteral("Status: paid")), 20000);
        tab.reasonEdit->setText(QStringLiteral("고객 요청"));
        QTRY_VERIFY(tab.refundButton->isEnabled());
        gui::Dialogs::setNextAnswer(QMessageBox::Yes);
        tab.refundButton->click(); // fresh lookup, confirmation, then the core's refusal
        QTRY_VERIFY_WITH_TIMEOUT(!tab.approvalOffer->askButton->isHidden(), 20000);
        QCOMPARE(refunded(payToken), 0);
        tab.approvalOffer->askButton->click();
        QVERIFY2(tab.approvalOffer->statusLabel->text().contains(QStringLiteral("Nothing was sent.")),
                 qPrintable(tab.approvalOffer->statusLabel->text()));
        std::optional<journal::Approval> asked;
        for (const journal::Approval &a : ann->journal.approvals(ApprovalState::Awaiting))
            if (const auto r = ops::RefundService::requestOf(a); r && r->payToken == payToken)
                asked = a;
        QVERIFY(asked);
        QCOMPARE(asked->amount, 10000); // the fresh lookup's refundable amount
        QCOMPARE(asked->requester, QStringLiteral("ann"));

        gui::ApprovalsPanel bobPanel(bob->context);
        bobPanel.setSession(bobSession.get());
        QVERIFY(bobPanel.select(asked->id));
        QVERIFY(!bobPanel.sendButton->isEnabled()); // awaiting: nothing to send yet
        bobPanel.reasonEdit->setText(QStringLiteral("checked with the customer"));
        bobPanel.approveButton->click();
        QVERIFY(bobPanel.select(asked->id));
        QVERIFY(bobPanel.sendButton->isEnabled());
        gui::Dialogs::setNextAnswer(QMessageBox::Yes);
        bobPanel.sendButton->click();
        QTRY_VERIFY2_WITH_TIMEOUT(bobPanel.statusLabel->text().contains(QStringLiteral("sent and applied")),
                                  qPrintable(bobPanel.statusLabel->text()), 30000);
        QCOMPARE(refunded(payToken), 1);
        QCOMPARE(bob->journal.approval(asked->id)->state, ApprovalState::Sent);
        QCOMPARE(bob->journal.approval(asked->id)->reason, QStringLiteral("checked with the customer"));
    }

    void onThisComputersJournalItSaysTeamOnly()
    {
        test::GuiFixture f;
        QVERIFY(f.journalOpen);
        gui::ApprovalsPanel panel(f.context);
        QVERIFY(!panel.teamOnlyLabel->isHidden());
        QVERIFY(panel.teamOnlyLabel->text().contains(QStringLiteral("team journal")));
        QCOMPARE(panel.table->rowCount(), 0);
        QCOMPARE(panel.awaitingOthers(), 0);
        QVERIFY(!panel.approveButton->isEnabled());
    }
};

QTEST_MAIN(TestApprovalsTeam)
#include "tst_approvals_team.moc"
