#include "sandboxpki.h"
#include "sandboxserver.h"
#include "sandboxstate.h"

#include "ait/version.h"

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
// Prints one JSON line when ready: url, control_url, ca, client_cert, client_key, ….
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
    parser.addOptions({dataDir, port, controlPort, serverName, latency, jitter, errorRate, errorMode, rateLimit});
    parser.process(app);

    QTextStream err(stderr);
    ait::sandbox::SandboxPki pki;
    if (const QString problem = pki.loadOrCreate(parser.value(dataDir), parser.value(serverName)); !problem.isEmpty()) {
        err << "ait-sandbox: " << problem << Qt::endl;
        return 1;
    }

    ait::sandbox::Faults faults;
    const QString faultError = faults.merge({{QStringLiteral("latencyMs"), parser.value(latency).toInt()},
                                             {QStringLiteral("latencyJitterMs"), parser.value(jitter).toInt()},
                                             {QStringLiteral("errorRate"), parser.value(errorRate).toDouble()},
                                             {QStringLiteral("errorMode"), parser.value(errorMode)},
                                             {QStringLiteral("rateLimit"), parser.value(rateLimit)}});
    if (!faultError.isEmpty()) {
        err << "ait-sandbox: " << faultError << Qt::endl;
        return 2;
    }
    ait::sandbox::State state(pki.decryptionKey, pki.aad);

    // Mutual TLS: the client must present a certificate issued by the sandbox CA.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(pki.server.certificate.toDer(), QSsl::Der));
    const ait::tls::SecretBuffer serverKey = pki.server.key.toPkcs8Pem();
    tls.setPrivateKey(QSslKey(serverKey.view().toByteArray(), QSsl::Ec, QSsl::Pem));
    tls.setCaCertificates({QSslCertificate(pki.ca.certificate.toDer(), QSsl::Der)});
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Behave like a real TLS server: refuse a missing or foreign client certificate inside the
    // handshake, with an alert the client can see, rather than by silently dropping the socket.
    tls.setMissingCertificateIsFatal(true);
    tls.setHandshakeMustInterruptOnError(true);
    tls.setProtocol(QSsl::TlsV1_2OrLater);

    ait::sandbox::ApiServer api(state, faults);
    api.sslSetup(tls);
    const quint16 apiPort = api.listen(QHostAddress::LocalHost, quint16(parser.value(port).toUInt()));
    ait::sandbox::ControlServer control(state, faults);
    const quint16 ctlPort = control.listen(QHostAddress::LocalHost, quint16(parser.value(controlPort).toUInt()));
    if (apiPort == 0 || ctlPort == 0) {
        err << "ait-sandbox: cannot listen on 127.0.0.1 (port in use?)" << Qt::endl;
        return 3;
    }

    const QJsonObject ready{
        {QStringLiteral("url"), QStringLiteral("https://127.0.0.1:%1").arg(apiPort)},
        {QStringLiteral("control_url"), QStringLiteral("http://127.0.0.1:%1").arg(ctlPort)},
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
