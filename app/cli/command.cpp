#include "command.h"

#include "core/journal/journalsettings.h"

#include <QLocale>

namespace ait::cli {

Command::Command(QStringList arguments, QObject *parent) : QObject(parent), m_arguments(std::move(arguments)) {}

QString Command::takeSubcommand()
{
    return m_arguments.isEmpty() ? QString() : m_arguments.takeFirst();
}

void Command::dispatch(const QString &group, const QList<Subcommand> &subcommands)
{
    const QString name = takeSubcommand();
    for (const Subcommand &sub : subcommands) {
        if (sub.name == name)
            return sub.run();
    }
    const bool help = name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help");
    QString text = tr("Usage: ait-cli %1 SUBCOMMAND [OPTIONS]   (ait-cli %1 SUBCOMMAND --help for its options)").arg(group)
                 + QStringLiteral("\n\n") + tr("Subcommands:") + QLatin1Char('\n');
    for (const Subcommand &sub : subcommands)
        text += QStringLiteral("  %1  %2\n").arg(sub.name.leftJustified(10), sub.summary);
    if (help) {
        m_output.out() << text << Qt::endl << CommandLine::exitCodesHelp() << Qt::endl;
        return finish(0);
    }
    m_output.note(name.isEmpty() ? tr("ait-cli %1 needs a subcommand.").arg(group)
                                 : tr("\"%1\" is not a subcommand of ait-cli %2.").arg(name, group));
    m_output.err() << text << Qt::flush;
    finish(ops::exit_codes::Usage);
}

void Command::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(exitCode);
}

void Command::interrupt()
{
    if (m_finished)
        return;
    m_interrupted = true;
    api::ProfileSession *session = m_workspace.session();
    if (m_changeInFlight && session && session->client()) {
        // The services settle the row from how the call ended: cancelled before it left (nothing
        // sent) or after (outcome unknown, left for reconciliation). Wait for that.
        m_output.note(tr("Interrupted: stopping, and recording in the journal what happened…"));
        session->client()->cancelAll();
        return;
    }
    // Only lookups can be in flight: said first, then they are stopped (their answers are not waited for).
    finishWithProblem(ops::OutcomeClass::Interrupted, tr("Interrupted. Nothing was sent."));
    if (session && session->client())
        session->client()->cancelAll();
}

QJsonObject Command::outcomeJson(ops::OutcomeClass outcome)
{
    return {{QStringLiteral("outcome"), ops::outcomeName(outcome)}, {QStringLiteral("exitCode"), ops::exitCode(outcome)}};
}

QJsonObject Command::errorJson(const api::ApiError &error)
{
    QJsonObject e{{QStringLiteral("kind"), error.kindName()}, {QStringLiteral("message"), error.message}};
    if (!error.partnerCode.isEmpty())
        e.insert(QStringLiteral("code"), error.partnerCode);
    if (!error.partnerReason.isEmpty())
        e.insert(QStringLiteral("partnerReason"), error.partnerReason);
    if (!error.hint.isEmpty())
        e.insert(QStringLiteral("hint"), error.hint);
    if (error.httpStatus)
        e.insert(QStringLiteral("httpStatus"), error.httpStatus);
    if (!error.technicalDetail.isEmpty())
        e.insert(QStringLiteral("detail"), error.technicalDetail);
    return e;
}

QString Command::errorText(const api::ApiError &error)
{
    QString text = error.message;
    if (!error.partnerCode.isEmpty())
        text += QStringLiteral(" [%1]").arg(error.partnerCode);
    if (!error.partnerReason.isEmpty())
        text += QLatin1Char('\n') + tr("Toss said: %1").arg(error.partnerReason);
    if (!error.hint.isEmpty())
        text += QLatin1Char('\n') + error.hint;
    if (!error.technicalDetail.isEmpty() && error.kind != api::ApiError::Kind::InvalidInput)
        text += QLatin1Char('\n') + tr("Details: %1").arg(error.technicalDetail);
    return text;
}

void Command::finishWith(ops::OutcomeClass outcome, const api::ApiError &error, QJsonObject result)
{
    if (m_finished) // one result per command, even when a cancel answers at once
        return;
    if (!error.ok())
        m_output.note(errorText(error));
    const QJsonObject common = outcomeJson(outcome);
    for (auto it = common.constBegin(); it != common.constEnd(); ++it)
        result.insert(it.key(), it.value());
    if (!error.ok())
        result.insert(QStringLiteral("error"), errorJson(error));
    m_output.result(result);
    finish(ops::exitCode(outcome));
}

