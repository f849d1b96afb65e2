#include "core/api/partnerclient.h"
#include "support/sandboxprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslKey>
#include <QSslSocket>
#include <QtTest>

using namespace ait;
using namespace ait::api;
using ait::test::awaitCall;
using K = ApiError::Kind;

namespace {

const QByteArray Prefix = "/api-partner/v1/apps-in-toss";

// One HTTP answer read off a socket by hand: what a client would get, byte for byte.
struct RawAnswer
{
    bool complete = false;
    int status = 0;
    QByteArray head;       // status line and headers
    QByteArray body;       // empty when the caller only counted it
    qint64 bodyBytes = 0;
    qint64 firstToLastMs = 0; // from the first byte received to the last

    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

RawAnswer exchange(QAbstractSocket &socket, const QByteArray &request, bool keepBody = true, int timeoutMs = 60000)
{
    RawAnswer a;
    socket.write(request);
    QByteArray buffer;
    qint64 length = -1;
    QElapsedTimer sinceFirstByte;
    (void)QTest::qWaitFor([&] {
        const QByteArray got = socket.readAll();
        if (!got.isEmpty() && !sinceFirstByte.isValid())
            sinceFirstByte.start();
        if (length < 0) {
            buffer += got;
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return socket.state() != QAbstractSocket::ConnectedState;
            a.head = buffer.left(end);
            a.status = a.head.split(' ').value(1).toInt();
            length = a.header("Content-Length").toLongLong();
            const QByteArray rest = buffer.mid(end + 4);
            buffer.clear();
            a.bodyBytes = rest.size();
            if (keepBody)
                a.body = rest;
        } else {
            a.bodyBytes += got.size();
            if (keepBody)
                a.body += got;
        }
        a.complete = a.bodyBytes >= length;
        return a.complete || socket.state() != QAbstractSocket::ConnectedState;
    }, timeoutMs);
    if (sinceFirstByte.isValid())
        a.firstToLastMs = sinceFirstByte.elapsed();
    return a;
}

QByteArray apiRequest(const QByteArray &path, const QJsonObject &body, qint64 user = 443731103)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return "POST " + Prefix + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nx-toss-user-key: " + QByteArray::number(user)
         + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json;
}

qint64 peakRssKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+) kB")).match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

} // namespace

