#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace ait::cli {

class Output;

// One command's options: QCommandLineParser plus the options every command shares, and readers
// that turn a bad value into one sentence naming the flag and what it expects (exit 2).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(ait::cli::CommandLine)

public:
    enum Common {
        Profile = 0x1,     // --profile NAME
        Json = 0x2,        // --json
        ShowSecrets = 0x4, // --show-secrets
        Journal = 0x8,     // --journal PATH, --team
        Yes = 0x10,        // --yes
    };

    // `synopsis`: "payments get --profile NAME …" for the usage line; `description`: what it does.
    CommandLine(const QString &synopsis, const QString &description, int common);

    void add(const QString &name, const QString &description, const QString &valueName = {});
    void addPositional(const QString &name, const QString &description, const QString &syntax);

    // Parses; applies --json and --show-secrets to `output`. False when the command ends here:
    // --help was printed (exitCode() 0) or the arguments are wrong (a sentence printed, exitCode() 2).
    bool parse(const QStringList &arguments, Output &output);
    int exitCode() const { return m_exitCode; }

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    // Readers: on a problem they print one sentence and remember that the command must end with exit 2
    // (failed()). `what` says what the flag expects, e.g. "the payment's payToken".
    QString required(const QString &name, const QString &what);
    std::optional<qint64> positiveInteger(const QString &name, const QString &what, bool required = true);
    void fail(const QString &sentence);
    bool failed() const { return m_failed; }

    QString profileName() const { return value(QStringLiteral("profile")); }
    QString journalPath() const { return value(QStringLiteral("journal")); }
    bool team() const { return isSet(QStringLiteral("team")); }
    bool yes() const { return isSet(QStringLiteral("yes")); }

    // The exit codes every command shares, for --help.
    static QString exitCodesHelp();

private:
    QCommandLineParser m_parser;
    QString m_synopsis;
    Output *m_output = nullptr;
    int m_exitCode = 0;
    bool m_failed = false;
};

} // namespace ait::cli
