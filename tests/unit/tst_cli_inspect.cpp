#include "support/testpki.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using ait::test::TestPki;

// Runs the real ait-cli binary, as a developer would from a terminal.
class TestCliInspect : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
    QByteArray m_keyBody; // a slice of the key's base64, which must never be printed

    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };

    Run cli(QStringList arguments)
    {
        QProcess process;
        process.setProgram(qEnvironmentVariable("AIT_CLI"));
        process.setArguments(arguments);
        process.start();
        if (!process.waitForFinished(60000))
            qFatal("ait-cli did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("AIT_CLI")).isExecutable(), "AIT_CLI must name the ait-cli binary");
        QVERIFY(m_dir.isValid());
        m_pki = std::make_unique<TestPki>(m_dir.path());
        m_pki->writeAll();
        m_keyBody = ait::test::pkcs8Der(m_pki->rsaClient.key).toBase64().mid(200, 48);
    }

    void exitCodeAndJsonVerdict_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("finding");
        const QString pass = QStringLiteral("--passphrase-file=") + m_pki->path(QStringLiteral("passphrase.txt"));
        const QString wrong = QStringLiteral("--passphrase-file=") + m_pki->path(QStringLiteral("wrong-passphrase.txt"));
        auto p = [this](const char *name) { return m_pki->path(QString::fromLatin1(name)); };
        auto k = [this](const char *name) { return QStringLiteral("--key=") + m_pki->path(QString::fromLatin1(name)); };

        QTest::newRow("pair") << QStringList{p("client-cert.pem"), k("client-key.pem")} << 0 << "ready" << "";
        QTest::newRow("DER pair") << QStringList{p("client-cert.der"), k("client-key.der")} << 0 << "ready" << "";
        QTest::newRow("PKCS#1") << QStringList{p("client-cert.pem"), k("client-key-pkcs1.pem")} << 0 << "ready" << "";
        QTest::newRow("encrypted key") << QStringList{p("client-cert.pem"), k("client-key-encrypted.pem"), pass} << 0 << "ready" << "";
        QTest::newRow("legacy PEM") << QStringList{p("client-cert.pem"), k("client-key-legacy.pem"), pass} << 0 << "ready" << "";
        QTest::newRow("bundle") << QStringList{p("bundle.pem")} << 0 << "ready" << "";
        QTest::newRow("PKCS#12") << QStringList{p("client.p12"), pass} << 0 << "ready" << "";
        // A fresh process: the legacy provider must be loaded on demand there too.
        QTest::newRow("legacy PKCS#12") << QStringList{p("client-legacy.p12"), pass} << 0 << "ready" << "";
        QTest::newRow("EC") << QStringList{p("ec-cert.pem"), k("ec-key-sec1.pem")} << 0 << "ready" << "";
        QTest::newRow("expiring") << QStringList{p("soon-cert.pem"), k("soon-key.pem")} << 1 << "warning" << "expires-soon";
        QTest::newRow("no clientAuth") << QStringList{p("serverauth-cert.pem"), k("serverauth-key.pem")} << 1 << "warning" << "no-client-auth";
        QTest::newRow("key readable") << QStringList{p("client-cert.pem"), k("client-key-readable.pem")} << 1 << "warning" << "key-file-readable-by-others";
        QTest::newRow("mismatch") << QStringList{p("client-cert.pem"), k("other-key.pem")} << 2 << "blocked" << "key-mismatch";
        QTest::newRow("expired") << QStringList{p("expired-cert.pem"), k("expired-key.pem")} << 2 << "blocked" << "expired";
        QTest::newRow("not yet valid") << QStringList{p("notyet-cert.pem"), k("notyet-key.pem")} << 2 << "blocked" << "not-yet-valid";
        QTest::newRow("empty") << QStringList{p("empty.pem")} << 3 << "unreadable" << "empty-file";
        QTest::newRow("random") << QStringList{p("random.bin")} << 3 << "unreadable" << "not-recognised";
        QTest::newRow("10 MiB") << QStringList{p("huge.bin")} << 3 << "unreadable" << "file-too-large";
        QTest::newRow("truncated") << QStringList{p("truncated-cert.pem")} << 3 << "unreadable" << "damaged";
        QTest::newRow("Ed25519") << QStringList{p("ed25519-cert.pem"), k("ed25519-key.pem")} << 3 << "unreadable" << "unsupported-algorithm";
        QTest::newRow("key as certificate") << QStringList{p("client-key.pem")} << 3 << "unreadable" << "no-certificate";
        QTest::newRow("certificate as key") << QStringList{p("client-cert.pem"), k("client-cert.pem")} << 3 << "unreadable" << "no-key-in-key-file";
        QTest::newRow("no passphrase") << QStringList{p("client-cert.pem"), k("client-key-encrypted.pem")} << 4 << "wrong-passphrase" << "passphrase-required";
        QTest::newRow("wrong passphrase") << QStringList{p("client.p12"), wrong} << 4 << "wrong-passphrase" << "wrong-passphrase";
    }

    void exitCodeAndJsonVerdict()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, verdict);
        QFETCH(QString, finding);

        const Run json = cli(QStringList{QStringLiteral("inspect"), QStringLiteral("--json")} + arguments);
        QCOMPARE(json.exitCode, exitCode);
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(json.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, json.out.constData());
        QCOMPARE(report.value(QStringLiteral("verdict")).toString(), verdict);
        if (!finding.isEmpty())
            QVERIFY2(json.out.contains(QByteArray("\"id\": \"") + finding.toLatin1() + '"'), json.out.constData());

        const Run text = cli(QStringList{QStringLiteral("inspect")} + arguments);
        QCOMPARE(text.exitCode, exitCode);
        QVERIFY(!text.out.isEmpty());

        for (const QByteArray &output : {json.out, json.err, text.out, text.err}) {
            QVERIFY(!output.contains(m_keyBody));
            QVERIFY(!output.contains("PRIVATE KEY-----"));
            QVERIFY(!output.contains(TestPki::passphrase()));
        }
    }

    void humanReportNamesTheFields()
    {
        const Run run = cli({QStringLiteral("inspect"), m_pki->path(QStringLiteral("bundle.pem"))});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY(out.contains(QStringLiteral("CN=mini-app client")));
        QVERIFY(out.contains(m_pki->rsaClient.certificate.sha256Fingerprint()));
        QVERIFY(out.contains(QStringLiteral("3. CN=ait Test Root CA")));
        QVERIFY(out.contains(QStringLiteral("matches the certificate")));
    }

    void usageErrors()
    {
        // No command or an unknown one: the usage code every ait-cli command shares.
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        // inspect keeps the codes it always had.
        QCOMPARE(cli({QStringLiteral("inspect")}).exitCode, 64);
        const Run missingPass = cli({QStringLiteral("inspect"), m_pki->path(QStringLiteral("client.p12")),
                                     QStringLiteral("--passphrase-file=/nonexistent")});
        QCOMPARE(missingPass.exitCode, 64);
        QVERIFY(missingPass.err.contains("/nonexistent"));
        const Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("ait-cli "));
    }

    void speaksKorean()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AIT_LANGUAGE"), QStringLiteral("ko"));
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("AIT_CLI"), {QStringLiteral("inspect"), m_pki->path(QStringLiteral("expired-cert.pem")),
                                                        QStringLiteral("--key"), m_pki->path(QStringLiteral("expired-key.pem"))});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("인증서")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCliInspect)
#include "tst_cli_inspect.moc"
