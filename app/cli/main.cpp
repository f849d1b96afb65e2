#include "ait/version.h"
#include "cli/bulkcommand.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/importcommand.h"
#include "cli/inspectcommand.h"
#include "cli/interrupts.h"
#include "core/i18n.h"
#include "core/security/processhardening.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(ait::cli::Cli)

public:
    static QString inspectSummary() { return tr("check a client certificate and key file (exit codes of its own)"); }
    static QString importSummary() { return tr("check a certificate and store it with its key in the OS keychain (exit codes of its own)"); }
    static QString legacyExitCodes()
    {
        return tr("inspect and import keep the exit codes they always had: 0 ready, 1 warning, 2 blocked, 3 unreadable, 4 wrong "
                  "passphrase, 64 usage; import adds 5 when the keychain refuses and 6 when the profile already has an active "
                  "certificate and --replace was not given.");
    }
};

using Make = std::function<std::unique_ptr<ait::cli::Command>(const QStringList &arguments)>;
using RunNow = std::function<int(QStringList arguments, QTextStream &out, QTextStream &err)>;

template <typename C>
std::unique_ptr<ait::cli::Command> make(const QStringList &arguments)
{
    return std::make_unique<C>(arguments);
}

// The commands, in the order --help lists them. A command is one entry: its name, a summary, and
// either an asynchronous Command (run in the one event loop) or a synchronous function.
struct Entry
{
    const char *name;
    QString (*summary)();
    Make make;
    RunNow runNow = {};
    bool usesJournal = false; // reads the team journal's password first when that is the journal in use
};

const std::vector<Entry> &commands()
{
    using namespace ait::cli;
    static const std::vector<Entry> table{
        {"profiles", &ProfilesCommand::summary, make<ProfilesCommand>},
        {"payments", &PaymentsCommand::summary, make<PaymentsCommand>, {}, true},
        {"iap", &IapCommand::summary, make<IapCommand>},
        {"promotions", &PromotionsCommand::summary, make<PromotionsCommand>, {}, true},
        {"messages", &MessagesCommand::summary, make<MessagesCommand>, {}, true},
        {"login", &LoginCommand::summary, make<LoginCommand>},
        {"journal", &JournalCommand::summary, make<JournalCommand>, {}, true},
        {"approvals", &ApprovalsCommand::summary, make<ApprovalsCommand>, {}, true},
        {"call", &CallCommand::summary, make<CallCommand>, {}, true},
        {"bulk", &BulkCommand::summary, make<BulkCommand>, {}, true},
        {"inspect", &Cli::inspectSummary, {}, [](QStringList a, QTextStream &out, QTextStream &err) { return InspectCommand().run(a, out, err); }},
        {"import", &Cli::importSummary, make<ImportCommand>},
    };
    return table;
}

QString usage()
{
    QString text = Cli::tr("Usage: ait-cli COMMAND [SUBCOMMAND] [OPTIONS]   (ait-cli COMMAND --help for more)") + QStringLiteral("\n\n")
                 + Cli::tr("Commands:") + QLatin1Char('\n');
    for (const Entry &entry : commands())
        text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(entry.name).leftJustified(10), entry.summary());
    text += QStringLiteral("\n  %1  %2\n\n").arg(QStringLiteral("--version").leftJustified(10), Cli::tr("print the version"));
    text += Cli::tr("Every command works with the same profiles, OS keychain identities, activity journal and settings as "
                    "ait-console, and through the same core: money actions are recorded before they are sent, confirmed on a "
                    "terminal (or with --yes), refused for read-only profiles, and an unknown outcome is reconciled, never "
                    "resent. Output is in the system's language (AIT_LANGUAGE=ko or en overrides it); --json prints one JSON "
                    "object per result.")
          + QStringLiteral("\n\n") + ait::cli::CommandLine::exitCodesHelp() + QStringLiteral("\n\n") + Cli::legacyExitCodes()
          + QLatin1Char('\n');
    return text;
}

} // namespace

// ait-cli: everything the console does, for terminals and scripts, on the same core.
int main(int argc, char *argv[])
{
    // First: before anything touches OpenSSL, and before any secret is in memory.
    ait::security::hardenProcess();

    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ait-console"));
    // The console's name: ait-cli shares its data folder, and with it the activity journal.
    QCoreApplication::setApplicationName(QStringLiteral("ait-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AIT_VERSION));
    ait::i18n::install(app, ait::i18n::chooseLanguage(qEnvironmentVariable("AIT_LANGUAGE"), QLocale::system().uiLanguages()));
    QNetworkProxyFactory::setUseSystemConfiguration(true); // partner calls honour the system proxy, as in the console

    QTextStream out(stdout), err(stderr);
    QStringList arguments = app.arguments();
    const QString name = arguments.value(1);
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        out << "ait-cli " << AIT_VERSION << Qt::endl;
        return 0;
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        out << usage();
        return 0;
    }
    const auto &table = commands();
    const auto entry = std::find_if(table.cbegin(), table.cend(), [&name](const Entry &e) { return name == QLatin1String(e.name); });
    if (entry == table.cend()) {
        if (!name.isEmpty())
            err << Cli::tr("\"%1\" is not an ait-cli command.").arg(name) << Qt::endl;
        err << usage();
        return ait::ops::exit_codes::Usage;
    }
    if (entry->runNow) {
        arguments.removeAt(1);
        return entry->runNow(arguments, out, err);
    }

    std::unique_ptr<ait::cli::Command> command = entry->make(arguments.mid(2));
    QObject::connect(command.get(), &ait::cli::Command::finished, &app, [](int code) { QCoreApplication::exit(code); });
    QObject::connect(&ait::cli::Interrupts::install(), &ait::cli::Interrupts::interrupted, command.get(), &ait::cli::Command::interrupt);
    QTimer::singleShot(0, command.get(), [command = command.get(), usesJournal = entry->usesJournal] { command->begin(usesJournal); });
    return app.exec();
}
