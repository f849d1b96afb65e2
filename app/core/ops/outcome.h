#pragma once

#include "core/api/apierror.h"
#include "core/journal/journal.h"

namespace ait::ops {

// What an operation came to, in the few classes a script or a bulk run acts on. One mapping from
// the error model, shared by ait-cli's exit codes and the bulk engine's row states.
enum class OutcomeClass {
    Done,          // succeeded (or a lookup answered)
    BadInput,      // refused before sending: usage or input
    NotConfirmed,  // the operator (or a missing --yes) did not confirm: nothing sent
    Refused,       // the partner refused, definitely: nothing applied
    LocalProblem,  // keychain, profile (read-only, no identity) or journal: nothing sent
    Unknown,       // may have been applied, or another operation on the target is open: reconcile
    NotSent,       // network or TLS failed before anything could be applied
    Interrupted,   // stopped by the operator (Ctrl+C) before anything was sent
};

OutcomeClass classify(const api::ApiError &error);
// What a money operation came to, from its journal row's state and the error its service reported:
// a row left open (intent, sent, unknown) is Unknown whatever the error says — a payout whose
// checking was cancelled may still be paid — and a settled row is Done.
OutcomeClass classify(journal::State state, const api::ApiError &error);

// Stable names for JSON output: done, bad-input, not-confirmed, refused, local-problem, unknown,
// not-sent, interrupted.
QString outcomeName(OutcomeClass outcome);

// ait-cli's exit codes (the same for every command, listed in --help).
int exitCode(OutcomeClass outcome);

namespace exit_codes {
constexpr int Done = 0;
constexpr int Usage = 2;
constexpr int NotConfirmed = 3;
constexpr int Refused = 4;
constexpr int LocalProblem = 5;
constexpr int Unknown = 6;
constexpr int NotSent = 7;
constexpr int Interrupted = 130;
} // namespace exit_codes

} // namespace ait::ops
