#pragma once

#include "partnerclient.h"

#include <QDateTime>
#include <QStringList>

#include <functional>

namespace ait::api {

// What one harmless call proves about a profile's identity and connection: the evidence a developer
// needs before support staff rely on it (the certificate presented and accepted, TLS version and
// cipher, how long the handshake and the call took, who answered).
struct ConnectionEvidence
{
    QDateTime at;                     // UTC, when the call started
    QString profileName;
    QUrl url;
    QString clientFingerprint;        // SHA-256 of the certificate presented
    bool certificatePresented = false;
    bool certificateAccepted = false; // the mutual-TLS handshake completed and the server answered over it
    bool partnerAnswered = false;     // the answer was a readable partner envelope (any result)
    bool newConnection = false;
    qint64 handshakeMs = -1;          // -1 when an open connection was reused
    qint64 durationMs = 0;
    QString tlsProtocol;              // "TLS 1.3"
    QString cipher;
    QStringList serverChain;          // subjects, leaf first
    int httpStatus = 0;
    QString partnerResult;            // resultType or error code of the answer
    ApiError error;                   // why the test failed; None when the partner answered

    bool ok() const { return certificateAccepted && partnerAnswered; }
};

// Runs the test: drops the client's idle connections (so the handshake is made and measured again),
// then asks the partner for an order that does not exist (get-order-status: no state changes, no
// user, allowed for read-only profiles). A readable answer, even "not found", proves the partner
// accepted the certificate. `done` runs later, and not at all once `context` is destroyed.
void testConnection(PartnerClient &client, QObject *context, std::function<void(const ConnectionEvidence &)> done);

// The order id the test asks about.
inline constexpr char ConnectionTestOrderId[] = "ait-console-connection-test";

} // namespace ait::api
