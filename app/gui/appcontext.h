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
namespace ops {
class MoneyServices;
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
    journal::Journal &journal; // read by the views; when it has a problem, money operations are refused
    ops::MoneyServices &money; // the one owner of refunds, payouts, messages and test payments
};

} // namespace ait::gui
