#include <qt6keychain/keychain.h>

#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

// Writes, reads back and deletes one value through QtKeychain in the real Secret Service
// (a throw-away gnome-keyring started by tests/run-isolated.sh --keyring).
class TestKeychainSmoke : public QObject
{
    Q_OBJECT

    const QString m_service = QStringLiteral("im.toss.apps.AitConsole.test");
    const QString m_key = QStringLiteral("ait-console/smoke/%1").arg(QCoreApplication::applicationPid());

    static bool run(QKeychain::Job *job)
    {
        job->setAutoDelete(false);
        job->setInsecureFallback(false);
        QSignalSpy finished(job, &QKeychain::Job::finished);
        job->start();
        return finished.wait(20000);
    }

    static QByteArray secretToolLookup(const QString &key)
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("user"), key});
        tool.waitForFinished(10000);
        return tool.readAllStandardOutput();
    }

private slots:
    void writeReadDelete()
    {
        const QByteArray secret = QByteArrayLiteral("\x00\x01 binary \xff secret");

        QKeychain::WritePasswordJob write(m_service);
        write.setKey(m_key);
        write.setBinaryData(secret);
        QVERIFY(run(&write));
        QVERIFY2(write.error() == QKeychain::NoError, qPrintable(write.errorString()));

        QKeychain::ReadPasswordJob read(m_service);
        read.setKey(m_key);
        QVERIFY(run(&read));
        QVERIFY2(read.error() == QKeychain::NoError, qPrintable(read.errorString()));
        QCOMPARE(read.binaryData(), secret);

        QKeychain::DeletePasswordJob remove(m_service);
        remove.setKey(m_key);
        QVERIFY(run(&remove));
        QVERIFY2(remove.error() == QKeychain::NoError, qPrintable(remove.errorString()));

        QKeychain::ReadPasswordJob again(m_service);
        again.setKey(m_key);
        QVERIFY(run(&again));
        QCOMPARE(again.error(), QKeychain::EntryNotFound);
    }

    // The value really went to the Secret Service, not somewhere private to QtKeychain.
    void visibleToLibsecret()
    {
        QKeychain::WritePasswordJob write(m_service);
        write.setKey(m_key);
        write.setTextData(QStringLiteral("visible"));
        QVERIFY(run(&write));
        QCOMPARE(write.error(), QKeychain::NoError);
        QVERIFY2(!secretToolLookup(m_key).isEmpty(), "secret-tool does not see the entry");

        QKeychain::DeletePasswordJob remove(m_service);
        remove.setKey(m_key);
        QVERIFY(run(&remove));
        QVERIFY(secretToolLookup(m_key).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychainSmoke)
#include "tst_keychain_smoke.moc"
