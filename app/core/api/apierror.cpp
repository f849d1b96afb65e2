#include "apierror.h"

#include <QHash>

namespace ait::api {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ait::api::ApiError)
};
} // namespace

QString ApiError::kindName() const
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::NoIdentity: return QStringLiteral("no-identity");
    case Kind::ReadOnly: return QStringLiteral("read-only");
    case Kind::InvalidInput: return QStringLiteral("invalid-input");
    case Kind::AlreadyInProgress: return QStringLiteral("already-in-progress");
    case Kind::JournalUnavailable: return QStringLiteral("journal-unavailable");
    case Kind::ApprovalRequired: return QStringLiteral("approval-required");
    case Kind::Dns: return QStringLiteral("dns");
    case Kind::ConnectionRefused: return QStringLiteral("connection-refused");
    case Kind::ConnectionClosed: return QStringLiteral("connection-closed");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::ServerUntrusted: return QStringLiteral("server-untrusted");
    case Kind::HostnameMismatch: return QStringLiteral("hostname-mismatch");
    case Kind::ClientCertificateRejected: return QStringLiteral("client-certificate-rejected");
    case Kind::TlsFailed: return QStringLiteral("tls-failed");
    case Kind::OutcomeUnknown: return QStringLiteral("outcome-unknown");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::Http: return QStringLiteral("http");
    case Kind::Redirected: return QStringLiteral("redirected");
    case Kind::AnswerTooLarge: return QStringLiteral("answer-too-large");
    case Kind::Partner: return QStringLiteral("partner");
    case Kind::InvalidGrant: return QStringLiteral("invalid-grant");
    case Kind::Parse: return QStringLiteral("parse");
    case Kind::Decryption: return QStringLiteral("decryption");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<ApiError::Kind> ApiError::kindFromName(const QString &name)
{
    for (int k = int(Kind::None); k <= int(Kind::Cancelled); ++k) {
        ApiError e;
        e.kind = Kind(k);
        if (e.kindName() == name)
            return e.kind;
    }
    return std::nullopt;
}

QString ApiError::kindText(Kind kind)
{
    switch (kind) {
    case Kind::None: return Text::tr("success");
    case Kind::NoIdentity: return Text::tr("no certificate");
    case Kind::ReadOnly: return Text::tr("read-only profile");
    case Kind::InvalidInput: return Text::tr("input not valid");
    case Kind::AlreadyInProgress: return Text::tr("already in progress");
    case Kind::JournalUnavailable: return Text::tr("journal unavailable");
    case Kind::ApprovalRequired: return Text::tr("needs a second operator's approval");
    case Kind::Dns: return Text::tr("server name not found (DNS)");
    case Kind::ConnectionRefused: return Text::tr("connection refused");
    case Kind::ConnectionClosed: return Text::tr("connection closed");
    case Kind::Timeout: return Text::tr("no answer in time");
    case Kind::ServerUntrusted: return Text::tr("server not trusted");
    case Kind::HostnameMismatch: return Text::tr("wrong server name");
    case Kind::ClientCertificateRejected: return Text::tr("certificate rejected");
    case Kind::TlsFailed: return Text::tr("secure connection failed");
    case Kind::OutcomeUnknown: return Text::tr("outcome unknown");
    case Kind::RateLimited: return Text::tr("too many requests");
    case Kind::Http: return Text::tr("server error");
    case Kind::Redirected: return Text::tr("redirect (not followed)");
    case Kind::AnswerTooLarge: return Text::tr("answer too large");
    case Kind::Partner: return Text::tr("refused by Toss");
    case Kind::InvalidGrant: return Text::tr("code or token not valid");
    case Kind::Parse: return Text::tr("unreadable answer");
    case Kind::Decryption: return Text::tr("decryption failed");
    case Kind::Cancelled: return Text::tr("cancelled");
    }
    return {};
}

bool ApiError::refusedBeforeSending() const
{
    switch (kind) {
    case Kind::NoIdentity:
    case Kind::ReadOnly:
    case Kind::InvalidInput:
    case Kind::AlreadyInProgress:
    case Kind::JournalUnavailable:
    case Kind::ApprovalRequired:
        return true;
    default:
        return false;
    }
}

