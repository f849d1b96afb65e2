#pragma once

#include <QString>

namespace ait::api {

// Input rules of the partner API that the client and ait-sandbox must apply alike: one definition,
// so the emulator never accepts what the client refuses or the other way round.

// A refund reason (refund-payment `reason`): not empty once trimmed, at most 55 characters, each a
// Hangul syllable (U+AC00–U+D7A3), a Hangul compatibility jamo (U+3131–U+318E), an ASCII letter or
// digit, a space, or one of _ - : . ^ @ ( ) [ ] # / ! % ? &.
bool isValidRefundReason(const QString &reason);

inline constexpr int MaxRefundReasonLength = 55;

} // namespace ait::api
