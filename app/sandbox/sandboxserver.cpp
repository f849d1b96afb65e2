#include "sandboxserver.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cmath>

namespace ait::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    default: return "OTHER";
    }
}

Request toRequest(const QHttpServerRequest &request)
{
    Request r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    for (const auto &[name, value] : request.headers())
        r.headers.insert(name.toLower(), value);
    r.body = request.body();
    return r;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// How the partner answers a call over its limit: "4095" (HTTP 200 + FAIL 4095) or "429".
Response limitResponse(const QString &signal, const QString &reason)
{
    if (signal == QLatin1String("429"))
        return {429, json({{QStringLiteral("resultType"), QStringLiteral("FAIL")},
                           {QStringLiteral("error"), QJsonObject{{QStringLiteral("errorCode"), QStringLiteral("TOO_MANY_REQUESTS")},
                                                                 {QStringLiteral("reason"), reason}}}})};
    return {200, json({{QStringLiteral("resultType"), QStringLiteral("FAIL")},
                       {QStringLiteral("error"), QJsonObject{{QStringLiteral("errorCode"), QStringLiteral("4095")}, {QStringLiteral("reason"), reason}}}})};
}

// Sends an Answer as the socket drains, never more than a few chunks ahead of it.
class AnswerWriter final : public QObject
{
public:
    static constexpr qint64 Chunk = qint64{64} * 1024;
    static constexpr qint64 LowWater = 4 * Chunk;

    AnswerWriter(QTcpSocket *socket, const Answer &answer)
        : QObject(socket), m_socket(socket), m_ssl(qobject_cast<QSslSocket *>(socket)), m_reader(answer.message())
    {
        connect(socket, &QAbstractSocket::disconnected, this, &QObject::deleteLater);
        if (answer.dripIntervalMs > 0) {
            connect(&m_timer, &QTimer::timeout, this, &AnswerWriter::drip);
            m_timer.start(answer.dripIntervalMs);
            drip();
            return;
        }
        connect(socket, &QIODevice::bytesWritten, this, &AnswerWriter::pump);
        if (m_ssl)
            connect(m_ssl, &QSslSocket::encryptedBytesWritten, this, &AnswerWriter::pump);
        pump();
    }

private:
    qint64 pending() const { return m_socket->bytesToWrite() + (m_ssl ? m_ssl->encryptedBytesToWrite() : 0); }

    void pump()
    {
        while (!m_reader.atEnd() && m_socket->state() == QAbstractSocket::ConnectedState && pending() < LowWater)
            m_socket->write(m_reader.read(Chunk));
        if (m_reader.atEnd() || m_socket->state() != QAbstractSocket::ConnectedState) {
            disconnect(m_socket, nullptr, this, nullptr);
            deleteLater();
        }
    }

    void drip()
    {
        if (!m_reader.atEnd() && m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->write(m_reader.read(1));
        if (m_reader.atEnd() || m_socket->state() != QAbstractSocket::ConnectedState) {
            m_timer.stop();
            deleteLater();
        }
    }

    QTcpSocket *m_socket;
    QSslSocket *m_ssl;
    PieceReader m_reader;
    QTimer m_timer;
};

} // namespace

void writeResponse(QTcpSocket *socket, int status, const QByteArray &body)
{
    Answer a;
    a.status = status;
    a.body << Piece{body};
    sendAnswer(socket, a);
}

void sendAnswer(QTcpSocket *socket, const Answer &answer)
{
    const QList<Piece> message = answer.message();
    qint64 size = 0;
    for (const Piece &p : message)
        size += p.size();
    if (answer.dripIntervalMs <= 0 && size <= AnswerWriter::Chunk)
        socket->write(PieceReader(message).readAll());
    else
        new AnswerWriter(socket, answer); // owned by the socket
}

QByteArray makeControlToken()
{
    QByteArray raw(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), int(raw.size())) != 1)
        return {};
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// --- API port --------------------------------------------------------------------------------

ApiServer::ApiServer(State &state, Faults &faults, const SandboxClock &clock, QObject *parent)
    : QAbstractHttpServer(parent), m_state(state), m_faults(faults), m_clock(clock)
{
}

quint16 ApiServer::listenTls(const QSslConfiguration &tls, const QHostAddress &address, quint16 port)
{
    auto server = new QSslServer(this);
    server->setSslConfiguration(tls);
    connect(server, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) {
        ++m_stats.connections;
        connect(socket, &QSslSocket::encrypted, this, [this] { ++m_stats.handshakes; });
    });
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

