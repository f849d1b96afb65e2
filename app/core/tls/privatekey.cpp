#include "privatekey.h"

#include "certificate.h"
#include "openssl_util.h"

#include <openssl/pem.h>

namespace ait::tls {

using namespace detail;

namespace {

SecretBuffer drainBio(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    SecretBuffer out(data, qsizetype(size));
    // Wipe OpenSSL's copy before the BIO frees it.
    if (size > 0)
        OPENSSL_cleanse(data, size_t(size));
    return out;
}

BioPtr secureMemoryBio()
{
    // BIO_s_secmem uses the secure heap when it is initialised, and clears memory on free.
    return BioPtr(BIO_new(BIO_s_secmem()));
}

} // namespace

PrivateKey::PrivateKey(EVP_PKEY *adopted) : m_key(adopted, EVP_PKEY_free) {}

PrivateKey PrivateKey::generate(KeyType type)
{
    switch (type) {
    case KeyType::Rsa2048: return PrivateKey(EVP_RSA_gen(2048));
    case KeyType::Rsa3072: return PrivateKey(EVP_RSA_gen(3072));
    case KeyType::Rsa4096: return PrivateKey(EVP_RSA_gen(4096));
    case KeyType::EcP256: return PrivateKey(EVP_EC_gen("P-256"));
    case KeyType::EcP384: return PrivateKey(EVP_EC_gen("P-384"));
    }
    return {};
}

PrivateKey PrivateKey::fromPkcs8Der(const SecretBuffer &der)
{
    const unsigned char *p = der.bytes();
    EVP_PKEY *key = d2i_AutoPrivateKey(nullptr, &p, long(der.size()));
    takeErrors();
    return PrivateKey(key);
}

QString PrivateKey::algorithm() const
{
    if (isNull())
        return {};
    switch (EVP_PKEY_get_base_id(handle())) {
    case EVP_PKEY_RSA: return QStringLiteral("RSA");
    case EVP_PKEY_EC: return QStringLiteral("EC");
    default: return QString::fromLatin1(EVP_PKEY_get0_type_name(handle()));
    }
}

int PrivateKey::bits() const
{
    return isNull() ? 0 : EVP_PKEY_get_bits(handle());
}

bool PrivateKey::isSupported() const
{
    if (isNull())
        return false;
    const int id = EVP_PKEY_get_base_id(handle());
    return id == EVP_PKEY_RSA || id == EVP_PKEY_EC;
}

bool PrivateKey::matches(const Certificate &certificate) const
{
    if (isNull() || certificate.isNull())
        return false;
    EVP_PKEY *pub = X509_get0_pubkey(certificate.handle());
    const bool equal = pub && EVP_PKEY_eq(pub, handle()) == 1;
    takeErrors();
    return equal;
}

SecretBuffer PrivateKey::toPkcs8Der() const
{
    if (isNull())
        return {};
    BioPtr bio = secureMemoryBio();
    if (i2d_PKCS8PrivateKey_bio(bio.get(), handle(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return drainBio(bio.get());
}

SecretBuffer PrivateKey::toPkcs8Pem() const
{
    if (isNull())
        return {};
    BioPtr bio = secureMemoryBio();
    if (PEM_write_bio_PKCS8PrivateKey(bio.get(), handle(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return drainBio(bio.get());
}

} // namespace ait::tls
