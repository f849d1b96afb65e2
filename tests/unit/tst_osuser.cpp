#include "core/journal/journal.h"
#include "core/osuser.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ait;

// The operator on record is the OS account, whatever the environment says (issue 11 item 10).
class TestOsUser : public QObject
{
    Q_OBJECT

    QString m_real;

    // The same question asked of another program, before the environment is changed.
    static QString fromId()
    {
        QProcess id;
        id.start(QStringLiteral("id"), {QStringLiteral("-un")});
        if (id.waitForFinished(10000) && id.exitCode() == 0)
            return QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed();
        id.start(QStringLiteral("id"), {QStringLiteral("-u")});
        id.waitForFinished(10000);
        return QStringLiteral("uid ") + QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed();
    }

private slots:
    void initTestCase()
    {
        m_real = fromId();
        QVERIFY(!m_real.isEmpty());
        // What anyone can set before starting the console.
        for (const char *name : {"USER", "USERNAME", "LOGNAME"})
            qputenv(name, "mallory");
        qputenv("HOME", "/home/mallory");
    }

    void nameComesFromTheOs()
    {
        QCOMPARE(qEnvironmentVariable("USER"), QStringLiteral("mallory"));
        QCOMPARE(osUserName(), m_real);
    }

    void journalRecordsTheOsUser()
    {
        QTemporaryDir dir;
        journal::Journal journal(dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(journal.open());
        journal::Operation o;
        o.kind = journal::Kind::Refund;
        o.payToken = QStringLiteral("pt-operator");
        o.idempotencyKey = o.payToken;
        QString error;
        const auto id = journal.recordIntent(o, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(journal.find(*id)->osUser, m_real);
    }
};

QTEST_GUILESS_MAIN(TestOsUser)
#include "tst_osuser.moc"
