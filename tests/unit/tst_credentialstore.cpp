#include "core/keychain/credentialstore.h"
#include "support/async.h"
#include "support/memorybackend.h"

#include <QSettings>
#include <QtTest>

#include <sys/resource.h>

using namespace ait;
using namespace ait::keychain;
using ait::test::await;
using ait::test::awaitRead;

namespace {

// Forwards to a MemoryBackend and counts what the store asks for.
class CountingBackend final : public EntryBackend
{
public:
    explicit CountingBackend(MemoryBackend &inner) : m_inner(inner) {}
    void writeEntry(const QString &name, const QByteArray &value, Done done) override { m_inner.writeEntry(name, value, done); }
    void readEntry(const QString &name, Read done) override
    {
        reads << name;
        m_inner.readEntry(name, done);
    }
    void deleteEntry(const QString &name, Done done) override { m_inner.deleteEntry(name, done); }

    QStringList reads;

private:
    MemoryBackend &m_inner;
};

qint64 peakResidentKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

// The chunk/manifest/index logic against the in-memory backend; the same code runs on the OS
// keychain in tests/keychain.
class TestCredentialStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    MemoryBackend *m_backend = nullptr;
    std::unique_ptr<CredentialStore> m_store;

    static tls::SecretBuffer pattern(qsizetype size, char seed)
    {
        tls::SecretBuffer b(size);
        for (qsizetype i = 0; i < size; ++i)
            b.data()[i] = char(seed + i * 7);
        return b;
    }

