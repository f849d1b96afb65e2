// A second process writing the journal, for tst_journal. Two modes:
//   PATH                        records one refund intent, then dies by SIGKILL before anything is
//                               sent — what a crash or a killed process between "intent" and "send"
//                               leaves behind.
//   PATH --intents N --tag TAG  prints "ready", waits for one line on stdin (so that several helpers
//                               open the journal at the same moment), records N refund intents
//                               (payToken TAG-i), prints each id it got and exits 0; any failure goes
//                               to stderr.
//   PATH --race N --tag TAG     prints "ready", waits for a go, then tries to record a refund intent
//                               of payToken TAG-i for i = 0..N-1, printing "won i" or "lost i" (the
//                               journal's guard refused it: another process holds that payment).
// PATH is an SQLite file, or a team journal as postgres://USER@HOST:PORT/DATABASE (no TLS: the test
// server is on this computer) with the password in AIT_TEST_PG_PASSWORD.
#include "core/journal/journal.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUrl>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <memory>
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

std::unique_ptr<ait::journal::Journal> journalAt(const QString &path)
{
    const QUrl url(path);
    if (url.scheme() != QLatin1String("postgres"))
        return std::make_unique<ait::journal::Journal>(path);
    ait::journal::TeamDatabase team;
    team.host = url.host();
    team.port = url.port(5432);
    team.database = url.path().mid(1);
    team.user = url.userName();
    team.tls = false;
    return std::make_unique<ait::journal::Journal>(team, qEnvironmentVariable("AIT_TEST_PG_PASSWORD"));
}

bool waitForGo()
{
    std::printf("ready\n");
    std::fflush(stdout);
    std::string go;
    return bool(std::getline(std::cin, go));
}

int race(const QString &path, int rounds, const QString &tag)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")) || !QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return 3;
    const auto journal = journalAt(path);
    if (!waitForGo())
        return 3;
    QString error;
    if (!journal->open(&error)) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error));
        return 3;
    }
    for (int i = 0; i < rounds; ++i) {
        if (journal->recordIntent(refundIntent(tag + QLatin1Char('-') + QString::number(i)), &error)) {
            std::printf("won %d\n", i);
        } else if (journal->lastConflict()) {
            std::printf("lost %d\n", i);
        } else {
            std::fprintf(stderr, "intent %d: %s\n", i, qPrintable(error));
            return 4;
        }
    }
    return 0;
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
    if (args.size() == 6 && args[2] == QLatin1String("--race") && args[4] == QLatin1String("--tag"))
        return race(args[1], args[3].toInt(), args[5]);
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