void ApiServer::resetStats()
{
    m_stats = {};
    m_limiter.resetMaxima();
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request r = toRequest(request);
    // Counted, and held to the limits, when the call arrives: that is the client's pace, whatever
    // latency the answer then gets.
    const bool endpoint = State::isEndpoint(r.method, r.path);
    ++m_stats.calls[endpoint ? r.path : QStringLiteral("other")];
    const std::optional<Response> refused = endpoint ? refusal(r) : std::nullopt;
    QPointer<QTcpSocket> guard(socket);
    const int delay = m_faults.latencyMs + (m_faults.latencyJitterMs > 0 ? int(m_random.bounded(m_faults.latencyJitterMs + 1)) : 0);
    if (delay > 0)
        QTimer::singleShot(delay, this, [this, r, refused, guard] { answer(r, refused, guard); });
    else
        answer(r, refused, guard);
    return true;
}

std::optional<Response> ApiServer::refusal(const Request &request)
{
    if (!m_faults.rateLimit.isEmpty()) {
        ++m_stats.stormRejections;
        return limitResponse(m_faults.rateLimit, m_faults.rateLimit == QLatin1String("429") ? QStringLiteral("rate limited")
                                                                                             : QStringLiteral("요청 한도를 초과했습니다."));
    }
    const std::optional<qint64> user = m_state.knownUser(request);
    const UserLimitGroup group = user ? userLimitGroup(request.path) : UserLimitGroup::None;
    switch (m_limiter.admit(m_clock.nowMs(), m_faults.qpm, group, user.value_or(0))) {
    case Limiter::Verdict::Admitted:
        return std::nullopt;
    case Limiter::Verdict::OverAppLimit:
        ++m_stats.limitRejections;
        return limitResponse(m_faults.limitSignal, QStringLiteral("앱의 호출 한도(1분에 %1회)를 넘었습니다.").arg(m_faults.qpm));
    case Limiter::Verdict::OverUserLimit:
        ++m_stats.limitRejections;
        return limitResponse(m_faults.limitSignal, QStringLiteral("사용자당 1분에 %1회까지 호출할 수 있습니다.").arg(Limiter::PerUserPerMinute));
    }
    return std::nullopt;
}

void ApiServer::answer(const Request &request, const std::optional<Response> &refused, const QPointer<QTcpSocket> &socket)
{
    if (!socket)
        return;
    if (refused) {
        sendAnswer(socket, plainAnswer(*refused)); // nothing applied
        return;
    }
    if (Faults::take(m_faults.closeWithoutAnswer, m_faults.closeWithoutAnswerPath, request.path)) {
        socket->abort(); // nothing applied, nothing answered
        return;
    }
    if (m_faults.errorRate > 0 && m_random.generateDouble() < m_faults.errorRate) {
        if (m_faults.errorMode == QLatin1String("fail"))
            writeResponse(socket, 200, QByteArrayLiteral("{\"resultType\":\"FAIL\",\"error\":{\"errorCode\":\"INTERNAL_ERROR\",\"reason\":\"sandbox fault\"}}"));
        else
            writeResponse(socket, 500, QByteArrayLiteral("{\"resultType\":\"INTERNAL_ERROR\"}"));
        return;
    }
    if (!m_faults.hostile.isEmpty() && Faults::take(m_faults.hostileCount, m_faults.hostilePath, request.path)) {
        // hostileApply = false: the real answer comes from a throw-away copy, so nothing is applied
        // (the copy shares the state's data until it changes some of it).
        const Response real = m_faults.hostileApply ? m_state.handle(request) : State(m_state).handle(request);
        sendAnswer(socket, hostileAnswer(m_faults, real));
        return;
    }
    const Response response = m_state.handle(request);
    if (Faults::take(m_faults.applyThenDrop, m_faults.applyThenDropPath, request.path)) {
        socket->abort(); // applied, but the client never hears back
        return;
    }
    if (Faults::take(m_faults.malformedBody, QString(), request.path)) {
        writeResponse(socket, response.status, response.body.left(response.body.size() / 2));
        return;
    }
    sendAnswer(socket, plainAnswer(response));
}

void ApiServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    writeResponse(socket, 404, QByteArrayLiteral("{\"error\":\"not_found\"}"));
}

// --- control port ----------------------------------------------------------------------------

ControlServer::ControlServer(State &state, Faults &faults, ApiServer &api, SandboxClock &clock, QByteArray token, QObject *parent)
    : QAbstractHttpServer(parent), m_state(state), m_faults(faults), m_api(api), m_clock(clock), m_token(std::move(token))
{
}

QByteArray ControlServer::refusal(const QHttpServerRequest &request, const QTcpSocket *socket, int *status) const
{
    QList<QByteArray> hosts;
    bool origin = false;
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("host", Qt::CaseInsensitive) == 0)
            hosts << value.trimmed().toLower();
        else if (name.compare("origin", Qt::CaseInsensitive) == 0)
            origin = true;
    }
    // A browser sends Origin with every cross-site POST and a foreign Host after DNS rebinding.
    const QByteArray port = QByteArray::number(socket->localPort());
    const bool hostOk = hosts.size() == 1 && (hosts.first() == "127.0.0.1:" + port || hosts.first() == "localhost:" + port);
    if (origin || !hostOk) {
        *status = 403;
        return QByteArrayLiteral("{\"error\":\"forbidden\"}");
    }
    const QByteArray expected = "Bearer " + m_token;
    const QByteArray given = request.value("authorization");
    if (m_token.isEmpty() || given.size() != expected.size() || CRYPTO_memcmp(given.constData(), expected.constData(), size_t(expected.size())) != 0) {
        *status = 401;
        return QByteArrayLiteral("{\"error\":\"unauthorized\"}");
    }
    return {};
}

