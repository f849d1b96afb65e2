#include "partnerclient.h"

#include "envelope.h"
#include "partnerrules.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCipher>
#include <QSslKey>
#include <QTimer>

#include <openssl/evp.h>

#include <algorithm>
#include <cstring>

namespace ait::api {

namespace {

QByteArray userHeader(qint64 userKey)
{
    return QByteArray::number(userKey);
}

// "Bearer TOKEN" in one buffer, which the call's record wipes when it goes ("Bearer " +
// token.toLatin1() would leave the Latin-1 copy of the token behind, unwiped).
QByteArray bearer(const QString &token)
{
    static constexpr char prefix[] = "Bearer ";
    QByteArray header(qsizetype(sizeof prefix - 1) + token.size(), Qt::Uninitialized);
    char *out = std::copy(prefix, prefix + sizeof prefix - 1, header.data());
    for (const QChar c : token)
        *out++ = c.unicode() < 0x100 ? char(c.unicode()) : '?'; // as toLatin1(); tokens are ASCII
    return header;
}

bool isUntrustedServer(const QSslError &e)
{
    switch (e.error()) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::CertificateSignatureFailed:
    case QSslError::InvalidCaCertificate:
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid:
        return true;
    default:
        return false;
    }
}

// OpenSSL's alerts that mean "the server did not accept our client certificate".
bool mentionsClientCertificateAlert(const QString &text)
{
    const QString t = text.toLower();
    return t.contains(QLatin1String("alert certificate required")) || t.contains(QLatin1String("alert bad certificate"))
        || t.contains(QLatin1String("alert unknown ca")) || t.contains(QLatin1String("alert certificate unknown"))
        || t.contains(QLatin1String("alert handshake failure")) || t.contains(QLatin1String("alert access denied"))
        || t.contains(QLatin1String("peer did not return a certificate"));
}

// The body of a state-changing request, readable exactly once. Qt resends a request on its own
// when a connection drops before the answer; with a body it cannot rewind it must give up with
// ContentReSendError instead, so a refund or payout is never sent twice behind our back.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data)) { open(ReadOnly); }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

PartnerClient::PartnerClient(ClientSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_nam(std::make_unique<QNetworkAccessManager>())
{
}

PartnerClient::~PartnerClient()
{
    // Callers always hear back: a lookup as Cancelled, a change that left as OutcomeUnknown.
    cancelAll();
}

void PartnerClient::setIdentity(const QList<tls::Certificate> &chain, const tls::PrivateKey &key)
{
    m_chain.clear();
    for (const tls::Certificate &c : chain)
        m_chain << QSslCertificate(c.toDer(), QSsl::Der);
    m_key = key;
    m_fingerprint = chain.isEmpty() ? QString() : chain.first().sha256Fingerprint();
    m_ssl = buildSslConfiguration();
    m_nam->clearConnectionCache(); // never reuse a connection made with another identity
}

void PartnerClient::clearIdentity()
{
    m_chain.clear();
    m_key = {};
    m_fingerprint.clear();
    m_ssl = buildSslConfiguration();
    m_nam->clearConnectionCache();
}

// The one place where TLS is configured for partner calls.
QSslConfiguration PartnerClient::buildSslConfiguration() const
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_settings.trustedCas.isEmpty())
        conf.setCaCertificates(m_settings.trustedCas);
    if (!m_chain.isEmpty() && !m_key.isNull()) {
        conf.setLocalCertificateChain(m_chain);
        // Hand OpenSSL's key object to Qt directly: the key bytes never pass through a QByteArray.
        EVP_PKEY_up_ref(m_key.handle());
        conf.setPrivateKey(QSslKey(Qt::HANDLE(m_key.handle()), QSsl::PrivateKey));
    }
    return conf;
}

void PartnerClient::setGate(CallGate *gate)
{
    m_gate = gate;
}

