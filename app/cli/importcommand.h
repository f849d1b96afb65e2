#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace ait::cli {

// `ait-cli import --profile NAME --cert F [--key F] [--passphrase-file F] [--replace]
//                  [--environment live|sandbox|custom]`
// The wizard's checks without a window. Exit codes as inspect (0 stored, 1 stored with warnings,
// 2-4 not stored), plus KeychainRefused and ActiveIdentityExists.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ait::cli::ImportCommand)

public:
    static constexpr int KeychainRefused = 5;
    static constexpr int ActiveIdentityExists = 6;

    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace ait::cli
