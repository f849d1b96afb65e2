#pragma once

class QSettings;

namespace ait {
class Clock;
namespace keychain {
class CredentialStore;
}
namespace profiles {
class ProfileStore;
}
namespace journal {
class Journal;
}
} // namespace ait

namespace ait::gui {

// What the windows need from the core, made once by main() (or by a test, with fakes).
struct AppContext
{
    QSettings &settings;
    keychain::CredentialStore &secrets;
    profiles::ProfileStore &profiles;
    const Clock &clock;
    journal::Journal *journal = nullptr; // null when it could not be opened: money operations are then refused
};

} // namespace ait::gui
