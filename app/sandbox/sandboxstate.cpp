#include "sandboxstate.h"

#include "core/api/partnerrules.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>

#include <cmath>
#include <limits>

#include <openssl/evp.h>
#include <openssl/rand.h>

namespace ait::sandbox {

namespace {

const QString Prefix = QStringLiteral("/api-partner/v1/apps-in-toss");

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), bytes);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Toss writes its times without a zone, in Korea Standard Time (UTC+9); so does the emulator,
// whatever the machine's zone.
QString stamp(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone(9 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// A count of the "next N" faults: a non-negative whole number, or true (1) / false (0).
std::optional<int> countFrom(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= std::numeric_limits<int>::max() && v.toDouble() == std::floor(v.toDouble()))
        return int(v.toDouble());
    return std::nullopt;
}

std::optional<int> nonNegativeInt(const QJsonValue &v)
{
    if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= std::numeric_limits<int>::max() && v.toDouble() == std::floor(v.toDouble()))
        return int(v.toDouble());
    return std::nullopt;
}

} // namespace

const QStringList Faults::HostileModes{
    QStringLiteral("truncated-json"), QStringLiteral("not-utf8"),    QStringLiteral("deep-nesting"), QStringLiteral("duplicate-keys"),
    QStringLiteral("redirect"),       QStringLiteral("huge-body"),   QStringLiteral("huge-header"),  QStringLiteral("many-headers"),
    QStringLiteral("drip"),           QStringLiteral("empty-200"),   QStringLiteral("html-502")};

qint64 Faults::effectiveHostileBytes() const
{
    if (hostileBytes >= 0)
        return hostileBytes;
    if (hostile == QLatin1String("huge-body"))
        return qint64(100) * 1024 * 1024;
    if (hostile == QLatin1String("huge-header"))
        return qint64(8) * 1024 * 1024;
    if (hostile == QLatin1String("many-headers"))
        return 200000;
    return 0;
}

QJsonObject Faults::toJson() const
{
    return {{QStringLiteral("latencyMs"), latencyMs},
            {QStringLiteral("latencyJitterMs"), latencyJitterMs},
            {QStringLiteral("errorRate"), errorRate},
            {QStringLiteral("errorMode"), errorMode},
            {QStringLiteral("rateLimit"), rateLimit},
            {QStringLiteral("closeWithoutAnswer"), closeWithoutAnswer},
            {QStringLiteral("closeWithoutAnswerPath"), closeWithoutAnswerPath},
            {QStringLiteral("applyThenDrop"), applyThenDrop},
            {QStringLiteral("applyThenDropPath"), applyThenDropPath},
            {QStringLiteral("malformedBody"), malformedBody},
            {QStringLiteral("qpm"), qpm},
            {QStringLiteral("limitSignal"), limitSignal},
            {QStringLiteral("hostile"), hostile},
            {QStringLiteral("hostileCount"), hostileCount},
            {QStringLiteral("hostilePath"), hostilePath},
            {QStringLiteral("hostileApply"), hostileApply},
            {QStringLiteral("hostileStatus"), hostileStatus},
            {QStringLiteral("hostileLocation"), hostileLocation},
            {QStringLiteral("hostileBytes"), effectiveHostileBytes()},
            {QStringLiteral("hostileIntervalMs"), hostileIntervalMs}};
}

QString Faults::merge(const QJsonObject &json)
{
    Faults next = *this;
    // `hostile` first, whatever the order of the keys: it resets the other hostile settings.
    if (json.contains(QStringLiteral("hostile"))) {
        const QJsonValue v = json.value(QStringLiteral("hostile"));
        if (!v.isString() || (!v.toString().isEmpty() && !HostileModes.contains(v.toString())))
            return QStringLiteral("bad fault setting: hostile (one of %1, or \"\")").arg(HostileModes.join(QStringLiteral(", ")));
        const Faults defaults;
        next.hostile = v.toString();
        next.hostileCount = next.hostile.isEmpty() ? 0 : 1;
        next.hostilePath = defaults.hostilePath;
        next.hostileApply = defaults.hostileApply;
        next.hostileStatus = defaults.hostileStatus;
        next.hostileLocation = defaults.hostileLocation;
        next.hostileBytes = defaults.hostileBytes;
        next.hostileIntervalMs = defaults.hostileIntervalMs;
    }
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        const std::optional<int> count = countFrom(v);
        const std::optional<int> number = nonNegativeInt(v);
        if (key == QLatin1String("hostile")) continue;
        else if (key == QLatin1String("latencyMs") && number) next.latencyMs = *number;
        else if (key == QLatin1String("latencyJitterMs") && number) next.latencyJitterMs = *number;
        else if (key == QLatin1String("errorRate") && v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 1) next.errorRate = v.toDouble();
        else if (key == QLatin1String("errorMode") && (v.toString() == QLatin1String("http500") || v.toString() == QLatin1String("fail"))) next.errorMode = v.toString();
        else if (key == QLatin1String("rateLimit") && v.isString() && (v.toString().isEmpty() || v.toString() == QLatin1String("429") || v.toString() == QLatin1String("4095"))) next.rateLimit = v.toString();
        else if (key == QLatin1String("closeWithoutAnswer") && count) next.closeWithoutAnswer = *count;
        else if (key == QLatin1String("closeWithoutAnswerPath") && v.isString()) next.closeWithoutAnswerPath = v.toString();
        else if (key == QLatin1String("applyThenDrop") && count) next.applyThenDrop = *count;
        else if (key == QLatin1String("applyThenDropPath") && v.isString()) next.applyThenDropPath = v.toString();
        else if (key == QLatin1String("malformedBody") && count) next.malformedBody = *count;
        else if (key == QLatin1String("qpm") && number) next.qpm = *number;
        else if (key == QLatin1String("limitSignal") && (v.toString() == QLatin1String("429") || v.toString() == QLatin1String("4095"))) next.limitSignal = v.toString();
        else if (key == QLatin1String("hostileCount") && count) next.hostileCount = *count;
        else if (key == QLatin1String("hostilePath") && v.isString()) next.hostilePath = v.toString();
        else if (key == QLatin1String("hostileApply") && v.isBool()) next.hostileApply = v.toBool();
        else if (key == QLatin1String("hostileStatus") && QList<int>{301, 302, 303, 307, 308}.contains(v.toInt(-1)) && number) next.hostileStatus = *number;
        else if (key == QLatin1String("hostileLocation") && v.isString()) next.hostileLocation = v.toString();
        else if (key == QLatin1String("hostileBytes") && v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 1e12 && v.toDouble() == std::floor(v.toDouble())) next.hostileBytes = qint64(v.toDouble());
        else if (key == QLatin1String("hostileIntervalMs") && number) next.hostileIntervalMs = *number;
        else return QStringLiteral("bad fault setting: %1").arg(key);
    }
    *this = next;
    return {};
}

