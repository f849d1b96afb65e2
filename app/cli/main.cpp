#include "ait/version.h"
#include "cli/identityoptions.h"
#include "cli/importcommand.h"
#include "cli/inspectcommand.h"
#include "core/i18n.h"
#include "core/security/processhardening.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(ait::cli::Cli)

public:
    static QString usage()
    {
        return tr("Usage: ait-cli COMMAND [OPTIONS]\n\n"
                  "Commands:\n"
                  "  inspect    check a client certificate and key (--help for options)\n"
                  "  import     check a certificate and store it in the OS keychain (--help for options)\n\n"
                  "  --version  print the version\n");
    }
};

} // namespace

// ait-cli: the console's checks without a window, for terminals, scripts and support tickets.
int main(int argc, char *argv[])
{
    // First: before anything touches OpenSSL, and before any secret is in memory.
    ait::security::hardenProcess();

    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ait-console"));
    QCoreApplication::setApplicationName(QStringLiteral("ait-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AIT_VERSION));
    ait::i18n::install(app, ait::i18n::chooseLanguage(qEnvironmentVariable("AIT_LANGUAGE"),
                                                      QLocale::system().uiLanguages()));

    QTextStream out(stdout), err(stderr);
    QStringList arguments = app.arguments();
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "ait-cli " << AIT_VERSION << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("inspect")) {
        arguments.removeAt(1);
        return ait::cli::InspectCommand().run(arguments, out, err);
    }
    if (command == QLatin1String("import")) {
        arguments.removeAt(1);
        return ait::cli::ImportCommand().run(arguments, out, err);
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        out << Cli::usage();
        return command.isEmpty() ? ait::cli::UsageError : 0;
    }
    err << Cli::usage();
    return ait::cli::UsageError;
}
