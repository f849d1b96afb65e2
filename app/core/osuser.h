#pragma once

#include <QString>

namespace ait {

// The account this process runs as, asked of the operating system (Unix: the effective uid's
// passwd entry; Windows: GetUserNameW), never USER/LOGNAME/USERNAME/HOME, which anyone can set
// before starting the console. The journal records it as the operator on record. An account
// without a name (a container without a passwd entry) is "uid 1000", never an empty string.
QString osUserName();

} // namespace ait
