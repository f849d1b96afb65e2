#include "certificate.h"

#include "openssl_util.h"

#include <QCryptographicHash>

#include <openssl/pem.h>

namespace ait::tls {

using namespace detail;

namespace {

QDateTime toDateTime(const ASN1_TIME *time)
{
    struct tm tm = {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString nameToString(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    // RFC 2253 order and escaping, but keep UTF-8 instead of \XX escapes for non-ASCII.
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(bioContents(bio.get()));
}

QString commonNameOf(const X509_NAME *name)
{
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0)
        return {};
    QString result = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return result;
}

QByteArray digest(X509 *x509, const EVP_MD *md)
{
    unsigned char buffer[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(x509, md, buffer, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(buffer), int(length));
}

QStringList keyUsageNames(uint32_t usage)
{
    static const std::pair<uint32_t, const char *> names[] = {
        {KU_DIGITAL_SIGNATURE, "digitalSignature"}, {KU_NON_REPUDIATION, "nonRepudiation"},
        {KU_KEY_ENCIPHERMENT, "keyEncipherment"},   {KU_DATA_ENCIPHERMENT, "dataEncipherment"},
        {KU_KEY_AGREEMENT, "keyAgreement"},         {KU_KEY_CERT_SIGN, "keyCertSign"},
        {KU_CRL_SIGN, "cRLSign"},                   {KU_ENCIPHER_ONLY, "encipherOnly"},
        {KU_DECIPHER_ONLY, "decipherOnly"},
    };
    QStringList result;
    for (const auto &[bit, name] : names) {
        if (usage & bit)
            result << QString::fromLatin1(name);
    }
    return result;
}

QStringList extendedKeyUsageNames(X509 *x509)
{
    QStringList result;
    auto *eku = static_cast<EXTENDED_KEY_USAGE *>(X509_get_ext_d2i(x509, NID_ext_key_usage, nullptr, nullptr));
    if (!eku)
        return result;
    for (int i = 0; i < sk_ASN1_OBJECT_num(eku); ++i) {
        const ASN1_OBJECT *object = sk_ASN1_OBJECT_value(eku, i);
        const int nid = OBJ_obj2nid(object);
        if (nid != NID_undef) {
            result << QString::fromLatin1(OBJ_nid2sn(nid));
        } else {
            char oid[80];
            OBJ_obj2txt(oid, sizeof oid, object, 1);
            result << QString::fromLatin1(oid);
        }
    }
    EXTENDED_KEY_USAGE_free(eku);
    return result;
}

QStringList subjectAltNames(X509 *x509)
{
    QStringList result;
    auto *names = static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(x509, NID_subject_alt_name, nullptr, nullptr));
    if (!names)
        return result;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, i);
        auto text = [](const ASN1_STRING *s) {
            return QString::fromUtf8(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                                     ASN1_STRING_length(s));
        };
        switch (name->type) {
        case GEN_DNS: result << QStringLiteral("DNS:") + text(name->d.dNSName); break;
        case GEN_EMAIL: result << QStringLiteral("email:") + text(name->d.rfc822Name); break;
        case GEN_URI: result << QStringLiteral("URI:") + text(name->d.uniformResourceIdentifier); break;
        case GEN_IPADD: {
            const QByteArray raw(reinterpret_cast<const char *>(ASN1_STRING_get0_data(name->d.iPAddress)),
                                 ASN1_STRING_length(name->d.iPAddress));
            QString ip;
            if (raw.size() == 4) {
                ip = QStringLiteral("%1.%2.%3.%4").arg(uchar(raw[0])).arg(uchar(raw[1])).arg(uchar(raw[2])).arg(uchar(raw[3]));
            } else {
                QStringList groups;
                for (int g = 0; g + 1 < raw.size(); g += 2)
                    groups << QString::number((uchar(raw[g]) << 8) | uchar(raw[g + 1]), 16);
                ip = groups.join(QLatin1Char(':'));
            }
            result << QStringLiteral("IP:") + ip;
            break;
        }
        default: break;
        }
    }
    GENERAL_NAMES_free(names);
    return result;
}

} // namespace

QString colonHex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}

Certificate::Certificate(X509 *adopted) : m_x509(adopted, X509_free) {}

Certificate Certificate::fromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x509 = d2i_X509(nullptr, &p, long(der.size()));
    return Certificate(x509);
}

Certificate Certificate::fromPem(const QByteArray &pem)
{
    BioPtr bio = memoryBio(pem);
    return Certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, const_cast<char *>("")));
}

