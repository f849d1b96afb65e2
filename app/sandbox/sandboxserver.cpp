#include "sandboxserver.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

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

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    default: return "Status";
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

} // namespace

void writeResponse(QTcpSocket *socket, int status, const QByteArray &json)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"
                    + "Content-Type: application/json; charset=utf-8\r\n"
                    + "Content-Length: " + QByteArray::number(json.size()) + "\r\n"
                    + "Connection: keep-alive\r\n\r\n";
    socket->write(head + json);
}

ApiServer::ApiServer(State &state, Faults &faults, QObject *parent)
    : QAbstractHttpServer(parent), m_state(state), m_faults(faults)
{
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request r = toRequest(request);
    QPointer<QTcpSocket> guard(socket);
    const int delay = m_faults.latencyMs + (m_faults.latencyJitterMs > 0 ? int(m_random.bounded(m_faults.latencyJitterMs + 1)) : 0);
    if (delay > 0)
        QTimer::singleShot(delay, this, [this, r, guard] { answer(r, guard); });
    else
        answer(r, guard);
    return true;
}

void ApiServer::answer(Request request, QPointer<QTcpSocket> socket)
{
    if (!socket)
        return;
    if (m_faults.closeWithoutAnswer > 0 && request.path.endsWith(m_faults.closeWithoutAnswerPath)) {
        --m_faults.closeWithoutAnswer;
        socket->abort(); // nothing applied, nothing answered
        return;
    }
    if (m_faults.rateLimit == QLatin1String("429")) {
        writeResponse(socket, 429, QByteArrayLiteral("{\"resultType\":\"FAIL\",\"error\":{\"errorCode\":\"TOO_MANY_REQUESTS\",\"reason\":\"rate limited\"}}"));
        return;
    }
    if (m_faults.rateLimit == QLatin1String("4095")) {
        writeResponse(socket, 200, QByteArrayLiteral("{\"resultType\":\"FAIL\",\"error\":{\"errorCode\":\"4095\",\"reason\":\"요청 한도를 초과했습니다.\"}}"));
        return;
    }
    if (m_faults.errorRate > 0 && m_random.generateDouble() < m_faults.errorRate) {
        if (m_faults.errorMode == QLatin1String("fail"))
            writeResponse(socket, 200, QByteArrayLiteral("{\"resultType\":\"FAIL\",\"error\":{\"errorCode\":\"INTERNAL_ERROR\",\"reason\":\"sandbox fault\"}}"));
        else
            writeResponse(socket, 500, QByteArrayLiteral("{\"resultType\":\"INTERNAL_ERROR\"}"));
        return;
    }
    const Response response = m_state.handle(request);
    if (m_faults.applyThenDrop > 0 && request.path.endsWith(m_faults.applyThenDropPath)) {
        --m_faults.applyThenDrop;
        socket->abort(); // applied, but the client never hears back
        return;
    }
    if (m_faults.malformedBody > 0) {
        --m_faults.malformedBody;
        writeResponse(socket, response.status, response.body.left(response.body.size() / 2));
        return;
    }
    writeResponse(socket, response.status, response.body);
}

void ApiServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    writeResponse(socket, 404, QByteArrayLiteral("{\"error\":\"not_found\"}"));
}

ControlServer::ControlServer(State &state, Faults &faults, QObject *parent)
    : QAbstractHttpServer(parent), m_state(state), m_faults(faults)
{
}

bool ControlServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    auto json = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    if (path == QLatin1String("/health")) {
        writeResponse(socket, 200, QByteArrayLiteral("{\"status\":\"ok\"}"));
    } else if (path == QLatin1String("/faults")) {
        if (post) {
            const QString error = m_faults.merge(QJsonDocument::fromJson(request.body()).object());
            if (!error.isEmpty()) {
                writeResponse(socket, 400, json({{QStringLiteral("error"), error}}));
                return true;
            }
        }
        writeResponse(socket, 200, json(m_faults.toJson()));
    } else if (path == QLatin1String("/ledger")) {
        writeResponse(socket, 200, json(m_state.ledger()));
    } else if (path == QLatin1String("/seed")) {
        writeResponse(socket, 200, json(m_state.seedDescription()));
    } else if (path == QLatin1String("/auth-codes") && post) {
        const qint64 userKey = QJsonDocument::fromJson(request.body()).object().value(QStringLiteral("userKey")).toInteger(443731103);
        writeResponse(socket, 200, json({{QStringLiteral("authorizationCode"), m_state.mintAuthorizationCode(userKey)},
                                         {QStringLiteral("referrer"), QStringLiteral("sandbox")}}));
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