bool Faults::take(int &count, const QString &suffix, const QString &path)
{
    if (count <= 0 || !path.endsWith(suffix))
        return false;
    --count;
    return true;
}

State::State(QByteArray decryptionKey, QByteArray aad, Clock clock)
    : m_key(std::move(decryptionKey)), m_aad(std::move(aad)), m_now(std::move(clock))
{
    const QDateTime now = m_now();
    // Seed data: documented in README ("Sandbox seed data") and by GET /seed on the control port.
    m_users.insert(443731103, {443731103, QStringLiteral("홍길동"), QStringLiteral("01012345678"), QStringLiteral("19900101"),
                               QStringLiteral("ci-demo-443731103"), QStringLiteral("MALE"), QStringLiteral("LOCAL"),
                               QStringLiteral("gildong@example.com")});
    m_users.insert(443731104, {443731104, QStringLiteral("김토스"), QStringLiteral("01098765432"), QStringLiteral("19851231"),
                               QStringLiteral("ci-demo-443731104"), QStringLiteral("FEMALE"), QStringLiteral("LOCAL"), QString()});
    m_users.insert(443731105, {443731105, QStringLiteral("Alex Kim"), QStringLiteral("01055550000"), QStringLiteral("20000229"),
                               QStringLiteral("ci-demo-443731105"), QStringLiteral("MALE"), QStringLiteral("FOREIGNER"),
                               QStringLiteral("alex@example.com"), true});
    for (int i = 1; i <= 20; ++i)
        m_codes.insert(QStringLiteral("demo-code-%1").arg(i), {443731103, now.addSecs(600)});

    auto seedPayment = [&](const QString &token, const QString &orderNo, qint64 amount, const QString &status, qint64 refundable) {
        Payment p;
        p.payToken = token;
        p.orderNo = orderNo;
        p.productDesc = QStringLiteral("데모 상품");
        p.status = status;
        p.userKey = 443731103;
        p.amount = amount;
        p.refundable = refundable;
        p.created = now.addDays(-1);
        if (status != QLatin1String("PAY_STANDBY")) {
            p.paid = now.addDays(-1).addSecs(30);
            p.transactions << Transaction{QStringLiteral("PAY"), QStringLiteral("tx-") + token, amount, p.paid};
        }
        if (status == QLatin1String("REFUND_SUCCESS"))
            p.transactions << Transaction{QStringLiteral("REFUND"), QStringLiteral("tx-r-") + token, -amount, p.paid.addSecs(60)};
        m_payments.insert(token, p);
        m_payTokenByOrderNo.insert(orderNo, token);
    };
    seedPayment(QStringLiteral("demo-pay-complete-1"), QStringLiteral("demo-order-1001"), 10000, QStringLiteral("PAY_COMPLETE"), 10000);
    seedPayment(QStringLiteral("demo-pay-complete-2"), QStringLiteral("demo-order-1002"), 25000, QStringLiteral("PAY_COMPLETE"), 25000);
    seedPayment(QStringLiteral("demo-pay-complete-3"), QStringLiteral("demo-order-1003"), 3900, QStringLiteral("PAY_COMPLETE"), 3900);
    seedPayment(QStringLiteral("demo-pay-refunded"), QStringLiteral("demo-order-1004"), 5000, QStringLiteral("REFUND_SUCCESS"), 0);
    seedPayment(QStringLiteral("demo-pay-standby"), QStringLiteral("demo-order-1005"), 7000, QStringLiteral("PAY_STANDBY"), 0);

    for (const QString &status : {QStringLiteral("PURCHASED"), QStringLiteral("PAYMENT_COMPLETED"), QStringLiteral("FAILED"),
                                  QStringLiteral("REFUNDED"), QStringLiteral("ORDER_IN_PROGRESS"), QStringLiteral("MINIAPP_MISMATCH"),
                                  QStringLiteral("ERROR")})
        m_orders.insert(QStringLiteral("demo-order-") + status.toLower().replace(QLatin1Char('_'), QLatin1Char('-')), status);

    m_promotions.insert(QStringLiteral("DEMO_PROMO"), {QStringLiteral("DEMO_PROMO"), 1000000, 5000, true});
    m_promotions.insert(QStringLiteral("SMALL_BUDGET_PROMO"), {QStringLiteral("SMALL_BUDGET_PROMO"), 100, 5000, true});
    m_promotions.insert(QStringLiteral("ENDED_PROMO"), {QStringLiteral("ENDED_PROMO"), 1000000, 5000, false});
    // Accepted, then reported FAILED by execution-result (Toss could not credit the points).
    m_promotions.insert(QStringLiteral("FAILING_PROMO"), {QStringLiteral("FAILING_PROMO"), 1000000, 5000, true, true});
    // For bulk runs: enough for 100,000 payouts of the largest amount, and then some.
    m_promotions.insert(QStringLiteral("BULK_PROMO"), {QStringLiteral("BULK_PROMO"), qint64(1000000000000), 5000, true});
}

