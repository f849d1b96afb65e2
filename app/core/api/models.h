#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ait::api {

// Typed views of the partner responses (docs/partner-api.md). Unknown fields are kept in `raw`.

struct Tokens
{
    QString accessToken, refreshToken, tokenType, scope;
    qint64 expiresIn = 0;
    QJsonObject raw;
};

struct LoginMe
{
    qint64 userKey = 0;
    QString scope;
    QStringList agreedTerms;
    // Encrypted as received (base64). Decrypt with LoginDecryptor; never store or log plaintext.
    QHash<QString, QString> encryptedFields; // name, phone, birthday, ci, gender, nationality, email
    QJsonObject raw;
};

struct Transaction
{
    QString stepType, transactionId, regTs;
    qint64 transactionAmount = 0, paidAmount = 0;
};

struct PaymentStatus
{
    QString mode, payToken, orderNo, payStatus, payMethod, createdTs, paidTs;
    qint64 amount = 0, discountedAmount = 0, paidAmount = 0, refundableAmount = 0;
    QList<Transaction> transactions;
    QJsonObject raw;
};

struct PaymentExecution
{
    QString payToken, orderNo, mode, approvalTime, transactionId, payMethod, stateMsg;
    qint64 amount = 0, paidAmount = 0;
    int code = 0;
    QJsonObject raw;
};

struct Refund
{
    QString refundNo, payToken, approvalTime, transactionId;
    qint64 refundedAmount = 0, refundableAmount = 0;
    QJsonObject raw;
};

struct OrderStatus
{
    QString orderId, sku, status, reason, statusDeterminedAt;
    QJsonObject raw;
};

struct MessageFailure
{
    QString channel, contentId, reason;
};

struct MessageResult
{
    int msgCount = 0, sentPushCount = 0, sentInboxCount = 0, sentSmsCount = 0, sentAlimtalkCount = 0, sentFriendtalkCount = 0;
    QList<MessageFailure> failures;
    bool delivered() const { return sentPushCount + sentInboxCount + sentSmsCount + sentAlimtalkCount + sentFriendtalkCount > 0; }
    QJsonObject raw;
};

// What an in-app order status means, in the operator's language. The two official pages disagree on
// PURCHASED and PAYMENT_COMPLETED (partner-api.md §4.2): both readings are given.
QString explainOrderStatus(const QString &status);

enum class PromotionOutcome { Success, Pending, Failed, Unknown };

struct BulkRecipient
{
    qint64 userKey = 0;
    QJsonObject context;
};

// Parsers: std::nullopt when a required field is missing or of the wrong type.
std::optional<Tokens> parseTokens(const QJsonValue &success);
std::optional<LoginMe> parseLoginMe(const QJsonValue &success);
std::optional<PaymentStatus> parsePaymentStatus(const QJsonValue &success);
std::optional<PaymentExecution> parsePaymentExecution(const QJsonValue &success);
std::optional<Refund> parseRefund(const QJsonValue &success);
std::optional<OrderStatus> parseOrderStatus(const QJsonValue &success);
std::optional<MessageResult> parseMessageResult(const QJsonValue &success);
std::optional<QString> parsePromotionKey(const QJsonValue &success);
std::optional<PromotionOutcome> parsePromotionOutcome(const QJsonValue &success);
std::optional<qint64> parseUserKey(const QJsonValue &success);

// userKey arrives as a JSON number (int64) or, from some clients, as a decimal string.
std::optional<qint64> readInt64(const QJsonValue &value);

} // namespace ait::api
