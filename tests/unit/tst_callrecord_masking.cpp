#include "core/api/callrecord.h"

#include <QtTest>

using ait::api::CallRecord;

// What the request inspector shows of a call: bearer tokens, user keys, anon keys, OAuth codes and
// tokens, promotion keys and the encrypted personal fields are masked (at most their first four
// characters and their length show) until "Reveal" is ticked; everything else stays as it was.
class TestCallRecordMasking : public QObject
{
    Q_OBJECT

    // Long, distinctive values, so that no tail of one can turn up by chance elsewhere.
    const QByteArray m_accessToken = QByteArrayLiteral("eyJhbGciOiJSUzI1NiJ9.access-body-7d3f.sig-91ab");
    const QByteArray m_refreshToken = QByteArrayLiteral("refresh-0c5e1a9b7f2d4e6a8c0b");
    const QByteArray m_code = QByteArrayLiteral("auth-code-5b4a39281706f5e4");
    const QByteArray m_anonKey = QByteArrayLiteral("anon-key-0123456789abcdef");
    const QByteArray m_promotionKey = QByteArrayLiteral("cHJvbW90aW9uLWtleS0xMjM0NTY3OA==");

    // The secret is neither there whole nor beyond the four characters a mask may show.
    static bool hides(const QString &text, const QByteArray &secret)
    {
        const QString s = QString::fromLatin1(secret);
        return !text.contains(s) && !text.contains(s.mid(4));
    }

private slots:
    void headersAreMaskedUntilRevealed_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("maskedStart"); // what the masked line starts with
        QTest::newRow("Authorization: Bearer") << QByteArray("Authorization") << "Bearer " + m_accessToken << m_accessToken
                                               << "Authorization: Bearer ";
        QTest::newRow("authorization, lower case") << QByteArray("authorization") << "Bearer " + m_accessToken << m_accessToken
                                                   << "authorization: Bearer ";
        QTest::newRow("Authorization: Basic") << QByteArray("Authorization") << QByteArray("Basic dXNlcjpzdXBlci1zZWNyZXQtcGFzcw==")
                                              << QByteArray("dXNlcjpzdXBlci1zZWNyZXQtcGFzcw==") << "Authorization: ";
        QTest::newRow("x-toss-user-key") << QByteArray("x-toss-user-key") << QByteArray("443731103") << QByteArray("443731103")
                                         << "x-toss-user-key: ";
        QTest::newRow("X-Toss-User-Key") << QByteArray("X-Toss-User-Key") << QByteArray("443731103") << QByteArray("443731103")
                                         << "X-Toss-User-Key: ";
        QTest::newRow("x-anon-key") << QByteArray("x-anon-key") << m_anonKey << m_anonKey << "x-anon-key: ";
    }

    void headersAreMaskedUntilRevealed()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, secret);
        QFETCH(QString, maskedStart);
        CallRecord record;
        record.requestHeaders = {{"Content-Type", "application/json"}, {name, value}, {"x-request-id", "req-42"}};

        const QString masked = record.headersText(false);
        QVERIFY2(hides(masked, secret), qPrintable(masked));
        const QStringList lines = masked.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3); // the header is still listed, masked, not dropped
        QVERIFY2(lines[1].startsWith(maskedStart), qPrintable(lines[1]));
        QCOMPARE(lines[0], QStringLiteral("Content-Type: application/json"));
        QCOMPARE(lines[2], QStringLiteral("x-request-id: req-42"));

        const QString revealed = record.headersText(true);
        QVERIFY2(revealed.contains(QString::fromLatin1(name + ": " + value)), qPrintable(revealed));
    }

    void bodiesAreMaskedUntilRevealed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QList<QByteArray>>("secrets");
        QTest::addColumn<QStringList>("kept"); // what must still show while masked

        QTest::newRow("generate-token request")
            << "{\"authorizationCode\":\"" + m_code + "\",\"referrer\":\"DEFAULT\"}" << QList<QByteArray>{m_code}
            << QStringList{QStringLiteral("authorizationCode"), QStringLiteral("DEFAULT")};
        QTest::newRow("refresh-token request") << "{\"refreshToken\":\"" + m_refreshToken + "\"}" << QList<QByteArray>{m_refreshToken}
                                               << QStringList{QStringLiteral("refreshToken")};
        QTest::newRow("token answer")
            << "{\"resultType\":\"SUCCESS\",\"success\":{\"accessToken\":\"" + m_accessToken + "\",\"refreshToken\":\"" + m_refreshToken
                   + "\",\"tokenType\":\"Bearer\",\"expiresIn\":3599,\"scope\":\"user_name user_phone\"}}"
            << QList<QByteArray>{m_accessToken, m_refreshToken}
            << QStringList{QStringLiteral("SUCCESS"), QStringLiteral("Bearer"), QStringLiteral("3599"), QStringLiteral("user_name user_phone")};
        QTest::newRow("login-me answer")
            << QByteArray("{\"resultType\":\"SUCCESS\",\"success\":{\"userKey\":443731103,\"scope\":\"user_name\","
                          "\"agreedTerms\":[\"terms_tag1\"],\"name\":\"ENC-name-4f1c2b3a9d8e\",\"phone\":\"ENC-phone-77aa55cc33ee\","
                          "\"birthday\":\"ENC-birthday-1b2c3d4e\",\"ci\":\"ENC-ci-9f8e7d6c5b4a3928\",\"gender\":\"ENC-gender-aa11bb22\","
                          "\"nationality\":\"ENC-nationality-cc33dd44\",\"email\":\"ENC-email-ee55ff6600\"}}")
            << QList<QByteArray>{"443731103", "ENC-name-4f1c2b3a9d8e", "ENC-phone-77aa55cc33ee", "ENC-birthday-1b2c3d4e",
                                 "ENC-ci-9f8e7d6c5b4a3928", "ENC-gender-aa11bb22", "ENC-nationality-cc33dd44", "ENC-email-ee55ff6600"}
            << QStringList{QStringLiteral("user_name"), QStringLiteral("terms_tag1")};
        QTest::newRow("user key as a string") << QByteArray("{\"userKey\":\"443731104\"}") << QList<QByteArray>{"443731104"}
                                              << QStringList{QStringLiteral("userKey")};
        QTest::newRow("secrets inside an array")
            << "{\"success\":{\"users\":[{\"userKey\":443731105,\"accessToken\":\"" + m_accessToken + "\",\"status\":\"LINKED\"}]}}"
            << QList<QByteArray>{"443731105", m_accessToken} << QStringList{QStringLiteral("LINKED")};
        QTest::newRow("promotion key answer") << "{\"resultType\":\"SUCCESS\",\"success\":{\"key\":\"" + m_promotionKey + "\"}}"
                                              << QList<QByteArray>{m_promotionKey} << QStringList{QStringLiteral("SUCCESS")};
        QTest::newRow("not JSON") << "accessToken=" + m_accessToken << QList<QByteArray>{m_accessToken} << QStringList{};
    }

    void bodiesAreMaskedUntilRevealed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QList<QByteArray>, secrets);
        QFETCH(QStringList, kept);
        CallRecord record;
        record.requestBody = body;
        record.responseBody = body;
        for (const QString &masked : {record.requestBodyText(false), record.responseBodyText(false)}) {
            for (const QByteArray &secret : secrets)
                QVERIFY2(hides(masked, secret), qPrintable(QString::fromLatin1(secret) + QStringLiteral(" shows in ") + masked));
            for (const QString &k : kept)
                QVERIFY2(masked.contains(k), qPrintable(k + QStringLiteral(" is missing from ") + masked));
        }
        for (const QString &revealed : {record.requestBodyText(true), record.responseBodyText(true)}) {
            for (const QByteArray &secret : secrets)
                QVERIFY2(revealed.contains(QString::fromLatin1(secret)), qPrintable(revealed));
        }
    }
};

QTEST_GUILESS_MAIN(TestCallRecordMasking)
#include "tst_callrecord_masking.moc"
