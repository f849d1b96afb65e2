#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ait::api {

// Everything a partner call can end in, other than success. Each kind has a sentence and a hint
// in the operator's language (describe()).
struct ApiError
{
    enum class Kind {
        None,
        NoIdentity,                // no certificate/key loaded for the profile
        ReadOnly,                  // refused in core: the profile only looks things up
        InvalidInput,              // refused before sending (e.g. a bad refund reason)
        AlreadyInProgress,         // refused before sending: an operation on the same target is open (sent or unknown)
        JournalUnavailable,        // refused before sending: the activity journal cannot record the intent
        ApprovalRequired,          // refused before sending: above the profile's four-eyes threshold, a second operator must approve
        Dns,                       // host name did not resolve
        ConnectionRefused,
        ConnectionClosed,          // closed before the request was sent
        Timeout,                   // no answer in time, request not (fully) sent: safe to try again
        ServerUntrusted,           // server certificate chain not trusted
        HostnameMismatch,          // server certificate is for another name
        ClientCertificateRejected, // the server refused our client certificate (or wanted one we lack)
        TlsFailed,                 // any other TLS handshake failure
        OutcomeUnknown,            // a state-changing request may have been applied: reconcile, never retry blindly
        RateLimited,               // 429 or the 4095 partner code
        Http,                      // an HTTP error status without a partner error body
        Redirected,                // a 3xx: the partner API never redirects, so it is never followed
        AnswerTooLarge,            // the answer (body or headers) went past the size we read
        Partner,                   // resultType FAIL with errorCode/reason
        InvalidGrant,              // {"error":"invalid_grant"}: code used/expired, token invalid
        Parse,                     // the body is not what the API documents
        Decryption,                // login-me field decryption failed (wrong key or AAD)
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString partnerCode;
    QString partnerReason;   // the partner's own words, untrusted text
    QString message;         // translated
    QString hint;            // translated
    QString technicalDetail; // Qt/OpenSSL words, for "copy details"

    bool ok() const { return kind == Kind::None; }
    bool outcomeUnknown() const { return kind == Kind::OutcomeUnknown; }
    // Refused on this side, before anything was sent (input, read-only, journal, in progress).
    bool refusedBeforeSending() const;
    QString kindName() const;
    // A few words for a list or a column ("name not found (DNS)", "outcome unknown"), in the
    // operator's language; kindName() is the code behind it.
    static QString kindText(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);

    static ApiError make(Kind kind, const QString &technical = {});
    static ApiError partner(const QString &code, const QString &reason, int httpStatus);
    // A known partner error code in the operator's language: what happened, and what to do (both
    // empty when the code is unknown).
    static QString explainPartnerCode(const QString &code);
    static QString adviseForPartnerCode(const QString &code);
};

} // namespace ait::api
