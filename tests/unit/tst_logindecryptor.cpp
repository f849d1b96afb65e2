#include "core/api/logindecryptor.h"

#include <QProcess>
#include <QtTest>

using ait::api::LoginDecryptor;
using ait::tls::SecretBuffer;

// Vectors made outside our code: Python's `cryptography` (Debian's python3-cryptography) encrypts
// with AES-256-GCM, IV first and tag last, as the partner does; we must read them back.
class TestLoginDecryptor : public QObject
{
    Q_OBJECT

    QByteArray m_key = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    QByteArray m_aad = QByteArrayLiteral("TOSS");

    QString encryptWithPython(const QString &plain)
    {
        const QString script = QStringLiteral(
            "import base64, os, sys\n"
            "from cryptography.hazmat.primitives.ciphers.aead import AESGCM\n"
            "key = bytes.fromhex(sys.argv[1]); aad = sys.argv[2].encode(); iv = os.urandom(12)\n"
            "ct = AESGCM(key).encrypt(iv, sys.argv[3].encode('utf-8'), aad)\n"
            "print(base64.b64encode(iv + ct).decode())\n");
        QProcess python;
        python.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, QString::fromLatin1(m_key.toHex()),
                                                 QString::fromLatin1(m_aad), plain});
        if (!python.waitForFinished(30000) || python.exitCode() != 0)
            qFatal("python3 cryptography failed: %s", python.readAllStandardError().constData());
        return QString::fromLatin1(python.readAllStandardOutput().trimmed());
    }

private slots:
    void decryptsVectorsFromPython_data()
    {
        QTest::addColumn<QString>("plain");
        QTest::newRow("name") << QStringLiteral("홍길동");
        QTest::newRow("birthday") << QStringLiteral("19900101");
        QTest::newRow("email") << QStringLiteral("gildong@example.com");
        QTest::newRow("empty") << QString();
    }

    void decryptsVectorsFromPython()
    {
        QFETCH(QString, plain);
        const QString field = encryptWithPython(plain);
        LoginDecryptor decryptor{SecretBuffer(m_key), SecretBuffer(m_aad)};
        const auto decrypted = decryptor.decrypt(field);
        QVERIFY(decrypted);
        QCOMPARE(QString::fromUtf8(decrypted->data(), decrypted->size()), plain);
    }

    void wrongKeyOrAadOrTamperingFails()
    {
        const QString field = encryptWithPython(QStringLiteral("01012345678"));
        QByteArray otherKey = m_key;
        otherKey[0] = 'x';
        QVERIFY(!LoginDecryptor(SecretBuffer(otherKey), SecretBuffer(m_aad)).decrypt(field));
        QVERIFY(!LoginDecryptor(SecretBuffer(m_key), SecretBuffer(QByteArrayView("toss"))).decrypt(field));
        QByteArray raw = QByteArray::fromBase64(field.toLatin1());
        raw[14] = char(raw[14] ^ 1);
        QVERIFY(!LoginDecryptor(SecretBuffer(m_key), SecretBuffer(m_aad)).decrypt(QString::fromLatin1(raw.toBase64())));
        QVERIFY(!LoginDecryptor(SecretBuffer(m_key), SecretBuffer(m_aad)).decrypt(QStringLiteral("not base64!")));
        QVERIFY(!LoginDecryptor(SecretBuffer(m_key), SecretBuffer(m_aad)).decrypt(QStringLiteral("c2hvcnQ=")));
        QVERIFY(!LoginDecryptor(SecretBuffer(QByteArrayView("short key")), SecretBuffer(m_aad)).isValid());
    }
};

QTEST_GUILESS_MAIN(TestLoginDecryptor)
#include "tst_logindecryptor.moc"
