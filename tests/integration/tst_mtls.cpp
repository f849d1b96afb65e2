#include "core/api/partnerclient.h"
#include "core/tls/devpki.h"
#include "core/tls/materialloader.h"
#include "support/sandboxprocess.h"
#include "support/testpki.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QtTest>

using namespace ait;
using namespace ait::api;
using ait::test::awaitCall;
using K = ApiError::Kind;

// Mutual TLS as it really happens: missing or foreign client certificates, untrusted servers,
// wrong names, and other TLS implementations (curl, openssl s_server) agreeing with us.
class TestMtls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestPki> m_pki;
    std::unique_ptr<test::SandboxProcess> m_sandbox;

    Result<PaymentStatus> lookup(PartnerClient &client)
    {
        return awaitCall<PaymentStatus>([&](auto done) {
            client.getPaymentStatus(443731103, QStringLiteral("demo-pay-complete-1"), {}, true, nullptr, done);
        });
    }

    int refundsOf(const QString &payToken)
    {
        int n = 0;
        for (const QJsonValue &e : m_sandbox->ledger(QStringLiteral("refund")))
            n += e.toObject().value(QStringLiteral("payToken")).toString() == payToken;
        return n;
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

private slots:
    void initTestCase()
    {
        m_pki = std::make_unique<test::TestPki>(m_dir.path());
        m_pki->writeAll();
        m_sandbox = std::make_unique<test::SandboxProcess>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
    }

    void demoIdentityWorks()
    {
        auto client = m_sandbox->client();
        const auto r = lookup(*client);
        QVERIFY2(r.ok(), qPrintable(r.error.message + QLatin1Char(' ') + r.error.technicalDetail));
    }

    void noClientCertificateIsAClearError()
    {
        // PartnerClient never connects without one: refused before anything leaves.
        auto client = m_sandbox->client(false);
        QCOMPARE(lookup(*client).error.kind, K::NoIdentity);
    }

    // The server's side of mutual TLS, seen by a plain QSslSocket that is not our PartnerClient:
    // without a client certificate, or with one from a CA the sandbox does not accept, the server
    // refuses the handshake with an alert. A refund sent anyway gets no HTTP answer and is not
    // applied (under TLS 1.3 the client learns of the refusal only after its Finished, so its
    // request may already be on the wire).
    void serverRefusesInTheHandshake_data()
    {
        QTest::addColumn<QSsl::SslProtocol>("protocol");
        QTest::addColumn<bool>("foreignCertificate");
        QTest::addColumn<QString>("alert"); // OpenSSL's words for the alert the server sent
        QTest::newRow("TLS 1.3, no certificate") << QSsl::TlsV1_3 << false << "alert certificate required";
        QTest::newRow("TLS 1.2, no certificate") << QSsl::TlsV1_2 << false << "alert handshake failure";
        QTest::newRow("TLS 1.3, foreign CA") << QSsl::TlsV1_3 << true << "alert unknown ca";
        QTest::newRow("TLS 1.2, foreign CA") << QSsl::TlsV1_2 << true << "alert unknown ca";
    }

    void serverRefusesInTheHandshake()
    {
        QFETCH(QSsl::SslProtocol, protocol);
        QFETCH(bool, foreignCertificate);
        QFETCH(QString, alert);

        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(m_sandbox->caCertificates()); // the server is trusted: only the client side fails
        config.setProtocol(protocol);
        if (foreignCertificate) {
            QList<QSslCertificate> chain;
            for (const tls::Certificate &c : m_pki->rsaClient.fullChain())
                chain << QSslCertificate(c.toDer(), QSsl::Der);
            config.setLocalCertificateChain(chain);
            config.setPrivateKey(QSslKey(test::pkcs8Der(m_pki->rsaClient.key), QSsl::Rsa, QSsl::Der));
        }
        // The handshake alone, by another TLS implementation: openssl s_client offers no
        // certificate or the foreign one, sends nothing (stdin stays open) and reports the alert
        // the server answers with. (QSslSocket may report a TLS 1.3 alert that arrives with the
        // close as a plain "remote host closed".)
        {
            QStringList arguments{QStringLiteral("s_client"), QStringLiteral("-connect"), m_sandbox->url().authority(),
                                  QStringLiteral("-CAfile"), m_sandbox->file("ca"), QStringLiteral("-verify_return_error"),
                                  QStringLiteral("-verify_ip"), m_sandbox->url().host(),
                                  protocol == QSsl::TlsV1_3 ? QStringLiteral("-tls1_3") : QStringLiteral("-tls1_2")};
            if (foreignCertificate)
                arguments << QStringLiteral("-cert") << m_pki->path(QStringLiteral("client-cert.pem")) << QStringLiteral("-key")
                          << m_pki->path(QStringLiteral("client-key.pem"));
            QProcess sClient;
            sClient.setProcessChannelMode(QProcess::MergedChannels);
            sClient.start(QStringLiteral("openssl"), arguments);
            QVERIFY(sClient.waitForStarted(10000));
            const bool closedByTheServer = sClient.waitForFinished(20000); // without a word from us
            const QString log = QString::fromUtf8(sClient.readAll());
            if (!closedByTheServer)
                sClient.kill();
            QVERIFY2(closedByTheServer, qPrintable(log));
            QVERIFY2(log.contains(QStringLiteral("Verify return code: 0 (ok)")) || log.contains(QStringLiteral("verify return:1")),
                     qPrintable(log)); // it trusted the server: only the client side fails
            QVERIFY2(log.contains(alert, Qt::CaseInsensitive), qPrintable(log));
        }

        struct Attempt
        {
            QByteArray received;
            QString error;
            QList<QSslError> sslErrors;
        };
        // Connects, writes `request` at once, and waits until the server has closed.
        const auto attempt = [&](const QByteArray &request) {
            Attempt a;
            QSslSocket socket;
            socket.setSslConfiguration(config);
            connect(&socket, &QSslSocket::sslErrors, this, [&](const QList<QSslError> &errors) { a.sslErrors = errors; });
            connect(&socket, &QSslSocket::readyRead, this, [&] { a.received += socket.readAll(); });
            socket.connectToHostEncrypted(m_sandbox->url().host(), quint16(m_sandbox->url().port()));
            socket.write(request); // sent as soon as the client thinks the handshake is done
            if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 20000))
                a.error = QStringLiteral("still connected");
            else
                a.error = QString::number(int(socket.error())) + QLatin1Char(' ') + socket.errorString();
            return a;
        };

        // A refund sent anyway is never answered nor applied.
        const QString payToken = QStringLiteral("demo-pay-complete-2");
        const int refundsBefore = refundsOf(payToken);
        const QByteArray body = "{\"payToken\":\"" + payToken.toLatin1() + "\",\"reason\":\"mtls\",\"isTestPayment\":true}";
        const Attempt refund = attempt("POST /api-partner/v1/apps-in-toss/pay/refund-payment HTTP/1.1\r\nHost: "
                                       + m_sandbox->url().authority().toLatin1()
                                       + "\r\nContent-Type: application/json\r\nx-toss-user-key: 443731103\r\nContent-Length: "
                                       + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY2(refund.sslErrors.isEmpty(), "the client had to trust the server for this test to mean anything");
        QVERIFY2(refund.error != QLatin1String("still connected"), "the server kept the connection");
        QVERIFY2(!refund.received.contains("HTTP/1.1"), refund.received.constData());
        QCOMPARE(refundsOf(payToken), refundsBefore);
    }

    // And our own client, whose refusal comes the same way, calls it a rejected client
    // certificate, for a refund too: the refusal proves the request was not processed.
    void refundWithAForeignCertificateIsRejectedNotUnknown()
    {
        auto client = m_sandbox->client(false);
        client->setIdentity(m_pki->rsaClient.fullChain(), m_pki->rsaClient.key);
        const QString payToken = QStringLiteral("demo-pay-complete-2");
        const int refundsBefore = refundsOf(payToken);
        const auto r = awaitCall<Refund>([&](auto done) { client->refundPayment(443731103, payToken, QStringLiteral("mtls"), true, nullptr, done); });
        QVERIFY2(r.error.kind == K::ClientCertificateRejected, qPrintable(r.error.kindName() + QLatin1Char(' ') + r.error.technicalDetail));
        QCOMPARE(refundsOf(payToken), refundsBefore);
    }

    void clientCertificateFromAnotherCaIsRejected()
    {
        auto client = m_sandbox->client(false);
        client->setIdentity(m_pki->rsaClient.fullChain(), m_pki->rsaClient.key);
        const auto r = lookup(*client);
        QVERIFY2(r.error.kind == K::ClientCertificateRejected, qPrintable(r.error.kindName() + QLatin1Char(' ') + r.error.technicalDetail));
        QVERIFY(!r.error.message.isEmpty());
        QVERIFY(!r.error.hint.isEmpty());
    }

    void untrustedServerIsRefused()
    {
        ClientSettings settings = m_sandbox->client()->settings();
        settings.trustedCas = {QSslCertificate(m_pki->root.certificate.toDer(), QSsl::Der)};
        PartnerClient client(settings);
        const tls::LoadedMaterial cert = tls::MaterialLoader::readFile(m_sandbox->file("client_cert"));
        const tls::LoadedMaterial key = tls::MaterialLoader::readFile(m_sandbox->file("client_key"));
        client.setIdentity(cert.certificates, key.key);
        const auto r = lookup(client);
        QVERIFY2(r.error.kind == K::ServerUntrusted, qPrintable(r.error.kindName() + QLatin1Char(' ') + r.error.technicalDetail));

        // A live profile (system CAs only) does not trust the sandbox either.
        settings.trustedCas.clear();
        PartnerClient live(settings);
        live.setIdentity(cert.certificates, key.key);
        QCOMPARE(lookup(live).error.kind, K::ServerUntrusted);
    }

    void wrongHostnameIsRefused()
    {
        // Same CA, but a server certificate issued for another name.
        test::SandboxProcess other({QStringLiteral("--server-name"), QStringLiteral("other.example")},
                                   m_dir.filePath(QStringLiteral("other-sandbox")));
        QVERIFY2(other.isReady(), qPrintable(other.error()));
        auto client = other.client();
        const auto r = lookup(*client);
        QVERIFY2(r.error.kind == K::HostnameMismatch, qPrintable(r.error.kindName() + QLatin1Char(' ') + r.error.technicalDetail));
    }

    void sandboxTakesCertificatePaths()
    {
        // A server certificate and a client CA from elsewhere (here: the test PKI).
        const tls::Identity server = tls::DevPki::createServer(m_pki->root, {QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")},
                                                              m_pki->now());
        const QString certFile = m_pki->write(QStringLiteral("paths-server.pem"), tls::chainToPem(server.fullChain()));
        const QString keyFile = m_pki->write(QStringLiteral("paths-server-key.pem"), test::pkcs8Pem(server.key));
        const QString caFile = m_pki->write(QStringLiteral("paths-client-ca.pem"), m_pki->root.certificate.toPem() + m_pki->intermediate.certificate.toPem());
        test::SandboxProcess paths({QStringLiteral("--server-cert"), certFile, QStringLiteral("--server-key"), keyFile,
                                    QStringLiteral("--client-ca"), caFile}, m_dir.filePath(QStringLiteral("paths-sandbox")));
        QVERIFY2(paths.isReady(), qPrintable(paths.error()));
        ClientSettings settings = paths.client(false)->settings();
        settings.trustedCas = {QSslCertificate(m_pki->root.certificate.toDer(), QSsl::Der)};
        PartnerClient client(settings);
        client.setIdentity(m_pki->rsaClient.fullChain(), m_pki->rsaClient.key); // issued under the given CA
        const auto r = lookup(client);
        QVERIFY2(r.ok(), qPrintable(r.error.kindName() + QLatin1Char(' ') + r.error.technicalDetail));
    }

    void connectionRefused()
    {
        ClientSettings settings = m_sandbox->client()->settings();
        settings.appsBaseUrl = settings.payBaseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(freePort()));
        PartnerClient client(settings);
        const tls::LoadedMaterial cert = tls::MaterialLoader::readFile(m_sandbox->file("client_cert"));
        const tls::LoadedMaterial key = tls::MaterialLoader::readFile(m_sandbox->file("client_key"));
        client.setIdentity(cert.certificates, key.key);
        QCOMPARE(lookup(client).error.kind, K::ConnectionRefused);
    }

    void curlAgrees()
    {
        const QString url = m_sandbox->url().toString() + QStringLiteral("/api-partner/v1/apps-in-toss/pay/get-payment-status");
        const QStringList common{QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("20"),
                                 QStringLiteral("--cacert"), m_sandbox->file("ca"),
                                 QStringLiteral("-H"), QStringLiteral("x-toss-user-key: 443731103"),
                                 QStringLiteral("--data"), QStringLiteral("{\"payToken\":\"demo-pay-complete-1\"}"), url};
        QProcess withCert;
        withCert.start(QStringLiteral("curl"), QStringList{QStringLiteral("--cert"), m_sandbox->file("client_cert"),
                                                           QStringLiteral("--key"), m_sandbox->file("client_key")} + common);
        QVERIFY(withCert.waitForFinished(30000));
        QCOMPARE(withCert.exitCode(), 0);
        QVERIFY(withCert.readAllStandardOutput().contains("\"payStatus\":\"PAY_COMPLETE\""));

        // Without a certificate: the TLS layer fails (35: handshake, 56: the alert read after a
        // TLS 1.3 handshake), never a timeout or an HTTP answer.
        QProcess without;
        without.start(QStringLiteral("curl"), common);
        QVERIFY(without.waitForFinished(30000));
        const QByteArray refused = without.readAllStandardOutput() + without.readAllStandardError();
        QVERIFY2(without.exitCode() == 35 || without.exitCode() == 56,
                 qPrintable(QString::number(without.exitCode()) + QLatin1Char(' ') + QString::fromUtf8(refused)));
        QVERIFY2(!refused.contains("payStatus"), refused.constData());
    }

    void opensslServerSeesOurClientCertificate()
    {
        // openssl s_server requiring a client certificate (-Verify 1), with the sandbox's server
        // certificate; -www answers with the session, including the peer certificate it got.
        const quint16 port = freePort();
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(QStringLiteral("openssl"), {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(port),
                                                 QStringLiteral("-cert"), m_sandbox->dataDir() + QStringLiteral("/server.pem"),
                                                 QStringLiteral("-key"), m_sandbox->dataDir() + QStringLiteral("/server-key.pem"),
                                                 QStringLiteral("-CAfile"), m_sandbox->file("ca"), QStringLiteral("-Verify"), QStringLiteral("1"),
                                                 QStringLiteral("-www")});
        QVERIFY(server.waitForStarted(10000));
        QVERIFY(QTest::qWaitFor([&] { return server.readAll().contains("ACCEPT") || server.state() != QProcess::Running; }, 15000));
        QCOMPARE(server.state(), QProcess::Running);

        ClientSettings settings = m_sandbox->client()->settings();
        settings.appsBaseUrl = settings.payBaseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
        PartnerClient client(settings);
        const tls::LoadedMaterial cert = tls::MaterialLoader::readFile(m_sandbox->file("client_cert"));
        const tls::LoadedMaterial key = tls::MaterialLoader::readFile(m_sandbox->file("client_key"));
        client.setIdentity(cert.certificates, key.key);
        CallRecord record;
        connect(&client, &PartnerClient::callFinished, this, [&record](const CallRecord &r) { record = r; });
        // login-me is the GET endpoint: s_server -www answers GETs only.
        const auto r = awaitCall<LoginMe>([&](auto done) { client.loginMe(QStringLiteral("token"), nullptr, done); });
        QCOMPARE(record.httpStatus, 200); // the handshake completed and s_server answered
        // s_server logs the client certificate it verified: ours.
        QVERIFY(QTest::qWaitFor([&] { return server.bytesAvailable() > 0; }, 5000));
        const QByteArray log = server.readAll();
        QVERIFY2(log.contains("CN = ait-sandbox demo client") && log.contains("verify return:1"), log.constData());
        Q_UNUSED(r);
        QCOMPARE(record.connection, CallRecord::Connection::New);
        QVERIFY(record.handshakeMs >= 0);
        server.kill();
        server.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestMtls)
#include "tst_mtls.moc"