void PartnerClient::cancelAll()
{
    if (m_gate) // calls waiting at the gate have not left: they end as cancelled
        m_gate->cancelWaiting();
    // Replies are children of the access manager: no per-request bookkeeping on the hot path.
    const QList<QNetworkReply *> replies = m_nam->findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly);
    for (QNetworkReply *reply : replies) {
        if (reply->isRunning()) {
            m_cancelled.insert(reply);
            reply->abort();
        }
    }
    emit cancelling();
}

void PartnerClient::closeIdleConnections()
{
    m_nam->clearConnectionCache();
}

const PartnerClient::Endpoint *PartnerClient::endpointFor(QStringView path)
{
    for (const Endpoint *endpoint : endpoints::All) {
        if (path == QLatin1String(endpoint->path))
            return endpoint;
    }
    return nullptr;
}

void PartnerClient::rawCall(const QString &path, const QJsonObject &body, const Headers &headers, QObject *context,
                            std::function<void(const RawAnswer &)> done)
{
    const Endpoint *endpoint = endpointFor(path);
    if (!endpoint) {
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [guard, hasContext = context != nullptr, done, path] {
            if (hasContext && !guard)
                return;
            RawAnswer answer;
            answer.error = ApiError::make(ApiError::Kind::InvalidInput, QStringLiteral("not a partner endpoint: %1").arg(path));
            done(answer);
        });
        return;
    }
    send(*endpoint, endpoint->get ? QJsonObject() : body, headers, context,
         [done](const ApiError &error, const QJsonValue &payload, const CallRecord &record) { done({error, payload, record}); });
}

void PartnerClient::prewarm()
{
    if (!hasIdentity())
        return;
    const QSslConfiguration &conf = m_ssl;
    QList<QUrl> hosts{m_settings.appsBaseUrl};
    if (m_settings.payBaseUrl.host() != m_settings.appsBaseUrl.host() || m_settings.payBaseUrl.port() != m_settings.appsBaseUrl.port())
        hosts << m_settings.payBaseUrl;
    for (const QUrl &url : hosts)
        m_nam->connectToHostEncrypted(url.host(), quint16(url.port(443)), conf);
}

bool PartnerClient::isValidRefundReason(const QString &reason)
{
    return api::isValidRefundReason(reason);
}

// One call from send() to its answer, kept while it waits at the gate and across the sends a limit
// signal makes (the same request again, once the partner proved it applied nothing).
struct PartnerClient::PendingCall
{
    Endpoint endpoint;
    QNetworkRequest request;
    std::shared_ptr<CallRecord> record;
    CallGate::Call gateCall;
    std::function<void(ApiError, const QJsonValue &)> finish;
    bool counted = false; // in m_inFlight while sent and not answered
};

void PartnerClient::send(const Endpoint &endpoint, const QJsonObject &body, const Headers &headers, QObject *context,
                         std::function<void(const ApiError &, const QJsonValue &, const CallRecord &)> done)
{
    auto call = std::make_shared<PendingCall>();
    auto record = std::make_shared<CallRecord>();
    call->endpoint = endpoint;
    call->record = record;
    record->id = m_nextId++;
    record->startedAt = QDateTime::currentDateTimeUtc();
    record->profileName = m_settings.profileName;
    record->identityFingerprint = m_fingerprint;
    record->method = endpoint.get ? "GET" : "POST";
    QUrl url = endpoint.payHost ? m_settings.payBaseUrl : m_settings.appsBaseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + QString::fromLatin1(endpoint.path));
    record->url = url;
    record->requestHeaders = headers;
    record->changesState = endpoint.changesState;
    record->ownCa = !m_settings.trustedCas.isEmpty();
    if (!endpoint.get)
        record->requestBody = QJsonDocument(body).toJson(QJsonDocument::Compact);

    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QPointer<PartnerClient> self(this);
    std::weak_ptr<PendingCall> weakCall = call;
    call->finish = [=](ApiError error, const QJsonValue &payload) {
        const std::shared_ptr<PendingCall> pending = weakCall.lock();
        if (self && pending && pending->counted) {
            pending->counted = false;
            emit self->inFlightChanged(--self->m_inFlight);
        }
        record->errorKind = error.kindName();
        record->errorMessage = error.message;
        if (self)
            emit self->callFinished(*record);
        if (!hasContext || guard)
            done(error, payload, *record);
    };

    // Refused in core, before anything leaves: later layers rely on it.
    if (endpoint.forbiddenWhenReadOnly && m_settings.readOnly) {
        QTimer::singleShot(0, this, [call] { call->finish(ApiError::make(ApiError::Kind::ReadOnly), {}); });
        return;
    }
    if (!hasIdentity()) {
        QTimer::singleShot(0, this, [call] { call->finish(ApiError::make(ApiError::Kind::NoIdentity), {}); });
        return;
    }

    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(m_settings.timeoutMs);
    // The partner API never redirects; a 3xx is reported, never followed (with our token and certificate).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
        if (name == "x-toss-user-key")
            call->gateCall.userKey = value.toLongLong();
    }
    call->request = request;
    call->gateCall.path = endpoint.path;
    record->clientCertificatePresented = true;
    if (m_gate)
        passGate(call);
    else
        dispatch(call);
}