QJsonObject State::seedDescription() const
{
    QJsonArray users, payments, orders, promotions, codes;
    for (const User &u : m_users)
        users << QJsonObject{{QStringLiteral("userKey"), u.userKey}, {QStringLiteral("pushOptOut"), u.pushOptOut}};
    for (const Payment &p : m_payments)
        payments << QJsonObject{{QStringLiteral("payToken"), p.payToken}, {QStringLiteral("orderNo"), p.orderNo},
                                {QStringLiteral("status"), p.status}, {QStringLiteral("amount"), p.amount}};
    for (auto it = m_orders.begin(); it != m_orders.end(); ++it)
        orders << QJsonObject{{QStringLiteral("orderId"), it.key()}, {QStringLiteral("status"), it.value()}};
    for (const Promotion &p : m_promotions)
        promotions << QJsonObject{{QStringLiteral("promotionCode"), p.code}, {QStringLiteral("budget"), p.budget},
                                  {QStringLiteral("running"), p.running}};
    for (auto it = m_codes.begin(); it != m_codes.end(); ++it) {
        if (!it->used && it->expires > m_now())
            codes << it.key();
    }
    const QJsonObject synthetic{{QStringLiteral("from"), FirstSyntheticUser}, {QStringLiteral("to"), LastSyntheticUser},
                                {QStringLiteral("pushOptOut"), false}};
    return {{QStringLiteral("users"), users}, {QStringLiteral("syntheticUsers"), synthetic}, {QStringLiteral("payments"), payments}, {QStringLiteral("iapOrders"), orders},
            {QStringLiteral("promotions"), promotions}, {QStringLiteral("authorizationCodes"), codes},
            {QStringLiteral("messageTemplates"), QJsonArray{QStringLiteral("demo-template"), QStringLiteral("unapproved-template")}}};
}

QString State::mintAuthorizationCode(qint64 userKey)
{
    const QString code = QStringLiteral("code-") + randomToken(12);
    m_codes.insert(code, {userExists(userKey) ? userKey : 443731103, m_now().addSecs(600)});
    return code;
}

Response State::ok(const QJsonValue &success) const
{
    return {200, QJsonDocument(QJsonObject{{QStringLiteral("resultType"), QStringLiteral("SUCCESS")},
                                           {QStringLiteral("success"), success}}).toJson(QJsonDocument::Compact)};
}

Response State::fail(const QString &code, const QString &reason, int status) const
{
    return {status, QJsonDocument(QJsonObject{{QStringLiteral("resultType"), QStringLiteral("FAIL")},
                                              {QStringLiteral("error"), QJsonObject{{QStringLiteral("errorCode"), code},
                                                                                     {QStringLiteral("reason"), reason}}}})
                        .toJson(QJsonDocument::Compact)};
}

bool State::userExists(qint64 userKey) const
{
    return m_users.contains(userKey) || (userKey >= FirstSyntheticUser && userKey <= LastSyntheticUser);
}

std::optional<qint64> State::knownUser(const Request &request) const
{
    bool ok = false;
    const qint64 key = request.headers.value("x-toss-user-key").toLongLong(&ok);
    if (ok && userExists(key))
        return key;
    return std::nullopt;
}

State::User State::user(qint64 userKey) const
{
    const auto it = m_users.constFind(userKey);
    return it != m_users.cend() ? *it : syntheticUser(userKey);
}

State::User State::syntheticUser(qint64 userKey)
{
    // Deterministic: the same key always has the same person, so tests can compare decrypted fields.
    static const QStringList family{QStringLiteral("김"), QStringLiteral("이"), QStringLiteral("박"), QStringLiteral("최"),
                                    QStringLiteral("정"), QStringLiteral("강"), QStringLiteral("조"), QStringLiteral("윤"),
                                    QStringLiteral("장"), QStringLiteral("임")};
    static const QStringList given{QStringLiteral("민준"), QStringLiteral("서연"), QStringLiteral("도윤"), QStringLiteral("서윤"),
                                   QStringLiteral("시우"), QStringLiteral("지우"), QStringLiteral("하준"), QStringLiteral("하은"),
                                   QStringLiteral("지호"), QStringLiteral("수아"), QStringLiteral("준서"), QStringLiteral("지유"),
                                   QStringLiteral("건우"), QStringLiteral("채원"), QStringLiteral("현우"), QStringLiteral("다은"),
                                   QStringLiteral("우진"), QStringLiteral("예린"), QStringLiteral("선우"), QStringLiteral("소율")};
    const qint64 n = userKey - FirstSyntheticUser;
    User u;
    u.userKey = userKey;
    u.name = family.at(int(n % family.size())) + given.at(int((n / family.size()) % given.size()));
    u.phone = QStringLiteral("010%1").arg(n % 100000000, 8, 10, QLatin1Char('0'));
    u.birthday = QStringLiteral("%1%2%3")
                     .arg(1950 + (n / 7) % 56)
                     .arg(1 + n % 12, 2, 10, QLatin1Char('0'))
                     .arg(1 + (n / 12) % 28, 2, 10, QLatin1Char('0'));
    u.ci = QStringLiteral("ci-synthetic-%1").arg(userKey);
    u.gender = n % 2 ? QStringLiteral("FEMALE") : QStringLiteral("MALE");
    u.nationality = QStringLiteral("LOCAL");
    u.email = QStringLiteral("user%1@example.com").arg(userKey);
    return u;
}

