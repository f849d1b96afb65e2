#include "commandline.h"

#include "output.h"

#include <QJsonObject>

namespace ait::cli {

CommandLine::CommandLine(const QString &synopsis, const QString &description, int common) : m_synopsis(synopsis)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    if (common & Profile)
        add(QStringLiteral("profile"), tr("Profile whose certificate (from the OS keychain) makes the call."), tr("name"));
    if (common & Json)
        add(QStringLiteral("json"), tr("Print each result as one JSON object per line (stable keys, no colour)."));
    if (common & ShowSecrets)
        add(QStringLiteral("show-secrets"), tr("Show tokens, decrypted personal fields and promotion keys instead of masking them."));
    if (common & Journal)
    {
        add(QStringLiteral("journal"), tr("Activity journal to use instead of the console's (an SQLite file)."), tr("path"));
        add(QStringLiteral("team"), tr("Use the team journal (the PostgreSQL database set in ait-console, Settings → Journal); the "
                                       "default when the console is set to it."));
    }
    if (common & Yes)
        add(QStringLiteral("yes"), tr("Confirm without asking (needed when there is no terminal to ask on)."));
}

void CommandLine::add(const QString &name, const QString &description, const QString &valueName)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
}

void CommandLine::addPositional(const QString &name, const QString &description, const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

bool CommandLine::parse(const QStringList &arguments, Output &output)
{
    m_output = &output;
    // The program name first, as QCommandLineParser expects.
    if (!m_parser.parse(QStringList{QStringLiteral("ait-cli")} + arguments)) {
        output.note(m_parser.errorText());
        output.note(tr("Usage: ait-cli %1 (--help for more)").arg(m_synopsis));
        m_exitCode = 2;
        return false;
    }
    output.setJson(m_parser.optionNames().contains(QStringLiteral("json")) && isSet(QStringLiteral("json")));
    output.setReveal(m_parser.optionNames().contains(QStringLiteral("show-secrets")) && isSet(QStringLiteral("show-secrets")));
    if (isSet(QStringLiteral("help"))) {
        QString help = m_parser.helpText();
        // QCommandLineParser names the program and "[options]"; say the command instead.
        const qsizetype firstLineEnd = help.indexOf(QLatin1Char('\n'));
        help = tr("Usage: ait-cli %1").arg(m_synopsis) + help.mid(firstLineEnd);
        output.out() << help << Qt::endl << exitCodesHelp() << Qt::endl;
        m_exitCode = 0;
        return false;
    }
    return true;
}

void CommandLine::fail(const QString &sentence)
{
    if (!m_failed && m_output) {
        m_output->note(sentence);
        // With --json a script still gets one object saying why.
        m_output->result({{QStringLiteral("outcome"), QStringLiteral("bad-input")},
                          {QStringLiteral("exitCode"), 2},
                          {QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("invalid-input")},
                                                                {QStringLiteral("message"), sentence}}}});
    }
    m_failed = true;
    m_exitCode = 2;
}

QString CommandLine::required(const QString &name, const QString &what)
{
    const QString v = value(name).trimmed();
    if (v.isEmpty())
        fail(tr("--%1 is required: %2.").arg(name, what));
    return v;
}

std::optional<qint64> CommandLine::positiveInteger(const QString &name, const QString &what, bool required)
{
    const QString v = value(name).trimmed();
    if (v.isEmpty()) {
        if (required)
            fail(tr("--%1 is required: %2.").arg(name, what));
        return std::nullopt;
    }
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (!ok || n <= 0) {
        fail(tr("--%1 expects %2 (a positive whole number), not \"%3\".").arg(name, what, v));
        return std::nullopt;
    }
    return n;
}

QString CommandLine::exitCodesHelp()
{
    return tr("Exit codes (the same for every command but inspect and import):\n"
              "  0    done\n"
              "  2    bad usage or input: nothing was sent\n"
              "  3    not confirmed (no terminal and no --yes, a typed amount that did not match, a change\n"
              "       without --allow-change): nothing was sent\n"
              "  4    the partner refused: nothing was applied\n"
              "  5    keychain, profile (missing, no certificate, read-only) or journal problem: nothing was sent\n"
              "  6    outcome unknown, or an operation on the same target is still open: reconcile it\n"
              "       (ait-cli journal reconcile ID); never send it again blindly\n"
              "  7    network or TLS failure before anything could be applied\n"
              "  130  interrupted (Ctrl+C) before anything was sent");
}

} // namespace ait::cli
