#include "logging.h"

namespace ait {

Q_LOGGING_CATEGORY(lcSession, "ait.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecurity, "ait.security", QtWarningMsg)

} // namespace ait
