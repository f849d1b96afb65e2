#include "core/clock.h"
#include "core/keychain/credentialstore.h"
#include "core/keychain/qtkeychainbackend.h"
#include "core/profiles/profilestore.h"
#include "core/tls/inspection.h"
#include "support/async.h"
#include "support/testpki.h"

#include "ait/version.h"

#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace ait;
using ait::test::await;
using ait::test::awaitRead;
using ait::test::TestPki;

// Identities through the real Secret Service (a throw-away gnome-keyring in a private D-Bus
// session; see tests/run-isolated.sh --keyring).
class TestKeychainIdentity : public QObject
{
    Q_OBJECT

    // Source files live outside HOME, so the scan below only sees what the console wrote.
    QTemporaryDir m_source{QStringLiteral("/tmp/ait-source-XXXXXX")};
    std::unique_ptr<TestPki> m_pki;
    tls::Identity m_rsa4096;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<keychain::CredentialStore> m_secrets;
    std::unique_ptr<profiles::ProfileStore> m_profiles;

    // Every entry the Secret Service holds for our application id, as libsecret sees it.
    static QStringList secretServiceEntries()
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                   QStringLiteral("server"), QStringLiteral(AIT_APP_ID)});
        tool.waitForFinished(20000);
        QStringList users;
        const QString out = QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
        for (const QString &line : out.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("attribute.user = ")))
                users << line.mid(17);
        }
        return users;
    }

    tls::InspectionReport inspect(const QString &file)
    {
        tls::InspectionRequest request;
        request.certificate = tls::MaterialSource::file(file);
        return tls::Inspector(Clock::system()).inspect(request);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_source.isValid());
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS") && QDir::homePath().contains(QLatin1String("ait-test")),
                 "run through tests/run-isolated.sh --keyring (private D-Bus session, throw-away HOME)");
        m_pki = std::make_unique<TestPki>(m_source.path());
        m_rsa4096 = m_pki->client(QStringLiteral("rsa-4096 client"), m_pki->now().addDays(-1), m_pki->now().addDays(390),
                                  tls::CertificateRequest::Usage::ClientAuth, tls::KeyType::Rsa4096);
        // Leaf + intermediate: a two-certificate chain, with the key, in one file.
        m_pki->write(QStringLiteral("rsa4096.pem"),
                     m_rsa4096.certificate.toPem() + m_pki->intermediate.certificate.toPem() + ait::test::pkcs8Pem(m_rsa4096.key));

        m_settings = std::make_unique<QSettings>();
        m_secrets = keychain::CredentialStore::createDefault(*m_settings);
        m_profiles = std::make_unique<profiles::ProfileStore>(*m_secrets, *m_settings);
    }

    void rsa4096IdentityRoundTripsByteIdentical()
    {
        const auto profile = m_profiles->createProfile(QStringLiteral("Keychain"), profiles::Environment::Live);
        const tls::InspectionReport report = inspect(m_pki->path(QStringLiteral("rsa4096.pem")));
        QCOMPARE(report.verdict, tls::Verdict::Ready);
        QCOMPARE(report.chain.size(), 2);
        const keychain::StoreResult stored = await([&](auto done) { m_profiles->storeIdentity(profile->id, report, true, nullptr, done); });
        QVERIFY2(stored.ok(), qPrintable(stored.message + QLatin1Char(' ') + stored.technicalDetail));

        // The key took more than one chunk: it really went through the chunked path.
        const QStringList entries = secretServiceEntries();
        QVERIFY2(entries.filter(QStringLiteral("/key#1")).size() == 1, qPrintable(entries.join(u' ')));
        QVERIFY(entries.filter(QStringLiteral("/chain#manifest")).size() == 1);

        std::optional<keychain::StoreResult> result;
        profiles::LoadedIdentity loaded;
        m_profiles->loadIdentity(profile->id, report.leaf().sha256Fingerprint(), nullptr,
                                 [&](const keychain::StoreResult &r, profiles::LoadedIdentity id) { loaded = id; result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY2(result->ok(), qPrintable(result->message));
        QCOMPARE(loaded.key.bits(), 4096);
        QVERIFY(loaded.key.toPkcs8Der() == m_rsa4096.key.toPkcs8Der());
        QCOMPARE(loaded.chain.size(), 2);
        QCOMPARE(loaded.chain[0].toDer(), m_rsa4096.certificate.toDer());
        QCOMPARE(loaded.chain[1].toDer(), m_pki->intermediate.certificate.toDer());
    }

    void shorterValueLeavesNoStaleTail()
    {
        const QString name = QStringLiteral(AIT_APP_ID "/test/overwrite");
        tls::SecretBuffer longValue(6500);
        std::fill(longValue.data(), longValue.data() + longValue.size(), 'L');
        QVERIFY(await([&](auto done) { m_secrets->write(name, longValue, nullptr, done); }).ok());
        QCOMPARE(secretServiceEntries().filter(name + QLatin1Char('#')).size(), 5);

        const tls::SecretBuffer shortValue(QByteArrayView("short"));
        QVERIFY(await([&](auto done) { m_secrets->write(name, shortValue, nullptr, done); }).ok());
        auto [result, back] = awaitRead(*m_secrets, name);
        QVERIFY(result.ok());
        QCOMPARE(back.view(), QByteArrayView("short"));
        QCOMPARE(secretServiceEntries().filter(name + QLatin1Char('#')).size(), 2); // manifest + 1 chunk
        QVERIFY(await([&](auto done) { m_secrets->remove(name, nullptr, done); }).ok());
    }

    void corruptedChunkIsReported()
    {
        const QString name = QStringLiteral(AIT_APP_ID "/test/corrupt");
        tls::SecretBuffer value(4500);
        std::fill(value.data(), value.data() + value.size(), 'v');
        QVERIFY(await([&](auto done) { m_secrets->write(name, value, nullptr, done); }).ok());

        // Another program (or a bug) changes one chunk behind our back.
        keychain::QtKeychainBackend raw{QStringLiteral(AIT_APP_ID)};
        std::optional<keychain::EntryResult> written;
        raw.writeEntry(name + QStringLiteral("#1"), QByteArray(2000, 'X'), [&](keychain::EntryResult r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        QVERIFY(written->ok());

        auto [result, back] = awaitRead(*m_secrets, name);
        QCOMPARE(result.error, keychain::StoreError::Damaged);
        QVERIFY(back.isEmpty());
        QVERIFY(await([&](auto done) { m_secrets->remove(name, nullptr, done); }).ok());
    }

    void removeProfileLeavesNothingInTheSecretService()
    {
        const auto gone = m_profiles->createProfile(QStringLiteral("To remove"), profiles::Environment::Live);
        QVERIFY(await([&](auto done) { m_profiles->storeIdentity(gone->id, inspect(m_pki->path(QStringLiteral("rsa4096.pem"))), true, nullptr, done); }).ok());
        QVERIFY(await([&](auto done) { m_profiles->storeDecryptionKey(gone->id, QString::fromLatin1(QByteArray(32, 'k').toBase64()), "AAD", nullptr, done); }).ok());
        QVERIFY(secretServiceEntries().filter(gone->id).size() >= 6);

        QVERIFY(await([&](auto done) { m_profiles->removeProfile(gone->id, nullptr, done); }).ok());
        QCOMPARE(secretServiceEntries().filter(gone->id), QStringList());
        QVERIFY(!secretServiceEntries().isEmpty()); // the other profile's entries are still there
    }

    // Runs last: after every import above, nothing under HOME (config, data, cache, temp) holds
    // the private key in any of the forms it passed through.
    void privateKeyIsNowhereOnDisk()
    {
        const QByteArray der = ait::test::pkcs8Der(m_rsa4096.key);
        const QByteArray base64 = der.toBase64();
        const QList<QByteArray> needles{der.mid(200, 48), base64.mid(0, 60), base64.mid(1000, 60), der.toHex().mid(400, 64)};
        m_settings->sync();

        int scanned = 0;
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            ++scanned;
            for (const QByteArray &needle : needles)
                QVERIFY2(!content.contains(needle), qPrintable(QStringLiteral("private key found in ") + path));
        }
        // The settings file and the (encrypted) keyring were among the files read.
        QVERIFY2(scanned >= 2, qPrintable(QString::number(scanned)));
        QVERIFY(QFile::exists(m_settings->fileName()));
        QVERIFY(m_settings->fileName().startsWith(QDir::homePath()));
    }
};

QTEST_GUILESS_MAIN(TestKeychainIdentity)
#include "tst_keychain_identity.moc"
