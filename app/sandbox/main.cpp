#include "sandboxclock.h"
#include "sandboxpki.h"
#include "sandboxserver.h"
#include "sandboxstate.h"

#include "ait/version.h"
#include "core/tls/materialloader.h"

#include <openssl/evp.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTextStream>

#include <csignal>

// ait-sandbox: a local emulator of the Apps in Toss partner API over real mutual TLS.
// Prints one JSON line when ready: url, control_url, control_token, ca, client_cert, client_key, ….
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ait-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AIT_VERSION));
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local emulator of the Apps in Toss partner API over mutual TLS."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Folder for the sandbox CA, certificates and keys."),
                                     QStringLiteral("dir"),
                                     QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/ait-console/sandbox"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("API port (0 picks a free one)."), QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption controlPort(QStringLiteral("control-port"), QStringLiteral("Control port on 127.0.0.1 (0 picks a free one)."),
                                         QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption serverName(QStringLiteral("server-name"), QStringLiteral("Host name in the server certificate."),
                                        QStringLiteral("name"), QStringLiteral("localhost"));
    const QCommandLineOption latency(QStringLiteral("latency"), QStringLiteral("Fixed latency in ms."), QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption jitter(QStringLiteral("latency-jitter"), QStringLiteral("Random extra latency up to ms."), QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption errorRate(QStringLiteral("error-rate"), QStringLiteral("Share of requests answered with an error (0..1)."),
                                       QStringLiteral("rate"), QStringLiteral("0"));
    const QCommandLineOption errorMode(QStringLiteral("error-mode"), QStringLiteral("http500 or fail."), QStringLiteral("mode"), QStringLiteral("http500"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"), QStringLiteral("Refuse every request as over the limit: 429 or 4095."),
                                       QStringLiteral("mode"));
    const QCommandLineOption qpm(QStringLiteral("qpm"), QStringLiteral("Calls per minute per app, a sliding 60-second window over every partner call (0: no limit)."),
                                 QStringLiteral("n"), QStringLiteral("3000"));
    const QCommandLineOption limitSignal(QStringLiteral("limit-signal"),
                                         QStringLiteral("How a call over --qpm or the per-user limit is refused: 4095 (HTTP 200 + FAIL 4095) or 429."),
                                         QStringLiteral("signal"), QStringLiteral("4095"));
    const QCommandLineOption serverCert(QStringLiteral("server-cert"), QStringLiteral("Use this server certificate (PEM chain) instead of the generated one."),
                                        QStringLiteral("file"));
    const QCommandLineOption serverKey(QStringLiteral("server-key"), QStringLiteral("Private key of --server-cert."), QStringLiteral("file"));
    const QCommandLineOption clientCa(QStringLiteral("client-ca"), QStringLiteral("Accept client certificates issued by this CA (PEM) instead of the sandbox CA."),
                                      QStringLiteral("file"));
    parser.addOptions({dataDir, port, controlPort, serverName, latency, jitter, errorRate, errorMode, rateLimit, qpm, limitSignal, serverCert,
                       serverKey, clientCa});
    parser.process(app);

    QTextStream err(stderr);
    ait::sandbox::SandboxPki pki;
    if (const QString problem = pki.loadOrCreate(parser.value(dataDir), parser.value(serverName)); !problem.isEmpty()) {
        err << "ait-sandbox: " << problem << Qt::endl;
        return 1;
    }

    auto number = [&parser](const QCommandLineOption &option) {
        bool ok = false;
        const double v = parser.value(option).toDouble(&ok);
        return ok ? QJsonValue(v) : QJsonValue(parser.value(option)); // a string: refused below
    };
    ait::sandbox::Faults faults;
    const QString faultError = faults.merge({{QStringLiteral("latencyMs"), number(latency)},
                                             {QStringLiteral("latencyJitterMs"), number(jitter)},
                                             {QStringLiteral("errorRate"), number(errorRate)},
                                             {QStringLiteral("errorMode"), parser.value(errorMode)},
                                             {QStringLiteral("rateLimit"), parser.value(rateLimit)},
                                             {QStringLiteral("qpm"), number(qpm)},
                                             {QStringLiteral("limitSignal"), parser.value(limitSignal)}});
    if (!faultError.isEmpty()) {
        err << "ait-sandbox: " << faultError << Qt::endl;
        return 2;
    }
    const QByteArray controlToken = ait::sandbox::makeControlToken();
    if (controlToken.isEmpty()) {
        err << "ait-sandbox: no random bytes for the control token" << Qt::endl;
        return 1;
    }
    ait::sandbox::SandboxClock clock;
    ait::sandbox::State state(pki.decryptionKey, pki.aad, [&clock] { return clock.now(); });

    // Mutual TLS: the client must present a certificate issued by the sandbox CA (or --client-ca).
    // The material may also come from paths, e.g. to stand in for a partner's own test PKI.
    if (parser.isSet(serverCert) != parser.isSet(serverKey)) {
        err << "ait-sandbox: --server-cert and --server-key go together" << Qt::endl;
        return 2;
    }
    ait::tls::Identity server = pki.server;
    if (parser.isSet(serverCert)) {
        const auto cert = ait::tls::MaterialLoader::readFile(parser.value(serverCert));
        const auto key = ait::tls::MaterialLoader::readFile(parser.value(serverKey));
        if (!cert.ok() || cert.certificates.isEmpty() || !key.ok() || !key.key.matches(cert.certificates.first())) {
            err << "ait-sandbox: --server-cert/--server-key are not a matching certificate and key" << Qt::endl;
            return 2;
        }
        server.certificate = cert.certificates.first();
        server.chain = cert.certificates.mid(1);
        server.key = key.key;
    }
    QList<QSslCertificate> clientCas{QSslCertificate(pki.ca.certificate.toDer(), QSsl::Der)};
    if (parser.isSet(clientCa)) {
        clientCas = QSslCertificate::fromPath(parser.value(clientCa));
        if (clientCas.isEmpty()) {
            err << "ait-sandbox: --client-ca holds no PEM certificate" << Qt::endl;
            return 2;
        }
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> serverChain;
    for (const ait::tls::Certificate &c : server.fullChain())
        serverChain << QSslCertificate(c.toDer(), QSsl::Der);
    tls.setLocalCertificateChain(serverChain);
    EVP_PKEY_up_ref(server.key.handle());
    tls.setPrivateKey(QSslKey(Qt::HANDLE(server.key.handle()), QSsl::PrivateKey));
    tls.setCaCertificates(clientCas);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Behave like a real TLS server: refuse a missing or foreign client certificate inside the
    // handshake, with an alert the client can see, rather than by silently dropping the socket.
    tls.setMissingCertificateIsFatal(true);
    tls.setHandshakeMustInterruptOnError(true);
    tls.setProtocol(QSsl::TlsV1_2OrLater);

    ait::sandbox::ApiServer api(state, faults, clock);
    const quint16 apiPort = api.listenTls(tls, QHostAddress::LocalHost, quint16(parser.value(port).toUInt()));
    ait::sandbox::ControlServer control(state, faults, api, clock, controlToken);
    const quint16 ctlPort = control.listen(QHostAddress::LocalHost, quint16(parser.value(controlPort).toUInt()));
    if (apiPort == 0 || ctlPort == 0) {
        err << "ait-sandbox: cannot listen on 127.0.0.1 (port in use?)" << Qt::endl;
        return 3;
    }

    const QJsonObject ready{
        {QStringLiteral("url"), QStringLiteral("https://127.0.0.1:%1").arg(apiPort)},
        {QStringLiteral("control_url"), QStringLiteral("http://127.0.0.1:%1").arg(ctlPort)},
        // Every control request carries it as `Authorization: Bearer …`.
        {QStringLiteral("control_token"), QString::fromLatin1(controlToken)},
        {QStringLiteral("ca"), pki.caFile},
        {QStringLiteral("client_cert"), pki.clientFile},
        {QStringLiteral("client_key"), pki.clientKeyFile},
        {QStringLiteral("decryption_key_file"), pki.decryptionKeyFile},
        {QStringLiteral("aad_file"), pki.aadFile},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
    };
    QTextStream(stdout) << QJsonDocument(ready).toJson(QJsonDocument::Compact) << Qt::endl;
    return app.exec();
}