ApiError ApiError::make(Kind kind, const QString &technical)
{
    ApiError e;
    e.kind = kind;
    e.technicalDetail = technical;
    switch (kind) {
    case Kind::None: break;
    case Kind::NoIdentity:
        e.message = Text::tr("This profile has no usable client certificate.");
        e.hint = Text::tr("Import the certificate in the Certificates tab and make it active.");
        break;
    case Kind::ReadOnly:
        e.message = Text::tr("This profile is read-only: it can look things up but not refund, pay out or send messages.");
        e.hint = Text::tr("Use a profile that is allowed to make changes, or change the profile settings.");
        break;
    case Kind::InvalidInput:
        e.message = Text::tr("The request was not sent because an input is not valid.");
        break;
    case Kind::AlreadyInProgress:
        e.message = Text::tr("The same operation on this target is already in progress or its outcome is unknown.");
        e.hint = Text::tr("Wait for it, or use Reconcile to find out what happened. Nothing was sent.");
        break;
    case Kind::JournalUnavailable:
        e.message = Text::tr("Nothing was sent: the activity journal cannot record the operation first.");
        e.hint = Text::tr("Refunds, payouts and messages stay disabled until the journal works again. Lookups still work.");
        break;
    case Kind::ApprovalRequired:
        e.message = Text::tr("Nothing was sent: this profile needs a second operator's approval for this amount.");
        e.hint = Text::tr("Ask for approval; once another operator approves it, it can be sent from any console. Approval works "
                          "only with the team journal.");
        break;
    case Kind::Dns:
        e.message = Text::tr("The server's name could not be found.");
        e.hint = Text::tr("Check the API URL in the profile and the computer's network or DNS settings.");
        break;
    case Kind::ConnectionRefused:
        e.message = Text::tr("The server refused the connection.");
        e.hint = Text::tr("Check the API URL and port; for the sandbox, check that ait-sandbox is running.");
        break;
    case Kind::ConnectionClosed:
        e.message = Text::tr("The server closed the connection without answering.");
        e.hint = Text::tr("This was a lookup, so nothing was changed: try again.");
        break;
    case Kind::Timeout:
        e.message = Text::tr("The server did not answer in time.");
        e.hint = Text::tr("Nothing was changed: try again; if it keeps happening, check the network or a proxy.");
        break;
    case Kind::ServerUntrusted:
        e.message = Text::tr("The server's certificate is not trusted, so the connection was refused.");
        e.hint = Text::tr("Someone may be intercepting the connection, or the profile points to the wrong server. Check the API URL and the profile's environment.");
        break;
    case Kind::HostnameMismatch:
        e.message = Text::tr("The server's certificate belongs to a different host name, so the connection was refused.");
        e.hint = Text::tr("Check the API URL in the profile.");
        break;
    case Kind::ClientCertificateRejected:
        e.message = Text::tr("The server rejected this console's client certificate.");
        e.hint = Text::tr("Check that the active certificate is the one registered for this mini-app in the Apps in Toss console, and that it has not been revoked.");
        break;
    case Kind::TlsFailed:
        e.message = Text::tr("The secure connection (TLS) could not be established.");
        e.hint = Text::tr("Copy the details for a developer.");
        break;
    case Kind::OutcomeUnknown:
        e.message = Text::tr("The request was sent, but no answer came back that says what happened. It may or may not have been applied.");
        e.hint = Text::tr("Do not send it again. Use Reconcile to look up what actually happened.");
        break;
    case Kind::RateLimited:
        e.message = Text::tr("Too many requests: the partner API asked to slow down. Nothing was changed.");
        e.hint = Text::tr("Wait a minute and try again (messages and promotions allow 10 calls per minute per user).");
        break;
    case Kind::Http:
        e.message = Text::tr("The server answered with an error status.");
        e.hint = Text::tr("Copy the details for a developer.");
        break;
    case Kind::Redirected:
        e.message = Text::tr("The server answered with a redirect to another address, which was not followed.");
        e.hint = Text::tr("The partner API never redirects: check the API URL in the profile and any proxy in between.");
        break;
    case Kind::AnswerTooLarge:
        e.message = Text::tr("The server's answer was far larger than any partner answer, so it was not read.");
        e.hint = Text::tr("Check the API URL in the profile and any proxy in between; copy the details for a developer.");
        break;
    case Kind::Partner:
        e.message = Text::tr("Toss refused the request.");
        break;
    case Kind::InvalidGrant:
        e.message = Text::tr("The authorization code or token is no longer valid: it expired, was already used, or was revoked.");
        e.hint = Text::tr("Log in again in the mini-app to get a new code (a code works once, for 10 minutes; an access token for 1 hour).");
        break;
    case Kind::Parse:
        e.message = Text::tr("The server's answer could not be read.");
        e.hint = Text::tr("Copy the details for a developer.");
        break;
    case Kind::Decryption:
        e.message = Text::tr("The personal fields could not be decrypted: the decryption key or AAD is wrong.");
        e.hint = Text::tr("Enter the key and AAD from the Apps in Toss e-mail in the profile settings.");
        break;
    case Kind::Cancelled:
        e.message = Text::tr("Cancelled.");
        break;
    }
    return e;
}

