#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ait::api {

// What went over the wire for one partner call, for the request inspector. Secrets are kept
// only as long as the record lives in memory (wiped when the last copy goes) and are masked in
// every text made from it unless `reveal` is asked for; the key itself never appears here.
struct CallRecord
{
    CallRecord() = default;
    CallRecord(const CallRecord &) = default;
    CallRecord(CallRecord &&) noexcept = default;
    CallRecord &operator=(const CallRecord &) = default;
    CallRecord &operator=(CallRecord &&) noexcept = default;
    // Copies share the bytes of headers and bodies (Qt's implicit sharing): the last record to
    // let go of them wipes them (bearer tokens, token bodies, personal fields).
    ~CallRecord();

    quint64 id = 0;
    QDateTime startedAt;
    QString profileName;
    QString identityFingerprint;   // the client certificate presented (SHA-256)
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> requestHeaders;
    QByteArray requestBody;
    int httpStatus = 0;
    QByteArray responseBody;       // at most MaxBodyBytes of it
    qint64 responseBytes = 0;      // how much was read in all
    QString partnerResult;         // resultType, or the error code
    QString errorKind;             // ApiError::kindName(), "none" on success
    QString errorMessage;
    qint64 durationMs = 0;
    bool requestSent = false;
    // What the call actually used: a connection it opened (with its handshake), one kept from an
    // earlier call, or none at all (the name did not resolve, the server refused or the handshake
    // failed, or it was cancelled before anything left).
    enum class Connection { None, New, Reused };
    Connection connection = Connection::None;
    qint64 handshakeMs = -1;       // connect + TLS handshake on a new connection; -1 otherwise
    QString tlsProtocol;
    QString cipher;
    QList<QSslCertificate> serverCertificates; // leaf first
    bool clientCertificatePresented = false;
    bool changesState = false;     // a refund, payout, message or unlink: running it again does it again
    bool ownCa = false;            // the server is trusted through the profile's own CA (the sandbox's)

    QStringList serverChain() const; // subjects, leaf first

    // Headers and body as text, with tokens, user keys and personal fields masked unless revealed.
    QString headersText(bool reveal) const;
    QString requestBodyText(bool reveal) const;
    QString responseBodyText(bool reveal) const;
    // The same call with curl, ready to run once the variables it names are set: the identity as
    // "${AIT_CERT}" / "${AIT_KEY}" (files, never the key itself), the profile's own CA as "${AIT_CA}",
    // secrets as "${ACCESS_TOKEN}", "${REFRESH_TOKEN}", "${AUTHORIZATION_CODE}", "${ANON_KEY}".
    // Identifiers (user keys, payTokens, order numbers, promotion codes and keys) are copied as they
    // are. A call that changes state starts with a comment saying that running it does it again.
    QString curlCommand() const;

    static QString mask(const QString &secret);
    // `value` with tokens, keys, user keys and personal fields masked, at any depth.
    static QJsonValue maskJson(const QJsonValue &value);

    // What the inspector keeps of each answer.
    static constexpr qsizetype MaxBodyBytes = qsizetype{64} * 1024;
};

} // namespace ait::api
