#pragma once

#include "certificate.h"
#include "privatekey.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ait::tls {

// What a generated certificate says about itself.
struct CertificateRequest
{
    enum class Usage { None, ServerAuth, ClientAuth, ServerAndClient };

    QString commonName;
    QString organization = QStringLiteral("ait-console development PKI");
    QDateTime notBefore;
    QDateTime notAfter;
    bool isCa = false;
    Usage usage = Usage::None;
    QStringList dnsNames;
    QStringList ipAddresses;
};

struct Identity
{
    Certificate certificate;
    PrivateKey key;
    QList<Certificate> chain; // issuers above `certificate`, nearest first (not including it)

    QList<Certificate> fullChain() const { return QList<Certificate>{certificate} + chain; }
};

// Generates throw-away PKI for the sandbox emulator and for tests: never for real partners.
class DevPki
{
public:
    static Certificate issue(const CertificateRequest &request, const PrivateKey &subjectKey,
                             const Certificate &issuer, const PrivateKey &issuerKey);

    static Identity createCa(const QString &commonName, const QDateTime &now, int validDays = 3650,
                             KeyType keyType = KeyType::EcP256);
    static Identity createIntermediate(const Identity &ca, const QString &commonName, const QDateTime &now,
                                       int validDays = 1825, KeyType keyType = KeyType::EcP256);
    static Identity createServer(const Identity &ca, const QStringList &dnsNames, const QStringList &ipAddresses,
                                 const QDateTime &now, int validDays = 825, KeyType keyType = KeyType::EcP256);
    static Identity createClient(const Identity &ca, const QString &commonName, const QDateTime &now,
                                 int validDays = 390, KeyType keyType = KeyType::Rsa2048);
};

} // namespace ait::tls
