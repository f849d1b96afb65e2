#include "core/api/profilesession.h"
#include "core/profiles/profilestore.h"
#include "support/memorybackend.h"
#include "support/testpki.h"

#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace ait;

class TestProfileSession : public QObject
{
    Q_OBJECT

private slots:
    void liveProfilesTrustOnlyTheSystem()
    {
        QTemporaryDir dir;
        test::TestPki pki(dir.path());
        profiles::Profile p;
        p.name = QStringLiteral("P");
        p.appsBaseUrl = QUrl(QStringLiteral("https://apps.example"));
        p.payBaseUrl = QUrl(QStringLiteral("https://pay.example"));
        p.readOnly = true;
        p.trustedCaPem = pki.root.certificate.toPem();

        p.environment = profiles::Environment::Live;
        api::ClientSettings live = api::ProfileSession::settingsFor(p, api::Timeouts{2500, 7000});
        QVERIFY(live.trustedCas.isEmpty()); // a stored CA never widens a live profile's trust
        QCOMPARE(live.timeoutMs, 2500);
        QCOMPARE(live.deadlineMs, 7000);
        QVERIFY(live.readOnly);
        QCOMPARE(live.payBaseUrl, p.payBaseUrl);

        p.environment = profiles::Environment::Sandbox;
        const api::ClientSettings sandbox = api::ProfileSession::settingsFor(p);
        QCOMPARE(sandbox.trustedCas.size(), 1);
        QCOMPARE(sandbox.trustedCas.first().toDer(), pki.root.certificate.toDer());
        QCOMPARE(sandbox.timeoutMs, 15000);
        QCOMPARE(sandbox.deadlineMs, 30000);
    }

    void noActiveIdentityFailsClearly()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        keychain::CredentialStore secrets(std::make_unique<keychain::MemoryBackend>(), settings);
        profiles::ProfileStore store(secrets, settings);
        const auto p = store.createProfile(QStringLiteral("Empty"), profiles::Environment::Live);
        api::ProfileSession session(store, p->id);
        QSignalSpy failed(&session, &api::ProfileSession::failed);
        session.start();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(session.state(), api::ProfileSession::State::Failed);
        QVERIFY(session.failure().message.contains(QStringLiteral("certificate")));
        QVERIFY(!session.client());
    }
};

QTEST_GUILESS_MAIN(TestProfileSession)
#include "tst_profilesession.moc"