bool State::isEndpoint(const QByteArray &method, const QString &path)
{
    static const QList<std::pair<QByteArray, QString>> endpoints{
        {"POST", QStringLiteral("/user/oauth2/generate-token")},
        {"POST", QStringLiteral("/user/oauth2/refresh-token")},
        {"GET", QStringLiteral("/user/oauth2/login-me")},
        {"POST", QStringLiteral("/user/oauth2/access/remove-by-access-token")},
        {"POST", QStringLiteral("/user/oauth2/access/remove-by-user-key")},
        {"POST", QStringLiteral("/users/anon-key/verify")},
        {"POST", QStringLiteral("/pay/make-payment")},
        {"POST", QStringLiteral("/pay/execute-payment")},
        {"POST", QStringLiteral("/pay/refund-payment")},
        {"POST", QStringLiteral("/pay/get-payment-status")},
        {"POST", QStringLiteral("/order/get-order-status")},
        {"POST", QStringLiteral("/messenger/send-test-message")},
        {"POST", QStringLiteral("/messenger/send-message")},
        {"POST", QStringLiteral("/messenger/send-bulk-message")},
        {"POST", QStringLiteral("/promotion/execute-promotion/get-key")},
        {"POST", QStringLiteral("/promotion/execute-promotion")},
        {"POST", QStringLiteral("/promotion/execution-result")}};
    if (!path.startsWith(Prefix))
        return false;
    const QStringView rest = QStringView(path).mid(Prefix.size());
    for (const auto &[m, p] : endpoints) {
        if (m == method && rest == p)
            return true;
    }
    return false;
}

QString State::encrypt(const QString &plain) const
{
    // AES-256-GCM: IV (12 bytes) || ciphertext || tag (16 bytes), base64 — as docs/partner-api.md §2.4.
    const QByteArray text = plain.toUtf8();
    QByteArray iv(12, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(iv.data()), 12);
    QByteArray out(text.size(), Qt::Uninitialized);
    QByteArray tag(16, Qt::Uninitialized);
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr);
    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, 12, nullptr);
    EVP_EncryptInit_ex(ctx, nullptr, nullptr, reinterpret_cast<const unsigned char *>(m_key.constData()),
                       reinterpret_cast<const unsigned char *>(iv.constData()));
    EVP_EncryptUpdate(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(m_aad.constData()), int(m_aad.size()));
    EVP_EncryptUpdate(ctx, reinterpret_cast<unsigned char *>(out.data()), &len,
                      reinterpret_cast<const unsigned char *>(text.constData()), int(text.size()));
    EVP_EncryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(out.data()) + len, &len);
    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag.data());
    EVP_CIPHER_CTX_free(ctx);
    return QString::fromLatin1((iv + out + tag).toBase64());
}

QJsonObject State::tokenPair(qint64 userKey)
{
    const QDateTime now = m_now();
    const QString access = randomToken(24), refresh = randomToken(24);
    m_tokens.insert(access, {userKey, now.addSecs(3600), false});
    m_tokens.insert(refresh, {userKey, now.addDays(14), true});
    return {{QStringLiteral("accessToken"), access},
            {QStringLiteral("refreshToken"), refresh},
            {QStringLiteral("tokenType"), QStringLiteral("Bearer")},
            {QStringLiteral("expiresIn"), 3599},
            {QStringLiteral("scope"), QStringLiteral("user_ci user_birthday user_nationality user_name user_phone user_gender user_email")}};
}

void State::record(const QString &kind, const QJsonObject &entry)
{
    QJsonObject e = entry;
    e[QStringLiteral("kind")] = kind;
    e[QStringLiteral("sequence")] = ++m_sequence;
    e[QStringLiteral("at")] = m_now().toString(Qt::ISODateWithMs);
    m_ledger.append({kind, QJsonDocument(e).toJson(QJsonDocument::Compact)});
}

QByteArray State::ledgerJson(const QString &kind) const
{
    QByteArray out = "{\"entries\":[";
    bool first = true;
    for (const LedgerEntry &e : m_ledger) {
        if (!kind.isEmpty() && e.kind != kind)
            continue;
        if (!first)
            out += ',';
        out += e.json;
        first = false;
    }
    return out + "]}";
}

QJsonObject State::ledger(const QString &kind) const
{
    return QJsonDocument::fromJson(ledgerJson(kind)).object();
}

Response State::handle(const Request &request)
{
    if (!request.path.startsWith(Prefix))
        return {404, QByteArrayLiteral("{\"error\":\"not_found\"}")};
    const QString path = request.path.mid(Prefix.size());
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return fail(QStringLiteral("INVALID_PARAMETER"), QStringLiteral("요청 본문이 올바른 JSON이 아닙니다."), 400);
        body = doc.object();
    }
    const bool get = request.method == "GET", post = request.method == "POST";

    if (post && path == QLatin1String("/user/oauth2/generate-token")) return generateToken(body);
    if (post && path == QLatin1String("/user/oauth2/refresh-token")) return refreshToken(body);
    if (get && path == QLatin1String("/user/oauth2/login-me")) return loginMe(request);
    if (post && path == QLatin1String("/user/oauth2/access/remove-by-access-token")) return removeByAccessToken(request);
    if (post && path == QLatin1String("/user/oauth2/access/remove-by-user-key")) return removeByUserKey(body);
    if (post && path == QLatin1String("/users/anon-key/verify")) return anonKeyVerify(request);
    if (post && path == QLatin1String("/pay/make-payment")) return makePayment(request, body);
    if (post && path == QLatin1String("/pay/execute-payment")) return executePayment(request, body);
    if (post && path == QLatin1String("/pay/refund-payment")) return refundPayment(request, body);
    if (post && path == QLatin1String("/pay/get-payment-status")) return paymentStatus(request, body);
    if (post && path == QLatin1String("/order/get-order-status")) return orderStatus(body);
    if (post && path == QLatin1String("/messenger/send-test-message")) return sendMessage(request, body, true);
    if (post && path == QLatin1String("/messenger/send-message")) return sendMessage(request, body, false);
    if (post && path == QLatin1String("/messenger/send-bulk-message")) return sendBulk(body);
    if (post && path == QLatin1String("/promotion/execute-promotion/get-key")) return promotionKey(request);
    if (post && path == QLatin1String("/promotion/execute-promotion")) return executePromotion(request, body);
    if (post && path == QLatin1String("/promotion/execution-result")) return promotionResult(request, body);
    return {404, QByteArrayLiteral("{\"error\":\"not_found\"}")};
}

