#pragma once

#include "sandboxanswer.h"
#include "sandboxclock.h"
#include "sandboxlimits.h"
#include "sandboxstate.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QRandomGenerator>
#include <QSslConfiguration>

namespace ait::sandbox {

// What the API port saw, for GET /stats.
struct Stats
{
    QHash<QString, qint64> calls; // per request path, every call received (answered, refused or dropped)
    qint64 limitRejections = 0;   // refused by the --qpm or the per-user limit
    qint64 stormRejections = 0;   // refused by the rateLimit fault (a "limit storm")
    qint64 handshakes = 0;        // mutual-TLS handshakes completed
    qint64 connections = 0;       // TCP connections accepted
};

// The partner API over mutual TLS: every request is answered by State, with the limits and Faults
// applied.
class ApiServer final : public QAbstractHttpServer
{
public:
    ApiServer(State &state, Faults &faults, const SandboxClock &clock, QObject *parent = nullptr);

    // Listens with this TLS configuration; returns the port, 0 on failure.
    quint16 listenTls(const QSslConfiguration &tls, const QHostAddress &address, quint16 port);

    const Stats &stats() const { return m_stats; }
    Limiter &limiter() { return m_limiter; }
    void resetStats();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    std::optional<Response> refusal(const Request &request);
    void answer(const Request &request, const std::optional<Response> &refused, const QPointer<QTcpSocket> &socket);

    State &m_state;
    Faults &m_faults;
    const SandboxClock &m_clock;
    Limiter m_limiter;
    Stats m_stats;
    QRandomGenerator m_random{20261126};
};

// Plain HTTP on loopback only, for the person or test driving the emulator. Every request needs
// `Authorization: Bearer <control token>` (401 otherwise), a Host of 127.0.0.1:PORT or
// localhost:PORT and no Origin header (403 otherwise), so neither a web page in a browser (blind
// POST, DNS rebinding) nor another local user who guesses the port can drive it.
// GET /health, GET|POST /faults, GET /ledger, GET /seed, POST /auth-codes {"userKey": …},
// GET /stats, POST /stats/reset, GET /clock, POST /clock {"advanceSeconds": S}.
class ControlServer final : public QAbstractHttpServer
{
public:
    ControlServer(State &state, Faults &faults, ApiServer &api, SandboxClock &clock, QByteArray token, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QByteArray refusal(const QHttpServerRequest &request, const QTcpSocket *socket, int *status) const;
    QJsonObject clockJson() const;

    State &m_state;
    Faults &m_faults;
    ApiServer &m_api;
    SandboxClock &m_clock;
    QByteArray m_token;
};

// Writes one complete HTTP/1.1 response (keep-alive) to the socket.
void writeResponse(QTcpSocket *socket, int status, const QByteArray &json);

// Sends an answer: at once when it is small, else in chunks as the socket drains (so the memory it
// takes stays bounded whatever its size), or one byte per interval for a drip.
void sendAnswer(QTcpSocket *socket, const Answer &answer);

// A random control token: 32 random bytes, base64url without padding.
QByteArray makeControlToken();

} // namespace ait::sandbox
