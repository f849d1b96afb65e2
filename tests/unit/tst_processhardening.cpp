#include "core/security/processhardening.h"
#include "core/tls/privatekey.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <openssl/crypto.h>

#include <cstdio>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

using namespace ait::security;

namespace {

// The checks run in a fresh child process (this test binary again), so the test runner stays
// debuggable and OpenSSL has allocated nothing yet when hardenProcess() runs, as in main().
int runChild(const char *mode)
{
    const bool late = std::strcmp(mode, "late") == 0;
    if (late)
        OPENSSL_free(OPENSSL_malloc(16)); // OpenSSL already in use: too late for its memory functions
    const HardeningStatus status = hardenProcess();

    QJsonObject report{{QStringLiteral("coreDumpsOff"), status.coreDumpsOff},
                       {QStringLiteral("openSslFreesScrubbed"), status.openSslFreesScrubbed},
                       {QStringLiteral("secureHeap"), status.secureHeap},
                       {QStringLiteral("secureHeapInitialized"), CRYPTO_secure_malloc_initialized() == 1}};
#ifdef Q_OS_LINUX
    rlimit core{};
    getrlimit(RLIMIT_CORE, &core);
    report[QStringLiteral("dumpable")] = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
    report[QStringLiteral("coreSoft")] = qint64(core.rlim_cur);
    report[QStringLiteral("coreHard")] = qint64(core.rlim_max);
#endif
    CRYPTO_malloc_fn mallocFn = nullptr;
    CRYPTO_realloc_fn reallocFn = nullptr;
    CRYPTO_free_fn freeFn = nullptr;
    CRYPTO_get_mem_functions(&mallocFn, &reallocFn, &freeFn);
    report[QStringLiteral("scrubbingFunctionsInstalled")] = mallocFn == &detail::scrubbingMalloc
        && reallocFn == &detail::scrubbingRealloc && freeFn == &detail::scrubbingFree;

    // A key read from PKCS#8 DER, as from the keychain: its private numbers go to the secure heap.
    const ait::tls::SecretBuffer der = ait::tls::PrivateKey::generate(ait::tls::KeyType::Rsa2048).toPkcs8Der();
    const size_t before = CRYPTO_secure_used(); // after generating: the random generator keeps its seed there
    {
        const ait::tls::PrivateKey key = ait::tls::PrivateKey::fromPkcs8Der(der);
        report[QStringLiteral("keyLoaded")] = !key.isNull();
        report[QStringLiteral("secureBytesWhileKeyLoaded")] = qint64(CRYPTO_secure_used() - before);
    }
    report[QStringLiteral("secureBytesAfterKeyFreed")] = qint64(CRYPTO_secure_used() - before);

    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace

class TestProcessHardening : public QObject
{
    Q_OBJECT

    QJsonObject child(const QString &mode)
    {
        QProcess process;
        process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hardening-child"), mode});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning() << process.readAllStandardError();
            return {};
        }
        return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    }

private slots:
    void coreDumpsAreOff()
    {
        const QJsonObject r = child(QStringLiteral("first"));
        QVERIFY2(!r.isEmpty(), "the child process did not report");
        QVERIFY(r[QStringLiteral("coreDumpsOff")].toBool());
#ifdef Q_OS_LINUX
        QCOMPARE(r[QStringLiteral("dumpable")].toInt(), 0);
        QCOMPARE(r[QStringLiteral("coreSoft")].toInteger(), 0);
        QCOMPARE(r[QStringLiteral("coreHard")].toInteger(), 0); // cannot be raised again
#endif
    }

    void openSslFreesAreScrubbed()
    {
        const QJsonObject r = child(QStringLiteral("first"));
        QVERIFY(r[QStringLiteral("openSslFreesScrubbed")].toBool());
        QVERIFY(r[QStringLiteral("scrubbingFunctionsInstalled")].toBool());
    }

    void privateNumbersLiveInTheSecureHeap()
    {
        const QJsonObject r = child(QStringLiteral("first"));
        QVERIFY(r[QStringLiteral("secureHeap")].toBool());
        QVERIFY(r[QStringLiteral("secureHeapInitialized")].toBool());
        QVERIFY(r[QStringLiteral("keyLoaded")].toBool());
        // d, p, q, dP, dQ, qInv of an RSA-2048 key: well over 640 bytes.
        QVERIFY2(r[QStringLiteral("secureBytesWhileKeyLoaded")].toInteger() >= 640,
                 qPrintable(QString::number(r[QStringLiteral("secureBytesWhileKeyLoaded")].toInteger())));
        QCOMPARE(r[QStringLiteral("secureBytesAfterKeyFreed")].toInteger(), 0);
    }

    void tooLateForOpenSslIsReported()
    {
        const QJsonObject r = child(QStringLiteral("late"));
        QVERIFY2(!r.isEmpty(), "the child process did not report");
        QVERIFY(!r[QStringLiteral("openSslFreesScrubbed")].toBool());
        QVERIFY(!r[QStringLiteral("scrubbingFunctionsInstalled")].toBool());
        QVERIFY(r[QStringLiteral("coreDumpsOff")].toBool()); // the rest still applies
    }

    void scrubbingReallocKeepsTheBytes()
    {
        // Called directly: the functions must behave as realloc does, whatever OpenSSL asks.
        auto *block = static_cast<char *>(detail::scrubbingMalloc(16, __FILE__, __LINE__));
        QVERIFY(block);
        const QByteArray bytes("0123456789abcdef"); // 16 bytes, no terminating NUL copied
        std::memcpy(block, bytes.constData(), 16);
        block = static_cast<char *>(detail::scrubbingRealloc(block, 4096, __FILE__, __LINE__));
        QVERIFY(block);
        QCOMPARE(QByteArrayView(block, 16), QByteArrayView(bytes));
        block = static_cast<char *>(detail::scrubbingRealloc(block, 8, __FILE__, __LINE__));
        QCOMPARE(QByteArrayView(block, 8), QByteArrayView("01234567"));
        QCOMPARE(detail::scrubbingRealloc(block, 0, __FILE__, __LINE__), nullptr); // freed
        block = static_cast<char *>(detail::scrubbingRealloc(nullptr, 32, __FILE__, __LINE__));
        QVERIFY(block);
        detail::scrubbingFree(block, __FILE__, __LINE__);
        detail::scrubbingFree(nullptr, __FILE__, __LINE__);
    }
};

int main(int argc, char *argv[])
{
    if (argc == 3 && std::strcmp(argv[1], "--hardening-child") == 0)
        return runChild(argv[2]);
    QCoreApplication app(argc, argv);
    TestProcessHardening test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_processhardening.moc"