// --- login -----------------------------------------------------------------------------------

Response State::generateToken(const QJsonObject &body)
{
    const QString code = body.value(QStringLiteral("authorizationCode")).toString();
    const QString referrer = body.value(QStringLiteral("referrer")).toString();
    if (code.isEmpty() || referrer.isEmpty())
        return fail(QStringLiteral("INVALID_PARAMETER"), QStringLiteral("authorizationCode와 referrer가 필요합니다."), 400);
    auto it = m_codes.find(code);
    // The referrer is compared byte for byte, as Toss does (docs/partner-api.md §2.1).
    const bool referrerOk = referrer == QLatin1String("DEFAULT") || referrer == QLatin1String("sandbox");
    if (it == m_codes.end() || it->used || it->expires <= m_now() || !referrerOk)
        return {400, QByteArrayLiteral("{\"error\":\"invalid_grant\"}")};
    it->used = true;
    return ok(tokenPair(it->userKey));
}

Response State::refreshToken(const QJsonObject &body)
{
    auto it = m_tokens.find(body.value(QStringLiteral("refreshToken")).toString());
    if (it == m_tokens.end() || !it->refresh || it->revoked || it->expires <= m_now())
        return {400, QByteArrayLiteral("{\"error\":\"invalid_grant\"}")};
    it->revoked = true; // rotated: the old refresh token is spent
    return ok(tokenPair(it->userKey));
}

Response State::loginMe(const Request &request)
{
    const QByteArray auth = request.headers.value("authorization");
    const auto it = auth.startsWith("Bearer ") ? m_tokens.find(QString::fromLatin1(auth.mid(7))) : m_tokens.end();
    if (it == m_tokens.end() || it->refresh || it->revoked || it->expires <= m_now())
        return {401, QByteArrayLiteral("{\"error\":\"invalid_grant\"}")};
    const User u = user(it->userKey);
    auto field = [this](const QString &v) { return v.isEmpty() ? QJsonValue() : QJsonValue(encrypt(v)); };
    return ok(QJsonObject{{QStringLiteral("userKey"), u.userKey},
                          {QStringLiteral("scope"), QStringLiteral("user_ci,user_birthday,user_nationality,user_name,user_phone,user_gender,user_email,user_key")},
                          {QStringLiteral("agreedTerms"), QJsonArray{QStringLiteral("terms_tag1")}},
                          {QStringLiteral("name"), field(u.name)},
                          {QStringLiteral("phone"), field(u.phone)},
                          {QStringLiteral("birthday"), field(u.birthday)},
                          {QStringLiteral("ci"), field(u.ci)},
                          {QStringLiteral("di"), QJsonValue()},
                          {QStringLiteral("gender"), field(u.gender)},
                          {QStringLiteral("nationality"), field(u.nationality)},
                          {QStringLiteral("email"), field(u.email)}});
}

Response State::removeByAccessToken(const Request &request)
{
    const QByteArray auth = request.headers.value("authorization");
    auto it = auth.startsWith("Bearer ") ? m_tokens.find(QString::fromLatin1(auth.mid(7))) : m_tokens.end();
    if (it == m_tokens.end() || it->revoked || it->expires <= m_now())
        return {401, QByteArrayLiteral("{\"error\":\"invalid_grant\"}")};
    const qint64 userKey = it->userKey;
    for (Token &t : m_tokens) {
        if (t.userKey == userKey)
            t.revoked = true;
    }
    record(QStringLiteral("unlink"), {{QStringLiteral("userKey"), userKey}});
    return ok(QJsonObject{{QStringLiteral("userKey"), userKey}});
}

Response State::removeByUserKey(const QJsonObject &body)
{
    const qint64 userKey = body.value(QStringLiteral("userKey")).toInteger();
    if (!userExists(userKey))
        return fail(QStringLiteral("USER_KEY_NOT_FOUND"), QStringLiteral("로그인 서비스에 연결된 사용자가 아닙니다."));
    for (Token &t : m_tokens) {
        if (t.userKey == userKey)
            t.revoked = true;
    }
    record(QStringLiteral("unlink"), {{QStringLiteral("userKey"), userKey}});
    return ok(QJsonObject{{QStringLiteral("userKey"), userKey}});
}

Response State::anonKeyVerify(const Request &request)
{
    const QByteArray anon = request.headers.value("x-anon-key");
    if (!anon.startsWith("anon-"))
        return fail(QStringLiteral("401"), QStringLiteral("anon key가 없거나 연결된 사용자가 없습니다."));
    return ok(QStringLiteral("true"));
}

// --- Toss Pay --------------------------------------------------------------------------------

QJsonObject State::paymentStatusJson(const Payment &p) const
{
    QJsonArray transactions;
    for (const Transaction &t : p.transactions) {
        transactions << QJsonObject{{QStringLiteral("stepType"), t.stepType}, {QStringLiteral("transactionId"), t.transactionId},
                                    {QStringLiteral("transactionAmount"), t.amount}, {QStringLiteral("paidAmount"), t.amount},
                                    {QStringLiteral("discountedAmount"), 0}, {QStringLiteral("pointAmount"), 0},
                                    {QStringLiteral("regTs"), stamp(t.at)}};
    }
    return {{QStringLiteral("mode"), p.test ? QStringLiteral("TEST") : QStringLiteral("LIVE")},
            {QStringLiteral("payToken"), p.payToken},
            {QStringLiteral("orderNo"), p.orderNo},
            {QStringLiteral("payStatus"), p.status},
            {QStringLiteral("payMethod"), p.payMethod},
            {QStringLiteral("amount"), p.amount},
            {QStringLiteral("discountedAmount"), 0},
            {QStringLiteral("paidAmount"), p.status == QLatin1String("PAY_STANDBY") ? 0 : p.amount},
            {QStringLiteral("refundableAmount"), p.refundable},
            {QStringLiteral("amountTaxFree"), 0},
            {QStringLiteral("transactions"), transactions},
            {QStringLiteral("createdTs"), stamp(p.created)},
            {QStringLiteral("paidTs"), p.paid.isValid() ? QJsonValue(stamp(p.paid)) : QJsonValue()}};
}

