#include "devpki.h"

#include "openssl_util.h"

#include <openssl/bn.h>
#include <openssl/rand.h>

namespace ait::tls {

using namespace detail;

namespace {

bool addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const QString &value)
{
    if (value.isEmpty())
        return true;
    X509_EXTENSION *ext = X509V3_EXT_nconf_nid(nullptr, ctx, nid, value.toLatin1().constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

bool setName(X509_NAME *name, const CertificateRequest &request)
{
    auto add = [name](const char *field, const QString &value) {
        if (value.isEmpty())
            return true;
        const QByteArray utf8 = value.toUtf8();
        return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                          reinterpret_cast<const unsigned char *>(utf8.constData()),
                                          int(utf8.size()), -1, 0) == 1;
    };
    return add("O", request.organization) && add("CN", request.commonName);
}

QString usageExtension(CertificateRequest::Usage usage)
{
    switch (usage) {
    case CertificateRequest::Usage::None: return {};
    case CertificateRequest::Usage::ServerAuth: return QStringLiteral("serverAuth");
    case CertificateRequest::Usage::ClientAuth: return QStringLiteral("clientAuth");
    case CertificateRequest::Usage::ServerAndClient: return QStringLiteral("serverAuth,clientAuth");
    }
    return {};
}

} // namespace

Certificate DevPki::issue(const CertificateRequest &request, const PrivateKey &subjectKey,
                          const Certificate &issuer, const PrivateKey &issuerKey)
{
    X509Ptr cert(X509_new());
    if (!cert || subjectKey.isNull() || issuerKey.isNull())
        return {};
    X509_set_version(cert.get(), X509_VERSION_3);

    // 63 random bits: positive, unique enough for throw-away PKI.
    std::unique_ptr<BIGNUM, Deleter<BN_free>> serial(BN_new());
    BN_rand(serial.get(), 63, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()));

    ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(request.notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(request.notAfter.toSecsSinceEpoch()));
    X509_set_pubkey(cert.get(), subjectKey.handle());

    if (!setName(X509_get_subject_name(cert.get()), request))
        return {};
    const bool selfSigned = issuer.isNull();
    X509_set_issuer_name(cert.get(), selfSigned ? X509_get_subject_name(cert.get())
                                                : X509_get_subject_name(issuer.handle()));

    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, selfSigned ? cert.get() : issuer.handle(), cert.get(), nullptr, nullptr, 0);

    QStringList altNames;
    for (const QString &dns : request.dnsNames)
        altNames << QStringLiteral("DNS:") + dns;
    for (const QString &ip : request.ipAddresses)
        altNames << QStringLiteral("IP:") + ip;

    const bool ok =
        addExtension(cert.get(), &ctx, NID_basic_constraints,
                     request.isCa ? QStringLiteral("critical,CA:TRUE") : QStringLiteral("critical,CA:FALSE"))
        && addExtension(cert.get(), &ctx, NID_key_usage,
                        request.isCa ? QStringLiteral("critical,keyCertSign,cRLSign")
                                     : QStringLiteral("critical,digitalSignature,keyEncipherment"))
        && addExtension(cert.get(), &ctx, NID_ext_key_usage, usageExtension(request.usage))
        && addExtension(cert.get(), &ctx, NID_subject_key_identifier, QStringLiteral("hash"))
        && (selfSigned || addExtension(cert.get(), &ctx, NID_authority_key_identifier, QStringLiteral("keyid:always")))
        && addExtension(cert.get(), &ctx, NID_subject_alt_name, altNames.join(QLatin1Char(',')));
    if (!ok || X509_sign(cert.get(), issuerKey.handle(), EVP_sha256()) <= 0) {
        takeErrors();
        return {};
    }
    return Certificate(cert.release());
}

Identity DevPki::createCa(const QString &commonName, const QDateTime &now, int validDays, KeyType keyType)
{
    Identity ca;
    ca.key = PrivateKey::generate(keyType);
    CertificateRequest request;
    request.commonName = commonName;
    request.isCa = true;
    request.notBefore = now.addSecs(-3600);
    request.notAfter = now.addDays(validDays);
    ca.certificate = issue(request, ca.key, Certificate(), ca.key);
    return ca;
}

Identity DevPki::createIntermediate(const Identity &ca, const QString &commonName, const QDateTime &now,
                                   int validDays, KeyType keyType)
{
    Identity intermediate;
    intermediate.key = PrivateKey::generate(keyType);
    CertificateRequest request;
    request.commonName = commonName;
    request.isCa = true;
    request.notBefore = now.addSecs(-3600);
    request.notAfter = now.addDays(validDays);
    intermediate.certificate = issue(request, intermediate.key, ca.certificate, ca.key);
    intermediate.chain = ca.fullChain();
    return intermediate;
}

Identity DevPki::createServer(const Identity &ca, const QStringList &dnsNames, const QStringList &ipAddresses,
                              const QDateTime &now, int validDays, KeyType keyType)
{
    Identity server;
    server.key = PrivateKey::generate(keyType);
    CertificateRequest request;
    request.commonName = dnsNames.value(0, ipAddresses.value(0));
    request.usage = CertificateRequest::Usage::ServerAuth;
    request.dnsNames = dnsNames;
    request.ipAddresses = ipAddresses;
    request.notBefore = now.addSecs(-3600);
    request.notAfter = now.addDays(validDays);
    server.certificate = issue(request, server.key, ca.certificate, ca.key);
    server.chain = ca.fullChain();
    return server;
}

Identity DevPki::createClient(const Identity &ca, const QString &commonName, const QDateTime &now, int validDays,
                              KeyType keyType)
{
    Identity client;
    client.key = PrivateKey::generate(keyType);
    CertificateRequest request;
    request.commonName = commonName;
    request.usage = CertificateRequest::Usage::ClientAuth;
    request.notBefore = now.addSecs(-3600);
    request.notAfter = now.addDays(validDays);
    client.certificate = issue(request, client.key, ca.certificate, ca.key);
    client.chain = ca.fullChain();
    return client;
}

} // namespace ait::tls
