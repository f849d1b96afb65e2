#include "outcome.h"

namespace ait::ops {

OutcomeClass classify(const api::ApiError &error)
{
    using K = api::ApiError::Kind;
    switch (error.kind) {
    case K::None: return OutcomeClass::Done;
    case K::InvalidInput: return OutcomeClass::BadInput;
    case K::ApprovalRequired: return OutcomeClass::NotConfirmed; // nothing sent until a second operator approves
    case K::NoIdentity:
    case K::ReadOnly:
    case K::JournalUnavailable:
    case K::Decryption: return OutcomeClass::LocalProblem;
    case K::AlreadyInProgress: // an earlier operation on the target is open: reconcile it first
    case K::OutcomeUnknown: return OutcomeClass::Unknown;
    case K::Partner:
    case K::InvalidGrant:
    case K::RateLimited: return OutcomeClass::Refused;
    case K::Cancelled: return OutcomeClass::Interrupted;
    case K::Dns:
    case K::ConnectionRefused:
    case K::ConnectionClosed:
    case K::Timeout:
    case K::ServerUntrusted:
    case K::HostnameMismatch:
    case K::ClientCertificateRejected:
    case K::TlsFailed:
    case K::Http:
    case K::Redirected:
    case K::AnswerTooLarge:
    case K::Parse: return OutcomeClass::NotSent; // for a change these arrive as OutcomeUnknown instead
    }
    return OutcomeClass::Unknown;
}

OutcomeClass classify(journal::State state, const api::ApiError &error)
{
    switch (state) {
    case journal::State::Succeeded:
    case journal::State::Reconciled: return OutcomeClass::Done;
    case journal::State::Intent:
    case journal::State::Sent:
    case journal::State::Unknown: return OutcomeClass::Unknown;
    case journal::State::Failed: break;
    }
    const OutcomeClass c = classify(error);
    return c == OutcomeClass::Done ? OutcomeClass::Refused : c; // failed without a reason: still not applied
}

QString outcomeName(OutcomeClass outcome)
{
    switch (outcome) {
    case OutcomeClass::Done: return QStringLiteral("done");
    case OutcomeClass::BadInput: return QStringLiteral("bad-input");
    case OutcomeClass::NotConfirmed: return QStringLiteral("not-confirmed");
    case OutcomeClass::Refused: return QStringLiteral("refused");
    case OutcomeClass::LocalProblem: return QStringLiteral("local-problem");
    case OutcomeClass::Unknown: return QStringLiteral("unknown");
    case OutcomeClass::NotSent: return QStringLiteral("not-sent");
    case OutcomeClass::Interrupted: return QStringLiteral("interrupted");
    }
    return QStringLiteral("unknown");
}

int exitCode(OutcomeClass outcome)
{
    switch (outcome) {
    case OutcomeClass::Done: return exit_codes::Done;
    case OutcomeClass::BadInput: return exit_codes::Usage;
    case OutcomeClass::NotConfirmed: return exit_codes::NotConfirmed;
    case OutcomeClass::Refused: return exit_codes::Refused;
    case OutcomeClass::LocalProblem: return exit_codes::LocalProblem;
    case OutcomeClass::Unknown: return exit_codes::Unknown;
    case OutcomeClass::NotSent: return exit_codes::NotSent;
    case OutcomeClass::Interrupted: return exit_codes::Interrupted;
    }
    return exit_codes::Unknown;
}

} // namespace ait::ops
