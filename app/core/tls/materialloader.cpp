#include "materialloader.h"

#include "openssl_util.h"

#include <QFile>
#include <QFileInfo>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/provider.h>

#include <cstring>
#include <mutex>

namespace ait::tls {

using namespace detail;

namespace {

constexpr char pemBegin[] = "-----BEGIN ";

struct PassphraseContext
{
    const SecretBuffer *passphrase = nullptr;
    bool asked = false;
};

// OpenSSL asks through this callback; without it, it would prompt on the terminal.
int passphraseCallback(char *buffer, int size, int /*rwflag*/, void *userData)
{
    auto *context = static_cast<PassphraseContext *>(userData);
    context->asked = true;
    if (!context->passphrase || context->passphrase->isEmpty() || context->passphrase->size() > size)
        return -1;
    std::memcpy(buffer, context->passphrase->data(), size_t(context->passphrase->size()));
    return int(context->passphrase->size());
}

bool looksLikePem(QByteArrayView data)
{
    return data.indexOf(QByteArrayView(pemBegin)) >= 0;
}

// In place, so key bytes are never copied into memory we cannot wipe.
void normalise(SecretBuffer &data)
{
    static const char bom[] = "\xEF\xBB\xBF";
    qsizetype start = data.view().startsWith(QByteArrayView(bom, 3)) ? 3 : 0;
    if (!looksLikePem(data.view()))
        return; // DER: every byte matters
    char *p = data.data();
    qsizetype out = 0;
    for (qsizetype in = start; in < data.size(); ++in) {
        if (p[in] == '\r')
            continue; // CRLF and stray CR both become LF-only text
        p[out++] = p[in];
    }
    data.truncate(out);
}

QStringList pemLabels(QByteArrayView data)
{
    QStringList labels;
    qsizetype from = 0;
    while ((from = data.indexOf(QByteArrayView(pemBegin), from)) >= 0) {
        from += qsizetype(std::strlen(pemBegin));
        const qsizetype end = data.indexOf(QByteArrayView("-----"), from);
        if (end < 0 || end - from > 64)
            break;
        labels << QString::fromLatin1(data.sliced(from, end - from));
        from = end;
    }
    return labels;
}

LoadError keyFailure(const PassphraseContext &context)
{
    if (context.asked)
        return context.passphrase && !context.passphrase->isEmpty() ? LoadError::WrongPassphrase
                                                                    : LoadError::PassphraseRequired;
    return lastErrorIsUnsupported() ? LoadError::UnsupportedAlgorithm : LoadError::Damaged;
}

void fail(LoadedMaterial &m, LoadError error)
{
    m.error = error;
    m.technicalDetail = takeErrors();
}

void parsePem(const SecretBuffer &data, const SecretBuffer *passphrase, LoadedMaterial &m)
{
    m.format = SourceFormat::Pem;
    m.pemLabels = pemLabels(data.view());

    BioPtr bio = memoryBio(data.view());
    ERR_clear_error();
    for (;;) {
        X509 *x509 = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
        if (!x509)
            break;
        m.certificates << Certificate(x509);
    }
    if (peekLastReason() != PEM_R_NO_START_LINE) {
        // A block was there but could not be read: cut off, or its base64/DER is garbled.
        return fail(m, lastErrorIsUnsupported() ? LoadError::UnsupportedAlgorithm : LoadError::Damaged);
    }
    ERR_clear_error();

    const bool hasKeyBlock = std::any_of(m.pemLabels.cbegin(), m.pemLabels.cend(), [](const QString &label) {
        return label.endsWith(QLatin1String("PRIVATE KEY"));
    });
    if (hasKeyBlock) {
        m.keyWasEncrypted = m.pemLabels.contains(QLatin1String("ENCRYPTED PRIVATE KEY"))
                         || data.view().indexOf(QByteArrayView("Proc-Type: 4,ENCRYPTED")) >= 0;
        BioPtr keyBio = memoryBio(data.view());
        PassphraseContext context{passphrase};
        EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio.get(), nullptr, passphraseCallback, &context);
        if (!key)
            return fail(m, keyFailure(context));
        m.key = PrivateKey(key);
    }

