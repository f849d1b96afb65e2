#include "core/api/connectiontest.h"
#include "core/journal/journal.h"
#include "core/ops/payoutservice.h"
#include "core/ops/rawcallservice.h"
#include "core/ops/refundservice.h"
#include "support/sandboxprocess.h"

#include <QJsonArray>
#include <QtTest>

using namespace ait;
using ait::test::SandboxProcess;
using journal::Kind;
using journal::State;

// Raw partner calls (ait-cli call) and the connection test (ait-cli profiles test, the console's
// Test connection): the same client and rules as the typed calls, journaled as the operation they
// are when they move money, and settled by the same reconciliation.
class TestRawCall : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<api::PartnerClient> m_client;
    std::unique_ptr<journal::Journal> m_journal;
    std::unique_ptr<ops::RawCallService> m_raw;
    const ops::OperationContext m_who{QStringLiteral("p1"), QStringLiteral("Sandbox"), QStringLiteral("AA:BB"), QStringLiteral("dev-1")};

    static QString s(const char *text) { return QString::fromUtf8(text); }
    static QString path(const api::PartnerClient::Endpoint &e) { return QString::fromLatin1(e.path); }

    // Waits for one callback; nothing (and a failed check in the caller) if it never comes.
    template <typename T>
    static std::optional<T> wait(const std::function<void(std::function<void(const T &)>)> &start)
    {
        std::optional<T> outcome;
        start([&outcome](const T &o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000))
            return std::nullopt;
        return outcome;
    }

    std::optional<ops::RawCallOutcome> call(const api::PartnerClient::Endpoint &endpoint, const QJsonObject &body,
                                            const api::PartnerClient::Headers &headers = {{"x-toss-user-key", "443731103"}})
    {
        return wait<ops::RawCallOutcome>([&](auto done) { m_raw->call(*m_client, m_who, {path(endpoint), body, headers}, nullptr, done); });
    }

    int ledgerCount(const QString &kind, const QString &field, const QString &value)
    {
        int n = 0;
        for (const QJsonValue &e : m_sandbox->ledger(kind))
            n += e.toObject().value(field).toVariant().toString() == value;
        return n;
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        m_client = m_sandbox->client(true, false, 2000);
        m_journal = std::make_unique<journal::Journal>(m_dir.filePath(s("journal.sqlite")));
        QVERIFY(m_journal->open());
        m_raw = std::make_unique<ops::RawCallService>(*m_journal);
    }

    void cleanup()
    {
        m_sandbox->setFaults({{s("applyThenDrop"), 0}});
    }

    void theEndpointTableKnowsEveryPath()
    {
        QCOMPARE(api::PartnerClient::endpointFor(path(api::endpoints::RefundPayment)), &api::endpoints::RefundPayment);
        QVERIFY(!api::PartnerClient::endpointFor(s("/api-partner/v1/apps-in-toss/pay/refund")));
        QVERIFY(api::endpoints::RefundPayment.mayChange());
        QVERIFY(api::endpoints::PromotionGetKey.mayChange()); // obtains what pays: a change for raw calls
        QVERIFY(!api::endpoints::GetPaymentStatus.mayChange());
        QCOMPARE(api::endpoints::LoginMe.method(), QByteArray("GET"));
        for (const api::PartnerClient::Endpoint *e : api::endpoints::All)
            QCOMPARE(api::PartnerClient::endpointFor(path(*e)), e);
    }

    void journalRowsStandForTheOperation()
    {
        const api::PartnerClient::Headers user{{"X-Toss-User-Key", "443731104"}};
        const auto refund = ops::RawCallService::journalRowFor(path(api::endpoints::RefundPayment),
                                                               {{s("payToken"), s("pt-9")}, {s("reason"), s("r")}, {s("isTestPayment"), true}},
                                                               user, m_who);
        QVERIFY(refund);
        QCOMPARE(refund->kind, Kind::Refund);
        QCOMPARE(refund->idempotencyKey, s("pt-9"));
        QCOMPARE(refund->userKey, qint64(443731104));
        QVERIFY(refund->test);
        QCOMPARE(refund->operatorName, s("dev-1"));
        const auto payout = ops::RawCallService::journalRowFor(path(api::endpoints::ExecutePromotion),
                                                               {{s("promotionCode"), s("TEST_X")}, {s("key"), s("k1")}, {s("amount"), 30}}, user, m_who);
        QCOMPARE(payout->kind, Kind::Payout);
        QCOMPARE(payout->idempotencyKey, s("k1"));
        QCOMPARE(payout->amount, qint64(30));
        QVERIFY(payout->test);
        QCOMPARE(ops::RawCallService::journalRowFor(path(api::endpoints::SendMessage), {{s("templateSetCode"), s("t")}}, user, m_who)->kind,
                 Kind::Message);
        QCOMPARE(ops::RawCallService::journalRowFor(path(api::endpoints::MakePayment), {{s("orderNo"), s("o-1")}}, user, m_who)->idempotencyKey,
                 s("o-1"));
        // Lookups, unlinks and promotion keys are not money.
        QVERIFY(!ops::RawCallService::journalRowFor(path(api::endpoints::GetPaymentStatus), {}, user, m_who));
        QVERIFY(!ops::RawCallService::journalRowFor(path(api::endpoints::RemoveByUserKey), {}, user, m_who));
        QVERIFY(!ops::RawCallService::journalRowFor(path(api::endpoints::PromotionGetKey), {}, user, m_who));
    }

    void anUnknownPathIsRefusedBeforeSending()
    {
        const qint64 calls = m_sandbox->calls(s("/api-partner"));
        const auto answer = wait<api::PartnerClient::RawAnswer>([&](auto done) {
            m_client->rawCall(s("/api-partner/v1/apps-in-toss/pay/refund"), {}, {}, nullptr, done);
        });
        QVERIFY(answer);
        QCOMPARE(answer->error.kind, api::ApiError::Kind::InvalidInput);
        QCOMPARE(m_sandbox->calls(s("/api-partner")), calls);
    }

    void aReadOnlyProfileIsRefusedInTheClient()
    {
        auto readOnly = m_sandbox->client(true, true);
        ops::RawCallService raw(*m_journal);
        const qint64 calls = m_sandbox->calls(s("/refund-payment"));
        const auto refused = wait<ops::RawCallOutcome>([&](auto done) {
            raw.call(*readOnly, m_who,
                     {path(api::endpoints::RefundPayment), {{s("payToken"), s("demo-pay-complete-2")}, {s("reason"), s("x")}, {s("isTestPayment"), true}},
                      {{"x-toss-user-key", "443731103"}}},
                     nullptr, done);
        });
        QVERIFY(refused);
        QCOMPARE(refused->answer.error.kind, api::ApiError::Kind::ReadOnly);
        QCOMPARE(refused->state, State::Failed); // on record as refused, never sent
        QCOMPARE(m_sandbox->calls(s("/refund-payment")), calls);
        const auto lookup = wait<api::PartnerClient::RawAnswer>([&](auto done) {
            readOnly->rawCall(path(api::endpoints::GetPaymentStatus), {{s("payToken"), s("demo-pay-complete-2")}, {s("isTestPayment"), true}},
                              {{"x-toss-user-key", "443731103"}}, nullptr, done);
        });
        QVERIFY(lookup && lookup->error.ok());
        QCOMPARE(lookup->payload.toObject().value(s("payToken")).toString(), s("demo-pay-complete-2"));
        QCOMPARE(lookup->record.httpStatus, 200);
    }

    void aRawRefundIsJournaledAndBlocksAnother()
    {
        const QJsonObject body{{s("payToken"), s("demo-pay-complete-1")}, {s("reason"), s("raw")}, {s("isTestPayment"), true}};
        const auto made = call(api::endpoints::RefundPayment, body);
        QVERIFY(made);
        QVERIFY2(made->answer.error.ok(), qPrintable(made->answer.error.message));
        const journal::Operation row = *m_journal->find(made->operationId);
        QCOMPARE(row.kind, Kind::Refund);
        QCOMPARE(row.state, State::Succeeded);
        QCOMPARE(row.payToken, s("demo-pay-complete-1"));
        QCOMPARE(ledgerCount(s("refund"), s("payToken"), s("demo-pay-complete-1")), 1);

        // An open refund of the same payment (from the console, say) blocks a raw one.
        journal::Operation open = ops::newOperation(Kind::Refund, m_who);
        open.payToken = s("demo-pay-complete-3");
        open.idempotencyKey = open.payToken;
        const auto openId = m_journal->recordIntent(open);
        QVERIFY(openId);
        const qint64 calls = m_sandbox->calls(s("/refund-payment"));
        const auto blocked = call(api::endpoints::RefundPayment, {{s("payToken"), s("demo-pay-complete-3")}, {s("reason"), s("raw")}, {s("isTestPayment"), true}});
        QCOMPARE(blocked->answer.error.kind, api::ApiError::Kind::AlreadyInProgress);
        QCOMPARE(blocked->operationId, *openId);
        QCOMPARE(m_sandbox->calls(s("/refund-payment")), calls);
    }

    void aLostRawRefundIsUnknownAndReconciledByTheService()
    {
        m_sandbox->setFaults({{s("applyThenDrop"), 1}, {s("applyThenDropPath"), s("refund-payment")}});
        const auto lost = call(api::endpoints::RefundPayment, {{s("payToken"), s("demo-pay-complete-2")}, {s("reason"), s("raw")}, {s("isTestPayment"), true}});
        QVERIFY(lost);
        QCOMPARE(lost->answer.error.kind, api::ApiError::Kind::OutcomeUnknown);
        QCOMPARE(lost->state, State::Unknown);
        ops::RefundService refunds(*m_journal);
        const auto reconciled = wait<ops::RefundOutcome>([&](auto done) { refunds.reconcile(*m_client, lost->operationId, nullptr, done); });
        QCOMPARE(reconciled->state, State::Reconciled);
        QVERIFY(reconciled->applied);
        QCOMPARE(ledgerCount(s("refund"), s("payToken"), s("demo-pay-complete-2")), 1);
    }

    void aRawPayoutStaysOpenUntilItsResultIsKnown()
    {
        const auto key = wait<api::Result<QString>>([&](auto done) { m_client->getPromotionKey(900000301, nullptr, done); });
        QVERIFY(key && key->ok());
        const auto paid = call(api::endpoints::ExecutePromotion,
                               {{s("promotionCode"), s("DEMO_PROMO")}, {s("key"), *key->value}, {s("amount"), 40}},
                               {{"x-toss-user-key", "900000301"}});
        QVERIFY(paid);
        QVERIFY(paid->answer.error.ok());
        QCOMPARE(paid->state, State::Unknown); // accepted is not paid: execution-result says
        QCOMPARE(m_journal->find(paid->operationId)->idempotencyKey, *key->value);
        QVERIFY(m_sandbox->advanceClock(2)); // past the PENDING second
        ops::PayoutService payouts(*m_journal);
        const auto reconciled = wait<ops::PayoutOutcome>([&](auto done) { payouts.reconcile(*m_client, paid->operationId, nullptr, done); });
        QCOMPARE(reconciled->state, State::Reconciled);
        QVERIFY(reconciled->applied);
        QCOMPARE(ledgerCount(s("payout"), s("key"), *key->value), 1);
        // Without the key there is nothing to find the payout by: refused before sending.
        const auto noKey = call(api::endpoints::ExecutePromotion, {{s("promotionCode"), s("DEMO_PROMO")}, {s("amount"), 40}},
                                {{"x-toss-user-key", "900000302"}});
        QCOMPARE(noKey->answer.error.kind, api::ApiError::Kind::InvalidInput);
        QCOMPARE(noKey->operationId, 0);
    }

    void theConnectionTestShowsTheHandshake()
    {
        const auto evidence = wait<api::ConnectionEvidence>([&](auto done) { api::testConnection(*m_client, nullptr, done); });
        QVERIFY(evidence);
        QVERIFY(evidence->ok());
        QVERIFY(evidence->certificatePresented);
        QVERIFY(evidence->certificateAccepted);
        QVERIFY(evidence->newConnection); // idle connections were dropped first
        QVERIFY(evidence->handshakeMs >= 0);
        QVERIFY(evidence->tlsProtocol.startsWith(s("TLS 1.")));
        QVERIFY(!evidence->cipher.isEmpty());
        QVERIFY(!evidence->serverChain.isEmpty());
        QCOMPARE(evidence->clientFingerprint, m_client->identityFingerprint());
        QVERIFY(evidence->error.ok());

        // No certificate loaded: nothing to present, and the evidence says so (a certificate the emulator
        // refuses in the handshake: tst_cli_commands).
        auto anonymous = m_sandbox->client(false);
        const auto refused = wait<api::ConnectionEvidence>([&](auto done) { api::testConnection(*anonymous, nullptr, done); });
        QVERIFY(refused);
        QVERIFY(!refused->ok());
        QVERIFY(!refused->certificateAccepted);
        QVERIFY(!refused->error.ok());
    }
};

QTEST_GUILESS_MAIN(TestRawCall)
#include "tst_rawcall.moc"