void PartnerClient::passGate(const std::shared_ptr<PendingCall> &call)
{
    QPointer<PartnerClient> self(this);
    m_gate->request(call->gateCall, [self, call](bool mayLeave) {
        if (!self)
            return;
        if (mayLeave)
            self->dispatch(call);
        else // withdrawn before it left: nothing was sent
            call->finish(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("withdrawn before it was sent")), {});
    });
}

void PartnerClient::dispatch(const std::shared_ptr<PendingCall> &call)
{
    const Endpoint &endpoint = call->endpoint;
    const std::shared_ptr<CallRecord> record = call->record;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = nullptr;
    if (endpoint.get) {
        reply = m_nam->get(call->request);
    } else if (endpoint.changesState) {
        QNetworkRequest request = call->request;
        request.setHeader(QNetworkRequest::ContentLengthHeader, record->requestBody.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *upload = new OneShotBody(record->requestBody, nullptr);
        reply = m_nam->post(request, upload);
        upload->setParent(reply);
    } else {
        reply = m_nam->post(call->request, record->requestBody); // lookups may be resent safely
    }
    call->counted = true;
    ++m_inFlight;
    emit inFlightChanged(m_inFlight);

    // The answer is read as it arrives, into a buffer that stops at MaxAnswerBytes.
    struct Reading
    {
        QByteArray body;
        bool tooLarge = false;
        bool pastDeadline = false;
        QList<QSslError> sslErrors;
    };
    auto reading = std::make_shared<Reading>();
    reply->setReadBufferSize(ReadChunkBytes);
    auto stop = [reply, reading](bool tooLarge) {
        (tooLarge ? reading->tooLarge : reading->pastDeadline) = true;
        if (reply->isRunning())
            reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, stop] {
        qsizetype headerBytes = 0;
        const auto pairs = reply->rawHeaderPairs();
        for (const auto &[name, value] : pairs)
            headerBytes += name.size() + value.size();
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (pairs.size() > MaxAnswerHeaders || headerBytes > MaxAnswerHeaderBytes || declared > MaxAnswerBytes)
            stop(true);
    });
    connect(reply, &QNetworkReply::readyRead, this, [reply, reading, stop] {
        // Only what has arrived: read(n) sizes its buffer for n first, and an 8 MiB buffer per
        // call in flight would stay with the (small) answer it holds.
        reading->body += reply->read(std::min(reply->bytesAvailable(), MaxAnswerBytes + 1 - reading->body.size()));
        if (reading->body.size() > MaxAnswerBytes)
            stop(true);
    });
    // The transfer timeout measures silence; this bounds the whole call (a server dripping a byte a
    // second never goes silent).
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [stop] { stop(false); });
    deadline->start(m_settings.deadlineMs);

    connect(reply, &QNetworkReply::encrypted, this, [record, timer, reply] {
        record->connection = CallRecord::Connection::New; // this reply's own handshake
        record->handshakeMs = timer->elapsed();
        const QSslConfiguration session = reply->sslConfiguration();
        record->cipher = session.sessionCipher().name();
    });
    connect(reply, &QNetworkReply::requestSent, this, [record] { record->requestSent = true; });
    // Recorded to classify the failure; never ignored.
    connect(reply, &QNetworkReply::sslErrors, this, [reading](const QList<QSslError> &errors) { reading->sslErrors = errors; });
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        deadline->stop();
        const bool cancelled = m_cancelled.remove(reply);
        record->durationMs = timer->elapsed();
        const QSslConfiguration session = reply->sslConfiguration();
        switch (session.sessionProtocol()) {
        case QSsl::TlsV1_2: record->tlsProtocol = QStringLiteral("TLS 1.2"); break;
        case QSsl::TlsV1_3: record->tlsProtocol = QStringLiteral("TLS 1.3"); break;
        default: break;
        }
        if (record->cipher.isEmpty())
            record->cipher = session.sessionCipher().name();
        record->serverCertificates = session.peerCertificateChain(); // shared, formatted only when shown

        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        record->httpStatus = status;
        // Without a handshake of its own, a call that sent its request or got an answer rode on a
        // connection kept from an earlier call; one that did neither had no connection.
        if (record->connection != CallRecord::Connection::New && (record->requestSent || status > 0))
            record->connection = CallRecord::Connection::Reused;
        if (!reading->tooLarge && reply->isOpen())
            reading->body += reply->read(std::min(reply->bytesAvailable(), MaxAnswerBytes + 1 - reading->body.size()));
        record->responseBytes = reading->body.size();
        record->responseBody = reading->body.left(CallRecord::MaxBodyBytes);

        ReplyFacts facts;
        facts.changesState = endpoint.changesState;
        facts.requestSent = record->requestSent;
        facts.httpStatus = status;
        facts.networkError = reply->error();
        facts.technical = reply->errorString();
        facts.cancelled = cancelled;
        facts.tooLarge = reading->tooLarge || reading->body.size() > MaxAnswerBytes;
        facts.pastDeadline = reading->pastDeadline;
        facts.deadlineMs = m_settings.deadlineMs;
        facts.sslErrors = reading->sslErrors;
        facts.redirectTarget = reply->header(QNetworkRequest::LocationHeader).toUrl();
        QJsonValue payload;
        const ApiError error = classifyReply(facts, reading->body, &payload, &record->partnerResult);
        reading->body.clear();
        const bool limitSignal = error.kind == ApiError::Kind::RateLimited;
        if (m_gate)
            m_gate->ended(call->gateCall, limitSignal);
        if (limitSignal && m_gate && !cancelled) {
            // The partner's limit signal means nothing was applied: the same request waits at the
            // gate (which slows down) and leaves again. The refused attempt is still reported.
            call->counted = false;
            emit inFlightChanged(--m_inFlight);
            record->errorKind = error.kindName();
            emit callFinished(*record);
            record->id = m_nextId++;
            record->startedAt = QDateTime::currentDateTimeUtc();
            record->requestSent = false;
            record->connection = CallRecord::Connection::None;
            record->responseBody.clear();
            return passGate(call);
        }
        call->finish(error, payload);
    });
}

