#pragma once

#include <QSettings>

#include <memory>

namespace ait {

// The one settings store shared by ait-console and ait-cli (so a profile imported from a script
// appears in the console). Never holds secrets, but names profiles, hosts and keychain entries:
// where it is a file (Linux and other Unix), only its owner may read it (0600, as the journal).
std::unique_ptr<QSettings> openSettings();

} // namespace ait
