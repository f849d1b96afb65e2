#pragma once

#include "apierror.h"
#include "callgate.h"
#include "callrecord.h"
#include "models.h"

#include "core/tls/certificate.h"
#include "core/tls/privatekey.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QSslError>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace ait::api {

template <typename T>
struct Result
{
    std::optional<T> value;
    ApiError error;
    quint64 callId = 0; // the CallRecord of this call
    bool ok() const { return value.has_value(); }
};

template <typename T>
using Callback = std::function<void(const Result<T> &)>;

struct ClientSettings
{
    QString profileName;
    QUrl appsBaseUrl;
    QUrl payBaseUrl;
    bool readOnly = false;
    // Empty: the system's trusted CAs (live). Otherwise only these (the sandbox's own CA).
    QList<QSslCertificate> trustedCas;
    int timeoutMs = 15000;  // inactivity: no byte for this long ends the call
    int deadlineMs = 30000; // the whole call, however the server trickles its answer
};

// What a finished reply was, as PartnerClient::classifyReply needs it (kept apart from QNetworkReply
// so the rules can be tested without a network).
struct ReplyFacts
{
    bool changesState = false;
    bool requestSent = false;
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString technical;
    bool cancelled = false;    // cancelAll() stopped it
    bool tooLarge = false;     // the answer went past MaxAnswerBytes or the header bounds
    bool pastDeadline = false; // the overall deadline ended it
    int deadlineMs = 0;
    QList<QSslError> sslErrors;
    QUrl redirectTarget;
};

// One client per profile identity: one QNetworkAccessManager kept warm, TLS configured here and
// nowhere else, one method per partner endpoint. Every call reports a CallRecord.
// Callbacks run later on this thread, and not at all once `context` is destroyed.
class PartnerClient : public QObject
{
    Q_OBJECT

public:
    explicit PartnerClient(ClientSettings settings, QObject *parent = nullptr);
    ~PartnerClient() override;

    // The client certificate chain (leaf first) and key; clears the connection cache.
    void setIdentity(const QList<tls::Certificate> &chain, const tls::PrivateKey &key);
    void clearIdentity();
    bool hasIdentity() const { return !m_fingerprint.isEmpty(); }
    QString identityFingerprint() const { return m_fingerprint; }
    const ClientSettings &settings() const { return m_settings; }
    // Opens the TLS connections ahead of the first call.
    void prewarm();
    // Calls sent and not yet answered.
    int callsInFlight() const { return m_inFlight; }
    // Every call asks `gate` before it leaves (a bulk run's pacer), and a call the partner refuses
    // with its limit signal is sent again when the gate lets it; callers never see that refusal.
    // The gate must outlive the client's calls. nullptr: calls leave at once.
    void setGate(CallGate *gate);
    // Drops the idle connections, so the next call makes (and shows) a fresh handshake.
    void closeIdleConnections();
    // Stops waiting for every call in flight. A lookup ends as Cancelled; a change that already
    // left ends as OutcomeUnknown (the server may have applied it), one not yet sent as Cancelled.
    void cancelAll();

    // Login
    void generateToken(const QString &authorizationCode, const QString &referrer, QObject *context, Callback<Tokens> done);
    void refreshToken(const QString &refreshToken, QObject *context, Callback<Tokens> done);
    void loginMe(const QString &accessToken, QObject *context, Callback<LoginMe> done);
    void removeByAccessToken(const QString &accessToken, QObject *context, Callback<qint64> done);
    void removeByUserKey(qint64 userKey, const QString &optionalBearer, QObject *context, Callback<qint64> done);
    void verifyAnonKey(const QString &anonKey, QObject *context, Callback<bool> done);