Response State::makePayment(const Request &request, const QJsonObject &body)
{
    const auto user = userFrom(request);
    if (!user)
        return fail(QStringLiteral("USER_NOT_FOUND"), QStringLiteral("x-toss-user-key의 사용자를 찾을 수 없습니다."));
    const QString orderNo = body.value(QStringLiteral("orderNo")).toString();
    const qint64 amount = body.value(QStringLiteral("amount")).toInteger(-1);
    if (orderNo.isEmpty() || orderNo.size() > 50 || amount <= 0 || !body.contains(QStringLiteral("isTestPayment"))
        || body.value(QStringLiteral("productDesc")).toString().trimmed().isEmpty())
        return fail(QStringLiteral("INVALID_PARAMETER"), QStringLiteral("orderNo, productDesc, amount, isTestPayment를 확인하세요."), 400);
    if (m_payTokenByOrderNo.contains(orderNo))
        return fail(QStringLiteral("PAYMENT_EXISTING_PAYMENT"), QStringLiteral("이미 같은 주문번호로 결제가 있습니다."));
    Payment p;
    p.payToken = QStringLiteral("pt-") + randomToken(12);
    p.orderNo = orderNo;
    p.productDesc = body.value(QStringLiteral("productDesc")).toString();
    p.status = QStringLiteral("PAY_STANDBY");
    p.userKey = *user;
    p.amount = amount;
    p.test = body.value(QStringLiteral("isTestPayment")).toBool();
    p.created = m_now();
    m_payments.insert(p.payToken, p);
    m_payTokenByOrderNo.insert(orderNo, p.payToken);
    record(QStringLiteral("make-payment"), {{QStringLiteral("payToken"), p.payToken}, {QStringLiteral("orderNo"), orderNo},
                                            {QStringLiteral("amount"), amount}, {QStringLiteral("userKey"), *user}});
    return ok(QJsonObject{{QStringLiteral("payToken"), p.payToken}});
}

Response State::executePayment(const Request &request, const QJsonObject &body)
{
    if (!userFrom(request))
        return fail(QStringLiteral("USER_NOT_FOUND"), QStringLiteral("x-toss-user-key의 사용자를 찾을 수 없습니다."));
    auto it = m_payments.find(body.value(QStringLiteral("payToken")).toString());
    if (it == m_payments.end())
        return fail(QStringLiteral("PAYMENT_NOT_FOUND"), QStringLiteral("결제를 찾을 수 없습니다."));
    if (it->status != QLatin1String("PAY_STANDBY") && it->status != QLatin1String("PAY_APPROVED"))
        return fail(QStringLiteral("PAYMENT_ALREADY_EXECUTED"), QStringLiteral("이미 승인되었거나 취소된 결제입니다."));
    it->status = QStringLiteral("PAY_COMPLETE");
    it->paid = m_now();
    it->refundable = it->amount;
    it->transactions << Transaction{QStringLiteral("PAY"), QStringLiteral("tx-") + randomToken(8), it->amount, it->paid};
    record(QStringLiteral("execute-payment"), {{QStringLiteral("payToken"), it->payToken}, {QStringLiteral("amount"), it->amount},
                                               {QStringLiteral("userKey"), it->userKey}});
    return ok(QJsonObject{{QStringLiteral("code"), 0}, {QStringLiteral("mode"), it->test ? QStringLiteral("TEST") : QStringLiteral("LIVE")},
                          {QStringLiteral("orderNo"), it->orderNo}, {QStringLiteral("amount"), it->amount},
                          {QStringLiteral("approvalTime"), stamp(it->paid)}, {QStringLiteral("stateMsg"), QStringLiteral("결제 완료")},
                          {QStringLiteral("discountedAmount"), 0}, {QStringLiteral("paidAmount"), it->amount},
                          {QStringLiteral("payMethod"), it->payMethod}, {QStringLiteral("payToken"), it->payToken},
                          {QStringLiteral("transactionId"), it->transactions.last().transactionId}});
}

Response State::refundPayment(const Request &request, const QJsonObject &body)
{
    if (!userFrom(request))
        return fail(QStringLiteral("USER_NOT_FOUND"), QStringLiteral("x-toss-user-key의 사용자를 찾을 수 없습니다."));
    auto it = m_payments.find(body.value(QStringLiteral("payToken")).toString());
    if (it == m_payments.end())
        return fail(QStringLiteral("PAYMENT_NOT_FOUND"), QStringLiteral("결제를 찾을 수 없습니다."));
    const QString reason = body.value(QStringLiteral("reason")).toString();
    if (!api::isValidRefundReason(reason))
        return fail(QStringLiteral("INVALID_PARAMETER"), QStringLiteral("환불 사유는 55자 이내, 허용된 문자만 쓸 수 있습니다."), 400);
    if (it->refundable <= 0)
        return fail(QStringLiteral("NOT_REFUNDABLE_PAYMENT"), QStringLiteral("환불할 수 있는 금액이 없습니다."));
    const qint64 amount = it->refundable;
    it->refundable = 0;
    it->status = QStringLiteral("REFUND_SUCCESS");
    const QString refundNo = QStringLiteral("rf-") + randomToken(8);
    it->transactions << Transaction{QStringLiteral("REFUND"), QStringLiteral("tx-") + randomToken(8), -amount, m_now()};
    record(QStringLiteral("refund"), {{QStringLiteral("payToken"), it->payToken}, {QStringLiteral("orderNo"), it->orderNo},
                                      {QStringLiteral("amount"), amount}, {QStringLiteral("userKey"), it->userKey},
                                      {QStringLiteral("reason"), reason}, {QStringLiteral("refundNo"), refundNo}});
    return ok(QJsonObject{{QStringLiteral("refundNo"), refundNo}, {QStringLiteral("approvalTime"), stamp(m_now())},
                          {QStringLiteral("refundableAmount"), 0}, {QStringLiteral("refundedAmount"), amount},
                          {QStringLiteral("refundedPaidAmount"), amount}, {QStringLiteral("refundedDiscountAmount"), 0},
                          {QStringLiteral("paidAmount"), it->amount}, {QStringLiteral("payToken"), it->payToken},
                          {QStringLiteral("transactionId"), it->transactions.last().transactionId}});
}

