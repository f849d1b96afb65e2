#include "ait/version.h"

#include <QCoreApplication>
#include <QTextStream>

// ait-sandbox: local emulator of the Apps in Toss partner API over mutual TLS.
// The endpoints, state and fault injection arrive with the partner-client issue; until then this
// entry point only identifies itself, so packaging and scripts can already rely on it.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ait-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AIT_VERSION));
    QTextStream out(stdout), err(stderr);
    if (app.arguments().contains(QStringLiteral("--version"))) {
        out << "ait-sandbox " << AIT_VERSION << Qt::endl;
        return 0;
    }
    err << "ait-sandbox " << AIT_VERSION << ": the partner API emulator is not built yet." << Qt::endl;
    return 2;
}
