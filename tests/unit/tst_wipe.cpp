#include "core/api/callrecord.h"
#include "core/security/wipe.h"
#include "support/memoryprobe.h"

#include <QtTest>

using ait::test::MemoryProbe;
namespace security = ait::security;

// Each test puts a random secret (MemoryProbe) into the code under test, checks that it is found
// in this process's memory while held, and that no copy is left once the code let it go.
class TestWipe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MemoryProbe probe;
        QByteArray held = probe.toByteArray();
        QVERIFY2(probe.occurrences() >= 1, "the probe does not find a secret that is held");
        security::wipe(held);
    }

    void lastHolderWipesBytes()
    {
        MemoryProbe probe;
        QByteArray secret = probe.toByteArray();
        QCOMPARE(probe.occurrences(), 1);
        QVERIFY(security::wipe(secret));
        QVERIFY(secret.isEmpty());
        QCOMPARE(probe.occurrences(), 0);
    }

    void sharedBytesAreOnlyReleased()
    {
        MemoryProbe probe;
        QByteArray secret = probe.toByteArray();
        QByteArray other = secret; // one buffer, two holders
        QVERIFY(!security::wipe(secret));
        QVERIFY(secret.isEmpty());
        QCOMPARE(other.size(), 48);
        QCOMPARE(probe.occurrences(), 1); // the other holder still has it, intact
        QVERIFY(security::wipe(other));
        QCOMPARE(probe.occurrences(), 0);
    }

    void wipesTheCapacityBeyondTheSize()
    {
        MemoryProbe probe;
        QByteArray secret = probe.toByteArray("prefix: ");
        secret.truncate(4); // the secret stays in the allocation, beyond the size
        QCOMPARE(probe.occurrences(), 1);
        QVERIFY(security::wipe(secret));
        QCOMPARE(probe.occurrences(), 0);
    }

    void lastHolderWipesText()
    {
        MemoryProbe probe;
        QString secret = probe.toString();
        QString other = secret;
        QVERIFY(!security::wipe(other));
        QCOMPARE(probe.occurrences(), 1);
        QVERIFY(security::wipe(secret));
        QCOMPARE(probe.occurrences(), 0);
    }

    void fillWipesNothingShared()
    {
        // Why wipe() exists: QString::fill on a shared string detaches and wipes a fresh copy.
        MemoryProbe probe;
        QString secret = probe.toString();
        QString copy = secret;
        copy.fill(QLatin1Char(' '));
        QCOMPARE(probe.occurrences(), 1);
        security::wipe(secret);
        QCOMPARE(probe.occurrences(), 0);
    }

    void rawDataIsNeverWritten()
    {
        static const char text[] = "not ours to wipe";
        QByteArray raw = QByteArray::fromRawData(text, sizeof text - 1);
        QVERIFY(!security::wipe(raw));
        QCOMPARE(QByteArrayView(text), QByteArrayView("not ours to wipe"));
    }

    void wipeInPlaceWipesSharedBytes()
    {
        MemoryProbe probe;
        QByteArray jobsCopy = probe.toByteArray();
        QByteArray ours = jobsCopy;
        security::wipeInPlace(ours);
        QVERIFY(ours.isEmpty());
        QCOMPARE(jobsCopy.size(), 48);
        QCOMPARE(jobsCopy, QByteArray(48, '\0')); // the other holder sees zeros
        QCOMPARE(probe.occurrences(), 0);
    }

    void textBecomesSecretBufferWithoutCopies()
    {
        MemoryProbe probe;
        QString passphrase = probe.toString();
        ait::tls::SecretBuffer utf8 = security::takeUtf8Secret(passphrase);
        QVERIFY(passphrase.isEmpty());
        QCOMPARE(utf8.size(), 48);
        QCOMPARE(probe.occurrences(), 1); // the SecretBuffer, and no QByteArray left behind
        utf8.clear();
        QCOMPARE(probe.occurrences(), 0);

        const QString korean = QStringLiteral("비밀번호");
        QCOMPARE(security::utf8Secret(korean).view(), QByteArrayView(korean.toUtf8()));
    }

    void callRecordWipesWhenTheLastCopyGoes()
    {
        MemoryProbe token, refreshToken, personal;
        QList<ait::api::CallRecord> inspector;
        {
            ait::api::CallRecord record;
            record.requestHeaders = {{QByteArray("Authorization"), token.toByteArray("Bearer ")}};
            record.requestBody = refreshToken.toByteArray("{\"refreshToken\":\"", "\"}");
            record.responseBody = personal.toByteArray("{\"success\":{\"name\":\"", "\"}}");
            inspector << record; // the inspector's copy shares the bytes
        }
        for (const MemoryProbe *p : {&token, &refreshToken, &personal})
            QCOMPARE(p->occurrences(), 1);
        inspector.clear();
        for (const MemoryProbe *p : {&token, &refreshToken, &personal})
            QCOMPARE(p->occurrences(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWipe)
#include "tst_wipe.moc"