Response State::paymentStatus(const Request &request, const QJsonObject &body)
{
    if (!userFrom(request))
        return fail(QStringLiteral("USER_NOT_FOUND"), QStringLiteral("x-toss-user-key의 사용자를 찾을 수 없습니다."));
    const QString token = body.value(QStringLiteral("payToken")).toString();
    const QString orderNo = body.value(QStringLiteral("orderNo")).toString();
    const auto it = m_payments.constFind(!token.isEmpty() ? token : m_payTokenByOrderNo.value(orderNo));
    if (it != m_payments.cend() && (!token.isEmpty() || !orderNo.isEmpty()))
        return ok(paymentStatusJson(*it));
    return fail(QStringLiteral("PAYMENT_NOT_FOUND"), QStringLiteral("결제를 찾을 수 없습니다."), 404);
}

// --- IAP -------------------------------------------------------------------------------------

Response State::orderStatus(const QJsonObject &body)
{
    const QString orderId = body.value(QStringLiteral("orderId")).toString();
    if (orderId.isEmpty())
        return fail(QStringLiteral("INVALID_PARAMETER"), QStringLiteral("orderId가 필요합니다."), 400);
    const QString status = m_orders.value(orderId, QStringLiteral("NOT_FOUND"));
    return ok(QJsonObject{{QStringLiteral("orderId"), orderId},
                          {QStringLiteral("sku"), QStringLiteral("ait.0000010000.af647449.3bd55cfd00.0000000475")},
                          {QStringLiteral("statusDeterminedAt"), m_now().toTimeZone(QTimeZone(9 * 3600)).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"))},
                          {QStringLiteral("status"), status},
                          {QStringLiteral("reason"), QStringLiteral("sandbox order: ") + status}});
}

// --- messages --------------------------------------------------------------------------------

Response State::sendMessage(const Request &request, const QJsonObject &body, bool test)
{
    const auto user = userFrom(request);
    if (!user)
        return fail(QStringLiteral("USER_NOT_FOUND"), QStringLiteral("x-toss-user-key의 사용자를 찾을 수 없습니다."), 401);
    const QString template_ = body.value(QStringLiteral("templateSetCode")).toString();
    if (template_.isEmpty() || !body.value(QStringLiteral("context")).isObject() || (test && body.value(QStringLiteral("deploymentId")).toString().isEmpty()))
        return fail(QStringLiteral("INVALID_PARAMETER"), QStringLiteral("templateSetCode, context(객체)가 필요합니다."), 400);
    if (template_ != QLatin1String("demo-template"))
        return fail(QStringLiteral("5004"), QStringLiteral("검수가 완료되지 않은 템플릿입니다."));
    const bool optOut = this->user(*user).pushOptOut;
    const QString contentId = QStringLiteral("c-") + randomToken(6);
    QJsonObject detail{{QStringLiteral("sentPush"), optOut ? QJsonArray() : QJsonArray{QJsonObject{{QStringLiteral("contentId"), contentId}}}},
                       {QStringLiteral("sentInbox"), QJsonArray{QJsonObject{{QStringLiteral("contentId"), contentId}}}},
                       {QStringLiteral("sentSms"), QJsonArray()}, {QStringLiteral("sentAlimtalk"), QJsonArray()},
                       {QStringLiteral("sentFriendtalk"), QJsonArray()}};
    QJsonObject failures{{QStringLiteral("sentPush"), optOut ? QJsonArray{QJsonObject{{QStringLiteral("contentId"), contentId},
                                                                                       {QStringLiteral("reachedFailReason"), QStringLiteral("PUSH_AGREEMENT_REJECTED")}}}
                                                             : QJsonArray()},
                         {QStringLiteral("sentInbox"), QJsonArray()}, {QStringLiteral("sentSms"), QJsonArray()},
                         {QStringLiteral("sentAlimtalk"), QJsonArray()}, {QStringLiteral("sentFriendtalk"), QJsonArray()}};
    if (!test)
        record(QStringLiteral("message"), {{QStringLiteral("userKey"), *user}, {QStringLiteral("templateSetCode"), template_},
                                           {QStringLiteral("delivered"), !optOut}});
    return ok(QJsonObject{{QStringLiteral("msgCount"), 1}, {QStringLiteral("sentPushCount"), optOut ? 0 : 1},
                          {QStringLiteral("sentInboxCount"), 1}, {QStringLiteral("sentSmsCount"), 0},
                          {QStringLiteral("sentAlimtalkCount"), 0}, {QStringLiteral("sentFriendtalkCount"), 0},
                          {QStringLiteral("detail"), detail}, {QStringLiteral("fail"), failures}});
}

Response State::sendBulk(const QJsonObject &body)
{
    const QJsonArray list = body.value(QStringLiteral("contextList")).toArray();
    if (body.value(QStringLiteral("templateSetCode")).toString().isEmpty() || list.isEmpty() || list.size() > 2500)
        return fail(QStringLiteral("INVALID_PARAMETER"), QStringLiteral("templateSetCode와 1~2,500명의 contextList가 필요합니다."), 400);
    if (body.value(QStringLiteral("templateSetCode")).toString() != QLatin1String("demo-template"))
        return fail(QStringLiteral("5004"), QStringLiteral("검수가 완료되지 않은 템플릿입니다."));
    QJsonArray sent, failed;
    for (const QJsonValue &item : list) {
        const qint64 userKey = item.toObject().value(QStringLiteral("userKey")).toInteger();
        const QString contentId = QStringLiteral("c-") + randomToken(6);
        if (userExists(userKey) && !user(userKey).pushOptOut) {
            sent << QJsonObject{{QStringLiteral("contentId"), contentId}};
            record(QStringLiteral("message"), {{QStringLiteral("userKey"), userKey}, {QStringLiteral("bulk"), true}, {QStringLiteral("delivered"), true}});
        } else {
            failed << QJsonObject{{QStringLiteral("contentId"), contentId}, {QStringLiteral("reachedFailReason"), QStringLiteral("USER_NOT_FOUND_OR_REJECTED")}};
        }
    }
    return ok(QJsonObject{{QStringLiteral("msgCount"), list.size()}, {QStringLiteral("sentPushCount"), sent.size()},
                          {QStringLiteral("sentInboxCount"), 0}, {QStringLiteral("sentSmsCount"), 0},
                          {QStringLiteral("sentAlimtalkCount"), 0}, {QStringLiteral("sentFriendtalkCount"), 0},
                          {QStringLiteral("detail"), QJsonObject{{QStringLiteral("sentPush"), sent}}},
                          {QStringLiteral("fail"), QJsonObject{{QStringLiteral("sentPush"), failed}}}});
}

// --- promotions ------------------------------------------------------------------------------

Response State::promotionKey(const Request &request)
{
    const auto user = userFrom(request);
    if (!user)
        return fail(QStringLiteral("USER_NOT_FOUND"), QStringLiteral("x-toss-user-key의 사용자를 찾을 수 없습니다."), 401);
    PromotionKey key;
    QByteArray raw(32, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), 32);
    key.key = QString::fromLatin1(raw.toBase64());
    key.userKey = *user;
    key.expires = m_now().addSecs(3600);
    m_promotionKeys.insert(key.key, key);
    record(QStringLiteral("promotion-key"), {{QStringLiteral("key"), key.key}, {QStringLiteral("userKey"), *user}});
    return ok(QJsonObject{{QStringLiteral("key"), key.key}});
}

