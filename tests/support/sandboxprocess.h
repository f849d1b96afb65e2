#pragma once

#include "core/api/partnerclient.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>
#include "sourcelocation.h"

namespace ait::test {

// Starts the real ait-sandbox binary (AIT_SANDBOX) on free loopback ports and stops it again.
class SandboxProcess
{
public:
    explicit SandboxProcess(const QStringList &extraArguments = {}, const QString &dataDir = {});
    ~SandboxProcess();

    bool isReady() const { return !m_ready.isEmpty(); }
    QString error() const { return m_error; }
    QUrl url() const { return QUrl(m_ready.value(QStringLiteral("url")).toString()); }
    QUrl controlUrl() const { return QUrl(m_ready.value(QStringLiteral("control_url")).toString()); }
    QString file(const char *key) const { return m_ready.value(QLatin1String(key)).toString(); }
    QString dataDir() const { return m_dataDir; }
    qint64 pid() const { return m_process.processId(); }

    QByteArray controlToken() const { return m_ready.value(QStringLiteral("control_token")).toString().toLatin1(); }

    // Control port, plain HTTP on loopback, with the control token: GET, or POST when `post` is given.
    QJsonObject control(const QString &path, const QJsonObject &post = {});
    QJsonObject controlPost(const QString &path, const QJsonObject &body = {});
    QJsonObject setFaults(const QJsonObject &faults) { return control(QStringLiteral("/faults"), faults); }
    QJsonArray ledger(const QString &kind = {});
    // GET /stats, and from it the calls received on the paths ending with `pathSuffix` (-1 when the
    // control port did not answer).
    QJsonObject stats() { return control(QStringLiteral("/stats")); }
    qint64 calls(const QString &pathSuffix);
    // Moves the emulator's clock on (POST /clock): expiry, the PENDING second, the limit windows.
    bool advanceClock(double seconds);

    // A client for the sandbox with its demo identity (or none).
    std::unique_ptr<api::PartnerClient> client(bool withIdentity = true, bool readOnly = false, int timeoutMs = 15000,
                                               int deadlineMs = 30000);
    QList<QSslCertificate> caCertificates() const;

private:
    QJsonObject request(const QString &path, const std::optional<QJsonObject> &post);

    QTemporaryDir m_tmp;
    QString m_dataDir;
    QProcess m_process;
    QJsonObject m_ready;
    QString m_error;
};

// Waits for an asynchronous PartnerClient call. When the callback never comes the running test
// fails right here: the error returned then must not pass a check that expects the client's own
// Timeout (or any other error).
template <typename T>
api::Result<T> awaitCall(const std::function<void(api::Callback<T>)> &start, int ms = 30000,
                         SourceLocation where = SourceLocation::current())
{
    std::optional<api::Result<T>> result;
    start([&result](const api::Result<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, ms)) {
        QTest::qFail("the partner call never reported back", where.file_name(), int(where.line()));
        api::Result<T> timeout;
        timeout.error = api::ApiError::make(api::ApiError::Kind::Timeout, QStringLiteral("test waited too long"));
        return timeout;
    }
    return *result;
}

} // namespace ait::test
