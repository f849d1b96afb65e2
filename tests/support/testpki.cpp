#include "testpki.h"

#include "core/tls/openssl_util.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

#include <openssl/pem.h>

namespace ait::test {

using namespace tls;
using namespace tls::detail;

namespace {

template <typename Write>
QByteArray collect(Write write)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!write(bio.get()))
        qFatal("TestPki: OpenSSL could not encode a fixture: %s", qPrintable(takeErrors()));
    return bioContents(bio.get());
}

} // namespace

QByteArray pkcs8Pem(const PrivateKey &key)
{
    return collect([&](BIO *b) { return PEM_write_bio_PKCS8PrivateKey(b, key.handle(), nullptr, nullptr, 0, nullptr, nullptr) == 1; });
}

QByteArray pkcs8Der(const PrivateKey &key)
{
    return collect([&](BIO *b) { return i2d_PKCS8PrivateKey_bio(b, key.handle(), nullptr, nullptr, 0, nullptr, nullptr) == 1; });
}

QByteArray traditionalPem(const PrivateKey &key, const QByteArray &passphrase)
{
    return collect([&](BIO *b) {
        auto *pass = reinterpret_cast<unsigned char *>(const_cast<char *>(passphrase.constData()));
        return PEM_write_bio_PrivateKey_traditional(b, key.handle(), passphrase.isEmpty() ? nullptr : EVP_des_ede3_cbc(),
                                                    passphrase.isEmpty() ? nullptr : pass, int(passphrase.size()),
                                                    nullptr, nullptr) == 1;
    });
}

QByteArray traditionalDer(const PrivateKey &key)
{
    return collect([&](BIO *b) { return i2d_PrivateKey_bio(b, key.handle()) == 1; });
}

QByteArray encryptedPkcs8Pem(const PrivateKey &key, const QByteArray &passphrase)
{
    return collect([&](BIO *b) {
        return PEM_write_bio_PKCS8PrivateKey(b, key.handle(), EVP_aes_256_cbc(), passphrase.constData(),
                                             int(passphrase.size()), nullptr, nullptr) == 1;
    });
}

QByteArray encryptedPkcs8Der(const PrivateKey &key, const QByteArray &passphrase)
{
    return collect([&](BIO *b) {
        return i2d_PKCS8PrivateKey_bio(b, key.handle(), EVP_aes_256_cbc(), passphrase.constData(),
                                       int(passphrase.size()), nullptr, nullptr) == 1;
    });
}

QByteArray pkcs12(const Identity &identity, const QByteArray &passphrase)
{
    STACK_OF(X509) *ca = sk_X509_new_null();
    for (const Certificate &c : identity.chain)
        sk_X509_push(ca, c.handle());
    // OpenSSL 3 defaults: AES-256-CBC with PBKDF2 and a SHA-256 MAC (the "modern" kind).
    PKCS12 *p12 = PKCS12_create(passphrase.constData(), "client", identity.key.handle(),
                                identity.certificate.handle(), ca, 0, 0, 0, 0, 0);
    sk_X509_free(ca);
    if (!p12)
        qFatal("TestPki: PKCS12_create failed: %s", qPrintable(takeErrors()));
    const QByteArray der = collect([&](BIO *b) { return i2d_PKCS12_bio(b, p12) == 1; });
    PKCS12_free(p12);
    return der;
}

TestPki::TestPki(const QString &directory, const QDateTime &now) : m_dir(directory), m_now(now)
{
    root = DevPki::createCa(QStringLiteral("ait Test Root CA"), now);
    intermediate = DevPki::createIntermediate(root, QStringLiteral("ait Test Intermediate CA"), now);
    rsaClient = client(QStringLiteral("mini-app client"), now.addDays(-1), now.addDays(390));
    ecClient = DevPki::createClient(root, QStringLiteral("mini-app EC client"), now, 390, KeyType::EcP256);
}

Identity TestPki::client(const QString &cn, const QDateTime &notBefore, const QDateTime &notAfter,
                         CertificateRequest::Usage usage, KeyType type) const
{
    Identity id;
    id.key = PrivateKey::generate(type);
    CertificateRequest request;
    request.commonName = cn;
    request.usage = usage;
    request.notBefore = notBefore;
    request.notAfter = notAfter;
    id.certificate = DevPki::issue(request, id.key, intermediate.certificate, intermediate.key);
    id.chain = intermediate.fullChain();
    return id;
}

QString TestPki::write(const QString &name, const QByteArray &bytes, int permissions) const
{
    const QString file = path(name);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("TestPki: cannot write %s", qPrintable(file));
    f.close();
    QFile::setPermissions(file, QFileDevice::Permissions(
        ((permissions & 0400) ? QFile::ReadOwner | QFile::ReadUser : QFileDevice::Permissions())
        | ((permissions & 0200) ? QFile::WriteOwner | QFile::WriteUser : QFileDevice::Permissions())
        | ((permissions & 0040) ? QFile::ReadGroup : QFileDevice::Permissions())
        | ((permissions & 0004) ? QFile::ReadOther : QFileDevice::Permissions())));
    return file;
}

