#pragma once

#include "core/tls/devpki.h"

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QString>

namespace ait::test {

// Generates, at test time, every kind of certificate and key file the console must handle,
// under one folder (usually a QTemporaryDir). Nothing here is committed as a file.
class TestPki
{
public:
    // `now` defaults to the current time in whole seconds, as certificates carry it.
    explicit TestPki(const QString &directory,
                     const QDateTime &now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC));

    static QByteArray passphrase() { return QByteArrayLiteral("correct horse battery staple"); }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString write(const QString &name, const QByteArray &bytes, int permissions = 0600) const;
    QDateTime now() const { return m_now; }

    // Issues a client certificate from the intermediate CA with the given validity and usage.
    tls::Identity client(const QString &cn, const QDateTime &notBefore, const QDateTime &notAfter,
                         tls::CertificateRequest::Usage usage = tls::CertificateRequest::Usage::ClientAuth,
                         tls::KeyType type = tls::KeyType::Rsa2048) const;

    // Writes every standard fixture (see testpki.cpp for the list of names).
    void writeAll();

    tls::Identity root;
    tls::Identity intermediate;
    tls::Identity rsaClient;  // issued by intermediate; chain: intermediate, root
    tls::Identity ecClient;   // P-256, issued by root

private:
    QDir m_dir;
    QDateTime m_now;
};

// PEM/DER encodings of keys that the product itself never writes.
QByteArray pkcs8Pem(const tls::PrivateKey &key);
QByteArray pkcs8Der(const tls::PrivateKey &key);
QByteArray traditionalPem(const tls::PrivateKey &key, const QByteArray &passphrase = {});
QByteArray traditionalDer(const tls::PrivateKey &key);
QByteArray encryptedPkcs8Pem(const tls::PrivateKey &key, const QByteArray &passphrase);
QByteArray encryptedPkcs8Der(const tls::PrivateKey &key, const QByteArray &passphrase);
QByteArray pkcs12(const tls::Identity &identity, const QByteArray &passphrase);

} // namespace ait::test
