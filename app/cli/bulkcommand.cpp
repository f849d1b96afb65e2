#include "bulkcommand.h"

#include "core/api/profilesession.h"
#include "core/bulk/batchexport.h"
#include "core/bulk/bulkservice.h"
#include "core/journal/journalsettings.h"
#include "core/profiles/profilestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSettings>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define AIT_ISATTY _isatty
#define AIT_FILENO _fileno
#else
#include <unistd.h>
#define AIT_ISATTY isatty
#define AIT_FILENO fileno
#endif

namespace ait::cli {

namespace {

namespace codes = ops::exit_codes;

QJsonObject statusJson(qint64 batchId, const QString &state, const journal::BatchCounts &c)
{
    return {{QStringLiteral("batch"), batchId},         {QStringLiteral("state"), state},         {QStringLiteral("rows"), c.rows},
            {QStringLiteral("succeeded"), c.succeeded}, {QStringLiteral("failed"), c.failed}, {QStringLiteral("unknown"), c.unknown},
            {QStringLiteral("pending"), c.pending}};
}

// One JSON line on stdout whatever --json says: `status --json`, `list --json` and the first line
// of a run are the contract scripts read.
void jsonLine(Output &output, const QJsonValue &value)
{
    output.out() << (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject())).toJson(QJsonDocument::Compact)
                 << Qt::endl;
}

std::optional<qint64> batchIdOf(CommandLine &commandLine)
{
    return commandLine.positiveInteger(QStringLiteral("batch"), BulkCommand::tr("the batch number (ait-cli bulk list shows them)"));
}

} // namespace

QString BulkCommand::summary()
{
    return tr("bulk payouts and messages from a CSV file: check, run, resume, status, export, list");
}

void BulkCommand::start()
{
    dispatch(QStringLiteral("bulk"),
             {{QStringLiteral("check"), tr("check a file without sending anything (a dry run)"), [this] { check(); }},
              {QStringLiteral("payout"), tr("pay the points a file lists, from a promotion"), [this] { run(journal::Kind::Payout); }},
              {QStringLiteral("message"), tr("send a message template to the users a file lists"), [this] { run(journal::Kind::Message); }},
              {QStringLiteral("resume"), tr("continue a paused, stopped or interrupted batch"), [this] { resume(); }},
              {QStringLiteral("status"), tr("a batch's state and counts"), [this] { status(); }},
              {QStringLiteral("export"), tr("a batch's rows with their outcome, as CSV"), [this] { exportResults(); }},
              {QStringLiteral("list"), tr("the batches in the journal"), [this] { list(); }}});
}

void BulkCommand::interrupt()
{
    if (isFinished())
        return;
    if (!m_run || m_run->state() == bulk::RunState::Finished || m_run->state() == bulk::RunState::Stopped
        || m_run->state() == bulk::RunState::Failed)
        return Command::interrupt();
    if (m_pausedByInterrupt)
        return;
    m_pausedByInterrupt = true;
    if (m_progressToTerminal)
        output().err() << Qt::endl;
    output().note(tr("Interrupted: pausing (calls in flight finish)…"));
    m_run->pause();
}

void BulkCommand::addFileOptions(CommandLine &cl)
{
    cl.add(QStringLiteral("csv"), tr("The CSV file (UTF-8 or CP949; a header row names the columns)."), tr("file"));
    cl.add(QStringLiteral("allow-repeats"), tr("Allow a user listed more than once (paced by the per-user limit)."));
    cl.add(QStringLiteral("encoding"), tr("The file's encoding instead of the detected one: utf-8, cp949 or utf-16."), tr("encoding"));
    cl.add(QStringLiteral("delimiter"), tr("The separator instead of the detected one: , ; or tab."), tr("delimiter"));
    cl.add(QStringLiteral("variables"), tr("The template's variables, comma-separated (messages)."), tr("names"));
}