    if (m.certificates.isEmpty() && m.key.isNull())
        return fail(m, LoadError::NotRecognised);
}

bool parsePkcs12(const SecretBuffer &data, const SecretBuffer *passphrase, LoadedMaterial &m)
{
    const unsigned char *p = data.bytes();
    Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, long(data.size())));
    if (!p12 || p != data.bytes() + data.size()) {
        ERR_clear_error();
        return false;
    }
    m.format = SourceFormat::Pkcs12;

    // PKCS#12 passwords are C strings; keep the terminated copy in wiped memory too.
    SecretBuffer password(passphrase ? passphrase->size() + 1 : 1);
    if (passphrase && !passphrase->isEmpty())
        std::memcpy(password.data(), passphrase->data(), size_t(passphrase->size()));
    const bool given = passphrase && !passphrase->isEmpty();
    const char *pass = password.data();

    if (PKCS12_mac_present(p12.get())) {
        bool macOk = PKCS12_verify_mac(p12.get(), pass, -1) == 1;
        if (!macOk && !given) {
            pass = nullptr; // some tools protect "no password" as an absent rather than empty one
            macOk = PKCS12_verify_mac(p12.get(), nullptr, 0) == 1;
        }
        if (!macOk) {
            fail(m, given ? LoadError::WrongPassphrase : LoadError::PassphraseRequired);
            return true;
        }
    }

    EVP_PKEY *key = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *ca = nullptr;
    bool parsed = PKCS12_parse(p12.get(), pass, &key, &cert, &ca) == 1;
    if (!parsed && !MaterialLoader::legacyProviderLoaded()) {
        // Old Windows and Java exports use RC2-40/3DES, which OpenSSL 3 only has in "legacy".
        ERR_clear_error();
        if (MaterialLoader::loadLegacyProvider())
            parsed = PKCS12_parse(p12.get(), pass, &key, &cert, &ca) == 1;
    }
    if (!parsed) {
        fail(m, lastErrorIsUnsupported() ? LoadError::UnsupportedAlgorithm : LoadError::Damaged);
        return true;
    }
    m.keyWasEncrypted = given;
    if (key)
        m.key = PrivateKey(key);
    if (cert)
        m.certificates << Certificate(cert);
    for (int i = 0; ca && i < sk_X509_num(ca); ++i) {
        X509 *extra = sk_X509_value(ca, i);
        X509_up_ref(extra);
        m.certificates << Certificate(extra);
    }
    sk_X509_pop_free(ca, X509_free);
    if (m.certificates.isEmpty() && m.key.isNull())
        fail(m, LoadError::NotRecognised);
    return true;
}

void parseDer(const SecretBuffer &data, const SecretBuffer *passphrase, LoadedMaterial &m)
{
    const unsigned char *begin = data.bytes();
    const unsigned char *end = begin + data.size();
    ERR_clear_error();

    const unsigned char *p = begin;
    if (X509 *x509 = d2i_X509(nullptr, &p, long(data.size())); x509 && p == end) {
        m.format = SourceFormat::Der;
        m.certificates << Certificate(x509);
        return;
    } else if (x509) {
        X509_free(x509);
    }
    ERR_clear_error();

    if (parsePkcs12(data, passphrase, m))
        return;

    m.format = SourceFormat::Der;
    p = begin;
    X509SigPtr encrypted(d2i_X509_SIG(nullptr, &p, long(data.size())));
    if (encrypted && p == end) {
        m.keyWasEncrypted = true;
        BioPtr bio = memoryBio(data.view());
        PassphraseContext context{passphrase};
        EVP_PKEY *key = d2i_PKCS8PrivateKey_bio(bio.get(), nullptr, passphraseCallback, &context);
        if (!key)
            return fail(m, keyFailure(context));
        m.key = PrivateKey(key);
        return;
    }
    ERR_clear_error();

    p = begin;
    if (EVP_PKEY *key = d2i_AutoPrivateKey(nullptr, &p, long(data.size())); key && p == end) {
        m.key = PrivateKey(key);
        return;
    } else if (key) {
        EVP_PKEY_free(key);
    }
    m.format = SourceFormat::Unknown;
    fail(m, lastErrorIsUnsupported() ? LoadError::UnsupportedAlgorithm : LoadError::NotRecognised);
}

} // namespace