namespace {

// A known partner code in two sentences: what happened, and what to do.
struct CodeText
{
    const char *happened;
    const char *next;
};

const QHash<QString, CodeText> &knownCodes()
{
    static const QHash<QString, CodeText> known{
        {QStringLiteral("4100"), {QT_TRANSLATE_NOOP("ait::api::ApiError", "No promotion has this code."), QT_TRANSLATE_NOOP("ait::api::ApiError", "Check the promotion code in the Apps in Toss console.")}},
        {QStringLiteral("4109"), {QT_TRANSLATE_NOOP("ait::api::ApiError", "The promotion is not running: it has ended, has not started yet, or its budget is spent."),
                                  QT_TRANSLATE_NOOP("ait::api::ApiError", "Nothing was paid. Check the promotion's period and budget in the Apps in Toss console.")}},
        {QStringLiteral("4110"), {QT_TRANSLATE_NOOP("ait::api::ApiError", "Toss could not grant or revoke the points (an internal error at Toss)."),
                                  QT_TRANSLATE_NOOP("ait::api::ApiError", "Do not pay again: use Reconcile to find out whether the points were paid.")}},
        {QStringLiteral("4111"), {QT_TRANSLATE_NOOP("ait::api::ApiError", "No payout was made with this key."), QT_TRANSLATE_NOOP("ait::api::ApiError", "Nothing was paid: you may start a new payout.")}},
        {QStringLiteral("4112"), {QT_TRANSLATE_NOOP("ait::api::ApiError", "The promotion budget is too small for this payout."),
                                  QT_TRANSLATE_NOOP("ait::api::ApiError", "Charge the Biz Wallet or raise the budget in the Apps in Toss console.")}},
        {QStringLiteral("4113"), {QT_TRANSLATE_NOOP("ait::api::ApiError", "This key was already used: the points were already paid."),
                                  QT_TRANSLATE_NOOP("ait::api::ApiError", "Do not pay again: use Reconcile to see the result.")}},
        {QStringLiteral("4114"), {QT_TRANSLATE_NOOP("ait::api::ApiError", "The amount is above the per-payout limit of this promotion."),
                                  QT_TRANSLATE_NOOP("ait::api::ApiError", "Pay a smaller amount, or raise the limit in the Apps in Toss console.")}},
        {QStringLiteral("4116"), {QT_TRANSLATE_NOOP("ait::api::ApiError", "The promotion's maximum payout is larger than its budget."),
                                  QT_TRANSLATE_NOOP("ait::api::ApiError", "Correct the promotion's settings in the Apps in Toss console.")}},
        {QStringLiteral("4095"), {QT_TRANSLATE_NOOP("ait::api::ApiError", "Too many requests for this user in the last minute."), QT_TRANSLATE_NOOP("ait::api::ApiError", "Wait a minute, then try again.")}},
        {QStringLiteral("5004"), {QT_TRANSLATE_NOOP("ait::api::ApiError", "The message template is not approved yet."),
                                  QT_TRANSLATE_NOOP("ait::api::ApiError", "Wait for its review (2–3 business days), or use an approved template.")}},
        {QStringLiteral("invalid_grant"), {QT_TRANSLATE_NOOP("ait::api::ApiError", "The authorization code or token is no longer valid: it expired, was already used, or was revoked."),
                                           QT_TRANSLATE_NOOP("ait::api::ApiError", "Log in again in the mini-app to get a new code (a code works once, for 10 minutes; an access token for 1 hour).")}},
        {QStringLiteral("USER_NOT_FOUND"), {QT_TRANSLATE_NOOP("ait::api::ApiError", "No Toss user has this user key."),
                                            QT_TRANSLATE_NOOP("ait::api::ApiError", "Check the user key (x-toss-user-key) your mini-app recorded for this user.")}},
        {QStringLiteral("USER_KEY_NOT_FOUND"), {QT_TRANSLATE_NOOP("ait::api::ApiError", "This user key is not linked to this service's Toss login."),
                                                QT_TRANSLATE_NOOP("ait::api::ApiError", "The user may have unlinked the service: ask them to log in to the mini-app again.")}},
        {QStringLiteral("PAYMENT_EXISTING_PAYMENT"), {QT_TRANSLATE_NOOP("ait::api::ApiError", "A payment with this order number already exists."), QT_TRANSLATE_NOOP("ait::api::ApiError", "Use a new order number.")}},
        {QStringLiteral("PAYMENT_NOT_FOUND"), {QT_TRANSLATE_NOOP("ait::api::ApiError", "No payment was found for this payToken or order number."),
                                               QT_TRANSLATE_NOOP("ait::api::ApiError", "Check the payToken, the orderNo and whether it is a test payment.")}},
        {QStringLiteral("NOT_REFUNDABLE_PAYMENT"), {QT_TRANSLATE_NOOP("ait::api::ApiError", "Nothing is left to refund on this payment."),
                                                    QT_TRANSLATE_NOOP("ait::api::ApiError", "Look the payment up to see what was refunded already.")}},
        {QStringLiteral("COMMON_INVALID_API_KEY"), {QT_TRANSLATE_NOOP("ait::api::ApiError", "The Toss Pay merchant key registered in the Apps in Toss console is not valid."),
                                                    QT_TRANSLATE_NOOP("ait::api::ApiError", "Ask whoever manages the mini-app to check its Toss Pay settings in the console.")}},
        {QStringLiteral("COMMON_BREAK_TIME_OF_BANK"), {QT_TRANSLATE_NOOP("ait::api::ApiError", "The bank is in its maintenance window."), QT_TRANSLATE_NOOP("ait::api::ApiError", "Nothing was changed: try again later.")}},
        {QStringLiteral("INVALID_PARAMETER"), {QT_TRANSLATE_NOOP("ait::api::ApiError", "Toss found a request field missing or not valid."),
                                               QT_TRANSLATE_NOOP("ait::api::ApiError", "Check the inputs; if they look right, copy the details for a developer.")}},
        {QStringLiteral("INTERNAL_ERROR"), {QT_TRANSLATE_NOOP("ait::api::ApiError", "Toss had an internal error."),
                                            QT_TRANSLATE_NOOP("ait::api::ApiError", "Try again later; after a refund or payout, look up its result before doing it again.")}},
        {QStringLiteral("BAD_REQUEST_RETRIEVE_CERT_RESULT_EXCEEDED_LIMIT"), {QT_TRANSLATE_NOOP("ait::api::ApiError", "The limit for user information lookups was exceeded."),
                                                                             QT_TRANSLATE_NOOP("ait::api::ApiError", "Try again later.")}},
    };
    return known;
}

} // namespace

