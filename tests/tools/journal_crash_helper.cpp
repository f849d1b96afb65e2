// A second process writing the journal, for tst_journal. Two modes:
//   PATH                        records one refund intent, then dies by SIGKILL before anything is
//                               sent — what a crash or a killed process between "intent" and "send"
//                               leaves behind.
//   PATH --intents N --tag TAG  prints "ready", waits for one line on stdin (so that several helpers
//                               open the journal at the same moment), records N refund intents
//                               (payToken TAG-i), prints each id it got and exits 0; any failure goes
//                               to stderr.
#include "core/journal/journal.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>

namespace {

ait::journal::Operation refundIntent(const QString &payToken)
{
    ait::journal::Operation op;
    op.kind = ait::journal::Kind::Refund;
    op.payToken = payToken;
    op.idempotencyKey = op.payToken;
    op.userKey = 443731103;
    op.amount = 10000;
    op.reason = QStringLiteral("crash test");
    return op;
}

int recordMany(const QString &path, int count, const QString &tag)
{
    // Load the SQLite driver first and say so, so that after the go the helpers really race on the file.
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return 3;
    std::printf("ready\n");
    std::fflush(stdout);
    std::string go;
    std::getline(std::cin, go);
    ait::journal::Journal journal(path);
    QString error;
    if (!journal.open(&error)) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error));
        return 3;
    }
    for (int i = 0; i < count; ++i) {
        const auto id = journal.recordIntent(refundIntent(tag + QLatin1Char('-') + QString::number(i)), &error);
        if (!id) {
            std::fprintf(stderr, "intent %d: %s\n", i, qPrintable(error));
            return 4;
        }
        std::printf("%lld\n", static_cast<long long>(*id));
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 6 && args[2] == QLatin1String("--intents") && args[4] == QLatin1String("--tag"))
        return recordMany(args[1], args[3].toInt(), args[5]);
    if (args.size() != 2)
        return 2;
    ait::journal::Journal journal(args[1]);
    if (!journal.open())
        return 3;
    if (!journal.recordIntent(refundIntent(QStringLiteral("crash-pay-token"))))
        return 4;
    std::raise(SIGKILL);
    return 5; // not reached
}