QByteArray Certificate::toDer() const
{
    if (isNull())
        return {};
    unsigned char *out = nullptr;
    const int length = i2d_X509(handle(), &out);
    if (length <= 0)
        return {};
    QByteArray result(reinterpret_cast<const char *>(out), length);
    OPENSSL_free(out);
    return result;
}

QByteArray Certificate::toPem() const
{
    if (isNull())
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), handle());
    return bioContents(bio.get());
}

QString Certificate::sha256Fingerprint() const
{
    return isNull() ? QString() : colonHex(digest(handle(), EVP_sha256()));
}

CertificateDetails Certificate::details() const
{
    CertificateDetails d;
    if (isNull())
        return d;
    X509 *x = handle();
    d.subject = nameToString(X509_get_subject_name(x));
    d.commonName = commonNameOf(X509_get_subject_name(x));
    d.issuer = nameToString(X509_get_issuer_name(x));

    if (BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), nullptr)) {
        QByteArray raw(BN_num_bytes(bn), Qt::Uninitialized);
        BN_bn2bin(bn, reinterpret_cast<unsigned char *>(raw.data()));
        d.serialNumber = colonHex(raw.isEmpty() ? QByteArray(1, '\0') : raw);
        BN_free(bn);
    }
    d.notBefore = toDateTime(X509_get0_notBefore(x));
    d.notAfter = toDateTime(X509_get0_notAfter(x));

    if (EVP_PKEY *key = X509_get0_pubkey(x)) {
        const int id = EVP_PKEY_get_base_id(key);
        d.keyAlgorithm = id == EVP_PKEY_RSA ? QStringLiteral("RSA")
                       : id == EVP_PKEY_EC  ? QStringLiteral("EC")
                                            : QString::fromLatin1(EVP_PKEY_get0_type_name(key));
        d.keyBits = EVP_PKEY_get_bits(key);
        if (id == EVP_PKEY_EC) {
            char group[64] = {};
            size_t length = 0;
            if (EVP_PKEY_get_utf8_string_param(key, "group", group, sizeof group, &length) == 1)
                d.curve = QString::fromLatin1(group, qsizetype(length));
        }
    }

    d.sha256Fingerprint = colonHex(digest(x, EVP_sha256()));
    d.sha1Fingerprint = colonHex(digest(x, EVP_sha1()));
    unsigned char *spki = nullptr;
    const int spkiLength = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x), &spki);
    if (spkiLength > 0) {
        const QByteArray spkiDer(reinterpret_cast<const char *>(spki), spkiLength);
        d.spkiSha256 = QString::fromLatin1(QCryptographicHash::hash(spkiDer, QCryptographicHash::Sha256).toBase64());
        OPENSSL_free(spki);
    }

    const uint32_t flags = X509_get_extension_flags(x);
    if (flags & EXFLAG_KUSAGE)
        d.keyUsage = keyUsageNames(X509_get_key_usage(x));
    d.hasExtendedKeyUsage = flags & EXFLAG_XKUSAGE;
    d.extendedKeyUsage = extendedKeyUsageNames(x);
    d.allowsClientAuth = !d.hasExtendedKeyUsage
        || d.extendedKeyUsage.contains(QStringLiteral("clientAuth"))
        || d.extendedKeyUsage.contains(QStringLiteral("anyExtendedKeyUsage"));
    d.subjectAltNames = subjectAltNames(x);
    d.isCa = X509_check_ca(x) > 0 && (flags & EXFLAG_CA);
    d.selfSigned = isSelfSigned();
    return d;
}

bool Certificate::isSignedBy(const Certificate &issuer) const
{
    if (isNull() || issuer.isNull())
        return false;
    if (!issuer.namesAsIssuerOf(*this))
        return false;
    EVP_PKEY *key = X509_get0_pubkey(issuer.handle());
    const bool ok = key && X509_verify(handle(), key) == 1;
    detail::takeErrors();
    return ok;
}

bool Certificate::namesAsIssuerOf(const Certificate &child) const
{
    return !isNull() && !child.isNull() && X509_check_issued(handle(), child.handle()) == X509_V_OK;
}

bool Certificate::isSelfSigned() const
{
    return isSignedBy(*this);
}

bool Certificate::operator==(const Certificate &other) const
{
    if (isNull() || other.isNull())
        return isNull() == other.isNull();
    return X509_cmp(handle(), other.handle()) == 0;
}

QByteArray chainToPem(const QList<Certificate> &chain)
{
    QByteArray pem;
    for (const Certificate &c : chain)
        pem += c.toPem();
    return pem;
}

} // namespace ait::tls