QString ApiError::explainPartnerCode(const QString &code)
{
    const auto it = knownCodes().constFind(code);
    return it == knownCodes().cend() ? QString() : QCoreApplication::translate("ait::api::ApiError", it->happened);
}

QString ApiError::adviseForPartnerCode(const QString &code)
{
    const auto it = knownCodes().constFind(code);
    return it == knownCodes().cend() ? QString() : QCoreApplication::translate("ait::api::ApiError", it->next);
}

ApiError ApiError::partner(const QString &code, const QString &reason, int httpStatus)
{
    ApiError e = make(code == QLatin1String("4095") ? Kind::RateLimited
                      : code == QLatin1String("invalid_grant") ? Kind::InvalidGrant
                                                               : Kind::Partner);
    e.partnerCode = code;
    e.partnerReason = reason;
    e.httpStatus = httpStatus;
    // One sentence of what happened, one of what to do. A code the console knows says both in the
    // operator's language; an unknown one is Toss's refusal, with Toss's own words shown beside it.
    const QString happened = explainPartnerCode(code);
    if (!happened.isEmpty()) {
        e.message = happened;
        e.hint = adviseForPartnerCode(code);
    } else {
        e.message = Text::tr("Toss refused the request (code %1).").arg(code);
        e.hint = Text::tr("Nothing was changed. If Toss's words below do not say what to change, copy the details for a developer.");
    }
    return e;
}

} // namespace ait::api
