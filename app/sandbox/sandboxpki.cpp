#include "sandboxpki.h"

#include "core/tls/materialloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/rand.h>

namespace ait::sandbox {

namespace {

bool writePrivate(const QString &path, QByteArrayView bytes)
{
    QFile::remove(path);
    QFile file(path);
    // Created owner-only, before a single byte is written.
    if (!file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    return file.write(bytes.data(), bytes.size()) == bytes.size();
}

bool writePublic(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

tls::Identity loadIdentity(const QString &certFile, const QString &keyFile)
{
    tls::Identity id;
    const tls::LoadedMaterial cert = tls::MaterialLoader::readFile(certFile);
    const tls::LoadedMaterial key = tls::MaterialLoader::readFile(keyFile);
    if (!cert.ok() || !key.ok() || cert.certificates.isEmpty())
        return {};
    id.certificate = cert.certificates.first();
    id.chain = cert.certificates.mid(1);
    id.key = key.key;
    return id;
}

} // namespace

QString SandboxPki::loadOrCreate(const QString &dataDir, const QString &serverName)
{
    QDir dir(dataDir);
    if (!dir.mkpath(QStringLiteral(".")))
        return QStringLiteral("cannot create the data folder %1").arg(dataDir);
    QFile::setPermissions(dir.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto path = [&dir](const char *name) { return dir.absoluteFilePath(QString::fromLatin1(name)); };
    caFile = path("ca.pem");
    caKeyFile = path("ca-key.pem");
    serverFile = path("server.pem");
    serverKeyFile = path("server-key.pem");
    clientFile = path("client.pem");
    clientKeyFile = path("client-key.pem");
    decryptionKeyFile = path("login-decryption-key.b64");
    aadFile = path("login-aad.txt");
    const QDateTime now = QDateTime::currentDateTimeUtc();

    ca = loadIdentity(caFile, caKeyFile);
    if (ca.certificate.isNull() || ca.certificate.details().notAfter < now.addDays(30)) {
        ca = tls::DevPki::createCa(QStringLiteral("ait-sandbox CA"), now);
        QFile::remove(serverFile); // everything below the CA must be re-issued
        QFile::remove(clientFile);
        if (!writePublic(caFile, ca.certificate.toPem()) || !writePrivate(caKeyFile, ca.key.toPkcs8Pem().view()))
            return QStringLiteral("cannot write the sandbox CA");
    }

    server = loadIdentity(serverFile, serverKeyFile);
    const QStringList names = server.certificate.isNull() ? QStringList() : server.certificate.details().subjectAltNames;
    if (server.certificate.isNull() || !names.contains(QStringLiteral("DNS:") + serverName)
        || server.certificate.details().notAfter < now.addDays(7) || !server.certificate.isSignedBy(ca.certificate)) {
        server = tls::DevPki::createServer(ca, {serverName}, {QStringLiteral("127.0.0.1"), QStringLiteral("::1")}, now);
        if (serverName != QLatin1String("localhost")) // a deliberately wrong name, for hostname tests: no IPs either
            server = tls::DevPki::createServer(ca, {serverName}, {}, now);
        if (!writePublic(serverFile, tls::chainToPem(server.fullChain())) || !writePrivate(serverKeyFile, server.key.toPkcs8Pem().view()))
            return QStringLiteral("cannot write the server certificate");
    }

    const tls::Identity client = loadIdentity(clientFile, clientKeyFile);
    if (client.certificate.isNull() || !client.certificate.isSignedBy(ca.certificate)
        || client.certificate.details().notAfter < now.addDays(7)) {
        const tls::Identity demo = tls::DevPki::createClient(ca, QStringLiteral("ait-sandbox demo client"), now);
        if (!writePublic(clientFile, tls::chainToPem(demo.fullChain())) || !writePrivate(clientKeyFile, demo.key.toPkcs8Pem().view()))
            return QStringLiteral("cannot write the demo client identity");
    }

    decryptionKey = QByteArray::fromBase64(readAll(decryptionKeyFile).trimmed());
    aad = readAll(aadFile).trimmed();
    if (decryptionKey.size() != 32 || aad.isEmpty()) {
        decryptionKey = QByteArray(32, Qt::Uninitialized);
        RAND_bytes(reinterpret_cast<unsigned char *>(decryptionKey.data()), 32);
        aad = QByteArrayLiteral("ait-sandbox");
        if (!writePrivate(decryptionKeyFile, decryptionKey.toBase64()) || !writePrivate(aadFile, aad))
            return QStringLiteral("cannot write the login decryption key");
    }
    return {};
}

} // namespace ait::sandbox
