#pragma once

#include "sandboxstate.h"

#include <QAbstractHttpServer>
#include <QRandomGenerator>

namespace ait::sandbox {

// The partner API over mutual TLS: every request is answered by State, with Faults applied.
class ApiServer final : public QAbstractHttpServer
{
public:
    ApiServer(State &state, Faults &faults, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void answer(Request request, QPointer<QTcpSocket> socket);

    State &m_state;
    Faults &m_faults;
    QRandomGenerator m_random{20261126};
};

// Plain HTTP on loopback only: GET /health, GET|POST /faults, GET /ledger, GET /seed,
// POST /auth-codes {"userKey": …}.
class ControlServer final : public QAbstractHttpServer
{
public:
    ControlServer(State &state, Faults &faults, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    State &m_state;
    Faults &m_faults;
};

// Writes one complete HTTP/1.1 response (keep-alive) to the socket.
void writeResponse(QTcpSocket *socket, int status, const QByteArray &json);

} // namespace ait::sandbox
