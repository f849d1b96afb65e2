#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace ait::cli {

// `ait-cli inspect CERT_OR_BUNDLE_OR_P12 [--key KEY] [--passphrase-file FILE] [--json]`
// Exit code: the verdict (0 ready … 4 wrong passphrase), or UsageError.
class InspectCommand
{
    Q_DECLARE_TR_FUNCTIONS(ait::cli::InspectCommand)

public:
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace ait::cli