    StoreResult write(const QString &name, const tls::SecretBuffer &value)
    {
        return await([&](auto done) { m_store->write(name, value, nullptr, done); });
    }

private slots:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("index.ini")), QSettings::IniFormat);
        m_settings->clear();
        auto backend = std::make_unique<MemoryBackend>();
        m_backend = backend.get();
        m_store = std::make_unique<CredentialStore>(std::move(backend), *m_settings);
    }

    void roundTripsAnySize_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("chunks");
        QTest::newRow("empty") << 0 << 0;
        QTest::newRow("one byte") << 1 << 1;
        QTest::newRow("exactly one chunk") << 2000 << 1;
        QTest::newRow("one byte over") << 2001 << 2;
        QTest::newRow("RSA-4096 key and chain") << 7531 << 4;
    }

    void roundTripsAnySize()
    {
        QFETCH(int, size);
        QFETCH(int, chunks);
        const tls::SecretBuffer value = pattern(size, 'a');
        QVERIFY(write(QStringLiteral("app/p/key"), value).ok());

        // Every entry fits the Windows limit; manifest + chunks, nothing else.
        QCOMPARE(m_backend->entries.size(), chunks + 1);
        for (auto it = m_backend->entries.cbegin(); it != m_backend->entries.cend(); ++it)
            QVERIFY2(it.value().size() <= CredentialStore::ChunkSize, qPrintable(it.key()));
        QVERIFY(m_backend->entries.contains(QStringLiteral("app/p/key#manifest")));

        auto [result, back] = awaitRead(*m_store, QStringLiteral("app/p/key"));
        QVERIFY2(result.ok(), qPrintable(result.technicalDetail));
        QVERIFY(back == value);
    }

    void shorterWriteLeavesNoStaleTail()
    {
        QVERIFY(write(QStringLiteral("n"), pattern(7000, 'x')).ok());
        QCOMPARE(m_backend->entries.size(), 5);
        const tls::SecretBuffer shorter = pattern(2500, 'y');
        QVERIFY(write(QStringLiteral("n"), shorter).ok());
        QCOMPARE(m_backend->entries.size(), 3); // manifest + 2 chunks: the old #2 and #3 are gone
        QVERIFY(!m_backend->entries.contains(QStringLiteral("n#2")));
        QCOMPARE(m_store->indexedEntries().size(), 3);
        auto [result, back] = awaitRead(*m_store, QStringLiteral("n"));
        QVERIFY(result.ok());
        QVERIFY(back == shorter);
    }

    void reportsDamage_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QByteArray>("replacement"); // empty: delete the entry
        QTest::newRow("flipped byte") << "v#1" << QByteArray("!");
        QTest::newRow("missing chunk") << "v#2" << QByteArray();
        QTest::newRow("garbled manifest") << "v#manifest" << QByteArray("ait-chunks/1 9 x y");
    }

    void reportsDamage()
    {
        QFETCH(QString, entry);
        QFETCH(QByteArray, replacement);
        QVERIFY(write(QStringLiteral("v"), pattern(5000, 'k')).ok());
        if (replacement.isEmpty()) {
            m_backend->entries.remove(entry);
        } else if (entry.endsWith(QLatin1String("manifest"))) {
            m_backend->entries[entry] = replacement;
        } else {
            m_backend->entries[entry][10] = replacement[0];
        }
        auto [result, back] = awaitRead(*m_store, QStringLiteral("v"));
        QCOMPARE(result.error, StoreError::Damaged);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(back.isEmpty());
    }

    // Issue 11 item 6: the manifest is read back from a keychain anyone in the session can write.
    // A claim of 4,294,967,294,000 bytes aborted the console (std::bad_alloc) at every start; one
    // of 300,000,000 bytes allocated (and, through a leak, kept) the whole claim before reading a
    // single chunk. Either is damage, found before any chunk is read or anything allocated.
    void impossibleManifestIsDamagedBeforeAnyAllocation_data()
    {
        const QByteArray hash(64, 'a');
        QTest::addColumn<QByteArray>("manifest");
        QTest::newRow("4 TB") << "ait-chunks/1 2147483647 4294967294000 " + hash;
        QTest::newRow("300 MB") << "ait-chunks/1 150000 300000000 " + hash;
        QTest::newRow("one byte over 1 MiB") << "ait-chunks/1 525 1048577 " + hash;
        QTest::newRow("count beyond int") << "ait-chunks/1 4294967296 1000 " + hash;
        QTest::newRow("negative") << "ait-chunks/1 -1 -5 " + hash;
        QTest::newRow("count and length disagree") << "ait-chunks/1 1 5000 " + hash;
        QTest::newRow("upper-case hash") << "ait-chunks/1 3 5000 " + QByteArray(64, 'A');
    }

    void impossibleManifestIsDamagedBeforeAnyAllocation()
    {
        QFETCH(QByteArray, manifest);
        auto memory = std::make_unique<MemoryBackend>();
        auto counting = std::make_unique<CountingBackend>(*memory);
        CountingBackend *backend = counting.get();
        CredentialStore store(std::move(counting), *m_settings);
        QVERIFY(await([&](auto done) { store.write(QStringLiteral("v"), pattern(5000, 'k'), nullptr, done); }).ok());
        memory->entries[QStringLiteral("v#manifest")] = manifest;

        const qint64 peakBefore = peakResidentKiB();
        auto [result, back] = awaitRead(store, QStringLiteral("v"));
        QCOMPARE(result.error, StoreError::Damaged);
        QVERIFY(back.isEmpty());
        QCOMPARE(backend->reads, QStringList{QStringLiteral("v#manifest")}); // no chunk was even asked for
        QVERIFY2(peakResidentKiB() - peakBefore < qint64{64} * 1024,
                 qPrintable(QStringLiteral("peak grew by %1 KiB").arg(peakResidentKiB() - peakBefore)));
    }

    void largestValueIsAcceptedAndLargerRefused()
    {
        // The manifest of the largest value reads back (through the store it takes 525 chunks).
        const tls::SecretBuffer largest = pattern(Manifest::MaxLength, 'L');
        const std::optional<Manifest> manifest = Manifest::describe(largest.view());
        QVERIFY(manifest);
        QCOMPARE(manifest->count, Manifest::MaxCount);
        const std::optional<Manifest> back = Manifest::decode(manifest->encode());
        QVERIFY(back);
        QCOMPARE(back->encode(), manifest->encode());
        QVERIFY(back->matches(largest.view()));

        QVERIFY(!Manifest::describe(pattern(Manifest::MaxLength + 1, 'B').view()));
        const StoreResult refused = write(QStringLiteral("bigger"), pattern(Manifest::MaxLength + 1, 'B'));
        QVERIFY(!refused.ok());
        QCOMPARE(m_backend->writes, 0); // nothing written that would read back as damaged
        QVERIFY(m_backend->entries.isEmpty());
    }

    // The read path once held itself through a closure that captured its own shared_ptr: every
    // read leaked its callback, its context and its key buffer (never wiped). Whatever the
    // answer, nothing the read took may outlive it.
    void readReleasesEverythingItHeld_data()
    {
        QTest::addColumn<QString>("damage"); // what happens to the stored value before the read
        QTest::newRow("intact") << "";
        QTest::newRow("missing chunk") << "v#1";
        QTest::newRow("missing manifest") << "v#manifest";
    }

    void readReleasesEverythingItHeld()
    {
        QFETCH(QString, damage);
        QVERIFY(write(QStringLiteral("v"), pattern(5000, 'k')).ok());
        if (!damage.isEmpty())
            m_backend->entries.remove(damage);
        auto token = std::make_shared<int>(0);
        std::weak_ptr<int> watch = token;
        bool answered = false;
        m_store->read(QStringLiteral("v"), nullptr, [token, &answered](const StoreResult &, tls::SecretBuffer) { answered = true; });
        token.reset();
        QTRY_VERIFY(answered);
        QTRY_VERIFY2(watch.expired(), "the read still holds its callback after answering");
    }

    void interruptedWriteNeverReadsAsOldValue()
    {
        QVERIFY(write(QStringLiteral("w"), pattern(5000, 'o')).ok());
        // The keychain fails part-way through the next write (after deleting the old manifest
        // and one old chunk): the value must read as missing, never as a mix of old and new.
        m_backend->callsUntilFailure = 2;
        QCOMPARE(write(QStringLiteral("w"), pattern(5000, 'n')).error, StoreError::AccessDenied);
        m_backend->callsUntilFailure = -1;
        QVERIFY(!m_backend->entries.contains(QStringLiteral("w#manifest")));
        QCOMPARE(awaitRead(*m_store, QStringLiteral("w")).first.error, StoreError::NotFound);
        // …and can still be forgotten completely.
        QVERIFY(await([&](auto done) { m_store->removeAll(QStringLiteral("w"), nullptr, done); }).ok());
        QVERIFY(m_backend->entries.isEmpty());
    }

    void removeAllUnderPrefix()
    {
        QVERIFY(write(QStringLiteral("app/profile/A/key"), pattern(4100, '1')).ok());
        QVERIFY(write(QStringLiteral("app/profile/A/chain"), pattern(100, '2')).ok());
        QVERIFY(write(QStringLiteral("app/profile/B/key"), pattern(100, '3')).ok());
        QVERIFY(await([&](auto done) { m_store->removeAll(QStringLiteral("app/profile/A/"), nullptr, done); }).ok());
        QCOMPARE(m_backend->entries.keys().size(), 2);
        for (const QString &name : m_backend->entries.keys())
            QVERIFY(name.startsWith(QLatin1String("app/profile/B/")));
        for (const QString &name : m_store->indexedEntries())
            QVERIFY(name.startsWith(QLatin1String("app/profile/B/")));
    }

    void errorsBecomeSentences_data()
    {
        QTest::addColumn<StoreError>("error");
        QTest::newRow("no backend") << StoreError::NoBackend;
        QTest::newRow("denied") << StoreError::AccessDenied;
        QTest::newRow("cancelled") << StoreError::Cancelled;
        QTest::newRow("other") << StoreError::Other;
    }

    void errorsBecomeSentences()
    {
        QFETCH(StoreError, error);
        m_backend->failWith = error;
        const StoreResult result = write(QStringLiteral("e"), pattern(10, 'e'));
        QCOMPARE(result.error, error);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(!result.hint.isEmpty());
        if (error == StoreError::NoBackend)
            QVERIFY(result.hint.contains(QStringLiteral("GNOME Keyring")));
    }

    void noCallbackAfterContextIsGone()
    {
        auto context = std::make_unique<QObject>();
        bool called = false;
        const int writesBefore = m_backend->writes;
        m_store->write(QStringLiteral("c"), pattern(10, 'c'), context.get(), [&](const StoreResult &) { called = true; });
        context.reset();
        // The write still runs to its end (its chunk and manifest stored), and a later write, whose
        // answers queue behind its last step, has come back: the callback had every chance.
        QTRY_COMPARE(m_backend->writes, writesBefore + 2);
        QVERIFY(write(QStringLiteral("d"), pattern(10, 'd')).ok());
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
