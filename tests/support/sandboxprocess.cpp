#include "sandboxprocess.h"

#include "core/tls/materialloader.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

namespace ait::test {

SandboxProcess::SandboxProcess(const QStringList &extraArguments, const QString &dataDir)
    : m_dataDir(dataDir.isEmpty() ? m_tmp.filePath(QStringLiteral("sandbox")) : dataDir)
{
    const QString program = qEnvironmentVariable("AIT_SANDBOX");
    m_process.setProgram(program);
    m_process.setArguments(QStringList{QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--port"), QStringLiteral("0"),
                                       QStringLiteral("--control-port"), QStringLiteral("0")} + extraArguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
        return;
    }
    if (!QTest::qWaitFor([this] { return m_process.canReadLine() || m_process.state() != QProcess::Running; }, 30000)
        || !m_process.canReadLine()) {
        m_error = QStringLiteral("ait-sandbox did not get ready: %1").arg(QString::fromUtf8(m_process.readAllStandardError()));
        return;
    }
    m_ready = QJsonDocument::fromJson(m_process.readLine()).object();
    if (m_ready.isEmpty())
        m_error = QStringLiteral("ait-sandbox printed no JSON line");
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() == QProcess::Running) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QJsonObject SandboxProcess::control(const QString &path, const QJsonObject &post)
{
    return request(path, post.isEmpty() ? std::nullopt : std::optional<QJsonObject>(post));
}

QJsonObject SandboxProcess::controlPost(const QString &path, const QJsonObject &body)
{
    return request(path, body);
}

QJsonObject SandboxProcess::request(const QString &path, const std::optional<QJsonObject> &post)
{
    QNetworkAccessManager nam;
    QUrl url = controlUrl();
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + controlToken());
    QNetworkReply *reply = post ? nam.post(request, QJsonDocument(*post).toJson()) : nam.get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000)) {
        delete reply;
        return {{QStringLiteral("error"), QStringLiteral("the control port did not answer")}};
    }
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return answer;
}

qint64 SandboxProcess::calls(const QString &pathSuffix)
{
    const QJsonObject s = stats();
    if (!s.contains(QStringLiteral("calls")))
        return -1;
    const QJsonObject calls = s.value(QStringLiteral("calls")).toObject();
    qint64 n = 0;
    for (auto it = calls.begin(); it != calls.end(); ++it) {
        if (it.key().endsWith(pathSuffix))
            n += it.value().toInteger();
    }
    return n;
}

bool SandboxProcess::advanceClock(double seconds)
{
    return controlPost(QStringLiteral("/clock"), {{QStringLiteral("advanceSeconds"), seconds}}).contains(QStringLiteral("now"));
}

QJsonArray SandboxProcess::ledger(const QString &kind)
{
    const QString path = kind.isEmpty() ? QStringLiteral("/ledger") : QStringLiteral("/ledger?kind=") + kind;
    QJsonArray all = control(path).value(QStringLiteral("entries")).toArray(), matching;
    for (const QJsonValue &v : all) {
        if (kind.isEmpty() || v.toObject().value(QStringLiteral("kind")).toString() == kind)
            matching << v;
    }
    return matching;
}

QList<QSslCertificate> SandboxProcess::caCertificates() const
{
    return QSslCertificate::fromPath(file("ca"));
}

std::unique_ptr<api::PartnerClient> SandboxProcess::client(bool withIdentity, bool readOnly, int timeoutMs, int deadlineMs)
{
    api::ClientSettings settings;
    settings.profileName = QStringLiteral("Sandbox");
    settings.appsBaseUrl = url();
    settings.payBaseUrl = url();
    settings.readOnly = readOnly;
    settings.trustedCas = caCertificates();
    settings.timeoutMs = timeoutMs;
    settings.deadlineMs = deadlineMs;
    auto client = std::make_unique<api::PartnerClient>(settings);
    if (withIdentity) {
        const tls::LoadedMaterial cert = tls::MaterialLoader::readFile(file("client_cert"));
        const tls::LoadedMaterial key = tls::MaterialLoader::readFile(file("client_key"));
        client->setIdentity(cert.certificates, key.key);
    }
    return client;
}

} // namespace ait::test
