#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace ait::cli {

// `ait-cli bulk …`: bulk payouts and messages from a CSV file, through the same core engine, journal
// and keychain identity as the console. Exit codes: ops/outcome.h (0 every row settled, 2 usage or
// a file that failed the check, 3 the typed total did not match, 5 keychain/profile/journal,
// 6 stopped or paused with rows left, 130 interrupted).
class BulkCommand
{
    Q_DECLARE_TR_FUNCTIONS(ait::cli::BulkCommand)

public:
    // `arguments`: the program name, then what follows "bulk".
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    static QString usage();
};

} // namespace ait::cli