ApiError PartnerClient::classifyReply(const ReplyFacts &f, const QByteArray &body, QJsonValue *payload, QString *partnerResult)
{
    using K = ApiError::Kind;
    // Statuses Qt turns into errors: the server answered, and the body says the rest.
    auto isHttpStatusError = [](QNetworkReply::NetworkError e) {
        return (e >= QNetworkReply::ContentAccessDenied && e <= QNetworkReply::UnknownContentError && e != QNetworkReply::ContentReSendError)
            || e == QNetworkReply::ProtocolInvalidOperationError
            || (e >= QNetworkReply::InternalServerError && e <= QNetworkReply::UnknownServerError);
    };
    const bool answered = f.httpStatus > 0 && !f.cancelled && !f.tooLarge && !f.pastDeadline
                       && (f.networkError == QNetworkReply::NoError || isHttpStatusError(f.networkError));
    // After a change may have left, only a readable refusal settles it as failed.
    const bool mayHaveLeft = f.changesState && f.requestSent;
    ApiError error;
    if (answered && f.httpStatus >= 300 && f.httpStatus < 400) {
        const QString where = QStringLiteral("HTTP %1 to %2").arg(f.httpStatus).arg(f.redirectTarget.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        error = ApiError::make(f.changesState ? K::OutcomeUnknown : K::Redirected, where);
        error.httpStatus = f.httpStatus;
    } else if (answered) {
        const Envelope envelope = Envelope::parse(body, f.httpStatus, f.changesState);
        *partnerResult = envelope.success ? envelope.resultType
                                          : (envelope.error.partnerCode.isEmpty() ? envelope.resultType : envelope.error.partnerCode);
        if (envelope.success)
            *payload = envelope.payload;
        return envelope.error;
    } else if (f.tooLarge) {
        error = ApiError::make(mayHaveLeft ? K::OutcomeUnknown : K::AnswerTooLarge,
                               QStringLiteral("answer over %1 bytes or too many headers").arg(MaxAnswerBytes));
    } else if (f.pastDeadline) {
        error = ApiError::make(mayHaveLeft ? K::OutcomeUnknown : K::Timeout,
                               QStringLiteral("no complete answer within %1 ms").arg(f.deadlineMs));
    } else {
        bool hostnameMismatch = false, untrusted = false;
        for (const QSslError &e : f.sslErrors) {
            hostnameMismatch |= e.error() == QSslError::HostNameMismatch;
            untrusted |= isUntrustedServer(e);
        }
        switch (f.networkError) {
        case QNetworkReply::HostNotFoundError: error = ApiError::make(K::Dns, f.technical); break;
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError: error = ApiError::make(K::ConnectionRefused, f.technical); break;
        default:
            if (hostnameMismatch)
                error = ApiError::make(K::HostnameMismatch, f.technical);
            else if (untrusted)
                error = ApiError::make(K::ServerUntrusted, f.technical);
            else if (mentionsClientCertificateAlert(f.technical))
                // An alert during the handshake: the server never processed the request.
                error = ApiError::make(K::ClientCertificateRejected, f.technical);
            else if (f.networkError == QNetworkReply::SslHandshakeFailedError && !f.requestSent)
                error = ApiError::make(K::TlsFailed, f.technical);
            else if (mayHaveLeft)
                error = ApiError::make(K::OutcomeUnknown, f.technical);
            else if (f.cancelled)
                error = ApiError::make(K::Cancelled, f.technical);
            else if (f.networkError == QNetworkReply::OperationCanceledError || f.networkError == QNetworkReply::TimeoutError)
                error = ApiError::make(K::Timeout, f.technical);
            else
                error = ApiError::make(K::ConnectionClosed, f.technical);
        }
    }
    if (f.cancelled && error.kind == K::OutcomeUnknown)
        error.technicalDetail = QStringLiteral("cancelled after sending: ") + error.technicalDetail;
    *partnerResult = error.kindName();
    return error;
}

template <typename T, typename Parse>
void PartnerClient::call(const Endpoint &endpoint, const QJsonObject &body, const Headers &headers, QObject *context,
                         Parse parse, Callback<T> done)
{
    const bool changes = endpoint.changesState;
    send(endpoint, body, headers, context, [done, parse, changes](const ApiError &error, const QJsonValue &payload, const CallRecord &record) {
        Result<T> result;
        result.callId = record.id;
        if (!error.ok()) {
            result.error = error;
        } else if (std::optional<T> value = parse(payload)) {
            result.value = std::move(*value);
        } else {
            // SUCCESS with a body we cannot read: for a change it was applied, but we cannot say how.
            result.error = ApiError::make(changes ? ApiError::Kind::OutcomeUnknown : ApiError::Kind::Parse,
                                          QStringLiteral("unexpected success payload"));
        }
        done(result);
    });
}

void PartnerClient::generateToken(const QString &authorizationCode, const QString &referrer, QObject *context, Callback<Tokens> done)
{
    // The referrer goes through byte for byte: Toss rejects a changed casing as invalid_grant.
    call<Tokens>(endpoints::GenerateToken, {{QStringLiteral("authorizationCode"), authorizationCode}, {QStringLiteral("referrer"), referrer}},
                 {}, context, parseTokens, std::move(done));
}

void PartnerClient::refreshToken(const QString &token, QObject *context, Callback<Tokens> done)
{
    call<Tokens>(endpoints::RefreshToken, {{QStringLiteral("refreshToken"), token}}, {}, context, parseTokens, std::move(done));
}

void PartnerClient::loginMe(const QString &accessToken, QObject *context, Callback<LoginMe> done)
{
    call<LoginMe>(endpoints::LoginMe, {}, {{"Authorization", bearer(accessToken)}}, context, parseLoginMe, std::move(done));
}

void PartnerClient::removeByAccessToken(const QString &accessToken, QObject *context, Callback<qint64> done)
{
    call<qint64>(endpoints::RemoveByAccessToken, {}, {{"Authorization", bearer(accessToken)}}, context, parseUserKey, std::move(done));
}

void PartnerClient::removeByUserKey(qint64 userKey, const QString &optionalBearer, QObject *context, Callback<qint64> done)
{
    Headers headers;
    if (!optionalBearer.isEmpty())
        headers << qMakePair(QByteArray("Authorization"), bearer(optionalBearer));
    call<qint64>(endpoints::RemoveByUserKey, {{QStringLiteral("userKey"), userKey}}, headers, context, parseUserKey, std::move(done));
}

void PartnerClient::verifyAnonKey(const QString &anonKey, QObject *context, Callback<bool> done)
{
    call<bool>(endpoints::AnonVerify, {}, {{"x-anon-key", anonKey.toLatin1()}}, context,
               [](const QJsonValue &v) -> std::optional<bool> {
                   if (v.isString())
                       return v.toString() == QLatin1String("true");
                   if (v.isBool())
                       return v.toBool();
                   return std::nullopt;
               },
               std::move(done));
}

void PartnerClient::makePayment(qint64 userKey, const MakePayment &r, QObject *context, Callback<QString> done)
{
    call<QString>(endpoints::MakePayment,
                  {{QStringLiteral("orderNo"), r.orderNo}, {QStringLiteral("productDesc"), r.productDesc},
                   {QStringLiteral("amount"), r.amount}, {QStringLiteral("amountTaxFree"), r.amountTaxFree},
                   {QStringLiteral("isTestPayment"), r.isTestPayment}},
                  {{"x-toss-user-key", userHeader(userKey)}}, context,
                  [](const QJsonValue &v) -> std::optional<QString> {
                      const QString token = v.toObject().value(QStringLiteral("payToken")).toString();
                      return token.isEmpty() ? std::nullopt : std::optional<QString>(token);
                  },
                  std::move(done));
}

void PartnerClient::executePayment(qint64 userKey, const QString &payToken, const QString &orderNo, bool isTestPayment,
                                   QObject *context, Callback<PaymentExecution> done)
{
    QJsonObject body{{QStringLiteral("payToken"), payToken}, {QStringLiteral("isTestPayment"), isTestPayment}};
    if (!orderNo.isEmpty())
        body[QStringLiteral("orderNo")] = orderNo;
    call<PaymentExecution>(endpoints::ExecutePayment, body, {{"x-toss-user-key", userHeader(userKey)}}, context, parsePaymentExecution, std::move(done));
}

void PartnerClient::refundPayment(qint64 userKey, const QString &payToken, const QString &reason, bool isTestPayment,
                                  QObject *context, Callback<Refund> done)
{
    if (!isValidRefundReason(reason)) {
        ApiError e = ApiError::make(ApiError::Kind::InvalidInput);
        e.hint = tr("The refund reason needs 1 to 55 characters: Korean, letters, digits, spaces and _ - : . ^ @ ( ) [ ] # / ! % ? &");
        QTimer::singleShot(0, this, [done, e] { Result<Refund> r; r.error = e; done(r); });
        return;
    }
    call<Refund>(endpoints::RefundPayment,
                 {{QStringLiteral("payToken"), payToken}, {QStringLiteral("reason"), reason}, {QStringLiteral("isTestPayment"), isTestPayment}},
                 {{"x-toss-user-key", userHeader(userKey)}}, context, parseRefund, std::move(done));
}

void PartnerClient::getPaymentStatus(qint64 userKey, const QString &payToken, const QString &orderNo, bool isTestPayment,
                                     QObject *context, Callback<PaymentStatus> done)
{
    QJsonObject body{{QStringLiteral("isTestPayment"), isTestPayment}};
    if (!payToken.isEmpty())
        body[QStringLiteral("payToken")] = payToken;
    if (!orderNo.isEmpty())
        body[QStringLiteral("orderNo")] = orderNo;
    call<PaymentStatus>(endpoints::GetPaymentStatus, body, {{"x-toss-user-key", userHeader(userKey)}}, context, parsePaymentStatus, std::move(done));
}

void PartnerClient::getOrderStatus(const QString &orderId, qint64 userKey, QObject *context, Callback<OrderStatus> done)
{
    Headers headers;
    if (userKey != 0)
        headers << qMakePair(QByteArray("x-toss-user-key"), userHeader(userKey));
    call<OrderStatus>(endpoints::GetOrderStatus, {{QStringLiteral("orderId"), orderId}}, headers, context, parseOrderStatus, std::move(done));
}

void PartnerClient::sendTestMessage(qint64 userKey, const QString &templateSetCode, const QString &deploymentId,
                                    const QJsonObject &context_, QObject *context, Callback<MessageResult> done)
{
    call<MessageResult>(endpoints::SendTestMessage,
                        {{QStringLiteral("templateSetCode"), templateSetCode}, {QStringLiteral("deploymentId"), deploymentId},
                         {QStringLiteral("context"), context_}},
                        {{"x-toss-user-key", userHeader(userKey)}}, context, parseMessageResult, std::move(done));
}

void PartnerClient::sendMessage(qint64 userKey, const QString &templateSetCode, const QJsonObject &context_, QObject *context,
                                Callback<MessageResult> done)
{
    call<MessageResult>(endpoints::SendMessage, {{QStringLiteral("templateSetCode"), templateSetCode}, {QStringLiteral("context"), context_}},
                        {{"x-toss-user-key", userHeader(userKey)}}, context, parseMessageResult, std::move(done));
}

void PartnerClient::sendBulkMessage(const QString &templateSetCode, const QList<BulkRecipient> &recipients, QObject *context,
                                    Callback<MessageResult> done)
{
    QJsonArray list;
    for (const BulkRecipient &r : recipients)
        list << QJsonObject{{QStringLiteral("userKey"), r.userKey}, {QStringLiteral("context"), r.context}};
    call<MessageResult>(endpoints::SendBulkMessage, {{QStringLiteral("templateSetCode"), templateSetCode}, {QStringLiteral("contextList"), list}},
                        {}, context, parseMessageResult, std::move(done));
}

void PartnerClient::getPromotionKey(qint64 userKey, QObject *context, Callback<QString> done)
{
    call<QString>(endpoints::PromotionGetKey, {}, {{"x-toss-user-key", userHeader(userKey)}}, context, parsePromotionKey, std::move(done));
}

void PartnerClient::executePromotion(qint64 userKey, const QString &promotionCode, const QString &key, qint64 amount,
                                     QObject *context, Callback<QString> done)
{
    call<QString>(endpoints::ExecutePromotion,
                  {{QStringLiteral("promotionCode"), promotionCode}, {QStringLiteral("key"), key}, {QStringLiteral("amount"), amount}},
                  {{"x-toss-user-key", userHeader(userKey)}}, context, parsePromotionKey, std::move(done));
}

void PartnerClient::getPromotionResult(qint64 userKey, const QString &promotionCode, const QString &key, QObject *context,
                                       Callback<PromotionOutcome> done)
{
    call<PromotionOutcome>(endpoints::PromotionResult, {{QStringLiteral("promotionCode"), promotionCode}, {QStringLiteral("key"), key}},
                           {{"x-toss-user-key", userHeader(userKey)}}, context, parsePromotionOutcome, std::move(done));
}

} // namespace ait::api
