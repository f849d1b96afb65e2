#include "core/appsettings.h"

#include <QFile>
#include <QtTest>

#ifdef Q_OS_LINUX
#include <sys/stat.h>
#endif

// The settings file is readable by its owner only, from the first write on and after every
// rewrite (issue 11 item 12). Runs in the throw-away HOME of tests/run-isolated.sh.
class TestAppSettings : public QObject
{
    Q_OBJECT

#ifdef Q_OS_LINUX
    struct FileState
    {
        mode_t mode = 0;
        ino_t inode = 0;
    };
    static FileState state(const QString &path)
    {
        struct stat s {};
        if (stat(QFile::encodeName(path).constData(), &s) != 0)
            return {};
        return {mode_t(s.st_mode & 07777), s.st_ino};
    }
#endif

private slots:
    void initTestCase()
    {
#ifndef Q_OS_LINUX
        QSKIP("the settings are a file only on Linux and other Unix systems");
#else
        umask(022); // the usual default: a new file would be 0644
        QFile::remove(ait::openSettings()->fileName());
#endif
    }

#ifdef Q_OS_LINUX
    void ownerOnlyFromTheFirstWrite()
    {
        QString path;
        {
            const auto settings = ait::openSettings();
            path = settings->fileName();
            settings->setValue(QStringLiteral("profiles/test/name"), QStringLiteral("first"));
            settings->sync();
            QCOMPARE(settings->status(), QSettings::NoError);
        }
        QVERIFY(QFile::exists(path));
        QCOMPARE(state(path).mode, mode_t(0600));
    }

    void ownerOnlyAfterARewrite()
    {
        const auto settings = ait::openSettings();
        const QString path = settings->fileName();
        const FileState before = state(path);
        QCOMPARE(before.mode, mode_t(0600));
        settings->setValue(QStringLiteral("profiles/test/name"), QStringLiteral("second"));
        settings->sync();
        const FileState after = state(path);
        QVERIFY2(after.inode != before.inode, "not rewritten through a new file (QSaveFile): the check proves nothing");
        QCOMPARE(after.mode, mode_t(0600));
        QCOMPARE(ait::openSettings()->value(QStringLiteral("profiles/test/name")).toString(), QStringLiteral("second"));
    }

    void anOlderWorldReadableFileIsTightened()
    {
        const QString path = ait::openSettings()->fileName();
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QCOMPARE(state(path).mode, mode_t(0644));
        const auto settings = ait::openSettings();
        QCOMPARE(state(path).mode, mode_t(0600));
        QCOMPARE(settings->value(QStringLiteral("profiles/test/name")).toString(), QStringLiteral("second"));
    }
#endif
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