    // Toss Pay (pay host)
    struct MakePayment
    {
        QString orderNo, productDesc;
        qint64 amount = 0, amountTaxFree = 0;
        bool isTestPayment = true;
    };
    void makePayment(qint64 userKey, const MakePayment &request, QObject *context, Callback<QString> done);
    void executePayment(qint64 userKey, const QString &payToken, const QString &orderNo, bool isTestPayment,
                        QObject *context, Callback<PaymentExecution> done);
    void refundPayment(qint64 userKey, const QString &payToken, const QString &reason, bool isTestPayment,
                       QObject *context, Callback<Refund> done);
    void getPaymentStatus(qint64 userKey, const QString &payToken, const QString &orderNo, bool isTestPayment,
                          QObject *context, Callback<PaymentStatus> done);

    // In-app purchases; userKey 0 = not known
    void getOrderStatus(const QString &orderId, qint64 userKey, QObject *context, Callback<OrderStatus> done);

    // Messages
    void sendTestMessage(qint64 userKey, const QString &templateSetCode, const QString &deploymentId,
                         const QJsonObject &context_, QObject *context, Callback<MessageResult> done);
    void sendMessage(qint64 userKey, const QString &templateSetCode, const QJsonObject &context_, QObject *context,
                     Callback<MessageResult> done);
    void sendBulkMessage(const QString &templateSetCode, const QList<BulkRecipient> &recipients, QObject *context,
                         Callback<MessageResult> done);

    // Promotions
    void getPromotionKey(qint64 userKey, QObject *context, Callback<QString> done);
    void executePromotion(qint64 userKey, const QString &promotionCode, const QString &key, qint64 amount,
                          QObject *context, Callback<QString> done);
    void getPromotionResult(qint64 userKey, const QString &promotionCode, const QString &key, QObject *context,
                            Callback<PromotionOutcome> done);

    struct Endpoint;
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    // What a raw call came to: the error model's verdict, the success payload, and the call as it
    // went over the wire (status, body, TLS).
    struct RawAnswer
    {
        ApiError error;
        QJsonValue payload;
        CallRecord record;
    };
    // The endpoint with this path from the one table (endpoints::All), or null.
    static const Endpoint *endpointFor(QStringView path);
    // Any partner endpoint by its path, with the same TLS, rules and refusals as the typed methods
    // (read-only profiles, redirects, bounds). `body` is ignored for GET endpoints. An unknown path
    // is refused as InvalidInput before anything is sent.
    void rawCall(const QString &path, const QJsonObject &body, const Headers &headers, QObject *context,
                 std::function<void(const RawAnswer &)> done);

    // Refund reasons: ≤ 55 characters of Korean, letters, digits, space and _-:.^@()[]#/!%?&.
    static bool isValidRefundReason(const QString &reason);

    // Bounds on what is read of an answer: far above any partner answer, far below what hurts.
    static constexpr qint64 MaxAnswerBytes = qint64{8} * 1024 * 1024;
    static constexpr int MaxAnswerHeaders = 100;
    static constexpr qint64 MaxAnswerHeaderBytes = qint64{64} * 1024;
    static constexpr qint64 ReadChunkBytes = qint64{256} * 1024;

    // The one rule for how a finished call ended. For a change that may have left, anything but a
    // readable success or a readable refusal is OutcomeUnknown. `payload` gets the success payload;
    // `partnerResult` the resultType, partner code or error kind, for the inspector.
    static ApiError classifyReply(const ReplyFacts &facts, const QByteArray &body, QJsonValue *payload, QString *partnerResult);

    struct Endpoint
    {
        const char *path;
        bool payHost;
        bool get;
        bool changesState;          // a lost answer means "outcome unknown"
        bool forbiddenWhenReadOnly;

        // Changes something at the partner (or obtains what changes it, like a promotion key): what
        // a raw call may do only when the operator allows changes.
        constexpr bool mayChange() const { return changesState || forbiddenWhenReadOnly; }
        QByteArray method() const { return get ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST"); }
    };

signals:
    void callFinished(const ait::api::CallRecord &record);
    void inFlightChanged(int calls);
    void cancelling(); // cancelAll() was called: whoever waits between calls stops too

private:
    struct PendingCall;
    void passGate(const std::shared_ptr<PendingCall> &call);
    void dispatch(const std::shared_ptr<PendingCall> &call);
    void send(const Endpoint &endpoint, const QJsonObject &body, const Headers &headers, QObject *context,
              std::function<void(const ApiError &, const QJsonValue &, const CallRecord &)> done);
    template <typename T, typename Parse>
    void call(const Endpoint &endpoint, const QJsonObject &body, const Headers &headers, QObject *context, Parse parse,
              Callback<T> done);
    QSslConfiguration buildSslConfiguration() const;

