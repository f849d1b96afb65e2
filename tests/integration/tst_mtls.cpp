#include "core/api/partnerclient.h"
#include "core/tls/devpki.h"
#include "core/tls/materialloader.h"
#include "support/sandboxprocess.h"
#include "support/testpki.h"

#include <QProcess>
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
        auto client = m_sandbox->client(false);
        QCOMPARE(lookup(*client).error.kind, K::NoIdentity); // refused before connecting

        // A client that does connect without a certificate is turned away by the server.
        ClientSettings settings = client->settings();
        PartnerClient bare(settings);
        bare.setIdentity({}, {});
        QCOMPARE(lookup(bare).error.kind, K::NoIdentity);
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

        QProcess without;
        without.start(QStringLiteral("curl"), common);
        QVERIFY(without.waitForFinished(30000));
        QVERIFY(without.exitCode() != 0);
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
