#include "core/appsettings.h"
#include "core/keychain/credentialstore.h"
#include "core/profiles/profilestore.h"
#include "support/testpki.h"

#include "ait/version.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QtTest>

using ait::test::TestPki;

// `ait-cli import` as a support engineer scripts it, against the real Secret Service.
class TestCliImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;

    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };

    Run cli(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("AIT_CLI"), QStringList{QStringLiteral("import")} + arguments);
        if (!process.waitForFinished(60000))
            qFatal("ait-cli import did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString p(const char *name) const { return m_pki->path(QString::fromLatin1(name)); }

    std::optional<ait::profiles::Profile> profileNamed(const QString &name)
    {
        const auto settings = ait::openSettings();
        auto secrets = ait::keychain::CredentialStore::createDefault(*settings);
        return ait::profiles::ProfileStore(*secrets, *settings).profileByName(name);
    }

    // Every entry name the Secret Service holds for our application id, as libsecret sees it, sorted.
    static QStringList secretEntries()
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                   QStringLiteral("server"), QStringLiteral(AIT_APP_ID)});
        if (!tool.waitForFinished(20000))
            qFatal("secret-tool did not finish");
        const QString out = QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
        QStringList users;
        for (const QString &line : out.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("attribute.user = ")))
                users << line.mid(17);
        }
        users.sort();
        return users;
    }

    // Entries are named after the certificate's SHA-256 as plain lower-case hex, not the
    // colon-separated upper-case form the fingerprint is shown in.
    static QString storageId(const ait::tls::Certificate &certificate)
    {
        return QString::fromLatin1(QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256).toHex());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"));
        m_pki = std::make_unique<TestPki>(m_dir.path());
        m_pki->writeAll();
    }

    void importsIntoANewProfile()
    {
        const Run run = cli({QStringLiteral("--profile"), QStringLiteral("Support PC"), QStringLiteral("--cert"), p("client-cert.pem"),
                             QStringLiteral("--key"), p("client-key-encrypted.pem"),
                             QStringLiteral("--passphrase-file"), p("passphrase.txt")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("OS keychain")));
        const auto profile = profileNamed(QStringLiteral("Support PC"));
        QVERIFY(profile);
        QCOMPARE(profile->activeFingerprint, m_pki->rsaClient.certificate.sha256Fingerprint());
        // Key and chain, each a manifest and chunks, under this profile and this certificate.
        const QString prefix = profile->id + QStringLiteral("/identity/") + storageId(m_pki->rsaClient.certificate) + QLatin1Char('/');
        const QStringList stored = secretEntries().filter(prefix);
        QVERIFY2(stored.filter(QStringLiteral("/key#manifest")).size() == 1, qPrintable(stored.join(QLatin1Char(' '))));
        QVERIFY2(stored.filter(QStringLiteral("/chain#manifest")).size() == 1, qPrintable(stored.join(QLatin1Char(' '))));
        QVERIFY(stored.size() >= 4);
    }

    void refusesToReplaceWithoutBeingTold()
    {
        const QStringList ec{QStringLiteral("--profile"), QStringLiteral("Support PC"), QStringLiteral("--cert"), p("ec-cert.pem"),
                             QStringLiteral("--key"), p("ec-key-sec1.pem")};
        const Run refused = cli(ec);
        QCOMPARE(refused.exitCode, 6);
        QVERIFY(refused.err.contains(QStringLiteral("--replace")));
        QCOMPARE(profileNamed(QStringLiteral("Support PC"))->identities.size(), 1);

        const Run replaced = cli(ec + QStringList{QStringLiteral("--replace")});
        QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.out + replaced.err));
        const auto profile = profileNamed(QStringLiteral("Support PC"));
        QCOMPARE(profile->identities.size(), 2); // the old one stays for rotation
        QCOMPARE(profile->activeFingerprint, m_pki->ecClient.certificate.sha256Fingerprint());
    }

    void sameChecksAndExitCodesAsInspect_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("stored");
        QTest::newRow("warning: key readable") << QStringList{QStringLiteral("--cert"), p("client-cert.pem"), QStringLiteral("--key"), p("client-key-readable.pem")} << 1 << true;
        QTest::newRow("blocked: expired") << QStringList{QStringLiteral("--cert"), p("expired-cert.pem"), QStringLiteral("--key"), p("expired-key.pem")} << 2 << false;
        QTest::newRow("blocked: mismatch") << QStringList{QStringLiteral("--cert"), p("client-cert.pem"), QStringLiteral("--key"), p("other-key.pem")} << 2 << false;
        QTest::newRow("unreadable: garbage") << QStringList{QStringLiteral("--cert"), p("random.bin")} << 3 << false;
        QTest::newRow("unreadable: no key") << QStringList{QStringLiteral("--cert"), p("client-cert.pem")} << 3 << false;
        QTest::newRow("wrong passphrase") << QStringList{QStringLiteral("--cert"), p("client.p12"), QStringLiteral("--passphrase-file"), p("wrong-passphrase.txt")} << 4 << false;
    }

    void sameChecksAndExitCodesAsInspect()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(bool, stored);
        const QString name = QStringLiteral("Case %1").arg(QString::fromLatin1(QTest::currentDataTag()));
        const QStringList before = secretEntries();
        QVERIFY(!before.isEmpty()); // the earlier imports are there: the listing sees entries
        const Run run = cli(QStringList{QStringLiteral("--profile"), name} + arguments);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
        const auto profile = profileNamed(name);
        QCOMPARE(profile.has_value() && !profile->identities.isEmpty(), stored);
        const QStringList after = secretEntries();
        if (stored) {
            const QString prefix = profile->id + QStringLiteral("/identity/") + storageId(m_pki->rsaClient.certificate) + QLatin1Char('/');
            QVERIFY2(after.filter(prefix).size() >= 4, qPrintable(after.join(QLatin1Char(' '))));
        } else {
            QCOMPARE(after, before); // a refused import writes nothing to the keychain
        }
    }

    void keychainRefusalIsItsOwnExitCode()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        const Run run = cli({QStringLiteral("--profile"), QStringLiteral("No keychain"), QStringLiteral("--cert"), p("bundle.pem")}, env);
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains(QStringLiteral("keychain")), qPrintable(run.err));
        QVERIFY(!profileNamed(QStringLiteral("No keychain")));
    }

    void usage()
    {
        QCOMPARE(cli({QStringLiteral("--cert"), p("bundle.pem")}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("--profile"), QStringLiteral("x")}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("--profile"), QStringLiteral("x"), QStringLiteral("--cert"), p("bundle.pem"),
                      QStringLiteral("--environment"), QStringLiteral("moon")}).exitCode, 64);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
