#include "connectiontest.h"

namespace ait::api {

void testConnection(PartnerClient &client, QObject *context, std::function<void(const ConnectionEvidence &)> done)
{
    if (client.callsInFlight() == 0)
        client.closeIdleConnections();
    const QString profileName = client.settings().profileName;
    const QString fingerprint = client.identityFingerprint();
    client.rawCall(QString::fromLatin1(endpoints::GetOrderStatus.path),
                   {{QStringLiteral("orderId"), QString::fromLatin1(ConnectionTestOrderId)}}, {}, context,
                   [done, profileName, fingerprint](const PartnerClient::RawAnswer &answer) {
        const CallRecord &r = answer.record;
        ConnectionEvidence e;
        e.at = r.startedAt;
        e.profileName = profileName;
        e.url = r.url;
        e.clientFingerprint = fingerprint;
        e.certificatePresented = r.clientCertificatePresented;
        e.newConnection = r.connection == CallRecord::Connection::New;
        e.handshakeMs = e.newConnection ? r.handshakeMs : -1;
        e.durationMs = r.durationMs;
        e.tlsProtocol = r.tlsProtocol;
        e.cipher = r.cipher;
        e.serverChain = r.serverChain();
        e.httpStatus = r.httpStatus;
        e.partnerResult = r.partnerResult;
        // An HTTP status came back over the mutual-TLS connection: the server took our certificate.
        e.certificateAccepted = r.httpStatus > 0 && answer.error.kind != ApiError::Kind::ClientCertificateRejected;
        using K = ApiError::Kind;
        e.partnerAnswered = e.certificateAccepted
                         && (answer.error.kind == K::None || answer.error.kind == K::Partner || answer.error.kind == K::InvalidGrant);
        if (!e.partnerAnswered)
            e.error = answer.error;
        done(e);
    });
}

} // namespace ait::api
