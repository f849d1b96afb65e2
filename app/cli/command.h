#pragma once

#include "commandline.h"
#include "output.h"
#include "workspace.h"

#include "core/api/apierror.h"
#include "core/journal/journal.h"
#include "core/ops/outcome.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace ait::cli {

// One run of an ait-cli command. main() starts it from the event loop and ends the process with
// the code it finishes with; everything in between is asynchronous (one event loop, no nested ones).
// The plumbing every command shares lives here: options, output, the workspace (profile, journal,
// money services), error reporting with the shared exit codes, and Ctrl+C.
class Command : public QObject
{
    Q_OBJECT

public:
    explicit Command(QStringList arguments, QObject *parent = nullptr);

    virtual void start() = 0;
    // What main() calls: start(), after reading the team journal's password from the OS keychain
    // when a command that `usesJournal` works on the team journal.
    void begin(bool usesJournal);
    // Ctrl+C or SIGTERM. By default: stop waiting for calls in flight and end with 130 (nothing sent).
    // Money commands override it to leave the journal right (see changeStarted()).
    virtual void interrupt();
    bool isFinished() const { return m_finished; }

signals:
    void finished(int exitCode);

protected:
    struct Subcommand
    {
        QString name;    // "get"
        QString summary; // one line for the group's --help
        std::function<void()> run;
    };
    // Runs the subcommand named by the first argument, or prints the group's help (exit 0 for
    // --help, 2 for a missing or unknown subcommand).
    void dispatch(const QString &group, const QList<Subcommand> &subcommands);

    const QStringList &arguments() const { return m_arguments; }
    Output &output() { return m_output; }
    Workspace &workspace() { return m_workspace; }
    // The subcommand (first argument), removed from arguments().
    QString takeSubcommand();

    void finish(int exitCode);
    // Ends with the exit code of `outcome`, printing `error` (message, partner code and reason, hint)
    // on stderr and, with --json, `result` plus outcome, exitCode and error on stdout.
    void finishWith(ops::OutcomeClass outcome, const api::ApiError &error, QJsonObject result = {});
    void finishWithError(const api::ApiError &error, const QJsonObject &result = {});
    // For problems that are not an ApiError: a sentence (and hint), the outcome's exit code.
    void finishWithProblem(ops::OutcomeClass outcome, const QString &message, const QString &hint = {}, QJsonObject result = {});
    // The JSON common to every action result.
    static QJsonObject outcomeJson(ops::OutcomeClass outcome);
    static QJsonObject errorJson(const api::ApiError &error);
    static QString errorText(const api::ApiError &error);

    // Loads --profile (or the profile with this id) and calls `then` with its ready client; ends with
    // exit 5 when it cannot.
    void withProfile(const QString &name, std::function<void(api::PartnerClient &)> then);
    void withProfileId(const QString &profileId, std::function<void(api::PartnerClient &)> then);
    // Opens the journal (--journal PATH, --team, or the one the settings choose: the console's file or
    // the team's database); ends with exit 5 and false when it cannot record anything. Commands that only read it want a --journal file that exists (`mustExist`).
    bool openJournal(const CommandLine &commandLine, bool mustExist = false);
    // Ends with exit 5 when the loaded profile is read-only (the core refuses too; this says it
    // before asking anything).
    bool refuseIfReadOnly();

    // A change (a money call, an unlink) is about to leave: from now on Ctrl+C cancels the calls in
    // flight and waits for how they ended (the service settles the row), instead of ending at once.
    void changeStarted() { m_changeInFlight = true; }
    bool interrupted() const { return m_interrupted; }
    // What to say after an operation whose row is open (unknown): reconcile it, never resend.
    void explainOpenRow(qint64 operationId);

    // Amounts as the operator reads them.
    static QString won(qint64 amount);
    static QString points(qint64 amount);

private:
    QStringList m_arguments;
    Output m_output;
    Workspace m_workspace;
    bool m_finished = false;
    bool m_changeInFlight = false;
    bool m_interrupted = false;
};

} // namespace ait::cli