    ClientSettings m_settings;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QList<QSslCertificate> m_chain;
    tls::PrivateKey m_key;
    QString m_fingerprint;
    QSslConfiguration m_ssl; // built once per identity: requests share it, and with it their connections
    quint64 m_nextId = 1;
    int m_inFlight = 0;
    QSet<QNetworkReply *> m_cancelled; // aborted by cancelAll(): a lookup ends as Cancelled
    CallGate *m_gate = nullptr;
};

// The partner endpoints (partner-api.md §0): the one table that knows each path, its host, its method,
// whether it changes state and whether a read-only profile may call it.
namespace endpoints {
using E = PartnerClient::Endpoint;
//                              path                                                                       pay    get    changes readOnly-forbidden
inline constexpr E GenerateToken{"/api-partner/v1/apps-in-toss/user/oauth2/generate-token", false, false, false, false};
inline constexpr E RefreshToken{"/api-partner/v1/apps-in-toss/user/oauth2/refresh-token", false, false, false, false};
inline constexpr E LoginMe{"/api-partner/v1/apps-in-toss/user/oauth2/login-me", false, true, false, false};
inline constexpr E RemoveByAccessToken{"/api-partner/v1/apps-in-toss/user/oauth2/access/remove-by-access-token", false, false, true, true};
inline constexpr E RemoveByUserKey{"/api-partner/v1/apps-in-toss/user/oauth2/access/remove-by-user-key", false, false, true, true};
inline constexpr E AnonVerify{"/api-partner/v1/apps-in-toss/users/anon-key/verify", false, false, false, false};
inline constexpr E MakePayment{"/api-partner/v1/apps-in-toss/pay/make-payment", true, false, true, true};
inline constexpr E ExecutePayment{"/api-partner/v1/apps-in-toss/pay/execute-payment", true, false, true, true};
inline constexpr E RefundPayment{"/api-partner/v1/apps-in-toss/pay/refund-payment", true, false, true, true};
inline constexpr E GetPaymentStatus{"/api-partner/v1/apps-in-toss/pay/get-payment-status", true, false, false, false};
inline constexpr E GetOrderStatus{"/api-partner/v1/apps-in-toss/order/get-order-status", false, false, false, false};
inline constexpr E SendTestMessage{"/api-partner/v1/apps-in-toss/messenger/send-test-message", false, false, true, true};
inline constexpr E SendMessage{"/api-partner/v1/apps-in-toss/messenger/send-message", false, false, true, true};
inline constexpr E SendBulkMessage{"/api-partner/v1/apps-in-toss/messenger/send-bulk-message", false, false, true, true};
inline constexpr E PromotionGetKey{"/api-partner/v1/apps-in-toss/promotion/execute-promotion/get-key", false, false, false, true};
inline constexpr E ExecutePromotion{"/api-partner/v1/apps-in-toss/promotion/execute-promotion", false, false, true, true};
inline constexpr E PromotionResult{"/api-partner/v1/apps-in-toss/promotion/execution-result", false, false, false, false};

inline constexpr const E *All[] = {&GenerateToken, &RefreshToken, &LoginMe, &RemoveByAccessToken, &RemoveByUserKey, &AnonVerify,
                                   &MakePayment, &ExecutePayment, &RefundPayment, &GetPaymentStatus, &GetOrderStatus,
                                   &SendTestMessage, &SendMessage, &SendBulkMessage, &PromotionGetKey, &ExecutePromotion,
                                   &PromotionResult};
} // namespace endpoints

} // namespace ait::api
