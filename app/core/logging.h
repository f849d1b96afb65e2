#pragma once

#include <QLoggingCategory>

namespace ait {

// Logs name identities by fingerprint only: never a key, passphrase, token or personal field.
// Info lines are off by default; QT_LOGGING_RULES="ait.*.info=true" turns them on.
Q_DECLARE_LOGGING_CATEGORY(lcSession)  // "ait.session": a profile's identity and connection
Q_DECLARE_LOGGING_CATEGORY(lcSecurity) // "ait.security": process hardening

} // namespace ait