std::optional<bulk::CheckOptions> BulkCommand::checkOptions(CommandLine &cl, journal::Kind kind, bool requireCode)
{
    bulk::CheckOptions o;
    o.kind = kind;
    o.code = cl.value(kind == journal::Kind::Payout ? QStringLiteral("promotion") : QStringLiteral("template")).trimmed();
    o.requireCode = requireCode;
    o.allowRepeats = cl.isSet(QStringLiteral("allow-repeats"));
    QSettings &settings = workspace().settings();
    o.maxAmount = settings.value(QStringLiteral("promotions/maxAmount"), 1000000).toLongLong();
    const bulk::RunSettings run = bulk::RunSettings::fromSettings(settings);
    o.pace = run.pace;
    o.messageChunk = run.messageChunk;
    if (cl.isSet(QStringLiteral("variables")))
        o.variables = cl.value(QStringLiteral("variables")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (cl.isSet(QStringLiteral("encoding"))) {
        o.encoding = bulk::encodingFromName(cl.value(QStringLiteral("encoding")));
        if (!o.encoding)
            cl.fail(tr("Unknown encoding: %1 (use utf-8, cp949 or utf-16).").arg(cl.value(QStringLiteral("encoding"))));
    }
    if (cl.isSet(QStringLiteral("delimiter"))) {
        const QString d = cl.value(QStringLiteral("delimiter"));
        if (d == QLatin1String("tab") || d == QLatin1String("\\t"))
            o.delimiter = QLatin1Char('\t');
        else if (d == QLatin1String(",") || d == QLatin1String(";"))
            o.delimiter = d.front();
        else
            cl.fail(tr("Unknown delimiter: %1 (use , ; or tab).").arg(d));
    }
    if (cl.failed())
        return std::nullopt;
    return o;
}

std::optional<bulk::CheckReport> BulkCommand::readAndCheck(const CommandLine &cl, const bulk::CheckOptions &o, const journal::Journal *journal)
{
    const QString path = cl.value(QStringLiteral("csv"));
    QString why;
    const std::optional<QByteArray> bytes = bulk::Check::readFile(path, &why);
    if (!bytes) {
        finishWithProblem(ops::OutcomeClass::BadInput, why);
        return std::nullopt;
    }
    bulk::CheckContext context;
    if (journal)
        context = bulk::Check::contextFrom(*journal, o, bulk::Check::sha256Hex(*bytes));
    return bulk::Check::run(*bytes, path, o, context);
}

void BulkCommand::printReport(const bulk::CheckReport &r, const bulk::CheckOptions &o)
{
    if (output().json()) {
        QJsonArray problems;
        for (const bulk::Problem &p : r.problems)
            problems << QJsonObject{{QStringLiteral("line"), p.line}, {QStringLiteral("column"), p.column},
                                    {QStringLiteral("value"), p.value}, {QStringLiteral("message"), p.message}};
        QJsonObject report{{QStringLiteral("ok"), r.ok()}, {QStringLiteral("file"), r.sourceName}, {QStringLiteral("sha256"), r.sha256},
                           {QStringLiteral("encoding"), bulk::encodingName(r.encoding)},
                           {QStringLiteral("delimiter"), r.delimiter == QLatin1Char('\t') ? QStringLiteral("tab") : QString(r.delimiter)},
                           {QStringLiteral("rows"), r.rows.size()}, {QStringLiteral("distinctUsers"), r.distinctUsers},
                           {QStringLiteral("estimatedSeconds"), r.estimatedSeconds}, {QStringLiteral("problems"), problems}};
        if (o.kind == journal::Kind::Payout)
            report.insert(QStringLiteral("totalAmount"), r.totalAmount);
        else
            report.insert(QStringLiteral("messageMode"), r.messageMode == bulk::MessageMode::Chunks ? QStringLiteral("chunks") : QStringLiteral("per-user"));
        jsonLine(output(), report);
        return;
    }
    const QLocale l;
    QTextStream &out = output().out();
    out << tr("File: %1 (%2, %3)").arg(r.sourceName, bulk::encodingName(r.encoding),
                                      r.delimiter == QLatin1Char('\t') ? tr("tab-separated") : tr("separated by %1").arg(r.delimiter))
        << Qt::endl;
    out << tr("Rows: %1, distinct users: %2").arg(l.toString(r.rows.size()), l.toString(r.distinctUsers)) << Qt::endl;
    if (o.kind == journal::Kind::Payout)
        out << tr("Total: %1 points").arg(l.toString(r.totalAmount)) << Qt::endl;
    else
        out << (r.messageMode == bulk::MessageMode::Chunks ? tr("Sent with send-bulk-message, %1 recipients a call").arg(o.messageChunk)
                                                           : tr("Sent one by one (template variables: %1)").arg(r.variables.join(QStringLiteral(", "))))
            << Qt::endl;
    out << tr("Estimated duration: %1 min at %2 calls a minute").arg(l.toString(double(r.estimatedSeconds) / 60, 'f', 1)).arg(l.toString(o.pace.callsPerMinute))
        << Qt::endl;
    if (r.problems.isEmpty()) {
        out << tr("No problems found.") << Qt::endl;
        return;
    }
    out << tr("%n problem(s):", nullptr, int(r.problems.size())) << Qt::endl;
    for (const bulk::Problem &p : r.problems)
        out << (p.line > 0 ? tr("  line %1: %2").arg(p.line).arg(p.message) : QStringLiteral("  ") + p.message) << Qt::endl;
}

QString BulkCommand::journalPathOf(const CommandLine &cl)
{
    return cl.journalPath().isEmpty() ? journal::Journal::defaultPath() : cl.journalPath();
}

bool BulkCommand::openForReading(const QString &path, journal::Journal &journal, bool quietWhenMissing)
{
    QString why;
    if (!QFileInfo::exists(path)) {
        if (!quietWhenMissing)
            finishWithProblem(ops::OutcomeClass::LocalProblem, tr("There is no activity journal at %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!journal.openReadOnly(&why)) {
        finishWithProblem(ops::OutcomeClass::LocalProblem, tr("The activity journal %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), why));
        return false;
    }
    if (journal.schemaVersion() < 2) {
        finishWithProblem(ops::OutcomeClass::LocalProblem, tr("The activity journal %1 has no bulk runs yet.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

journal::Journal *BulkCommand::readingJournal(const CommandLine &cl, std::unique_ptr<journal::Journal> &local)
{
    // The team journal is the workspace's own connection; a file is opened only to read it.
    if (cl.team() || (cl.journalPath().isEmpty() && journal::usesTeamJournal(workspace().settings())))
        return openJournal(cl, true) ? &workspace().journal() : nullptr;
    const QString path = journalPathOf(cl);
    local = std::make_unique<journal::Journal>(path);
    return openForReading(path, *local) ? local.get() : nullptr;
}

void BulkCommand::check()
{
    CommandLine cl(QStringLiteral("bulk check --kind payout|message --csv FILE [--promotion CODE | --template CODE] [--json]"),
                   tr("Checks a file as a run would, without sending or recording anything: every problem with its line, "
                      "the totals and the estimated duration. Exit 0 when the file can run, 2 when it has problems."),
                   CommandLine::Json | CommandLine::Journal);
    cl.add(QStringLiteral("kind"), tr("payout or message."), tr("kind"));
    cl.add(QStringLiteral("promotion"), tr("The promotion code (payouts)."), tr("code"));
    cl.add(QStringLiteral("template"), tr("The message template code (messages)."), tr("code"));
    addFileOptions(cl);
    if (!cl.parse(arguments(), output()))
        return finish(cl.exitCode());
    const QString kindName = cl.required(QStringLiteral("kind"), tr("payout or message"));
    cl.required(QStringLiteral("csv"), tr("the CSV file"));
    if (!kindName.isEmpty() && kindName != QLatin1String("payout") && kindName != QLatin1String("message"))
        cl.fail(tr("--kind expects payout or message, not \"%1\".").arg(kindName));
    if (cl.isSet(QStringLiteral("promotion")) && cl.isSet(QStringLiteral("template")))
        cl.fail(tr("Give --promotion (payouts) or --template (messages), not both."));
    if (cl.failed())
        return finish(cl.exitCode());
    const journal::Kind kind = kindName == QLatin1String("payout") ? journal::Kind::Payout : journal::Kind::Message;
    const std::optional<bulk::CheckOptions> o = checkOptions(cl, kind, false);
    if (!o)
        return finish(cl.exitCode());
    // A dry run: the journal is only read (a file already run, a payout still open), never made.
    const QString path = journalPathOf(cl);
    journal::Journal journal(path);
    const bool haveJournal = QFileInfo::exists(path) && journal.openReadOnly() && journal.schemaVersion() >= 1;
    const std::optional<bulk::CheckReport> report = readAndCheck(cl, *o, haveJournal ? &journal : nullptr);
    if (!report)
        return;
    printReport(*report, *o);
    finish(report->ok() ? codes::Done : codes::Usage);
}

void BulkCommand::withRunRequest(const profiles::Profile &profile, const QString &preferredFingerprint, std::function<void(bulk::RunRequest)> then)
{
    QString fingerprint = profile.activeFingerprint;
    if (!preferredFingerprint.isEmpty() && profile.identity(preferredFingerprint))
        fingerprint = preferredFingerprint;
    if (fingerprint.isEmpty()) {
        const api::ApiError none = api::ApiError::make(api::ApiError::Kind::NoIdentity);
        return finishWithProblem(ops::OutcomeClass::LocalProblem, none.message, none.hint);
    }
    workspace().profiles().loadIdentity(profile.id, fingerprint, this,
                                        [this, profile, fingerprint, then](const keychain::StoreResult &r, profiles::LoadedIdentity identity) {
        if (isFinished())
            return;
        if (!r.ok())
            return finishWithProblem(ops::OutcomeClass::LocalProblem,
                                     tr("The identity of profile \"%1\" cannot be read from the OS keychain: %2").arg(profile.name, r.message), r.hint);
        QSettings &settings = workspace().settings();
        bulk::RunRequest request;
        request.journal = bulk::JournalLocation::of(workspace().journal(), workspace().teamPassword());
        request.client = api::ProfileSession::settingsFor(profile, api::timeoutsFrom(settings));
        request.identity = std::move(identity);
        request.who = {profile.id, profile.name, fingerprint, settings.value(QStringLiteral("operator/name")).toString()};
        request.settings = bulk::RunSettings::fromSettings(settings);
        then(std::move(request));
    });
}

void BulkCommand::run(journal::Kind kind)
{
    const bool payout = kind == journal::Kind::Payout;
    CommandLine cl(payout ? QStringLiteral("bulk payout --profile NAME --promotion CODE --csv FILE --confirm-total POINTS [--json]")
                          : QStringLiteral("bulk message --profile NAME --template CODE --csv FILE --confirm-total RECIPIENTS [--json]"),
                   payout ? tr("Checks the file, records the batch and its rows in the activity journal, then pays each row as a "
                               "single payout does (key recorded before execute-promotion leaves), at the profile's pace. "
                               "--confirm-total is the file's total points, typed to confirm. Ctrl+C pauses; resume with "
                               "ait-cli bulk resume.")
                          : tr("Checks the file, records the batch and its recipients in the activity journal, then sends, at the "
                               "profile's pace. --confirm-total is the number of recipients, typed to confirm. Ctrl+C pauses; "
                               "resume with ait-cli bulk resume."),
                   CommandLine::Profile | CommandLine::Json | CommandLine::Journal);
    const QString codeOption = payout ? QStringLiteral("promotion") : QStringLiteral("template");
    cl.add(codeOption, payout ? tr("The promotion code.") : tr("The message template code."), tr("code"));
    cl.add(QStringLiteral("confirm-total"), payout ? tr("The file's total points, to confirm.") : tr("The number of recipients, to confirm."),
           tr("n"));
    addFileOptions(cl);
    if (!cl.parse(arguments(), output()))
        return finish(cl.exitCode());
    const QString profileName = cl.required(QStringLiteral("profile"), tr("the profile to run with"));
    cl.required(codeOption, payout ? tr("the promotion code") : tr("the template code"));
    cl.required(QStringLiteral("csv"), tr("the CSV file"));
    const std::optional<qint64> typed = cl.positiveInteger(QStringLiteral("confirm-total"), tr("the total you confirm"));
    if (cl.failed())
        return finish(cl.exitCode());
    const std::optional<bulk::CheckOptions> o = checkOptions(cl, kind, true);
    if (!o)
        return finish(cl.exitCode());
    if (!openJournal(cl))
        return;
    std::optional<bulk::CheckReport> report = readAndCheck(cl, *o, &workspace().journal());
    if (!report)
        return;
    if (!report->ok()) {
        printReport(*report, *o);
        return finish(codes::Usage);
    }
    const qint64 expected = bulk::BulkService::confirmationTotal(*report, kind);
    if (*typed != expected)
        return finishWithProblem(ops::OutcomeClass::NotConfirmed,
                                 (payout ? tr("The total you confirmed (%1) is not the file's total of %2 points: nothing was sent.")
                                         : tr("The number you confirmed (%1) is not the file's %2 recipients: nothing was sent."))
                                     .arg(*typed)
                                     .arg(expected));
    const std::optional<profiles::Profile> profile = workspace().profiles().profileByName(profileName);
    if (!profile)
        return finishWithProblem(ops::OutcomeClass::LocalProblem, tr("There is no profile named \"%1\".").arg(profileName),
                                 tr("ait-cli profiles list shows the profiles; ait-cli import makes one."));
    if (profile->readOnly) {
        const api::ApiError readOnly = api::ApiError::make(api::ApiError::Kind::ReadOnly);
        return finishWithProblem(ops::OutcomeClass::LocalProblem, readOnly.message, readOnly.hint);
    }
    withRunRequest(*profile, {}, [this, report = std::move(*report), o = *o, typed = *typed](bulk::RunRequest request) {
        api::ApiError why;
        bulk::BulkRun *run = workspace().money().bulk().confirm(std::move(request), report, o, typed, &why);
        if (!run)
            return finishWithError(why);
        drive(run, report.rows.size(), std::nullopt);
    });
}

void BulkCommand::resume()
{
    CommandLine cl(QStringLiteral("bulk resume --batch ID [--send-again | --mark-sent | --mark-not-sent] [--json]"),
                   tr("Continues a batch: rows an earlier run left sent or unknown are asked about first (with the same key) "
                      "while the rest run. For messages whose answer was lost, say what to do with them."),
                   CommandLine::Json | CommandLine::Journal);
    cl.add(QStringLiteral("batch"), tr("The batch number."), tr("id"));
    cl.add(QStringLiteral("send-again"), tr("Send the messages whose answer was lost again (they may arrive twice)."));
    cl.add(QStringLiteral("mark-sent"), tr("Record the messages whose answer was lost as sent."));
    cl.add(QStringLiteral("mark-not-sent"), tr("Record the messages whose answer was lost as not sent."));
    if (!cl.parse(arguments(), output()))
        return finish(cl.exitCode());
    const std::optional<qint64> id = batchIdOf(cl);
    const int decisions = int(cl.isSet(QStringLiteral("send-again"))) + int(cl.isSet(QStringLiteral("mark-sent")))
                        + int(cl.isSet(QStringLiteral("mark-not-sent")));
    if (decisions > 1)
        cl.fail(tr("Give one of --send-again, --mark-sent and --mark-not-sent."));
    if (cl.failed())
        return finish(cl.exitCode());
    std::optional<bulk::Decision> decision;
    if (cl.isSet(QStringLiteral("send-again")))
        decision = bulk::Decision::SendAgain;
    else if (cl.isSet(QStringLiteral("mark-sent")))
        decision = bulk::Decision::MarkSent;
    else if (cl.isSet(QStringLiteral("mark-not-sent")))
        decision = bulk::Decision::MarkNotSent;
    if (!openJournal(cl, !cl.journalPath().isEmpty()))
        return;
    const std::optional<journal::Batch> batch = workspace().journal().batch(*id);
    if (!batch)
        return finishWithProblem(ops::OutcomeClass::BadInput, tr("There is no batch %1 in the journal.").arg(*id));
    const std::optional<profiles::Profile> profile = workspace().profiles().profile(batch->profileId);
    if (!profile)
        return finishWithProblem(ops::OutcomeClass::LocalProblem,
                                 tr("The profile batch %1 was run with (\"%2\") no longer exists.").arg(*id).arg(batch->profileName));
    if (profile->readOnly) {
        const api::ApiError readOnly = api::ApiError::make(api::ApiError::Kind::ReadOnly);
        return finishWithProblem(ops::OutcomeClass::LocalProblem, readOnly.message, readOnly.hint);
    }
    withRunRequest(*profile, batch->identityFingerprint, [this, id = *id, rows = batch->rowCount, decision](bulk::RunRequest request) {
        api::ApiError why;
        bulk::BulkRun *run = workspace().money().bulk().resume(std::move(request), id, &why);
        if (!run)
            return finishWithError(why);
        drive(run, rows, decision);
    });
}

void BulkCommand::drive(bulk::BulkRun *run, qint64 rows, std::optional<bulk::Decision> decision)
{
    m_run = run;
    m_decision = decision;
    m_progressToTerminal = !output().json() && AIT_ISATTY(AIT_FILENO(stderr));
    changeStarted();
    connect(run, &bulk::BulkRun::batchRecorded, this, [this, rows](qint64 id) {
        if (output().json())
            jsonLine(output(), QJsonObject{{QStringLiteral("batch"), id}, {QStringLiteral("state"), QStringLiteral("running")}, {QStringLiteral("rows"), rows}});
        else
            output().out() << tr("Batch %1: %n row(s).", nullptr, int(rows)).arg(id) << Qt::endl;
    });
    connect(run, &bulk::BulkRun::progress, this, [this](const bulk::Progress &p) {
        if (!m_progressToTerminal)
            return;
        const QLocale l;
        output().err() << QStringLiteral("\r")
                       << tr("%1 of %2 rows settled (%3 failed, %4 unknown) · %5 calls a minute · about %6 min left   ")
                              .arg(l.toString(p.counts.succeeded + p.counts.failed), l.toString(p.counts.rows), l.toString(p.counts.failed),
                                   l.toString(p.counts.unknown), l.toString(p.callsInLastMinute), l.toString(double(p.secondsLeft) / 60, 'f', 1))
                       << Qt::flush;
    });
    connect(run, &bulk::BulkRun::decisionNeeded, this, [this](const bulk::PendingDecision &d) {
        if (m_decision) {
            m_run->decide(*std::exchange(m_decision, std::nullopt));
            return;
        }
        QStringList rowNumbers;
        for (int r : d.rows)
            rowNumbers << QString::number(r);
        output().note(tr("The answer for %n message(s) was lost, rows %1. Nobody can look them up: decide with "
                         "`ait-cli bulk resume --batch %2 --send-again` (they may arrive twice) or `--mark-sent` / `--mark-not-sent`.",
                         nullptr, int(d.rows.size()))
                          .arg(rowNumbers.join(QStringLiteral(", ")))
                          .arg(d.batchId));
        m_waitingForOperator = true;
        m_run->pause();
    });
    connect(run, &bulk::BulkRun::stateChanged, this, [this](bulk::RunState s) {
        if (s == bulk::RunState::Paused && (m_pausedByInterrupt || m_waitingForOperator))
            ended(std::nullopt);
    });
    connect(run, &bulk::BulkRun::finished, this, [this](const bulk::RunSummary &s) { ended(s); });
    run->start();
}

void BulkCommand::ended(const std::optional<bulk::RunSummary> &summary)
{
    if (isFinished())
        return;
    if (m_progressToTerminal)
        output().err() << Qt::endl;
    const qint64 id = summary ? summary->batchId : m_run->batchId();
    journal::BatchCounts counts = summary ? summary->counts : m_run->lastProgress().counts;
    QString state = bulk::runStateName(summary ? summary->state : m_run->state());
    if (id > 0) { // the journal's word, read afresh (the run wrote it on its own connection)
        journal::Journal &team = workspace().journal();
        if (team.isTeam()) {
            // A server: this command's own connection reads what the run wrote, when it still answers.
            if (team.checkConnection()) {
                counts = team.batchCounts(id);
                if (const auto b = team.batch(id))
                    state = journal::batchStateName(b->state);
            }
        } else {
            journal::Journal reader(team.path());
            if (reader.openReadOnly()) {
                counts = reader.batchCounts(id);
                if (const auto b = reader.batch(id))
                    state = journal::batchStateName(b->state);
            }
        }
    }
    int code = codes::Unknown;
    const bool interrupted = summary && summary->state == bulk::RunState::Paused && !summary->error.ok();
    if (summary && (summary->state == bulk::RunState::Failed || interrupted)) {
        // Failed to start, or paused by what it could not go on without (the journal, the lease).
        output().note(summary->error.message
                      + (summary->error.technicalDetail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(summary->error.technicalDetail)));
        code = ops::exitCode(ops::classify(summary->error));
        if (interrupted && !summary->error.hint.isEmpty())
            output().note(summary->error.hint);
        if (interrupted)
            state = bulk::runStateName(summary->state); // the journal may not have heard of the pause
    } else if (m_pausedByInterrupt) {
        code = codes::Interrupted;
    } else if (summary && summary->allSettled() && counts.pending == 0 && counts.unknown == 0) {
        code = codes::Done;
    }
    if (output().json()) {
        QJsonObject last = statusJson(id, state, counts);
        last.insert(QStringLiteral("exit"), code);
        jsonLine(output(), last);
    } else {
        const QLocale l;
        output().out() << tr("Batch %1 %2: %3 succeeded, %4 failed, %5 unknown, %6 not started.")
                              .arg(id)
                              .arg(state, l.toString(counts.succeeded), l.toString(counts.failed), l.toString(counts.unknown),
                                   l.toString(counts.pending))
                       << Qt::endl;
        if (code == codes::Unknown || code == codes::Interrupted)
            output().out() << tr("Continue it with: ait-cli bulk resume --batch %1").arg(id) << Qt::endl;
    }
    finish(code);
}

void BulkCommand::status()
{
    CommandLine cl(QStringLiteral("bulk status --batch ID [--json]"), tr("A batch's state and how many rows succeeded, failed, are unknown or not started."),
                   CommandLine::Json | CommandLine::Journal);
    cl.add(QStringLiteral("batch"), tr("The batch number."), tr("id"));
    if (!cl.parse(arguments(), output()))
        return finish(cl.exitCode());
    const std::optional<qint64> id = batchIdOf(cl);
    if (cl.failed())
        return finish(cl.exitCode());
    std::unique_ptr<journal::Journal> local;
    journal::Journal *reading = readingJournal(cl, local);
    if (!reading)
        return;
    const journal::Journal &journal = *reading;
    const std::optional<journal::Batch> batch = journal.batch(*id);
    if (!batch)
        return finishWithProblem(ops::OutcomeClass::BadInput, tr("There is no batch %1 in the journal.").arg(*id));
    const journal::BatchCounts c = journal.batchCounts(*id);
    if (output().json()) {
        jsonLine(output(), statusJson(*id, journal::batchStateName(batch->state), c));
    } else {
        const QLocale l;
        output().out() << tr("Batch %1 (%2 %3, %4) %5: %6 rows, %7 succeeded, %8 failed, %9 unknown, %10 not started.")
                              .arg(QString::number(*id), journal::kindName(batch->kind), batch->code, batch->sourceName,
                                   journal::batchStateName(batch->state), l.toString(c.rows), l.toString(c.succeeded), l.toString(c.failed),
                                   l.toString(c.unknown))
                              .arg(l.toString(c.pending))
                       << Qt::endl;
    }
    finish(codes::Done);
}

void BulkCommand::exportResults()
{
    CommandLine cl(QStringLiteral("bulk export --batch ID --out FILE"),
                   tr("Writes a batch's rows as CSV: row, user, amount, state, key, partner code and the explanation."),
                   CommandLine::Journal);
    cl.add(QStringLiteral("batch"), tr("The batch number."), tr("id"));
    cl.add(QStringLiteral("out"), tr("The CSV file to write."), tr("file"));
    if (!cl.parse(arguments(), output()))
        return finish(cl.exitCode());
    const std::optional<qint64> id = batchIdOf(cl);
    const QString outPath = cl.required(QStringLiteral("out"), tr("the CSV file to write"));
    if (cl.failed())
        return finish(cl.exitCode());
    std::unique_ptr<journal::Journal> local;
    journal::Journal *reading = readingJournal(cl, local);
    if (!reading)
        return;
    const journal::Journal &journal = *reading;
    if (!journal.batch(*id))
        return finishWithProblem(ops::OutcomeClass::BadInput, tr("There is no batch %1 in the journal.").arg(*id));
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || !bulk::writeResultsCsv(journal, *id, file) || !file.commit())
        return finishWithProblem(ops::OutcomeClass::LocalProblem, tr("%1 cannot be written: %2").arg(outPath, file.errorString()));
    finish(codes::Done);
}

void BulkCommand::list()
{
    CommandLine cl(QStringLiteral("bulk list [--json]"), tr("The batches in the journal, newest first, with their counts."),
                   CommandLine::Json | CommandLine::Journal);
    if (!cl.parse(arguments(), output()))
        return finish(cl.exitCode());
    const bool team = cl.team() || (cl.journalPath().isEmpty() && journal::usesTeamJournal(workspace().settings()));
    if (!team && !QFileInfo::exists(journalPathOf(cl))) {
        if (output().json())
            jsonLine(output(), QJsonArray());
        else
            output().out() << tr("No batches.") << Qt::endl;
        return finish(codes::Done);
    }
    std::unique_ptr<journal::Journal> local;
    journal::Journal *reading = readingJournal(cl, local);
    if (!reading)
        return;
    const journal::Journal &journal = *reading;
    QJsonArray list;
    for (const journal::Batch &b : journal.batches()) {
        const journal::BatchCounts c = journal.batchCounts(b.id);
        if (output().json()) {
            QJsonObject o = statusJson(b.id, journal::batchStateName(b.state), c);
            o.insert(QStringLiteral("kind"), journal::kindName(b.kind));
            o.insert(QStringLiteral("code"), b.code);
            o.insert(QStringLiteral("totalAmount"), b.totalAmount);
            o.insert(QStringLiteral("source"), b.sourceName);
            o.insert(QStringLiteral("created"), b.createdAt.toString(Qt::ISODate));
            o.insert(QStringLiteral("operator"), b.operatorName.isEmpty() ? b.osUser : b.operatorName);
            list << o;
        } else {
            output().out() << QStringLiteral("%1  %2  %3  %4  %5  %6/%7  %8")
                                  .arg(b.id)
                                  .arg(b.createdAt.toLocalTime().toString(Qt::ISODate), journal::kindName(b.kind), b.code,
                                       journal::batchStateName(b.state))
                                  .arg(c.succeeded + c.failed)
                                  .arg(c.rows)
                                  .arg(b.sourceName)
                           << Qt::endl;
        }
    }
    if (output().json())
        jsonLine(output(), list);
    finish(codes::Done);
}

} // namespace ait::cli
