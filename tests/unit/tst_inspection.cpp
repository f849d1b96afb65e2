#include "core/clock.h"
#include "core/tls/inspection.h"
#include "support/testpki.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QtTest>

using namespace ait;
using namespace ait::tls;
using ait::test::TestPki;
using Code = Finding::Code;

class TestInspection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
    // Whole seconds, as certificates carry them, so "days left" is exact.
    FixedClock m_clock{QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC)};
    SecretBuffer m_pass = SecretBuffer(TestPki::passphrase());

    InspectionReport inspect(const QString &cert, const QString &key = {}, const QByteArray &pass = {})
    {
        InspectionRequest request;
        request.certificate = MaterialSource::file(m_pki->path(cert));
        if (!key.isEmpty())
            request.key = MaterialSource::file(m_pki->path(key));
        SecretBuffer passphrase(pass);
        request.passphrase = pass.isEmpty() ? nullptr : &passphrase;
        return Inspector(m_clock).inspect(request);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<TestPki>(m_dir.path(), m_clock.now());
        m_pki->writeAll();
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("pass");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QList<Code>>("codes");
        const QByteArray pass = TestPki::passphrase();

        // Ready, in every form a partner may have the pair in.
        QTest::newRow("PEM pair") << "client-cert.pem" << "client-key.pem" << QByteArray() << Verdict::Ready << QList<Code>{};
        QTest::newRow("PKCS#1 key") << "client-cert.pem" << "client-key-pkcs1.pem" << QByteArray() << Verdict::Ready << QList<Code>{};
        QTest::newRow("DER pair") << "client-cert.der" << "client-key.der" << QByteArray() << Verdict::Ready << QList<Code>{};
        QTest::newRow("encrypted PKCS#8") << "client-cert.pem" << "client-key-encrypted.pem" << pass << Verdict::Ready << QList<Code>{};
        QTest::newRow("encrypted DER") << "client-cert.pem" << "client-key-encrypted.der" << pass << Verdict::Ready << QList<Code>{};
        QTest::newRow("legacy encrypted PEM") << "client-cert.pem" << "client-key-legacy.pem" << pass << Verdict::Ready << QList<Code>{};
        QTest::newRow("bundle") << "bundle.pem" << "" << QByteArray() << Verdict::Ready << QList<Code>{};
        QTest::newRow("chain + key") << "client-chain.pem" << "client-key.pem" << QByteArray() << Verdict::Ready << QList<Code>{};
        QTest::newRow("PKCS#12") << "client.p12" << "" << pass << Verdict::Ready << QList<Code>{};
        QTest::newRow("legacy PKCS#12") << "client-legacy.p12" << "" << pass << Verdict::Ready << QList<Code>{};
        QTest::newRow("EC SEC1") << "ec-cert.pem" << "ec-key-sec1.pem" << QByteArray() << Verdict::Ready << QList<Code>{};
        QTest::newRow("certificate only") << "client-cert.pem" << "" << QByteArray() << Verdict::Ready << QList<Code>{Code::NoPrivateKey};

        // Warnings.
        QTest::newRow("expires in 10 days") << "soon-cert.pem" << "soon-key.pem" << QByteArray() << Verdict::Warning << QList<Code>{Code::ExpiresSoon};
        QTest::newRow("no clientAuth") << "serverauth-cert.pem" << "serverauth-key.pem" << QByteArray() << Verdict::Warning << QList<Code>{Code::NoClientAuth};
        QTest::newRow("key readable by others") << "client-cert.pem" << "client-key-readable.pem" << QByteArray() << Verdict::Warning << QList<Code>{Code::KeyFileReadableByOthers};

        // Blocked.
        QTest::newRow("mismatched key") << "client-cert.pem" << "other-key.pem" << QByteArray() << Verdict::Blocked << QList<Code>{Code::KeyMismatch};
        QTest::newRow("expired") << "expired-cert.pem" << "expired-key.pem" << QByteArray() << Verdict::Blocked << QList<Code>{Code::Expired};
        QTest::newRow("not yet valid") << "notyet-cert.pem" << "notyet-key.pem" << QByteArray() << Verdict::Blocked << QList<Code>{Code::NotYetValid};

        // Unreadable.
        QTest::newRow("empty") << "empty.pem" << "" << QByteArray() << Verdict::Unreadable << QList<Code>{Code::EmptyFile};
        QTest::newRow("random bytes") << "random.bin" << "" << QByteArray() << Verdict::Unreadable << QList<Code>{Code::NotRecognised};
        QTest::newRow("10 MiB") << "huge.bin" << "" << QByteArray() << Verdict::Unreadable << QList<Code>{Code::FileTooLarge};
        QTest::newRow("truncated") << "truncated-cert.pem" << "" << QByteArray() << Verdict::Unreadable << QList<Code>{Code::Damaged};
        QTest::newRow("garbled") << "garbled-cert.pem" << "" << QByteArray() << Verdict::Unreadable << QList<Code>{Code::Damaged};
        QTest::newRow("unsupported algorithm") << "ed25519-cert.pem" << "ed25519-key.pem" << QByteArray() << Verdict::Unreadable << QList<Code>{Code::UnsupportedAlgorithm};
        QTest::newRow("key given as certificate") << "client-key.pem" << "" << QByteArray() << Verdict::Unreadable << QList<Code>{Code::NoCertificate};
        QTest::newRow("certificate given as key") << "client-cert.pem" << "client-cert.pem" << QByteArray() << Verdict::Unreadable << QList<Code>{Code::NoKeyInKeyFile};
        QTest::newRow("missing certificate file") << "nothing.pem" << "" << QByteArray() << Verdict::Unreadable << QList<Code>{Code::CertificateFileNotFound};
        QTest::newRow("missing key file") << "client-cert.pem" << "nothing.pem" << QByteArray() << Verdict::Unreadable << QList<Code>{Code::KeyFileNotFound};

        // Wrong passphrase.
        QTest::newRow("passphrase missing") << "client-cert.pem" << "client-key-encrypted.pem" << QByteArray() << Verdict::WrongPassphrase << QList<Code>{Code::PassphraseRequired};
        QTest::newRow("passphrase wrong") << "client-cert.pem" << "client-key-encrypted.pem" << QByteArray("nope") << Verdict::WrongPassphrase << QList<Code>{Code::WrongPassphrase};
        QTest::newRow("PKCS#12 wrong") << "client.p12" << "" << QByteArray("nope") << Verdict::WrongPassphrase << QList<Code>{Code::WrongPassphrase};
        QTest::newRow("PKCS#12 missing") << "client.p12" << "" << QByteArray() << Verdict::WrongPassphrase << QList<Code>{Code::PassphraseRequired};
    }

    void verdicts()
    {
        QFETCH(QString, cert);
        QFETCH(QString, key);
        QFETCH(QByteArray, pass);
        QFETCH(Verdict, verdict);
        QFETCH(QList<Code>, codes);

        const InspectionReport report = inspect(cert, key, pass);
        QStringList seen;
        for (const Finding &f : report.findings) {
            seen << f.id();
            QVERIFY2(!f.message.isEmpty(), qPrintable(f.id()));
        }
        QVERIFY2(report.verdict == verdict,
                 qPrintable(QStringLiteral("verdict %1, findings: %2").arg(Inspector::verdictName(report.verdict), seen.join(u' '))));
        QList<Code> actual;
        for (const Finding &f : report.findings)
            actual << f.code;
        QVERIFY2(actual == codes, qPrintable(seen.join(u' ')));
        if (verdict > Verdict::Warning || report.key.isNull())
            QVERIFY(!report.canBeStored());
    }

    void readsEveryField()
    {
        const InspectionReport report = inspect(QStringLiteral("client-cert.pem"), QStringLiteral("client-key.pem"));
        QVERIFY(report.hasLeaf());
        const CertificateDetails d = report.leaf().details();
        QCOMPARE(d.commonName, QStringLiteral("mini-app client"));
        QCOMPARE(d.subject, QStringLiteral("CN=mini-app client,O=ait-console development PKI"));
        QCOMPARE(d.issuer, QStringLiteral("CN=ait Test Intermediate CA,O=ait-console development PKI"));
        QCOMPARE(d.keyAlgorithm, QStringLiteral("RSA"));
        QCOMPARE(d.keyBits, 2048);
        QCOMPARE(d.extendedKeyUsage, QStringList{QStringLiteral("clientAuth")});
        QVERIFY(d.keyUsage.contains(QStringLiteral("digitalSignature")));
        QVERIFY(d.allowsClientAuth);
        QVERIFY(!d.isCa);
        QVERIFY(!d.serialNumber.isEmpty());

        // Fingerprints computed independently from the DER bytes.
        const QByteArray der = report.leaf().toDer();
        QCOMPARE(d.sha256Fingerprint,
                 QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':').toUpper()));
        QCOMPARE(d.sha1Fingerprint,
                 QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha1).toHex(':').toUpper()));
        QCOMPARE(QByteArray::fromBase64(d.spkiSha256.toLatin1()).size(), 32);

        // Validity to the second, and days left from the injected clock.
        QCOMPARE(d.notAfter, m_clock.now().addDays(390));
        QCOMPARE(d.notBefore, m_clock.now().addDays(-1));
        QCOMPARE(report.daysLeft, 390);
    }

    void serverCertificateHasAltNames()
    {
        const Identity server = DevPki::createServer(m_pki->root, {QStringLiteral("localhost")},
                                                     {QStringLiteral("127.0.0.1"), QStringLiteral("::1")}, m_clock.now());
        const CertificateDetails d = server.certificate.details();
        QCOMPARE(d.subjectAltNames, (QStringList{QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1"),
                                                 QStringLiteral("IP:0:0:0:0:0:0:0:1")}));
        QCOMPARE(d.keyAlgorithm, QStringLiteral("EC"));
        QCOMPARE(d.curve, QStringLiteral("prime256v1"));
        QVERIFY(server.certificate.isSignedBy(m_pki->root.certificate));
        QVERIFY(!server.certificate.isSignedBy(m_pki->intermediate.certificate));
    }

    void ordersChainFromAnyOrder()
    {
        const InspectionReport report = inspect(QStringLiteral("bundle.pem"));
        QCOMPARE(report.chain.size(), 3);
        QVERIFY(report.chain[0] == m_pki->rsaClient.certificate);
        QVERIFY(report.chain[1] == m_pki->intermediate.certificate);
        QVERIFY(report.chain[2] == m_pki->root.certificate);
        QVERIFY(report.chainVerified);
        QVERIFY(report.unrelated.isEmpty());
        QVERIFY(report.keyMatches);
    }

    void reportsUnrelatedCertificates()
    {
        const QString file = m_pki->write(QStringLiteral("mixed.pem"),
            m_pki->rsaClient.certificate.toPem() + m_pki->ecClient.certificate.toPem());
        const InspectionReport report = inspect(QStringLiteral("mixed.pem"), QStringLiteral("client-key.pem"));
        QCOMPARE(report.verdict, Verdict::Warning);
        QVERIFY(report.has(Code::UnrelatedCertificates));
        QCOMPARE(report.unrelated.size(), 1);
        QVERIFY(report.leaf() == m_pki->rsaClient.certificate);
        Q_UNUSED(file);
    }

    void expiryBoundaryFollowsTheClock()
    {
        // The same certificate is ready 31 days before expiry, a warning at 30, blocked after.
        const QDateTime notAfter = m_pki->rsaClient.certificate.details().notAfter;
        const FixedClock saved(m_clock.now());
        m_clock.set(notAfter.addDays(-31));
        QCOMPARE(inspect(QStringLiteral("client-cert.pem"), QStringLiteral("client-key.pem")).verdict, Verdict::Ready);
        m_clock.set(notAfter.addDays(-30));
        InspectionReport report = inspect(QStringLiteral("client-cert.pem"), QStringLiteral("client-key.pem"));
        QCOMPARE(report.verdict, Verdict::Warning);
        QCOMPARE(report.daysLeft, 30);
        m_clock.set(notAfter.addSecs(1));
        report = inspect(QStringLiteral("client-cert.pem"), QStringLiteral("client-key.pem"));
        QCOMPARE(report.verdict, Verdict::Blocked);
        QVERIFY(report.has(Code::Expired));
        QCOMPARE(report.daysLeft, -1);
        m_clock.set(saved.now());
    }

    void warnsWhenKeyIsInGitWorkTree()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("repo/.git")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("repo/certs")));
        QVERIFY(QFile::copy(m_pki->path(QStringLiteral("client-key.pem")), m_pki->path(QStringLiteral("repo/certs/key.pem"))));
        const InspectionReport report = inspect(QStringLiteral("client-cert.pem"), QStringLiteral("repo/certs/key.pem"));
        QCOMPARE(report.verdict, Verdict::Warning);
        QVERIFY(report.has(Code::KeyFileInGitRepository));
    }

    void inspectsPastedText()
    {
        InspectionRequest request;
        request.certificate = MaterialSource::text(SecretBuffer(
            m_pki->rsaClient.certificate.toPem() + ait::test::pkcs8Pem(m_pki->rsaClient.key)));
        const InspectionReport report = Inspector(m_clock).inspect(request);
        QCOMPARE(report.verdict, Verdict::Ready);
        QVERIFY(report.canBeStored());
        QVERIFY(report.keyPath.isEmpty());
    }

    void jsonCarriesVerdictFieldsAndNoKey()
    {
        const InspectionReport report = inspect(QStringLiteral("bundle.pem"));
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("ready"));
        QCOMPARE(json.value(QStringLiteral("chain")).toArray().size(), 3);
        QCOMPARE(json.value(QStringLiteral("privateKey")).toObject().value(QStringLiteral("matchesCertificate")).toBool(), true);
        const QByteArray dump = QJsonDocument(json).toJson() + report.toText().toUtf8();
        const QByteArray keyBase64 = ait::test::pkcs8Der(m_pki->rsaClient.key).toBase64();
        QVERIFY(!dump.contains(keyBase64.mid(100, 40)));
        QVERIFY(!dump.contains("PRIVATE KEY"));
    }
};

QTEST_GUILESS_MAIN(TestInspection)
#include "tst_inspection.moc"
