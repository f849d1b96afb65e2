#include "core/keychain/qtkeychainbackend.h"
#include "core/security/wipe.h"
#include "core/tls/secretbuffer.h"
#include "support/memoryprobe.h"

#include <QtTest>

#include <optional>

using namespace ait;

// Reading a keychain entry leaves no copy of its bytes behind once the reader has its own
// (tls::SecretBuffer): QtKeychain's job would free its buffer unwiped (issue 11 item 8).
class TestKeychainMemory : public QObject
{
    Q_OBJECT

    const QString m_service = QStringLiteral("im.toss.apps.AitConsole.test");
    const QString m_name = QStringLiteral("ait-console/memory/%1").arg(QCoreApplication::applicationPid());

    // Finished jobs delete themselves later (deleteLater): run those deletions now.
    static void deleteFinishedJobs() { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); }

private slots:
    void readLeavesOnlyTheReadersCopy()
    {
        // The size of a key chunk: a freed block this large is not reused by chance in between.
        test::MemoryProbe probe(1500);
        QVERIFY2(probe.occurrences() == 0, "this process's memory cannot be read (/proc/self/mem)");
        keychain::QtKeychainBackend backend(m_service);

        std::optional<keychain::EntryResult> written;
        QByteArray value = probe.toByteArray();
        backend.writeEntry(m_name, value, [&written](keychain::EntryResult r) { written = r; });
        QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }, 30000));
        QVERIFY2(written->ok(), qPrintable(written->technicalDetail));
        deleteFinishedJobs();
        security::wipeInPlace(value); // the test's own copy, written and done with
        QCOMPARE(probe.occurrences(), 0);

        std::optional<keychain::EntryResult> read;
        tls::SecretBuffer copy;
        backend.readEntry(m_name, [&](keychain::EntryResult r, QByteArray bytes) {
            copy = tls::SecretBuffer(bytes);
            read = r;
        });
        QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, 30000));
        QVERIFY2(read->ok(), qPrintable(read->technicalDetail));
        QCOMPARE(copy.size(), 1500);
        deleteFinishedJobs();
        QCOMPARE(probe.occurrences(), 1); // the reader's SecretBuffer, nothing else
        copy.clear();
        QCOMPARE(probe.occurrences(), 0);

        std::optional<keychain::EntryResult> removed;
        backend.deleteEntry(m_name, [&removed](keychain::EntryResult r) { removed = r; });
        QVERIFY(QTest::qWaitFor([&] { return removed.has_value(); }, 30000));
        QVERIFY(removed->ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychainMemory)
#include "tst_keychain_memory.moc"