Response State::executePromotion(const Request &request, const QJsonObject &body)
{
    const auto user = userFrom(request);
    if (!user)
        return fail(QStringLiteral("USER_NOT_FOUND"), QStringLiteral("x-toss-user-key의 사용자를 찾을 수 없습니다."), 401);
    QString code = body.value(QStringLiteral("promotionCode")).toString();
    const bool test = code.startsWith(QLatin1String("TEST_"));
    if (test)
        code = code.mid(5);
    const qint64 amount = body.value(QStringLiteral("amount")).toInteger(-1);
    auto promo = m_promotions.find(code);
    if (promo == m_promotions.end())
        return fail(QStringLiteral("4100"), QStringLiteral("프로모션 정보를 찾을 수 없습니다."));
    auto key = m_promotionKeys.find(body.value(QStringLiteral("key")).toString());
    if (key == m_promotionKeys.end() || key->userKey != *user || key->expires <= m_now() || amount <= 0)
        return fail(QStringLiteral("INVALID_PARAMETER"), QStringLiteral("키가 없거나 만료되었거나 금액이 올바르지 않습니다."), 400);
    if (key->used)
        return fail(QStringLiteral("4113"), QStringLiteral("이미 지급/회수된 내역입니다."));
    if (!promo->running)
        return fail(QStringLiteral("4109"), QStringLiteral("프로모션이 실행 중이 아닙니다."));
    if (amount > promo->maxPerPayout)
        return fail(QStringLiteral("4114"), QStringLiteral("1회 지급 금액을 초과했습니다."));
    if (!test && amount > promo->budget)
        return fail(QStringLiteral("4112"), QStringLiteral("프로모션 머니가 부족합니다."));
    if (!test)
        promo->budget -= amount;
    key->used = true;
    key->promotionCode = body.value(QStringLiteral("promotionCode")).toString();
    key->amount = amount;
    key->executedAt = m_now();
    key->fails = promo->failsLater;
    if (key->fails) {
        promo->budget += test ? 0 : amount; // a failed grant gives the budget back
        return ok(QJsonObject{{QStringLiteral("key"), key->key}});
    }
    record(QStringLiteral("payout"), {{QStringLiteral("key"), key->key}, {QStringLiteral("userKey"), *user},
                                      {QStringLiteral("promotionCode"), key->promotionCode}, {QStringLiteral("amount"), amount},
                                      {QStringLiteral("test"), test}});
    return ok(QJsonObject{{QStringLiteral("key"), key->key}});
}

Response State::promotionResult(const Request &request, const QJsonObject &body)
{
    const auto user = userFrom(request);
    if (!user)
        return fail(QStringLiteral("USER_NOT_FOUND"), QStringLiteral("x-toss-user-key의 사용자를 찾을 수 없습니다."), 401);
    const auto key = m_promotionKeys.find(body.value(QStringLiteral("key")).toString());
    if (key == m_promotionKeys.end() || !key->used || key->userKey != *user)
        return fail(QStringLiteral("4111"), QStringLiteral("지급 내역이 없습니다."));
    // Crediting lags: PENDING for the first second, then SUCCESS.
    if (key->executedAt.msecsTo(m_now()) < 1000)
        return ok(QStringLiteral("PENDING"));
    return ok(key->fails ? QStringLiteral("FAILED") : QStringLiteral("SUCCESS"));
}

} // namespace ait::sandbox