QJsonObject ControlServer::clockJson() const
{
    return {{QStringLiteral("now"), m_clock.now().toString(Qt::ISODateWithMs)}};
}

bool ControlServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    int status = 0;
    if (const QByteArray refused = refusal(request, socket, &status); !refused.isEmpty()) {
        writeResponse(socket, status, refused);
        return true;
    }
    const QString path = request.url().path();
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    auto bad = [socket](const QString &error) { writeResponse(socket, 400, json({{QStringLiteral("error"), error}})); };
    auto allowed = [&](bool getOk, bool postOk) {
        if ((get && getOk) || (post && postOk))
            return true;
        writeResponse(socket, 405, QByteArrayLiteral("{\"error\":\"method_not_allowed\"}"));
        return false;
    };
    std::optional<QJsonObject> body;
    if (post) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
        if (request.body().trimmed().isEmpty())
            body = QJsonObject();
        else if (error.error == QJsonParseError::NoError && doc.isObject())
            body = doc.object();
    }
    if (post && !body) {
        bad(QStringLiteral("the body is not a JSON object"));
        return true;
    }

    if (path == QLatin1String("/health")) {
        if (allowed(true, false))
            writeResponse(socket, 200, QByteArrayLiteral("{\"status\":\"ok\"}"));
    } else if (path == QLatin1String("/faults")) {
        if (!allowed(true, true))
            return true;
        if (post) {
            if (const QString error = m_faults.merge(*body); !error.isEmpty()) {
                bad(error);
                return true;
            }
        }
        writeResponse(socket, 200, json(m_faults.toJson()));
    } else if (path == QLatin1String("/ledger")) {
        if (allowed(true, false))
            writeResponse(socket, 200, m_state.ledgerJson(request.query().queryItemValue(QStringLiteral("kind"))));
    } else if (path == QLatin1String("/seed")) {
        if (allowed(true, false))
            writeResponse(socket, 200, json(m_state.seedDescription()));
    } else if (path == QLatin1String("/auth-codes")) {
        if (!allowed(false, true))
            return true;
        const qint64 userKey = body->value(QStringLiteral("userKey")).toInteger(443731103);
        writeResponse(socket, 200, json({{QStringLiteral("authorizationCode"), m_state.mintAuthorizationCode(userKey)},
                                         {QStringLiteral("referrer"), QStringLiteral("sandbox")}}));
    } else if (path == QLatin1String("/stats")) {
        if (!allowed(true, false))
            return true;
        const Stats &s = m_api.stats();
        QJsonObject calls;
        for (auto it = s.calls.cbegin(); it != s.calls.cend(); ++it)
            calls.insert(it.key(), it.value());
        writeResponse(socket, 200, json({{QStringLiteral("calls"), calls},
                                         {QStringLiteral("limitRejections"), s.limitRejections},
                                         {QStringLiteral("stormRejections"), s.stormRejections},
                                         {QStringLiteral("maxCallsInAnyMinute"), m_api.limiter().maxCallsInAnyMinute()},
                                         {QStringLiteral("maxUserCallsInAnyMinute"), m_api.limiter().maxUserCallsInAnyMinute()},
                                         {QStringLiteral("handshakes"), s.handshakes},
                                         {QStringLiteral("connections"), s.connections}}));
    } else if (path == QLatin1String("/stats/reset")) {
        if (!allowed(false, true))
            return true;
        m_api.resetStats();
        writeResponse(socket, 200, QByteArrayLiteral("{\"status\":\"ok\"}"));
    } else if (path == QLatin1String("/clock")) {
        if (!allowed(true, true))
            return true;
        if (post) {
            const QJsonValue seconds = body->value(QStringLiteral("advanceSeconds"));
            // At most ten years at a time; fractions of a second are kept to the millisecond.
            if (!seconds.isDouble() || seconds.toDouble() < 0 || seconds.toDouble() > 315360000) {
                bad(QStringLiteral("advanceSeconds: a number of seconds from 0 to 315360000"));
                return true;
            }
            m_clock.advance(std::llround(seconds.toDouble() * 1000));
        }
        writeResponse(socket, 200, json(clockJson()));
    } else {
        writeResponse(socket, 404, QByteArrayLiteral("{\"error\":\"not_found\"}"));
    }
    return true;
}

void ControlServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    writeResponse(socket, 404, QByteArrayLiteral("{\"error\":\"not_found\"}"));
}

} // namespace ait::sandbox