LoadedMaterial MaterialLoader::readFile(const QString &path, const SecretBuffer *passphrase)
{
    LoadedMaterial m;
    const QFileInfo info(path);
    if (!info.exists()) {
        m.error = LoadError::FileNotFound;
        return m;
    }
    if (info.size() > MaxFileSize) {
        m.error = LoadError::TooLarge;
        return m;
    }
    // Unbuffered, so no copy of key bytes stays behind in QIODevice's buffer.
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        m.error = LoadError::FileNotReadable;
        m.technicalDetail = file.errorString();
        return m;
    }
    SecretBuffer data(info.size());
    qsizetype got = 0;
    while (got < data.size()) {
        const qint64 n = file.read(data.data() + got, data.size() - got);
        if (n <= 0)
            break;
        got += n;
    }
    if (got != data.size() || file.bytesAvailable() > 0) {
        // The file changed while we read it; a file that grew past the limit is still too large.
        m.error = file.size() > MaxFileSize ? LoadError::TooLarge : LoadError::FileNotReadable;
        return m;
    }
    return parse(std::move(data), passphrase);
}

LoadedMaterial MaterialLoader::parse(SecretBuffer data, const SecretBuffer *passphrase)
{
    LoadedMaterial m;
    if (data.size() > MaxFileSize) {
        m.error = LoadError::TooLarge;
        return m;
    }
    normalise(data);
    if (data.view().trimmed().isEmpty()) {
        m.error = LoadError::Empty;
        return m;
    }
    if (looksLikePem(data.view()))
        parsePem(data, passphrase, m);
    else
        parseDer(data, passphrase, m);

    if (m.ok()) {
        const bool unsupportedKey = !m.key.isNull() && !m.key.isSupported();
        const bool unsupportedCert = std::any_of(m.certificates.cbegin(), m.certificates.cend(), [](const Certificate &c) {
            const QString algorithm = c.details().keyAlgorithm;
            return algorithm != QLatin1String("RSA") && algorithm != QLatin1String("EC");
        });
        if (unsupportedKey || (m.key.isNull() && !m.certificates.isEmpty() && unsupportedCert)) {
            m.error = LoadError::UnsupportedAlgorithm;
            m.technicalDetail = !m.key.isNull() ? m.key.algorithm() : m.certificates.first().details().keyAlgorithm;
        }
    }
    return m;
}

namespace {
std::once_flag legacyOnce;
bool legacyLoaded = false;
// Kept for the life of the process (never unloaded): held here, so they are not leaks either.
OSSL_PROVIDER *defaultProvider = nullptr;
OSSL_PROVIDER *legacyProvider = nullptr;
} // namespace

bool MaterialLoader::loadLegacyProvider()
{
    std::call_once(legacyOnce, [] {
        // Loading any provider explicitly stops OpenSSL from loading "default" implicitly,
        // so keep "default" loaded alongside.
        defaultProvider = OSSL_PROVIDER_load(nullptr, "default");
        legacyProvider = OSSL_PROVIDER_load(nullptr, "legacy");
        legacyLoaded = legacyProvider != nullptr;
        ERR_clear_error();
    });
    return legacyLoaded;
}

bool MaterialLoader::legacyProviderLoaded()
{
    return OSSL_PROVIDER_available(nullptr, "legacy") == 1;
}

} // namespace ait::tls
