#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace ait::sandbox {

struct Request
{
    QByteArray method;
    QString path;                          // e.g. /api-partner/v1/apps-in-toss/pay/refund-payment
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct Response
{
    int status = 200;
    QByteArray body;                       // JSON
};

// Faults a test or a person switches on (flags or the control endpoint).
struct Faults
{
    int latencyMs = 0;
    int latencyJitterMs = 0;
    double errorRate = 0;                  // share of requests answered with an error, not applied
    QString errorMode = QStringLiteral("http500"); // "http500" or "fail"
    QString rateLimit;                     // "", "429" or "4095": every request is refused as over the limit
    int closeWithoutAnswer = 0;            // the next N matching requests: connection closed, nothing applied
    QString closeWithoutAnswerPath;        // path suffix to match ("" = any)
    int applyThenDrop = 0;                 // the next N matching requests: applied, then connection closed
    QString applyThenDropPath;             // path suffix to match ("" = any)
    int malformedBody = 0;                 // the next N answers: applied, but the JSON body is cut short

    QJsonObject toJson() const;
    // Applies the fields present in `json`; returns an error text for bad values.
    QString merge(const QJsonObject &json);
};

// The emulated partner API: users, authorization codes, tokens, payments, IAP orders, messages and
// promotions, with the rules partner-api.md describes. Pure logic; the server adds TLS and faults.
class State
{
public:
    using Clock = std::function<QDateTime()>;

    State(QByteArray decryptionKey, QByteArray aad, Clock clock = [] { return QDateTime::currentDateTimeUtc(); });

    Response handle(const Request &request);

    // What was applied, for tests to count from outside the console.
    QJsonObject ledger() const { return QJsonObject{{QStringLiteral("entries"), m_ledger}}; }
    QString mintAuthorizationCode(qint64 userKey);
    QJsonObject seedDescription() const;

    static constexpr int PerUserLimitPerMinute = 10;

private:
    struct User { qint64 userKey; QString name, phone, birthday, ci, gender, nationality, email; bool pushOptOut = false; };
    struct AuthCode { qint64 userKey; QDateTime expires; bool used = false; };
    struct Token { qint64 userKey; QDateTime expires; bool refresh = false; bool revoked = false; };
    struct Transaction { QString stepType; QString transactionId; qint64 amount; QDateTime at; };
    struct Payment {
        QString payToken, orderNo, productDesc, status, payMethod = QStringLiteral("TOSS_MONEY");
        qint64 userKey = 0, amount = 0, refundable = 0;
        bool test = true;
        QDateTime created, paid;
        QList<Transaction> transactions;
    };
    struct Promotion { QString code; qint64 budget; qint64 maxPerPayout; bool running; bool failsLater = false; };
    struct PromotionKey { QString key; qint64 userKey; QDateTime expires; bool used = false; QString promotionCode; qint64 amount = 0; QDateTime executedAt; bool fails = false; };

    Response ok(const QJsonValue &success) const;
    Response fail(const QString &code, const QString &reason, int status = 200) const;
    std::optional<qint64> userFrom(const Request &request) const;
    bool overUserLimit(const QString &bucket, qint64 userKey);
    QString encrypt(const QString &plain) const;
    QJsonObject tokenPair(qint64 userKey);
    QJsonObject paymentStatusJson(const Payment &p) const;
    void record(const QString &kind, const QJsonObject &entry);

    Response generateToken(const QJsonObject &body);
    Response refreshToken(const QJsonObject &body);
    Response loginMe(const Request &request);
    Response removeByAccessToken(const Request &request);
    Response removeByUserKey(const QJsonObject &body);
    Response anonKeyVerify(const Request &request);
    Response makePayment(const Request &request, const QJsonObject &body);
    Response executePayment(const Request &request, const QJsonObject &body);
    Response refundPayment(const Request &request, const QJsonObject &body);
    Response paymentStatus(const Request &request, const QJsonObject &body);
    Response orderStatus(const QJsonObject &body);
    Response sendMessage(const Request &request, const QJsonObject &body, bool test);
    Response sendBulk(const QJsonObject &body);
    Response promotionKey(const Request &request);
    Response executePromotion(const Request &request, const QJsonObject &body);
    Response promotionResult(const Request &request, const QJsonObject &body);

    QByteArray m_key, m_aad;
    Clock m_now;
    QMap<qint64, User> m_users;
    QHash<QString, AuthCode> m_codes;
    QHash<QString, Token> m_tokens;
    QHash<QString, Payment> m_payments; // by payToken
    QHash<QString, QString> m_orders;   // IAP orderId -> status
    QHash<QString, Promotion> m_promotions;
    QHash<QString, PromotionKey> m_promotionKeys;
    QHash<QString, QList<QDateTime>> m_calls; // per-user rate limiting
    QJsonArray m_ledger;
    int m_sequence = 0;
};

} // namespace ait::sandbox
