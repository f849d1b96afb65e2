#include "core/tls/materialloader.h"
#include "support/testpki.h"

#include <QtTest>

using namespace ait::tls;
using ait::test::TestPki;

class TestMaterialLoader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
    SecretBuffer m_pass = SecretBuffer(TestPki::passphrase());

    LoadedMaterial read(const char *name, const SecretBuffer *pass = nullptr)
    {
        return MaterialLoader::readFile(m_pki->path(QString::fromLatin1(name)), pass);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<TestPki>(m_dir.path());
        m_pki->writeAll();
    }

    void readsEveryKeyEncoding_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("needsPassphrase");
        QTest::addColumn<SourceFormat>("format");
        QTest::newRow("PKCS#8 PEM") << "client-key.pem" << false << SourceFormat::Pem;
        QTest::newRow("PKCS#1 PEM") << "client-key-pkcs1.pem" << false << SourceFormat::Pem;
        QTest::newRow("PKCS#8 DER") << "client-key.der" << false << SourceFormat::Der;
        QTest::newRow("PKCS#1 DER") << "client-key-pkcs1.der" << false << SourceFormat::Der;
        QTest::newRow("encrypted PKCS#8 PEM") << "client-key-encrypted.pem" << true << SourceFormat::Pem;
        QTest::newRow("encrypted PKCS#8 DER") << "client-key-encrypted.der" << true << SourceFormat::Der;
        QTest::newRow("legacy encrypted PEM") << "client-key-legacy.pem" << true << SourceFormat::Pem;
    }

    void readsEveryKeyEncoding()
    {
        QFETCH(QString, file);
        QFETCH(bool, needsPassphrase);
        QFETCH(SourceFormat, format);
        const QString path = m_pki->path(file);

        const LoadedMaterial plain = MaterialLoader::readFile(path);
        if (needsPassphrase) {
            QCOMPARE(plain.error, LoadError::PassphraseRequired);
            SecretBuffer wrong(QByteArrayView("wrong"));
            QCOMPARE(MaterialLoader::readFile(path, &wrong).error, LoadError::WrongPassphrase);
        }
        const LoadedMaterial m = MaterialLoader::readFile(path, &m_pass);
        QVERIFY2(m.ok(), qPrintable(m.technicalDetail));
        QCOMPARE(m.format, format);
        QCOMPARE(m.keyWasEncrypted, needsPassphrase);
        QVERIFY(m.key.matches(m_pki->rsaClient.certificate));
        QCOMPARE(m.key.algorithm(), QStringLiteral("RSA"));
        QCOMPARE(m.key.bits(), 2048);
    }

    void readsCertificatesPemAndDer()
    {
        const LoadedMaterial pem = read("client-cert.pem");
        QVERIFY(pem.ok());
        QCOMPARE(pem.certificates.size(), 1);
        QVERIFY(pem.certificates.first() == m_pki->rsaClient.certificate);
        QVERIFY(pem.key.isNull());

        const LoadedMaterial der = read("client-cert.der");
        QVERIFY(der.ok());
        QCOMPARE(der.format, SourceFormat::Der);
        QVERIFY(der.certificates.first() == m_pki->rsaClient.certificate);
    }

    void readsRealWorldBundle()
    {
        // BOM + leading text + CRLF + root, key, leaf, intermediate.
        const LoadedMaterial m = read("bundle.pem");
        QVERIFY2(m.ok(), qPrintable(m.technicalDetail));
        QCOMPARE(m.certificates.size(), 3);
        QVERIFY(m.key.matches(m_pki->rsaClient.certificate));
        QVERIFY(m.certificates.contains(m_pki->root.certificate));
        QVERIFY(m.certificates.contains(m_pki->intermediate.certificate));
    }

    void readsSec1EcKey()
    {
        const LoadedMaterial m = read("ec-key-sec1.pem");
        QVERIFY2(m.ok(), qPrintable(m.technicalDetail));
        QCOMPARE(m.key.algorithm(), QStringLiteral("EC"));
        QVERIFY(m.key.matches(m_pki->ecClient.certificate));
    }

    void readsModernPkcs12()
    {
        QCOMPARE(read("client.p12").error, LoadError::PassphraseRequired);
        SecretBuffer wrong(QByteArrayView("wrong"));
        QCOMPARE(read("client.p12", &wrong).error, LoadError::WrongPassphrase);
        const LoadedMaterial m = read("client.p12", &m_pass);
        QVERIFY2(m.ok(), qPrintable(m.technicalDetail));
        QCOMPARE(m.format, SourceFormat::Pkcs12);
        QCOMPARE(m.certificates.size(), 3);
        QVERIFY(m.certificates.first() == m_pki->rsaClient.certificate);
        QVERIFY(m.key.matches(m_pki->rsaClient.certificate));
    }

    // Runs after the modern case on purpose: OpenSSL's legacy provider must be loaded on demand.
    void readsLegacyPkcs12LoadingTheLegacyProvider()
    {
        QVERIFY2(!MaterialLoader::legacyProviderLoaded(), "legacy provider was loaded before any file needed it");
        const LoadedMaterial m = read("client-legacy.p12", &m_pass);
        QVERIFY2(m.ok(), qPrintable(m.technicalDetail));
        QVERIFY(MaterialLoader::legacyProviderLoaded());
        QCOMPARE(m.certificates.size(), 3);
        QVERIFY(m.key.matches(m_pki->rsaClient.certificate));
        SecretBuffer wrong(QByteArrayView("wrong"));
        QCOMPARE(read("client-legacy.p12", &wrong).error, LoadError::WrongPassphrase);
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<LoadError>("error");
        QTest::newRow("missing") << "no-such-file.pem" << LoadError::FileNotFound;
        QTest::newRow("empty") << "empty.pem" << LoadError::Empty;
        QTest::newRow("blank") << "blank.pem" << LoadError::Empty;
        QTest::newRow("10 MiB") << "huge.bin" << LoadError::TooLarge;
        QTest::newRow("random bytes") << "random.bin" << LoadError::NotRecognised;
        QTest::newRow("truncated PEM") << "truncated-cert.pem" << LoadError::Damaged;
        QTest::newRow("garbled PEM") << "garbled-cert.pem" << LoadError::Damaged;
        QTest::newRow("other PEM block") << "request.pem" << LoadError::NotRecognised;
        QTest::newRow("Ed25519 key") << "ed25519-key.pem" << LoadError::UnsupportedAlgorithm;
        QTest::newRow("Ed25519 certificate") << "ed25519-cert.pem" << LoadError::UnsupportedAlgorithm;
        QTest::newRow("a folder") << "." << LoadError::FileNotReadable;
    }

    void rejectsGarbage()
    {
        QFETCH(QString, file);
        QFETCH(LoadError, error);
        const LoadedMaterial m = MaterialLoader::readFile(m_pki->path(file));
        QCOMPARE(m.error, error);
        QVERIFY(m.certificates.isEmpty() || error == LoadError::UnsupportedAlgorithm);
    }

    void parsesPastedText()
    {
        QByteArray text = "  pasted from a chat:\n" + m_pki->rsaClient.certificate.toPem() + ait::test::pkcs8Pem(m_pki->rsaClient.key);
        const LoadedMaterial m = MaterialLoader::parse(SecretBuffer(text));
        QVERIFY(m.ok());
        QCOMPARE(m.certificates.size(), 1);
        QVERIFY(m.key.matches(m.certificates.first()));
    }

    void keyRoundTripsThroughPkcs8Der()
    {
        const SecretBuffer der = m_pki->rsaClient.key.toPkcs8Der();
        QVERIFY(!der.isEmpty());
        const PrivateKey back = PrivateKey::fromPkcs8Der(der);
        QVERIFY(back.matches(m_pki->rsaClient.certificate));
        QVERIFY(der == back.toPkcs8Der());
    }
};

QTEST_GUILESS_MAIN(TestMaterialLoader)
#include "tst_materialloader.moc"