void Command::finishWithError(const api::ApiError &error, const QJsonObject &result)
{
    finishWith(ops::classify(error), error, result);
}

void Command::finishWithProblem(ops::OutcomeClass outcome, const QString &message, const QString &hint, QJsonObject result)
{
    if (m_finished)
        return;
    m_output.note(hint.isEmpty() ? message : message + QLatin1Char('\n') + hint);
    const QJsonObject common = outcomeJson(outcome);
    for (auto it = common.constBegin(); it != common.constEnd(); ++it)
        result.insert(it.key(), it.value());
    QJsonObject error{{QStringLiteral("message"), message}};
    if (!hint.isEmpty())
        error.insert(QStringLiteral("hint"), hint);
    result.insert(QStringLiteral("error"), error);
    m_output.result(result);
    finish(ops::exitCode(outcome));
}

void Command::withProfile(const QString &name, std::function<void(api::PartnerClient &)> then)
{
    m_workspace.loadProfile(name, [this, then](api::ProfileSession *session, const Workspace::Problem &problem) {
        if (m_finished)
            return;
        if (!session)
            return finishWithProblem(ops::OutcomeClass::LocalProblem, problem.message, problem.hint);
        then(*session->client());
    });
}

void Command::withProfileId(const QString &profileId, std::function<void(api::PartnerClient &)> then)
{
    m_workspace.loadProfileById(profileId, [this, then](api::ProfileSession *session, const Workspace::Problem &problem) {
        if (m_finished)
            return;
        if (!session)
            return finishWithProblem(ops::OutcomeClass::LocalProblem, problem.message, problem.hint);
        then(*session->client());
    });
}

void Command::begin(bool usesJournal)
{
    // The team journal's password comes from the OS keychain, asynchronously: read before the
    // command starts, so that opening the journal stays one step for every command.
    if (usesJournal && m_workspace.wantsTeamJournal(m_arguments))
        return m_workspace.loadTeamPassword([this] { start(); });
    start();
}

bool Command::openJournal(const CommandLine &commandLine, bool mustExist)
{
    QString why;
    if (commandLine.team() && !commandLine.journalPath().isEmpty()) {
        finishWithProblem(ops::OutcomeClass::BadInput, tr("Give --journal PATH or --team, not both."));
        return false;
    }
    const bool team = commandLine.team() || (commandLine.journalPath().isEmpty() && journal::usesTeamJournal(m_workspace.settings()));
    if (team ? m_workspace.openTeamJournal(&why) : m_workspace.openJournal(commandLine.journalPath(), &why, mustExist))
        return true;
    finishWithProblem(ops::OutcomeClass::LocalProblem, why);
    return false;
}

bool Command::refuseIfReadOnly()
{
    if (!m_workspace.profile().readOnly)
        return false;
    const api::ApiError readOnly = api::ApiError::make(api::ApiError::Kind::ReadOnly);
    finishWithProblem(ops::OutcomeClass::LocalProblem,
                      tr("Profile \"%1\" is read-only: it can look things up but not refund, pay out or send messages. Nothing was sent.")
                          .arg(m_workspace.profile().name),
                      readOnly.hint);
    return true;
}

void Command::explainOpenRow(qint64 operationId)
{
    if (m_interrupted)
        m_output.note(tr("The request may have reached Toss before you stopped it."));
    const std::optional<journal::Operation> row = m_workspace.hasJournal() ? m_workspace.journal().find(operationId) : std::nullopt;
    if (row && row->kind == journal::Kind::Message)
        m_output.note(tr("Activity #%1 is left open: a message cannot be looked up. Check whether it arrived, then settle it with "
                         "\"ait-cli journal reconcile %1 --delivered yes|no\". Do not send it again.").arg(operationId));
    else
        m_output.note(tr("Activity #%1 is left open for reconciliation: run \"ait-cli journal reconcile %1\" to find out what "
                         "happened. Do not send it again.").arg(operationId));
}

QString Command::won(qint64 amount)
{
    return tr("%1 won").arg(QLocale().toString(amount));
}

QString Command::points(qint64 amount)
{
    return tr("%1 points").arg(QLocale().toString(amount));
}

} // namespace ait::cli
