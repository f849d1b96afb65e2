#include "core/keychain/qtkeychainbackend.h"

#include <qt6keychain/keychain.h>

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QElapsedTimer>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

#include <optional>

using ait::keychain::EntryResult;
using ait::keychain::QtKeychainBackend;
using ait::keychain::StoreError;

// QtKeychainBackend's one retry, with the real QtKeychain and a real Secret Service. The test runs
// in a private D-Bus session where no Secret Service runs and none can be D-Bus activated
// (tests/run-isolated.sh --bus), so a first attempt fails for real; gnome-keyring-daemon is started
// by the test itself, after that failure.
class TestKeychainRetry : public QObject
{
    Q_OBJECT

    const QString m_service = QStringLiteral("im.toss.apps.AitConsole.test");

    static bool secretServiceOnTheBus()
    {
        return QDBusConnection::sessionBus().interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"));
    }

    static bool isRetryable(QKeychain::Error error)
    {
        return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QDir::homePath().contains(QLatin1String("ait-test")), "run through tests/run-isolated.sh --bus");
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        QVERIFY2(!secretServiceOnTheBus(), "a Secret Service already runs on this bus: the first attempt could not fail");
    }

    // Nothing ever answers: the job is tried twice, a pause apart, then the failure is reported.
    void aSecondFailureIsReportedNotRetried()
    {
        QList<int> attempts;
        QList<QKeychain::Error> errors;
        QElapsedTimer sinceFirstFailure;
        qint64 pauseMs = -1;
        QtKeychainBackend backend(m_service, [&](QKeychain::Job *job, int attempt) {
            attempts << attempt;
            if (attempt == 2)
                pauseMs = sinceFirstFailure.elapsed();
            connect(job, &QKeychain::Job::finished, this, [&](QKeychain::Job *j) {
                errors << j->error();
                if (errors.size() == 1)
                    sinceFirstFailure.start();
            });
            job->start();
        });
        std::optional<EntryResult> result;
        qsizetype attemptsWhenReported = 0;
        backend.writeEntry(QStringLiteral("ait-console/retry/never"), QByteArrayLiteral("value"), [&](EntryResult r) {
            attemptsWhenReported = attempts.size();
            result = r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QCOMPARE(attempts, (QList<int>{1, 2}));
        QCOMPARE(attemptsWhenReported, 2); // reported after the second attempt, with no third one pending
        QCOMPARE(errors.size(), 2);
        QVERIFY2(isRetryable(errors[0]) && isRetryable(errors[1]), qPrintable(result->technicalDetail));
        QVERIFY(pauseMs >= QtKeychainBackend::RetryDelayMs * 9 / 10); // a coarse timer may fire 5 % early
        QVERIFY(!result->ok());
        QVERIFY2(result->error == StoreError::Other || result->error == StoreError::NoBackend, qPrintable(result->technicalDetail));
        QVERIFY(!result->technicalDetail.isEmpty());
    }

    // The Secret Service comes up between the attempts (as a D-Bus-activated one that is still
    // starting does): the retry succeeds and the value is really stored.
    void theRetrySucceedsOnceTheSecretServiceIsUp()
    {
        QList<int> attempts;
        std::optional<QKeychain::Error> firstError;
        QPointer<QKeychain::Job> retry;
        QtKeychainBackend backend(m_service, [&](QKeychain::Job *job, int attempt) {
            attempts << attempt;
            if (attempt == 1) {
                connect(job, &QKeychain::Job::finished, this, [&](QKeychain::Job *j) { firstError = j->error(); });
                job->start();
            } else {
                retry = job; // started below, once the Secret Service answers
            }
        });
        const QString name = QStringLiteral("ait-console/retry/%1").arg(QCoreApplication::applicationPid());
        const QByteArray value = QByteArrayLiteral("\x00\x01 stored on the second attempt \xff");
        std::optional<EntryResult> result;
        backend.writeEntry(name, value, [&](EntryResult r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(retry, 30000);
        QVERIFY(firstError.has_value());
        QVERIFY2(isRetryable(*firstError), qPrintable(QString::number(int(*firstError))));
        QVERIFY(!result.has_value()); // the first failure was not reported

        // gnome-keyring-daemon with a throw-away password, as scripts/with-keyring.sh starts it.
        QProcess daemon;
        daemon.start(QStringLiteral("gnome-keyring-daemon"), {QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        QVERIFY(daemon.waitForStarted(10000));
        daemon.write(QByteArray::number(QRandomGenerator::system()->generate64(), 16) + '\n');
        daemon.closeWriteChannel();
        QVERIFY(daemon.waitForFinished(30000));
        QCOMPARE(daemon.exitCode(), 0);
        QVERIFY(QTest::qWaitFor(secretServiceOnTheBus, 30000));

        QVERIFY(retry);
        retry->start();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY2(result->ok(), qPrintable(result->technicalDetail));
        QCOMPARE(attempts, (QList<int>{1, 2}));

        // Read back through a backend of its own: the value is in the Secret Service.
        QtKeychainBackend reader(m_service);
        std::optional<std::pair<EntryResult, QByteArray>> read;
        reader.readEntry(name, [&](EntryResult r, QByteArray v) { read.emplace(r, v); });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
        QVERIFY2(read->first.ok(), qPrintable(read->first.technicalDetail));
        QCOMPARE(read->second, value);
    }
};

QTEST_GUILESS_MAIN(TestKeychainRetry)
#include "tst_keychain_retry.moc"
