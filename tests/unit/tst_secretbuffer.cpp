#include "core/tls/secretbuffer.h"

#include <QtTest>

using ait::tls::SecretBuffer;

class TestSecretBuffer : public QObject
{
    Q_OBJECT

private slots:
    void holdsCopyOfBytes()
    {
        const char raw[] = "private";
        SecretBuffer buffer(raw, 7);
        QCOMPARE(buffer.size(), 7);
        QCOMPARE(buffer.view(), QByteArrayView("private"));
        QVERIFY(buffer.data() != raw);
    }

    // Reads moved-from buffers on purpose: SecretBuffer defines that state (empty, nothing held).
    // NOLINTBEGIN(bugprone-use-after-move,clang-analyzer-cplusplus.Move)
    void moveLeavesSourceEmpty()
    {
        SecretBuffer a(QByteArrayView("key bytes"));
        const char *storage = a.data();
        SecretBuffer b(std::move(a));
        QVERIFY(a.isEmpty());
        QCOMPARE(a.data(), nullptr);
        QCOMPARE(static_cast<const void *>(b.data()), static_cast<const void *>(storage)); // moved, not copied
        SecretBuffer c;
        c = std::move(b);
        QCOMPARE(c.view(), QByteArrayView("key bytes"));
        QVERIFY(b.isEmpty());
    }
    // NOLINTEND(bugprone-use-after-move,clang-analyzer-cplusplus.Move)

    void truncateWipesTheTail()
    {
        SecretBuffer buffer(QByteArrayView("passphrase\r\n"));
        char *tail = buffer.data() + 10;
        buffer.truncate(10);
        QCOMPARE(buffer.view(), QByteArrayView("passphrase"));
        // The cut-off bytes still belong to the buffer's allocation and must be zero now.
        QCOMPARE(tail[0], '\0');
        QCOMPARE(tail[1], '\0');
    }

    void truncateIgnoresGrowth()
    {
        SecretBuffer buffer(QByteArrayView("abc"));
        buffer.truncate(10);
        buffer.truncate(-1);
        QCOMPARE(buffer.view(), QByteArrayView("abc"));
    }

    void cloneIsIndependent()
    {
        SecretBuffer a(QByteArrayView("abc"));
        SecretBuffer b = a.clone();
        QVERIFY(a == b);
        b.data()[0] = 'x';
        QVERIFY(!(a == b));
        QCOMPARE(a.view(), QByteArrayView("abc"));
    }

    void comparesSizeAndContent()
    {
        QVERIFY(!(SecretBuffer(QByteArrayView("abc")) == SecretBuffer(QByteArrayView("abcd"))));
        QVERIFY(SecretBuffer() == SecretBuffer());
    }
};

QTEST_GUILESS_MAIN(TestSecretBuffer)
#include "tst_secretbuffer.moc"