// ait-sandbox over the wire: the control port's guard, the partner's limits, hostile answers as a
// client receives them, /stats and /clock. The logic behind them: tests/unit/tst_sandboxstate.cpp.
class TestSandbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxProcess> m_sandbox;
    std::unique_ptr<PartnerClient> m_client;
    QList<CallRecord> m_records;

    quint16 controlPort() const { return quint16(m_sandbox->controlUrl().port()); }

    RawAnswer control(const QByteArray &request)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, controlPort());
        if (!socket.waitForConnected(10000))
            return {};
        return exchange(socket, request);
    }

    QByteArray controlGet(const QByteArray &path, const QByteArray &headers)
    {
        return "GET " + path + " HTTP/1.1\r\n" + headers + "\r\n";
    }

    QByteArray goodHost() const { return "Host: 127.0.0.1:" + QByteArray::number(controlPort()) + "\r\n"; }
    QByteArray bearer() const { return "Authorization: Bearer " + m_sandbox->controlToken() + "\r\n"; }

    // A mutual-TLS connection to the API port with the sandbox's demo identity (or none).
    std::unique_ptr<QSslSocket> connected(bool withIdentity = true)
    {
        auto socket = std::make_unique<QSslSocket>();
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_sandbox->caCertificates());
        if (withIdentity) {
            tls.setLocalCertificateChain(QSslCertificate::fromPath(m_sandbox->file("client_cert")));
            QFile keyFile(m_sandbox->file("client_key"));
            if (!keyFile.open(QIODevice::ReadOnly))
                return nullptr;
            const QByteArray pem = keyFile.readAll();
            QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
            if (key.isNull())
                key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
            tls.setPrivateKey(key);
        }
        socket->setSslConfiguration(tls);
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(m_sandbox->url().port()));
        (void)QTest::qWaitFor([&] { return socket->isEncrypted() || socket->state() == QAbstractSocket::UnconnectedState; }, 10000);
        return socket;
    }

    Result<PaymentStatus> lookup()
    {
        return awaitCall<PaymentStatus>([&](auto done) {
            m_client->getPaymentStatus(443731103, QStringLiteral("demo-pay-complete-1"), {}, true, nullptr, done);
        });
    }

    int payouts(qint64 user)
    {
        int n = 0;
        for (const QJsonValue &v : m_sandbox->ledger(QStringLiteral("payout")))
            n += v.toObject().value(QStringLiteral("userKey")).toInteger() == user;
        return n;
    }

    // A fresh minute with fresh counters: the limit windows are empty, /stats starts from zero.
    void freshMinute()
    {
        QVERIFY(m_sandbox->advanceClock(60));
        QCOMPARE(m_sandbox->controlPost(QStringLiteral("/stats/reset")).value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<test::SandboxProcess>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        m_client = m_sandbox->client();
        connect(m_client.get(), &PartnerClient::callFinished, this, [this](const CallRecord &r) { m_records << r; });
    }

    void cleanup()
    {
        m_sandbox->setFaults({{QStringLiteral("qpm"), 3000}, {QStringLiteral("limitSignal"), QStringLiteral("4095")}, {QStringLiteral("hostile"), QString()},
                              {QStringLiteral("rateLimit"), QString()}});
    }

    // --- the control port's guard ----------------------------------------------------------

    void theControlTokenIsRandomAndPrinted()
    {
        const QByteArray token = m_sandbox->controlToken();
        QCOMPARE(token.size(), 43); // 32 bytes, base64url without padding
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(QString::fromLatin1(token)).hasMatch());
        test::SandboxProcess other;
        QVERIFY2(other.isReady(), qPrintable(other.error()));
        QVERIFY(other.controlToken() != token);
    }

    void theControlPortRefusesStrangers()
    {
        const RawAnswer fine = control(controlGet("/faults", goodHost() + bearer()));
        QCOMPARE(fine.status, 200);
        const RawAnswer localhost = control(controlGet("/health", "Host: localhost:" + QByteArray::number(controlPort()) + "\r\n" + bearer()));
        QCOMPARE(localhost.status, 200);

        const RawAnswer noToken = control(controlGet("/faults", goodHost()));
        QCOMPARE(noToken.status, 401);
        QCOMPARE(noToken.body, QByteArray("{\"error\":\"unauthorized\"}"));
        const RawAnswer wrongToken = control(controlGet("/faults", goodHost() + "Authorization: Bearer " + QByteArray(43, 'A') + "\r\n"));
        QCOMPARE(wrongToken.status, 401);
        const RawAnswer notBearer = control(controlGet("/faults", goodHost() + "Authorization: " + m_sandbox->controlToken() + "\r\n"));
        QCOMPARE(notBearer.status, 401);

        const RawAnswer foreignHost = control(controlGet("/faults", "Host: attacker.example:" + QByteArray::number(controlPort()) + "\r\n" + bearer()));
        QCOMPARE(foreignHost.status, 403);
        const RawAnswer otherPort = control(controlGet("/faults", "Host: 127.0.0.1:1\r\n" + bearer()));
        QCOMPARE(otherPort.status, 403);
        const RawAnswer noHost = control(controlGet("/faults", bearer()));
        QCOMPARE(noHost.status, 403);
        const RawAnswer origin = control(controlGet("/faults", goodHost() + bearer() + "Origin: http://attacker.example\r\n"));
        QCOMPARE(origin.status, 403);

        // The blind POST of the report: refused, and nothing changed.
        const QByteArray faults = "{\"malformedBody\":1}";
        const RawAnswer blind = control("POST /faults HTTP/1.1\r\nHost: attacker.example\r\nOrigin: http://attacker.example\r\n"
                                        "Content-Type: text/plain\r\nContent-Length: " + QByteArray::number(faults.size()) + "\r\n\r\n" + faults);
        QCOMPARE(blind.status, 403);
        QCOMPARE(m_sandbox->control(QStringLiteral("/faults")).value(QStringLiteral("malformedBody")).toInt(), 0);
    }

    void countFaultsTakeTrue()
    {
        // {"applyThenDrop": true} was "bad fault setting" before.
        const QJsonObject faults = m_sandbox->setFaults({{QStringLiteral("applyThenDrop"), true}, {QStringLiteral("applyThenDropPath"), QStringLiteral("/nothing")}});
        QCOMPARE(faults.value(QStringLiteral("applyThenDrop")).toInt(), 1);
        QCOMPARE(m_sandbox->setFaults({{QStringLiteral("applyThenDrop"), false}}).value(QStringLiteral("applyThenDrop")).toInt(), 0);
        QVERIFY(m_sandbox->setFaults({{QStringLiteral("applyThenDrop"), QStringLiteral("yes")}}).contains(QStringLiteral("error")));
    }

    // --- limits ----------------------------------------------------------------------------

    void callsPerMinutePerApp_data()
    {
        QTest::addColumn<QString>("signal");
        QTest::addColumn<int>("httpStatus");
        QTest::newRow("FAIL 4095") << "4095" << 200;
        QTest::newRow("HTTP 429") << "429" << 429;
    }

    void callsPerMinutePerApp()
    {
        QFETCH(QString, signal);
        QFETCH(int, httpStatus);
        freshMinute();
        m_sandbox->setFaults({{QStringLiteral("qpm"), 5}, {QStringLiteral("limitSignal"), signal}});
        for (int i = 0; i < 5; ++i)
            QVERIFY(lookup().ok());
        const auto refused = lookup();
        QCOMPARE(refused.error.kind, K::RateLimited);
        QCOMPARE(m_records.last().httpStatus, httpStatus);
        const QJsonObject stats = m_sandbox->stats();
        QCOMPARE(stats.value(QStringLiteral("limitRejections")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("maxCallsInAnyMinute")).toInt(), 5);
        QCOMPARE(m_sandbox->calls(QStringLiteral("/pay/get-payment-status")), 6); // accepted and refused
        // A minute later the window has room again.
        QVERIFY(m_sandbox->advanceClock(60));
        QVERIFY(lookup().ok());
    }

    void tenPromotionCallsPerMinutePerUser()
    {
        freshMinute();
        const qint64 user = 900000777;
        QStringList keys;
        for (int i = 0; i < 9; ++i) {
            const auto key = awaitCall<QString>([&](auto done) { m_client->getPromotionKey(user, nullptr, done); });
            QVERIFY(key.ok());
            keys << *key.value;
        }
        auto execute = [&](const QString &key) {
            return awaitCall<QString>([&](auto done) { m_client->executePromotion(user, QStringLiteral("DEMO_PROMO"), key, 100, nullptr, done); });
        };
        QVERIFY(execute(keys[0]).ok()); // the 10th call
        // execution-result counts too.
        const auto result = awaitCall<PromotionOutcome>([&](auto done) {
            m_client->getPromotionResult(user, QStringLiteral("DEMO_PROMO"), keys[0], nullptr, done);
        });
        QCOMPARE(result.error.kind, K::RateLimited);
        // A refused payout applies nothing.
        QCOMPARE(execute(keys[1]).error.kind, K::RateLimited);
        QCOMPARE(payouts(user), 1);
        // Other users, and the same user's messages, have their own windows.
        QVERIFY(awaitCall<QString>([&](auto done) { m_client->getPromotionKey(user + 1, nullptr, done); }).ok());
        QVERIFY(awaitCall<MessageResult>([&](auto done) { m_client->sendMessage(user, QStringLiteral("demo-template"), {}, nullptr, done); }).ok());
        const QJsonObject stats = m_sandbox->stats();
        QCOMPARE(stats.value(QStringLiteral("maxUserCallsInAnyMinute")).toInt(), 10);
        QCOMPARE(stats.value(QStringLiteral("limitRejections")).toInt(), 2);

        QVERIFY(m_sandbox->advanceClock(60));
        QVERIFY(execute(keys[1]).ok());
        QCOMPARE(payouts(user), 2);
    }

    void testMessagesDoNotCountPerUser()
    {
        freshMinute();
        const qint64 user = 900000888;
        for (int i = 0; i < 12; ++i) {
            QVERIFY(awaitCall<MessageResult>([&](auto done) {
                m_client->sendTestMessage(user, QStringLiteral("demo-template"), QStringLiteral("0f6b2c1e-1111-2222-3333-444455556666"), {}, nullptr, done);
            }).ok());
        }
        for (int i = 0; i < 10; ++i)
            QVERIFY(awaitCall<MessageResult>([&](auto done) { m_client->sendMessage(user, QStringLiteral("demo-template"), {}, nullptr, done); }).ok());
        const auto eleventh = awaitCall<MessageResult>([&](auto done) { m_client->sendMessage(user, QStringLiteral("demo-template"), {}, nullptr, done); });
        QCOMPARE(eleventh.error.kind, K::RateLimited);
    }

    // --- hostile answers as a client receives them ------------------------------------------

    void hostileAnswersOverTheWire_data()
    {
        QTest::addColumn<QJsonObject>("faults");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("expected"); // in the body, or (for header modes) in the head
        const QByteArray lookupBody = "\"payToken\":\"demo-pay-complete-1\"";
        QTest::newRow("truncated-json") << QJsonObject{{QStringLiteral("hostile"), QStringLiteral("truncated-json")}} << 200 << QByteArray("{\"resultType\":\"SUCCESS\"");
        QTest::newRow("not-utf8") << QJsonObject{{QStringLiteral("hostile"), QStringLiteral("not-utf8")}} << 200 << QByteArray("\"\xFF\xFE");
        QTest::newRow("deep-nesting") << QJsonObject{{QStringLiteral("hostile"), QStringLiteral("deep-nesting")}} << 200 << QByteArray(5000, '[');
        QTest::newRow("duplicate-keys") << QJsonObject{{QStringLiteral("hostile"), QStringLiteral("duplicate-keys")}} << 200
                                        << QByteArray("{\"resultType\":\"FAIL\",\"resultType\":\"SUCCESS\",\"success\":{");
        QTest::newRow("redirect 307") << QJsonObject{{QStringLiteral("hostile"), QStringLiteral("redirect")}, {QStringLiteral("hostileStatus"), 307},
                                                     {QStringLiteral("hostileLocation"), QStringLiteral("https://other.example/x")}}
                                      << 307 << QByteArray("Location: https://other.example/x");
        QTest::newRow("huge-header") << QJsonObject{{QStringLiteral("hostile"), QStringLiteral("huge-header")}} << 200
                                     << "X-Pad: " + QByteArray(qsizetype{8} * 1024 * 1024, 'a');
        QTest::newRow("many-headers") << QJsonObject{{QStringLiteral("hostile"), QStringLiteral("many-headers")}} << 200
                                      << QByteArray("\r\nX-Pad-200000: 200000");
        QTest::newRow("empty-200") << QJsonObject{{QStringLiteral("hostile"), QStringLiteral("empty-200")}} << 200 << QByteArray("Content-Length: 0");
        QTest::newRow("html-502") << QJsonObject{{QStringLiteral("hostile"), QStringLiteral("html-502")}} << 502 << QByteArray("<h1>502 Bad Gateway</h1>");
        QTest::newRow("not this path") << QJsonObject{{QStringLiteral("hostile"), QStringLiteral("html-502")}, {QStringLiteral("hostilePath"), QStringLiteral("/pay/refund-payment")}}
                                       << 200 << lookupBody;
    }

    void hostileAnswersOverTheWire()
    {
        QFETCH(QJsonObject, faults);
        QFETCH(int, status);
        QFETCH(QByteArray, expected);
        QVERIFY(!m_sandbox->setFaults(faults).contains(QStringLiteral("error")));
        auto socket = connected();
        QVERIFY(socket && socket->isEncrypted());
        const RawAnswer a = exchange(*socket, apiRequest("/pay/get-payment-status", {{QStringLiteral("payToken"), QStringLiteral("demo-pay-complete-1")}}));
        QVERIFY(a.complete);
        QCOMPARE(a.status, status);
        QCOMPARE(a.bodyBytes, a.header("Content-Length").toLongLong());
        QVERIFY2(a.head.contains(expected) || a.body.contains(expected), a.head.left(300).constData());
        // The next request is answered for real again (a count of 1 by default).
        const RawAnswer next = exchange(*socket, apiRequest("/pay/get-payment-status", {{QStringLiteral("payToken"), QStringLiteral("demo-pay-complete-1")}}));
        QCOMPARE(next.status, 200);
        QVERIFY(QJsonDocument::fromJson(next.body).object().value(QStringLiteral("resultType")).toString() == QLatin1String("SUCCESS"));
    }

    void hostileApplyDecidesWhetherTheChangeHappened()
    {
        const QJsonObject refund{{QStringLiteral("payToken"), QStringLiteral("demo-pay-complete-2")}, {QStringLiteral("reason"), QStringLiteral("고객 요청")},
                                 {QStringLiteral("isTestPayment"), true}};
        const int before = int(m_sandbox->ledger(QStringLiteral("refund")).size());
        m_sandbox->setFaults({{QStringLiteral("hostile"), QStringLiteral("truncated-json")}, {QStringLiteral("hostileApply"), false},
                              {QStringLiteral("hostilePath"), QStringLiteral("/pay/refund-payment")}});
        auto socket = connected();
        QVERIFY(socket && socket->isEncrypted());
        const RawAnswer notApplied = exchange(*socket, apiRequest("/pay/refund-payment", refund));
        QCOMPARE(notApplied.status, 200);
        QVERIFY(notApplied.body.startsWith("{\"resultType\":\"SUCCESS\"")); // what it would have said…
        QCOMPARE(int(m_sandbox->ledger(QStringLiteral("refund")).size()), before); // …but nothing happened

        m_sandbox->setFaults({{QStringLiteral("hostile"), QStringLiteral("truncated-json")}, {QStringLiteral("hostilePath"), QStringLiteral("/pay/refund-payment")}});
        const RawAnswer applied = exchange(*socket, apiRequest("/pay/refund-payment", refund));
        QCOMPARE(applied.status, 200);
        QCOMPARE(int(m_sandbox->ledger(QStringLiteral("refund")).size()), before + 1); // the dangerous case
    }

    void aHugeBodyIsStreamedInBoundedMemory()
    {
        const qint64 before = peakRssKb(m_sandbox->pid());
        QVERIFY(before > 0);
        m_sandbox->setFaults({{QStringLiteral("hostile"), QStringLiteral("huge-body")}}); // 100 MiB
        auto socket = connected();
        QVERIFY(socket && socket->isEncrypted());
        const RawAnswer a = exchange(*socket, apiRequest("/pay/get-payment-status", {{QStringLiteral("payToken"), QStringLiteral("demo-pay-complete-1")}}),
                                     false);
        QVERIFY(a.complete);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.bodyBytes, qint64(100) * 1024 * 1024);
        const qint64 growthKb = peakRssKb(m_sandbox->pid()) - before;
        QVERIFY2(growthKb < qint64{32} * 1024, qPrintable(QStringLiteral("the emulator's peak memory grew by %1 KiB").arg(growthKb)));
    }

    void dripSendsOneByteAtATime()
    {
        m_sandbox->setFaults({{QStringLiteral("hostile"), QStringLiteral("drip")}, {QStringLiteral("hostileIntervalMs"), 5}});
        auto socket = connected();
        QVERIFY(socket && socket->isEncrypted());
        const RawAnswer a = exchange(*socket, apiRequest("/promotion/execute-promotion/get-key", {}, 900000999));
        QVERIFY(a.complete);
        QCOMPARE(a.status, 200);
        QVERIFY(QJsonDocument::fromJson(a.body).object().value(QStringLiteral("success")).toObject().contains(QStringLiteral("key")));
        // One byte per 5 ms: the whole answer cannot have come faster (load only makes it slower).
        const qint64 bytes = a.head.size() + 4 + a.bodyBytes;
        QVERIFY2(a.firstToLastMs >= (bytes - 1) * 5 * 8 / 10, qPrintable(QStringLiteral("%1 bytes in %2 ms").arg(bytes).arg(a.firstToLastMs)));
    }

    // --- /stats and /clock -----------------------------------------------------------------

    void statsCountConnectionsAndHandshakes()
    {
        freshMinute();
        {
            auto socket = connected();
            QVERIFY(socket && socket->isEncrypted());
            QCOMPARE(exchange(*socket, apiRequest("/pay/get-payment-status", {{QStringLiteral("payToken"), QStringLiteral("demo-pay-complete-1")}})).status, 200);
            QCOMPARE(exchange(*socket, apiRequest("/pay/get-payment-status", {{QStringLiteral("payToken"), QStringLiteral("demo-pay-complete-1")}})).status, 200);
        }
        // Without a client certificate the handshake fails: a connection, no handshake, no call.
        // (With TLS 1.3 the client may think it is done before the server refuses: wait for the
        // server to close the connection, so the count below is the server's decision.)
        auto stranger = connected(false);
        QTRY_COMPARE_WITH_TIMEOUT(stranger->state(), QAbstractSocket::UnconnectedState, 10000);
        QTRY_COMPARE(m_sandbox->stats().value(QStringLiteral("connections")).toInt(), 2);
        const QJsonObject stats = m_sandbox->stats();
        QCOMPARE(stats.value(QStringLiteral("handshakes")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("calls")).toObject().value(QString::fromLatin1(Prefix + "/pay/get-payment-status")).toInt(), 2);
        QCOMPARE(stats.value(QStringLiteral("maxCallsInAnyMinute")).toInt(), 2);
        QCOMPARE(stats.value(QStringLiteral("limitRejections")).toInt(), 0);
    }

    void theClockMovesOnWhenTold()
    {
        const QDateTime before = QDateTime::fromString(m_sandbox->control(QStringLiteral("/clock")).value(QStringLiteral("now")).toString(), Qt::ISODateWithMs);
        QVERIFY(before.isValid());
        const QJsonObject moved = m_sandbox->controlPost(QStringLiteral("/clock"), {{QStringLiteral("advanceSeconds"), 3600}});
        const QDateTime after = QDateTime::fromString(moved.value(QStringLiteral("now")).toString(), Qt::ISODateWithMs);
        QVERIFY(after.isValid());
        QVERIFY(before.secsTo(after) >= 3600);
        QVERIFY(before.secsTo(after) < 3600 + 60);
        QVERIFY(m_sandbox->controlPost(QStringLiteral("/clock"), {{QStringLiteral("advanceSeconds"), -1}}).contains(QStringLiteral("error")));
        QVERIFY(m_sandbox->controlPost(QStringLiteral("/clock"), {{QStringLiteral("advanceSeconds"), QStringLiteral("60")}}).contains(QStringLiteral("error")));
        QVERIFY(m_sandbox->controlPost(QStringLiteral("/clock")).contains(QStringLiteral("error")));

        // What the clock moves: the PENDING second of execution-result.
        const qint64 user = 900001234;
        const auto key = awaitCall<QString>([&](auto done) { m_client->getPromotionKey(user, nullptr, done); });
        QVERIFY(key.ok());
        QVERIFY(awaitCall<QString>([&](auto done) { m_client->executePromotion(user, QStringLiteral("BULK_PROMO"), *key.value, 5000, nullptr, done); }).ok());
        auto result = [&] {
            return awaitCall<PromotionOutcome>([&](auto done) { m_client->getPromotionResult(user, QStringLiteral("BULK_PROMO"), *key.value, nullptr, done); });
        };
        QCOMPARE(result().value, std::optional<PromotionOutcome>(PromotionOutcome::Pending));
        QVERIFY(m_sandbox->advanceClock(1));
        QCOMPARE(result().value, std::optional<PromotionOutcome>(PromotionOutcome::Success));
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
