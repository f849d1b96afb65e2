#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

using X509 = struct x509_st; // as <openssl/types.h> declares it

namespace ait::tls {

// What a person or a report wants to know about one certificate (all public data).
struct CertificateDetails
{
    QString subject;           // RFC 2253, UTF-8
    QString commonName;
    QString issuer;
    QString serialNumber;      // hex, colon separated
    QDateTime notBefore;       // UTC
    QDateTime notAfter;        // UTC
    QString keyAlgorithm;      // "RSA", "EC", or the OpenSSL name of anything else
    int keyBits = 0;
    QString curve;             // EC only, e.g. "prime256v1"
    QString sha256Fingerprint; // colon-separated upper-case hex
    QString sha1Fingerprint;
    QString spkiSha256;        // base64, as used for key pinning
    QStringList keyUsage;
    QStringList extendedKeyUsage;
    bool hasExtendedKeyUsage = false;
    bool allowsClientAuth = true; // false only when an EKU extension exists without clientAuth
    QStringList subjectAltNames;  // "DNS:…", "IP:…", "email:…", "URI:…"
    bool isCa = false;
    bool selfSigned = false;
};

// A shared, immutable X.509 certificate.
class Certificate
{
public:
    Certificate() = default;
    explicit Certificate(X509 *adopted); // takes ownership

    static Certificate fromDer(const QByteArray &der);
    static Certificate fromPem(const QByteArray &pem); // the first certificate in the text

    bool isNull() const { return !m_x509; }
    X509 *handle() const { return m_x509.get(); }

    QByteArray toDer() const;
    QByteArray toPem() const;
    CertificateDetails details() const;
    QString sha256Fingerprint() const;

    // True when `issuer` names this certificate's issuer and its key verifies the signature.
    bool isSignedBy(const Certificate &issuer) const;
    bool isSelfSigned() const;
    // True when this certificate's subject and key identifier name it as `child`'s issuer
    // (no signature check: that is isSignedBy()).
    bool namesAsIssuerOf(const Certificate &child) const;

    bool operator==(const Certificate &other) const;

private:
    std::shared_ptr<X509> m_x509;
};

QString colonHex(const QByteArray &bytes);
QByteArray chainToPem(const QList<Certificate> &chain);

} // namespace ait::tls
