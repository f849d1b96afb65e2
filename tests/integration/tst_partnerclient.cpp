#include "core/api/logindecryptor.h"
#include "core/api/partnerclient.h"
#include "core/tls/materialloader.h"
#include "support/sandboxprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QtTest>

using namespace ait;
using namespace ait::api;
using ait::test::awaitCall;
using K = ApiError::Kind;

// Every endpoint against ait-sandbox over loopback mutual TLS, success and failure paths.
class TestPartnerClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxProcess> m_sandbox;
    std::unique_ptr<PartnerClient> m_client;
    QList<CallRecord> m_records;
    static constexpr qint64 User = 443731103;

    PartnerClient &c() { return *m_client; }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<test::SandboxProcess>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        m_client = m_sandbox->client();
        connect(m_client.get(), &PartnerClient::callFinished, this, [this](const CallRecord &r) { m_records << r; });
    }

    void login()
    {
        auto tokens = awaitCall<Tokens>([&](auto done) { c().generateToken(QStringLiteral("demo-code-1"), QStringLiteral("sandbox"), nullptr, done); });
        QVERIFY2(tokens.ok(), qPrintable(tokens.error.message + tokens.error.technicalDetail));
        QCOMPARE(tokens.value->tokenType, QStringLiteral("Bearer"));
        QCOMPARE(tokens.value->expiresIn, 3599);

        // One-time codes; the referrer goes through byte for byte (a changed casing is refused).
        auto reused = awaitCall<Tokens>([&](auto done) { c().generateToken(QStringLiteral("demo-code-1"), QStringLiteral("sandbox"), nullptr, done); });
        QCOMPARE(reused.error.kind, K::InvalidGrant);
        auto casing = awaitCall<Tokens>([&](auto done) { c().generateToken(QStringLiteral("demo-code-2"), QStringLiteral("SANDBOX"), nullptr, done); });
        QCOMPARE(casing.error.kind, K::InvalidGrant);
        QVERIFY(m_records.last().requestBody.contains("\"referrer\":\"SANDBOX\""));

        auto refreshed = awaitCall<Tokens>([&](auto done) { c().refreshToken(tokens.value->refreshToken, nullptr, done); });
        QVERIFY(refreshed.ok());
        auto spent = awaitCall<Tokens>([&](auto done) { c().refreshToken(tokens.value->refreshToken, nullptr, done); });
        QCOMPARE(spent.error.kind, K::InvalidGrant);

        auto me = awaitCall<LoginMe>([&](auto done) { c().loginMe(refreshed.value->accessToken, nullptr, done); });
        QVERIFY(me.ok());
        QCOMPARE(me.value->userKey, User);
        QVERIFY(me.value->encryptedFields.contains(QStringLiteral("name")));

        const QByteArray key = QByteArray::fromBase64(readFile(m_sandbox->file("decryption_key_file")));
        const QByteArray aad = readFile(m_sandbox->file("aad_file"));
        LoginDecryptor decryptor{tls::SecretBuffer(key), tls::SecretBuffer(aad)};
        const auto name = decryptor.decrypt(me.value->encryptedFields.value(QStringLiteral("name")));
        QVERIFY(name);
        QCOMPARE(QString::fromUtf8(name->data(), name->size()), QStringLiteral("홍길동"));
        LoginDecryptor wrongAad{tls::SecretBuffer(key), tls::SecretBuffer(QByteArrayView("TOSS"))};
        QVERIFY(!wrongAad.decrypt(me.value->encryptedFields.value(QStringLiteral("name"))));

        auto unlinked = awaitCall<qint64>([&](auto done) { c().removeByAccessToken(refreshed.value->accessToken, nullptr, done); });
        QCOMPARE(unlinked.value.value_or(0), User);
        auto after = awaitCall<LoginMe>([&](auto done) { c().loginMe(refreshed.value->accessToken, nullptr, done); });
        QCOMPARE(after.error.kind, K::InvalidGrant);

        auto byKey = awaitCall<qint64>([&](auto done) { c().removeByUserKey(443731104, QString(), nullptr, done); });
        QCOMPARE(byKey.value.value_or(0), 443731104);
        auto unknownUser = awaitCall<qint64>([&](auto done) { c().removeByUserKey(1, QString(), nullptr, done); });
        QCOMPARE(unknownUser.error.kind, K::Partner);
        QCOMPARE(unknownUser.error.partnerCode, QStringLiteral("USER_KEY_NOT_FOUND"));
        QVERIFY(!unknownUser.error.hint.isEmpty());

        QCOMPARE(awaitCall<bool>([&](auto done) { c().verifyAnonKey(QStringLiteral("anon-abc"), nullptr, done); }).value, std::optional<bool>(true));
        QCOMPARE(awaitCall<bool>([&](auto done) { c().verifyAnonKey(QStringLiteral("nope"), nullptr, done); }).error.partnerCode, QStringLiteral("401"));
    }

    void paymentsOnThePayHost()
    {
        auto status = awaitCall<PaymentStatus>([&](auto done) { c().getPaymentStatus(User, QStringLiteral("demo-pay-complete-1"), {}, true, nullptr, done); });
        QVERIFY2(status.ok(), qPrintable(status.error.message));
        QCOMPARE(status.value->payStatus, QStringLiteral("PAY_COMPLETE"));
        QCOMPARE(status.value->refundableAmount, 10000);
        QCOMPARE(status.value->transactions.size(), 1);
        QVERIFY(m_records.last().url.path().endsWith(QLatin1String("/pay/get-payment-status")));
        QCOMPARE(m_records.last().requestHeaders.first().first, QByteArray("x-toss-user-key"));

        auto byOrder = awaitCall<PaymentStatus>([&](auto done) { c().getPaymentStatus(User, {}, QStringLiteral("demo-order-1003"), true, nullptr, done); });
        QCOMPARE(byOrder.value->payToken, QStringLiteral("demo-pay-complete-3"));
        auto missing = awaitCall<PaymentStatus>([&](auto done) { c().getPaymentStatus(User, QStringLiteral("nope"), {}, true, nullptr, done); });
        QCOMPARE(missing.error.partnerCode, QStringLiteral("PAYMENT_NOT_FOUND"));
        QCOMPARE(missing.error.httpStatus, 404);

        PartnerClient::MakePayment make{QStringLiteral("it-order-1"), QStringLiteral("테스트 상품"), 1200, 0, true};
        auto token = awaitCall<QString>([&](auto done) { c().makePayment(User, make, nullptr, done); });
        QVERIFY(token.ok());
        auto executed = awaitCall<PaymentExecution>([&](auto done) { c().executePayment(User, *token.value, make.orderNo, true, nullptr, done); });
        QVERIFY(executed.ok());
        QCOMPARE(executed.value->amount, 1200);
        auto duplicate = awaitCall<QString>([&](auto done) { c().makePayment(User, make, nullptr, done); });
        QCOMPARE(duplicate.error.partnerCode, QStringLiteral("PAYMENT_EXISTING_PAYMENT"));

        auto refund = awaitCall<Refund>([&](auto done) { c().refundPayment(User, *token.value, QStringLiteral("고객 요청 (주문 취소)"), true, nullptr, done); });
        QVERIFY2(refund.ok(), qPrintable(refund.error.message + refund.error.partnerReason));
        QCOMPARE(refund.value->refundedAmount, 1200);
        auto again = awaitCall<Refund>([&](auto done) { c().refundPayment(User, *token.value, QStringLiteral("again"), true, nullptr, done); });
        QCOMPARE(again.error.partnerCode, QStringLiteral("NOT_REFUNDABLE_PAYMENT"));
        QCOMPARE(m_sandbox->ledger(QStringLiteral("refund")).size(), 1);

        // An invalid reason never leaves the console.
        const int before = int(m_records.size());
        auto badReason = awaitCall<Refund>([&](auto done) { c().refundPayment(User, QStringLiteral("demo-pay-complete-3"), QStringLiteral("bad \"quote\""), true, nullptr, done); });
        QCOMPARE(badReason.error.kind, K::InvalidInput);
        QCOMPARE(int(m_records.size()), before);
        QVERIFY(!PartnerClient::isValidRefundReason(QString(56, QLatin1Char('a'))));
        QVERIFY(PartnerClient::isValidRefundReason(QString(55, QChar(0xAC00)))); // 55 × '가'
    }

    void inAppOrders_data()
    {
        QTest::addColumn<QString>("orderId");
        QTest::addColumn<QString>("status");
        for (const char *s : {"PURCHASED", "PAYMENT_COMPLETED", "FAILED", "REFUNDED", "ORDER_IN_PROGRESS", "MINIAPP_MISMATCH", "ERROR"})
            QTest::newRow(s) << QStringLiteral("demo-order-") + QString::fromLatin1(s).toLower().replace(u'_', u'-') << QString::fromLatin1(s);
        QTest::newRow("unknown") << "no-such-order" << "NOT_FOUND";
    }

    void inAppOrders()
    {
        QFETCH(QString, orderId);
        QFETCH(QString, status);
        auto order = awaitCall<OrderStatus>([&](auto done) { c().getOrderStatus(orderId, User, nullptr, done); });
        QVERIFY(order.ok());
        QCOMPARE(order.value->status, status);
    }

    void messages()
    {
        const QJsonObject context{{QStringLiteral("productName"), QStringLiteral("커피")}};
        auto test = awaitCall<MessageResult>([&](auto done) { c().sendTestMessage(User, QStringLiteral("demo-template"), QStringLiteral("0f6b2c1e-1111-2222-3333-444455556666"), context, nullptr, done); });
        QVERIFY(test.ok());
        auto sent = awaitCall<MessageResult>([&](auto done) { c().sendMessage(User, QStringLiteral("demo-template"), context, nullptr, done); });
        QVERIFY(sent.ok());
        QCOMPARE(sent.value->sentPushCount, 1);
        QVERIFY(sent.value->delivered());

        auto optedOut = awaitCall<MessageResult>([&](auto done) { c().sendMessage(443731105, QStringLiteral("demo-template"), context, nullptr, done); });
        QVERIFY(optedOut.ok());
        QCOMPARE(optedOut.value->sentPushCount, 0);
        QCOMPARE(optedOut.value->failures.size(), 1);
        QCOMPARE(optedOut.value->failures.first().reason, QStringLiteral("PUSH_AGREEMENT_REJECTED"));

        auto unapproved = awaitCall<MessageResult>([&](auto done) { c().sendMessage(User, QStringLiteral("unapproved-template"), context, nullptr, done); });
        QCOMPARE(unapproved.error.partnerCode, QStringLiteral("5004"));
        QVERIFY(unapproved.error.hint.contains(QStringLiteral("approved")));

        auto bulk = awaitCall<MessageResult>([&](auto done) {
            c().sendBulkMessage(QStringLiteral("demo-template"), {{User, context}, {443731104, context}, {443731105, context}}, nullptr, done);
        });
        QVERIFY(bulk.ok());
        QCOMPARE(bulk.value->sentPushCount, 2);
        QCOMPARE(bulk.value->failures.size(), 1);

        // 10 per minute per user: the 11th within the minute is refused.
        int refused = 0;
        for (int i = 0; i < 10; ++i) {
            auto r = awaitCall<MessageResult>([&](auto done) { c().sendMessage(443731104, QStringLiteral("demo-template"), context, nullptr, done); });
            refused += r.error.kind == K::RateLimited;
        }
        QCOMPARE(refused, 0);
        auto limited = awaitCall<MessageResult>([&](auto done) { c().sendMessage(443731104, QStringLiteral("demo-template"), context, nullptr, done); });
        QCOMPARE(limited.error.kind, K::RateLimited);
    }

    void promotions()
    {
        auto key = awaitCall<QString>([&](auto done) { c().getPromotionKey(User, nullptr, done); });
        QVERIFY(key.ok());
        QCOMPARE(QByteArray::fromBase64(key.value->toLatin1()).size(), 32);
        auto paid = awaitCall<QString>([&](auto done) { c().executePromotion(User, QStringLiteral("DEMO_PROMO"), *key.value, 1000, nullptr, done); });
        QVERIFY(paid.ok());
        auto pending = awaitCall<PromotionOutcome>([&](auto done) { c().getPromotionResult(User, QStringLiteral("DEMO_PROMO"), *key.value, nullptr, done); });
        QCOMPARE(pending.value, std::optional<PromotionOutcome>(PromotionOutcome::Pending));
        QVERIFY(m_sandbox->advanceClock(1)); // past the sandbox's PENDING second
        auto success = awaitCall<PromotionOutcome>([&](auto done) { c().getPromotionResult(User, QStringLiteral("DEMO_PROMO"), *key.value, nullptr, done); });
        QCOMPARE(success.value, std::optional<PromotionOutcome>(PromotionOutcome::Success));

        auto reused = awaitCall<QString>([&](auto done) { c().executePromotion(User, QStringLiteral("DEMO_PROMO"), *key.value, 1000, nullptr, done); });
        QCOMPARE(reused.error.partnerCode, QStringLiteral("4113"));
        QCOMPARE(m_sandbox->ledger(QStringLiteral("payout")).size(), 1);

        const QList<std::pair<QString, qint64>> refusals{{QStringLiteral("NO_SUCH_PROMO"), 100}, {QStringLiteral("ENDED_PROMO"), 100},
                                                         {QStringLiteral("SMALL_BUDGET_PROMO"), 1000}, {QStringLiteral("DEMO_PROMO"), 9000}};
        const QStringList codes{QStringLiteral("4100"), QStringLiteral("4109"), QStringLiteral("4112"), QStringLiteral("4114")};
        for (int i = 0; i < refusals.size(); ++i) {
            auto k = awaitCall<QString>([&](auto done) { c().getPromotionKey(443731104, nullptr, done); });
            QVERIFY(k.ok());
            auto r = awaitCall<QString>([&](auto done) { c().executePromotion(443731104, refusals[i].first, *k.value, refusals[i].second, nullptr, done); });
            QCOMPARE(r.error.partnerCode, codes[i]);
            QVERIFY(!ApiError::explainPartnerCode(codes[i]).isEmpty());
        }
        auto noRecord = awaitCall<PromotionOutcome>([&](auto done) { c().getPromotionResult(User, QStringLiteral("DEMO_PROMO"), QStringLiteral("bm9wZQ=="), nullptr, done); });
        QCOMPARE(noRecord.error.partnerCode, QStringLiteral("4111"));
    }

    void readOnlyProfileIsRefusedInCore()
    {
        auto readOnly = m_sandbox->client(true, true);
        const int refundsBefore = int(m_sandbox->ledger(QStringLiteral("refund")).size());
        auto refund = awaitCall<Refund>([&](auto done) { readOnly->refundPayment(User, QStringLiteral("demo-pay-complete-3"), QStringLiteral("test"), true, nullptr, done); });
        QCOMPARE(refund.error.kind, K::ReadOnly);
        auto payout = awaitCall<QString>([&](auto done) { readOnly->getPromotionKey(User, nullptr, done); });
        QCOMPARE(payout.error.kind, K::ReadOnly);
        auto message = awaitCall<MessageResult>([&](auto done) { readOnly->sendMessage(User, QStringLiteral("demo-template"), {}, nullptr, done); });
        QCOMPARE(message.error.kind, K::ReadOnly);
        QCOMPARE(int(m_sandbox->ledger(QStringLiteral("refund")).size()), refundsBefore);
        // Lookups still work.
        QVERIFY(awaitCall<PaymentStatus>([&](auto done) { readOnly->getPaymentStatus(User, QStringLiteral("demo-pay-complete-3"), {}, true, nullptr, done); }).ok());
    }

    // The record says which connection a call used, from what happened: its own handshake, one kept
    // from an earlier call, or none at all.
    void theConnectionIsWhatHappened()
    {
        // A fresh client: the first call makes its own handshake.
        std::unique_ptr<PartnerClient> fresh = m_sandbox->client();
        QList<CallRecord> records;
        connect(fresh.get(), &PartnerClient::callFinished, this, [&records](const CallRecord &r) { records << r; });
        QVERIFY(awaitCall<PaymentStatus>([&](auto done) { fresh->getPaymentStatus(User, QStringLiteral("demo-pay-complete-3"), {}, true, nullptr, done); }).ok());
        QCOMPARE(records.last().connection, CallRecord::Connection::New);
        QVERIFY(records.last().handshakeMs >= 0);

        // Applied, then the connection dropped: sent on the kept connection, not a connection of its own.
        m_sandbox->setFaults({{QStringLiteral("applyThenDrop"), 1}, {QStringLiteral("applyThenDropPath"), QStringLiteral("/pay/make-payment")}});
        const auto dropped = awaitCall<QString>([&](auto done) {
            fresh->makePayment(User, {QStringLiteral("connection-order-1"), QStringLiteral("상품"), 1000, 0, true}, nullptr, done);
        });
        QCOMPARE(dropped.error.kind, K::OutcomeUnknown);
        QVERIFY(records.last().requestSent);
        QCOMPARE(records.last().connection, CallRecord::Connection::Reused);

        // A name that does not resolve: no connection at all (it never was "reused").
        ClientSettings settings = fresh->settings();
        settings.appsBaseUrl = settings.payBaseUrl = QUrl(QStringLiteral("https://ait-console-test.invalid"));
        PartnerClient nowhere(settings);
        const tls::LoadedMaterial cert = tls::MaterialLoader::readFile(m_sandbox->file("client_cert"));
        const tls::LoadedMaterial key = tls::MaterialLoader::readFile(m_sandbox->file("client_key"));
        nowhere.setIdentity(cert.certificates, key.key);
        CallRecord failed;
        connect(&nowhere, &PartnerClient::callFinished, this, [&failed](const CallRecord &r) { failed = r; });
        const auto dns = awaitCall<PaymentStatus>([&](auto done) { nowhere.getPaymentStatus(User, QStringLiteral("x"), {}, true, nullptr, done); }, 60000);
        QVERIFY(!dns.ok());
        QCOMPARE(failed.connection, CallRecord::Connection::None);
        QVERIFY(!failed.requestSent);
    }

    void recordsWhatWentOverTheWire()
    {
        auto status = awaitCall<PaymentStatus>([&](auto done) { c().getPaymentStatus(User, QStringLiteral("demo-pay-complete-3"), {}, true, nullptr, done); });
        QVERIFY(status.ok());
        const CallRecord &r = m_records.last();
        QCOMPARE(r.id, status.callId);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.partnerResult, QStringLiteral("SUCCESS"));
        QVERIFY(r.tlsProtocol.startsWith(QLatin1String("TLS 1.")));
        QVERIFY(!r.serverChain().isEmpty());
        QCOMPARE(r.identityFingerprint, c().identityFingerprint());
        QCOMPARE(r.connection, CallRecord::Connection::Reused); // the connection is kept warm between calls
        QVERIFY(r.headersText(false).contains(QStringLiteral("x-toss-user-key: 4437…(9)")));
        QVERIFY(r.headersText(true).contains(QStringLiteral("443731103")));
        const QString curl = r.curlCommand();
        QVERIFY(curl.contains(QStringLiteral("--cert \"${AIT_CERT}\"")));
        QVERIFY(curl.contains(QStringLiteral("--key \"${AIT_KEY}\"")));
        QVERIFY(curl.contains(QStringLiteral("--cacert \"${AIT_CA}\""))); // the sandbox's own CA
        QVERIFY(curl.contains(QStringLiteral("x-toss-user-key: 443731103"))); // an identifier: copied, so it runs
        QVERIFY(curl.contains(QStringLiteral("Content-Type: application/json")));
    }
};

QTEST_GUILESS_MAIN(TestPartnerClient)
#include "tst_partnerclient.moc"
