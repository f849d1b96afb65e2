#include "core/clock.h"
#include "core/profiles/profilestore.h"
#include "core/tls/inspection.h"
#include "support/async.h"
#include "support/memorybackend.h"
#include "support/testpki.h"

#include <QSettings>
#include <QtTest>

using namespace ait;
using namespace ait::profiles;
using ait::test::await;
using ait::test::TestPki;

class TestProfileStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<QSettings> m_settings;
    keychain::MemoryBackend *m_backend = nullptr;
    std::unique_ptr<keychain::CredentialStore> m_secrets;
    std::unique_ptr<ProfileStore> m_store;

    tls::InspectionReport inspect(const char *cert, const char *key = nullptr)
    {
        tls::InspectionRequest request;
        request.certificate = tls::MaterialSource::file(m_pki->path(QString::fromLatin1(cert)));
        if (key)
            request.key = tls::MaterialSource::file(m_pki->path(QString::fromLatin1(key)));
        return tls::Inspector(Clock::system()).inspect(request);
    }

    keychain::StoreResult store(const QString &profileId, const tls::InspectionReport &report, bool makeActive)
    {
        return await([&](auto done) { m_store->storeIdentity(profileId, report, makeActive, nullptr, done); });
    }

private slots:
    void initTestCase()
    {
        m_pki = std::make_unique<TestPki>(m_dir.path());
        m_pki->writeAll();
    }

    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
        auto backend = std::make_unique<keychain::MemoryBackend>();
        m_backend = backend.get();
        m_secrets = std::make_unique<keychain::CredentialStore>(std::move(backend), *m_settings);
        m_store = std::make_unique<ProfileStore>(*m_secrets, *m_settings);
    }

    void namesAreUniqueAndNonEmpty()
    {
        const auto a = m_store->createProfile(QStringLiteral(" Production "), Environment::Live);
        QVERIFY(a);
        QCOMPARE(a->name, QStringLiteral("Production"));
        QCOMPARE(a->appsBaseUrl, DefaultAppsBaseUrl);
        QCOMPARE(a->payBaseUrl, DefaultPayBaseUrl);
        QVERIFY(!m_store->createProfile(QStringLiteral("production"), Environment::Live));
        QVERIFY(!m_store->createProfile(QStringLiteral("   "), Environment::Live));
        const auto b = m_store->createProfile(QStringLiteral("Sandbox"), Environment::Sandbox);
        QVERIFY(b);
        QVERIFY(!m_store->renameProfile(b->id, QStringLiteral("PRODUCTION")));
        QVERIFY(m_store->renameProfile(b->id, QStringLiteral("Local emulator")));
        QCOMPARE(m_store->profile(b->id)->name, QStringLiteral("Local emulator"));
        QCOMPARE(m_store->profile(b->id)->environment, Environment::Sandbox);
        QCOMPARE(m_store->profiles().size(), 2);
    }

    void settingsSurviveARestart()
    {
        auto p = m_store->createProfile(QStringLiteral("Staging"), Environment::Custom);
        p->appsBaseUrl = QUrl(QStringLiteral("https://127.0.0.1:8443"));
        p->readOnly = true;
        p->defaultTestPayment = true;
        QVERIFY(m_store->updateProfile(*p));
        ProfileStore reopened(*m_secrets, *m_settings);
        const auto back = reopened.profile(p->id);
        QCOMPARE(back->appsBaseUrl, QUrl(QStringLiteral("https://127.0.0.1:8443")));
        QVERIFY(back->readOnly);
        QVERIFY(back->defaultTestPayment);
        QCOMPARE(back->environment, Environment::Custom);
    }

    void storesLoadsAndActivatesIdentities()
    {
        const auto p = m_store->createProfile(QStringLiteral("Live"), Environment::Live);
        const tls::InspectionReport first = inspect("bundle.pem");
        QVERIFY(store(p->id, first, false).ok());
        auto now = m_store->profile(p->id);
        QCOMPARE(now->identities.size(), 1);
        QCOMPARE(now->activeFingerprint, first.leaf().sha256Fingerprint()); // the first becomes active anyway
        const IdentityInfo &info = now->identities.first();
        QCOMPARE(info.commonName, QStringLiteral("mini-app client"));
        QCOMPARE(info.chainSubjects.size(), 3);
        QCOMPARE(info.notAfter, first.leaf().details().notAfter);

        const tls::InspectionReport second = inspect("ec-cert.pem", "ec-key-sec1.pem");
        QVERIFY(store(p->id, second, false).ok());
        QCOMPARE(m_store->profile(p->id)->activeFingerprint, first.leaf().sha256Fingerprint());
        QVERIFY(m_store->setActiveIdentity(p->id, second.leaf().sha256Fingerprint()));
        QCOMPARE(m_store->profile(p->id)->activeFingerprint, second.leaf().sha256Fingerprint());
        QVERIFY(!m_store->setActiveIdentity(p->id, QStringLiteral("AA:BB")));

        std::optional<keychain::StoreResult> result;
        LoadedIdentity loaded;
        m_store->loadIdentity(p->id, first.leaf().sha256Fingerprint(), nullptr,
                              [&](const keychain::StoreResult &r, LoadedIdentity id) { loaded = id; result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->message));
        QCOMPARE(loaded.chain.size(), 3);
        QVERIFY(loaded.chain.first() == m_pki->rsaClient.certificate);
        QVERIFY(loaded.key.matches(m_pki->rsaClient.certificate));
    }

    void refusesWhatInspectionBlocks_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::newRow("mismatched") << "client-cert.pem" << "other-key.pem";
        QTest::newRow("expired") << "expired-cert.pem" << "expired-key.pem";
        QTest::newRow("no key") << "client-cert.pem" << "";
    }

    void refusesWhatInspectionBlocks()
    {
        QFETCH(QString, cert);
        QFETCH(QString, key);
        const auto p = m_store->createProfile(QStringLiteral("Live"), Environment::Live);
        const tls::InspectionReport report = inspect(cert.toLatin1().constData(), key.isEmpty() ? nullptr : key.toLatin1().constData());
        const keychain::StoreResult result = store(p->id, report, true);
        QVERIFY(!result.ok());
        QVERIFY(!result.message.isEmpty());
        QVERIFY(m_backend->entries.isEmpty());
        QVERIFY(m_store->profile(p->id)->identities.isEmpty());
    }

    void removeProfileForgetsEverything()
    {
        const auto p = m_store->createProfile(QStringLiteral("Gone"), Environment::Live);
        const auto keep = m_store->createProfile(QStringLiteral("Kept"), Environment::Live);
        QVERIFY(store(p->id, inspect("bundle.pem"), true).ok());
        QVERIFY(store(keep->id, inspect("ec-cert.pem", "ec-key-sec1.pem"), true).ok());
        QVERIFY(await([&](auto done) { m_store->storeDecryptionKey(p->id, QString::fromLatin1(QByteArray(32, 'k').toBase64()), "TOSS", nullptr, done); }).ok());
        QVERIFY(m_store->profile(p->id)->hasDecryptionKey);

        QVERIFY(await([&](auto done) { m_store->removeProfile(p->id, nullptr, done); }).ok());
        QVERIFY(!m_store->profile(p->id));
        for (const QString &entry : m_backend->entries.keys())
            QVERIFY2(entry.contains(keep->id), qPrintable(entry));
        QVERIFY(!m_backend->entries.isEmpty());
    }

    void removeIdentityMovesActive()
    {
        const auto p = m_store->createProfile(QStringLiteral("Rotate"), Environment::Live);
        const tls::InspectionReport a = inspect("bundle.pem");
        const tls::InspectionReport b = inspect("ec-cert.pem", "ec-key-sec1.pem");
        QVERIFY(store(p->id, a, true).ok());
        QVERIFY(store(p->id, b, true).ok());
        QCOMPARE(m_store->profile(p->id)->activeFingerprint, b.leaf().sha256Fingerprint());
        QVERIFY(await([&](auto done) { m_store->removeIdentity(p->id, b.leaf().sha256Fingerprint(), nullptr, done); }).ok());
        QCOMPARE(m_store->profile(p->id)->activeFingerprint, a.leaf().sha256Fingerprint());
        QCOMPARE(m_store->profile(p->id)->identities.size(), 1);
    }

    // Loading an identity whose entries do not add up marks it damaged (lists show it) until it
    // is imported again; a keychain that merely refuses marks nothing.
    void loadingMarksDamagedIdentities()
    {
        const auto p = m_store->createProfile(QStringLiteral("Damage"), Environment::Live);
        const tls::InspectionReport report = inspect("bundle.pem");
        const QString fingerprint = report.leaf().sha256Fingerprint();
        QVERIFY(store(p->id, report, true).ok());
        auto load = [&] {
            std::optional<keychain::StoreResult> result;
            m_store->loadIdentity(p->id, fingerprint, nullptr, [&](const keychain::StoreResult &r, LoadedIdentity) { result = r; });
            [&] { QTRY_VERIFY(result.has_value()); }();
            return result.value_or(keychain::StoreResult{});
        };
        QSignalSpy damaged(m_store.get(), &ProfileStore::identityDamaged);

        m_backend->failWith = keychain::StoreError::AccessDenied;
        QCOMPARE(load().error, keychain::StoreError::AccessDenied);
        m_backend->failWith = keychain::StoreError::None;
        QVERIFY(!m_store->isDamaged(p->id, fingerprint));
        QCOMPARE(damaged.size(), 0);

        for (auto it = m_backend->entries.begin(); it != m_backend->entries.end(); ++it) {
            if (it.key().endsWith(QLatin1String("/key#manifest")))
                it.value() = "ait-chunks/1 2147483647 4294967294000 " + QByteArray(64, 'a');
        }
        QCOMPARE(load().error, keychain::StoreError::Damaged);
        QVERIFY(m_store->isDamaged(p->id, fingerprint));
        QCOMPARE(damaged.size(), 1);
        QCOMPARE(damaged.first().at(1).toString(), fingerprint);

        QVERIFY(store(p->id, report, true).ok());
        QVERIFY(!m_store->isDamaged(p->id, fingerprint));
        QVERIFY(load().ok());
    }

    void decryptionKeyMustBe32Bytes()
    {
        const auto p = m_store->createProfile(QStringLiteral("Login"), Environment::Live);
        auto storeKey = [&](const QString &key, const QByteArray &aad) {
            return await([&](auto done) { m_store->storeDecryptionKey(p->id, key, aad, nullptr, done); });
        };
        QVERIFY(!storeKey(QString::fromLatin1(QByteArray(16, 'k').toBase64()), "TOSS").ok());
        QVERIFY(!storeKey(QStringLiteral("not base64 !!"), "TOSS").ok());
        QVERIFY(!storeKey(QString::fromLatin1(QByteArray(32, 'k').toBase64()), QByteArray()).ok());
        QVERIFY(m_backend->entries.isEmpty());
        QVERIFY(storeKey(QString::fromLatin1(QByteArray(32, 'k').toBase64()), "TOSS").ok());
    }

    void settingsHoldNoSecret()
    {
        const auto p = m_store->createProfile(QStringLiteral("Secretless"), Environment::Live);
        QVERIFY(store(p->id, inspect("bundle.pem"), true).ok());
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("mini-app client")); // the public metadata is there…
        const QByteArray der = ait::test::pkcs8Der(m_pki->rsaClient.key);
        QVERIFY(!text.contains(der.toBase64().mid(64, 32)));   // …the key is not, in any form
        QVERIFY(!text.contains(der.toHex().mid(64, 32)));
        QVERIFY(!text.contains("PRIVATE KEY"));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
