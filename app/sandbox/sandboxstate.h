#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

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

// Faults a test or a person switches on (flags or the control endpoint), and the partner's limits.
// The "next N" faults take one from their count for each request whose path ends with their path
// suffix ("" = any); a count also accepts true (1) and false (0).
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

    // The partner's limits: calls per minute per app (0 = none) and the signal of a refused call,
    // "4095" (HTTP 200 + FAIL 4095) or "429" (HTTP 429 + FAIL envelope).
    int qpm = 3000;
    QString limitSignal = QStringLiteral("4095");

    // Hostile answers: the next hostileCount requests matching hostilePath get mode `hostile` (one of
    // HostileModes) instead of their real answer. Setting `hostile` resets the other hostile*
    // settings to their defaults first, then applies those given with it.
    QString hostile;
    int hostileCount = 0;
    QString hostilePath;
    bool hostileApply = true;              // apply the state change first (false: a throw-away copy answers)
    int hostileStatus = 302;               // redirect: 301, 302, 303, 307 or 308
    QString hostileLocation = QStringLiteral("https://example.invalid/elsewhere"); // redirect
    qint64 hostileBytes = -1;              // huge-body, huge-header, many-headers; -1 = the mode's default
    int hostileIntervalMs = 1000;          // drip

    static const QStringList HostileModes;
    // hostileBytes, or the default of the current mode: huge-body 100 MiB, huge-header 8 MiB,
    // many-headers 200,000 (headers).
    qint64 effectiveHostileBytes() const;

    QJsonObject toJson() const;
    // Applies the fields present in `json`; returns an error text for bad values (and changes nothing).
    QString merge(const QJsonObject &json);

    // One of the "next N" faults: takes one from `count` when it is positive and `path` ends with
    // `suffix`; true when it did.
    static bool take(int &count, const QString &suffix, const QString &path);
};

// The emulated partner API: users, authorization codes, tokens, payments, IAP orders, messages and
// promotions, with the rules docs/partner-api.md describes. Pure logic; the server adds TLS and faults.
class State
{
public:
    using Clock = std::function<QDateTime()>;

    State(QByteArray decryptionKey, QByteArray aad, Clock clock = [] { return QDateTime::currentDateTimeUtc(); });

    Response handle(const Request &request);

    // What was applied, for tests to count from outside the console: {"entries": [...]}, all of
    // them or those of one kind ("refund", "payout", "promotion-key", "message", …).
    QByteArray ledgerJson(const QString &kind = {}) const;
    QJsonObject ledger(const QString &kind = {}) const;
    QString mintAuthorizationCode(qint64 userKey);
    QJsonObject seedDescription() const;

    // Every userKey in this range exists: push consent on, deterministic synthetic personal data.
    // They are made up when asked for, never stored, so runs of 100,000 users cost no memory.
    static constexpr qint64 FirstSyntheticUser = 900000000;
    static constexpr qint64 LastSyntheticUser = 999999999;
    bool userExists(qint64 userKey) const;
    // The user named by the request's x-toss-user-key, when that user exists.
    std::optional<qint64> knownUser(const Request &request) const;
    // A call of the partner API (method and path of one of its endpoints), as opposed to a stray request.
    static bool isEndpoint(const QByteArray &method, const QString &path);

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
    std::optional<qint64> userFrom(const Request &request) const { return knownUser(request); }
    User user(qint64 userKey) const;
    static User syntheticUser(qint64 userKey);
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
    QMap<qint64, User> m_users; // the seed users; synthetic ones are made up on demand
    QHash<QString, AuthCode> m_codes;
    QHash<QString, Token> m_tokens;
    QHash<QString, Payment> m_payments; // by payToken
    QHash<QString, QString> m_payTokenByOrderNo;
    QHash<QString, QString> m_orders;   // IAP orderId -> status
    QHash<QString, Promotion> m_promotions;
    QHash<QString, PromotionKey> m_promotionKeys;
    // Compact JSON per entry: a fraction of the memory of a QJsonArray of objects, which matters
    // for runs of 100,000 payouts.
    struct LedgerEntry { QString kind; QByteArray json; };
    QList<LedgerEntry> m_ledger;
    int m_sequence = 0;
};

} // namespace ait::sandbox
