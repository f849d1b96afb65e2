#pragma once

#include "command.h"

namespace ait::cli {

// `ait-cli import --profile NAME --cert F [--key F] [--passphrase-file F] [--replace]
//                  [--environment live|sandbox|custom]`
// The wizard's checks without a window. Exit codes as inspect (0 stored, 1 stored with warnings,
// 2-4 not stored), plus KeychainRefused and ActiveIdentityExists. The keychain steps run in the
// command's one event loop.
class ImportCommand : public Command
{
    Q_OBJECT

public:
    static constexpr int KeychainRefused = 5;
    static constexpr int ActiveIdentityExists = 6;

    using Command::Command;
    void start() override;
};

} // namespace ait::cli
