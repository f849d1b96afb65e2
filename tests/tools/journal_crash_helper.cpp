// Records one refund intent in the journal at argv[1], then dies by SIGKILL before anything is
// sent — what a crash or a killed process between "intent" and "send" leaves behind.
#include "core/journal/journal.h"

#include <QCoreApplication>

#include <csignal>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    ait::journal::Journal journal(QString::fromLocal8Bit(argv[1]));
    if (!journal.open())
        return 3;
    ait::journal::Operation op;
    op.kind = ait::journal::Kind::Refund;
    op.payToken = QStringLiteral("crash-pay-token");
    op.idempotencyKey = op.payToken;
    op.userKey = 443731103;
    op.amount = 10000;
    op.reason = QStringLiteral("crash test");
    if (!journal.recordIntent(op))
        return 4;
    std::raise(SIGKILL);
    return 5; // not reached
}
