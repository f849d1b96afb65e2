#pragma once

#include "command.h"

#include "core/bulk/bulkrun.h"

#include <QPointer>

#include <optional>

namespace ait::cli {

// `ait-cli bulk …`: bulk payouts and messages from a CSV file, through the same core engine
// (bulk::BulkService, MoneyServices::bulk()), journal and keychain identity as the console.
// Exit codes (ops/outcome.h): 0 every row settled, 2 usage or a file that failed the check, 3 the
// typed total did not match, 5 keychain/profile/journal, 6 stopped or paused with rows left,
// 130 interrupted (Ctrl+C pauses the run cleanly first).
class BulkCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;
    void interrupt() override;
    static QString summary();

private:
    void check();
    void run(journal::Kind kind);
    void resume();
    void status();
    void exportResults();
    void list();

    // The options every reading of a file shares (--allow-repeats, --encoding, --delimiter, --variables).
    static void addFileOptions(CommandLine &commandLine);
    std::optional<bulk::CheckOptions> checkOptions(CommandLine &commandLine, journal::Kind kind, bool requireCode);
    std::optional<bulk::CheckReport> readAndCheck(const CommandLine &commandLine, const bulk::CheckOptions &options,
                                                  const journal::Journal *journal);
    void printReport(const bulk::CheckReport &report, const bulk::CheckOptions &options);
    // A journal only read (status, export, list, check): never made, never migrated.
    bool openForReading(const QString &path, journal::Journal &journal, bool quietWhenMissing = false);
    // The journal status, list and export read: the team's (the workspace's connection) or a file.
    journal::Journal *readingJournal(const CommandLine &cl, std::unique_ptr<journal::Journal> &local);
    static QString journalPathOf(const CommandLine &commandLine);
    // Reads the profile's identity from the keychain, then `then` with the run's request.
    void withRunRequest(const profiles::Profile &profile, const QString &preferredFingerprint,
                        std::function<void(bulk::RunRequest)> then);
    void drive(bulk::BulkRun *run, qint64 rows, std::optional<bulk::Decision> decision);
    void ended(const std::optional<bulk::RunSummary> &summary);

    QPointer<bulk::BulkRun> m_run;
    std::optional<bulk::Decision> m_decision;
    bool m_progressToTerminal = false;
    bool m_pausedByInterrupt = false;
    bool m_waitingForOperator = false;
};

} // namespace ait::cli