void TestPki::writeAll()
{
    const QByteArray pass = passphrase();
    const Identity &c = rsaClient;

    // The pair as the Apps in Toss console hands it out, and every other encoding of it.
    write(QStringLiteral("client-cert.pem"), c.certificate.toPem());
    write(QStringLiteral("client-key.pem"), pkcs8Pem(c.key));
    write(QStringLiteral("client-key-pkcs1.pem"), traditionalPem(c.key));
    write(QStringLiteral("client-cert.der"), c.certificate.toDer());
    write(QStringLiteral("client-key.der"), pkcs8Der(c.key));
    write(QStringLiteral("client-key-pkcs1.der"), traditionalDer(c.key));
    write(QStringLiteral("client-key-encrypted.pem"), encryptedPkcs8Pem(c.key, pass));
    write(QStringLiteral("client-key-encrypted.der"), encryptedPkcs8Der(c.key, pass));
    write(QStringLiteral("client-key-legacy.pem"), traditionalPem(c.key, pass));
    write(QStringLiteral("client-chain.pem"), chainToPem(c.fullChain()));
    write(QStringLiteral("client.p12"), pkcs12(c, pass));
    write(QStringLiteral("passphrase.txt"), pass + "\n");
    write(QStringLiteral("wrong-passphrase.txt"), QByteArrayLiteral("not the passphrase\n"));

    // One bundle the way real files arrive: a BOM, text before the blocks, CRLF, any order.
    QByteArray bundle = QByteArrayLiteral("\xEF\xBB\xBF") + "Bag Attributes: exported by a tool\n"
                      + root.certificate.toPem() + pkcs8Pem(c.key) + c.certificate.toPem()
                      + intermediate.certificate.toPem();
    bundle.replace("\n", "\r\n");
    write(QStringLiteral("bundle.pem"), bundle);

    // Legacy PKCS#12 (RC2-40 certificates, 3DES key, SHA-1 MAC), made by the openssl tool, as
    // older Windows and Java exports are.
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-legacy"),
                   QStringLiteral("-in"), path(QStringLiteral("client-chain.pem")),
                   QStringLiteral("-inkey"), path(QStringLiteral("client-key.pem")),
                   QStringLiteral("-passout"), QStringLiteral("file:") + path(QStringLiteral("passphrase.txt")),
                   QStringLiteral("-out"), path(QStringLiteral("client-legacy.p12"))});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        qFatal("TestPki: openssl pkcs12 -legacy failed: %s", openssl.readAllStandardError().constData());

    // EC P-256 with a SEC1 ("EC PRIVATE KEY") key.
    write(QStringLiteral("ec-cert.pem"), chainToPem(ecClient.fullChain()));
    write(QStringLiteral("ec-key-sec1.pem"), traditionalPem(ecClient.key));

    // Verdict cases.
    const Identity expired = client(QStringLiteral("expired"), m_now.addDays(-400), m_now.addDays(-10));
    write(QStringLiteral("expired-cert.pem"), expired.certificate.toPem());
    write(QStringLiteral("expired-key.pem"), pkcs8Pem(expired.key));
    const Identity notYet = client(QStringLiteral("not yet valid"), m_now.addDays(5), m_now.addDays(395));
    write(QStringLiteral("notyet-cert.pem"), notYet.certificate.toPem());
    write(QStringLiteral("notyet-key.pem"), pkcs8Pem(notYet.key));
    const Identity soon = client(QStringLiteral("expiring"), m_now.addDays(-380), m_now.addDays(10));
    write(QStringLiteral("soon-cert.pem"), soon.certificate.toPem());
    write(QStringLiteral("soon-key.pem"), pkcs8Pem(soon.key));
    const Identity serverOnly = client(QStringLiteral("server only"), m_now.addDays(-1), m_now.addDays(390),
                                       CertificateRequest::Usage::ServerAuth);
    write(QStringLiteral("serverauth-cert.pem"), serverOnly.certificate.toPem());
    write(QStringLiteral("serverauth-key.pem"), pkcs8Pem(serverOnly.key));
    write(QStringLiteral("other-key.pem"), pkcs8Pem(PrivateKey::generate(KeyType::Rsa2048)));
    write(QStringLiteral("client-key-readable.pem"), pkcs8Pem(c.key), 0644);

    // Ed25519: a valid certificate and key that cannot be used here.
    Identity ed;
    ed.key = PrivateKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    CertificateRequest edRequest;
    edRequest.commonName = QStringLiteral("ed25519");
    edRequest.notBefore = m_now.addDays(-1);
    edRequest.notAfter = m_now.addDays(100);
    ed.certificate = DevPki::issue(edRequest, ed.key, root.certificate, root.key);
    write(QStringLiteral("ed25519-cert.pem"), ed.certificate.toPem());
    write(QStringLiteral("ed25519-key.pem"), pkcs8Pem(ed.key));

    // Garbage.
    write(QStringLiteral("empty.pem"), {});
    write(QStringLiteral("blank.pem"), QByteArrayLiteral("\n\r\n   \n"));
    QByteArray noise(4096, Qt::Uninitialized);
    QRandomGenerator rng(42);
    for (char &ch : noise)
        ch = char(rng.bounded(256));
    noise[0] = 0x01; // never a DER SEQUENCE
    write(QStringLiteral("random.bin"), noise);
    write(QStringLiteral("huge.bin"), QByteArray(qsizetype{10} * 1024 * 1024, 'A'));
    const QByteArray pem = c.certificate.toPem();
    write(QStringLiteral("truncated-cert.pem"), pem.left(pem.size() / 2));
    QByteArray garbled = pem;
    garbled.replace(100, 40, QByteArray(40, '*'));
    write(QStringLiteral("garbled-cert.pem"), garbled);
    write(QStringLiteral("request.pem"), QByteArrayLiteral("-----BEGIN CERTIFICATE REQUEST-----\n")
                                         + noise.left(300).toBase64() + "\n-----END CERTIFICATE REQUEST-----\n");
}

} // namespace ait::test
