#include "bulkcommand.h"

#include "core/api/profilesession.h"
#include "core/appsettings.h"
#include "core/bulk/batchexport.h"
#include "core/bulk/bulkservice.h"
#include "core/keychain/credentialstore.h"
#include "core/ops/outcome.h"
#include "core/profiles/profilestore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <csignal>
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

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int)
{
    g_interrupted = 1;
}

QString jsonLine(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The console's journal: ait-cli and ait-console share it (their application names differ, so
// QStandardPaths is asked as the console would ask).
QString consoleJournalPath()
{
    const QString name = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("ait-console"));
    const QString path = journal::Journal::defaultPath();
    QCoreApplication::setApplicationName(name);
    return path;
}

QJsonObject statusJson(qint64 batchId, const QString &state, const journal::BatchCounts &c)
{
    return {{QStringLiteral("batch"), batchId},  {QStringLiteral("state"), state},         {QStringLiteral("rows"), c.rows},
            {QStringLiteral("succeeded"), c.succeeded}, {QStringLiteral("failed"), c.failed}, {QStringLiteral("unknown"), c.unknown},
            {QStringLiteral("pending"), c.pending}};
}

} // namespace

QString BulkCommand::usage()
{
    return tr("Usage:\n"
              "  ait-cli bulk check --kind payout|message --csv FILE [--promotion CODE | --template CODE] [--json]\n"
              "  ait-cli bulk payout --profile NAME --promotion CODE --csv FILE --confirm-total POINTS [--json]\n"
              "  ait-cli bulk message --profile NAME --template CODE --csv FILE --confirm-total RECIPIENTS [--json]\n"
              "  ait-cli bulk resume --batch ID [--send-again | --mark-sent | --mark-not-sent] [--json]\n"
              "  ait-cli bulk status --batch ID --json\n"
              "  ait-cli bulk export --batch ID --out FILE\n"
              "  ait-cli bulk list [--json]\n"
              "Options for reading the file: --allow-repeats, --encoding utf-8|cp949|utf-16, --delimiter ,|;|tab,\n"
              "--variables NAME,… (the template's variables). --journal PATH uses another journal.\n"
              "Exit codes: 0 every row settled, 2 usage or a file with problems, 3 the typed total did not match,\n"
              "5 keychain, profile or journal, 6 stopped or paused with rows left (resume it), 130 interrupted.\n");
}

int BulkCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString sub = arguments.value(1);
    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("help"), QStringLiteral("h")});
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption kindOption(QStringLiteral("kind"), {}, QStringLiteral("kind"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), {}, QStringLiteral("file"));
    const QCommandLineOption promotionOption(QStringLiteral("promotion"), {}, QStringLiteral("code"));
    const QCommandLineOption templateOption(QStringLiteral("template"), {}, QStringLiteral("code"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), {}, QStringLiteral("name"));
    const QCommandLineOption totalOption(QStringLiteral("confirm-total"), {}, QStringLiteral("n"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), {}, QStringLiteral("id"));
    const QCommandLineOption outOption(QStringLiteral("out"), {}, QStringLiteral("file"));
    const QCommandLineOption journalOption(QStringLiteral("journal"), {}, QStringLiteral("path"));
    const QCommandLineOption repeatsOption(QStringLiteral("allow-repeats"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"), {}, QStringLiteral("encoding"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"), {}, QStringLiteral("delimiter"));
    const QCommandLineOption variablesOption(QStringLiteral("variables"), {}, QStringLiteral("names"));
    const QCommandLineOption sendAgainOption(QStringLiteral("send-again"));
    const QCommandLineOption markSentOption(QStringLiteral("mark-sent"));
    const QCommandLineOption markNotSentOption(QStringLiteral("mark-not-sent"));
    parser.addOptions({help, json, kindOption, csvOption, promotionOption, templateOption, profileOption, totalOption, batchOption,
                       outOption, journalOption, repeatsOption, encodingOption, delimiterOption, variablesOption, sendAgainOption,
                       markSentOption, markNotSentOption});
    auto usageError = [&](const QString &why) {
        if (!why.isEmpty())
            err << why << Qt::endl;
        err << usage();
        return codes::Usage;
    };
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(help) || sub == QLatin1String("help") || sub == QLatin1String("--help")) {
        out << usage();
        return codes::Done;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));
    const bool asJson = parser.isSet(json);
    const QString journalPath = parser.isSet(journalOption) ? parser.value(journalOption) : consoleJournalPath();
    const auto settings = openSettings();

    // --- reading a file and checking it ---
    auto checkOptions = [&](journal::Kind kind, bool requireCode, bool *ok) {
        bulk::CheckOptions o;
        o.kind = kind;
        o.code = parser.value(kind == journal::Kind::Payout ? promotionOption : templateOption).trimmed();
        o.requireCode = requireCode;
        o.allowRepeats = parser.isSet(repeatsOption);
        o.maxAmount = settings->value(QStringLiteral("promotions/maxAmount"), 1000000).toLongLong();
        const bulk::RunSettings run = bulk::RunSettings::fromSettings(*settings);
        o.pace = run.pace;
        o.messageChunk = run.messageChunk;
        *ok = true;
        if (parser.isSet(variablesOption))
            o.variables = parser.value(variablesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (parser.isSet(encodingOption)) {
            o.encoding = bulk::encodingFromName(parser.value(encodingOption));
            if (!o.encoding) {
                err << tr("Unknown encoding: %1 (use utf-8, cp949 or utf-16).").arg(parser.value(encodingOption)) << Qt::endl;
                *ok = false;
            }
        }
        if (parser.isSet(delimiterOption)) {
            const QString d = parser.value(delimiterOption);
            if (d == QLatin1String("tab") || d == QLatin1String("\\t"))
                o.delimiter = QLatin1Char('\t');
            else if (d == QLatin1String(",") || d == QLatin1String(";"))
                o.delimiter = d.front();
            else {
                err << tr("Unknown delimiter: %1 (use , ; or tab).").arg(d) << Qt::endl;
                *ok = false;
            }
        }
        return o;
    };
    auto printReport = [&](const bulk::CheckReport &r, const bulk::CheckOptions &o) {
        if (asJson) {
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
            out << jsonLine(report) << Qt::endl;
            return;
        }
        const QLocale l;
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
        out << tr("Estimated duration: %1 min at %2 calls a minute").arg(l.toString(double(r.estimatedSeconds) / 60, 'f', 1))
                   .arg(l.toString(o.pace.callsPerMinute))
            << Qt::endl;
        if (r.problems.isEmpty()) {
            out << tr("No problems found.") << Qt::endl;
            return;
        }
        out << tr("%n problem(s):", nullptr, int(r.problems.size())) << Qt::endl;
        for (const bulk::Problem &p : r.problems)
            out << (p.line > 0 ? tr("  line %1: %2").arg(p.line).arg(p.message) : QStringLiteral("  ") + p.message) << Qt::endl;
    };
    auto readAndCheck = [&](const bulk::CheckOptions &o, const journal::Journal *journal, std::optional<bulk::CheckReport> *report) {
        QString why;
        const std::optional<QByteArray> bytes = bulk::Check::readFile(parser.value(csvOption), &why);
        if (!bytes) {
            err << why << Qt::endl;
            return false;
        }
        bulk::CheckContext context;
        if (journal)
            context = bulk::Check::contextFrom(*journal, o, bulk::Check::sha256Hex(*bytes));
        *report = bulk::Check::run(*bytes, parser.value(csvOption), o, context);
        return true;
    };
    auto kindFrom = [&](const QString &name) -> std::optional<journal::Kind> {
        if (name == QLatin1String("payout"))
            return journal::Kind::Payout;
        if (name == QLatin1String("message"))
            return journal::Kind::Message;
        return std::nullopt;
    };

    // --- the journal ---
    auto openForReading = [&](journal::Journal &journal) {
        QString why;
        if (!journal.openReadOnly(&why)) {
            err << tr("The activity journal %1 cannot be read: %2").arg(journalPath, why) << Qt::endl;
            return false;
        }
        if (journal.schemaVersion() < 2) {
            err << tr("The activity journal %1 has no bulk runs yet.").arg(journalPath) << Qt::endl;
            return false;
        }
        return true;
    };
    auto openForWriting = [&](journal::Journal &journal) {
        const journal::Journal::Health health = journal.openChecked(journal::lastRecordedId(*settings));
        if (!health.ok()) {
            err << tr("The activity journal %1 cannot be used: %2").arg(journalPath, health.detail) << Qt::endl;
            return false;
        }
        journal.setLastIdKeeper([&s = *settings](qint64 id) { journal::rememberLastRecordedId(s, id); });
        return true;
    };
    auto batchId = [&]() -> qint64 {
        bool ok = false;
        const qint64 id = parser.value(batchOption).toLongLong(&ok);
        return ok && id > 0 ? id : 0;
    };

    // --- the profile's identity, from the keychain ---
    auto loadRequest = [&](const profiles::Profile &profile, const QString &preferredFingerprint, bulk::RunRequest *request) {
        const auto secrets = keychain::CredentialStore::createDefault(*settings);
        profiles::ProfileStore store(*secrets, *settings);
        QString fingerprint = profile.activeFingerprint;
        if (!preferredFingerprint.isEmpty() && profile.identity(preferredFingerprint))
            fingerprint = preferredFingerprint;
        if (fingerprint.isEmpty()) {
            err << api::ApiError::make(api::ApiError::Kind::NoIdentity).message << Qt::endl;
            return false;
        }
        // ait-cli has no window: waiting in a local event loop blocks nothing a person sees.
        QEventLoop loop;
        std::optional<keychain::StoreResult> result;
        profiles::LoadedIdentity identity;
        store.loadIdentity(profile.id, fingerprint, &loop, [&](const keychain::StoreResult &r, profiles::LoadedIdentity loaded) {
            result = r;
            identity = std::move(loaded);
            loop.quit();
        });
        if (!result)
            loop.exec();
        if (!result->ok()) {
            err << tr("The identity of profile \"%1\" cannot be read from the OS keychain: %2").arg(profile.name, result->message) << Qt::endl;
            return false;
        }
        const int timeoutSeconds = std::clamp(settings->value(QStringLiteral("network/timeoutSeconds"), 15).toInt(), 1, 300);
        const int deadlineSeconds = std::clamp(settings->value(QStringLiteral("network/deadlineSeconds"), 30).toInt(), timeoutSeconds, 600);
        request->journalPath = journalPath;
        request->client = api::ProfileSession::settingsFor(profile, {timeoutSeconds * 1000, deadlineSeconds * 1000});
        request->identity = std::move(identity);
        request->who = {profile.id, profile.name, fingerprint, settings->value(QStringLiteral("operator/name")).toString()};
        request->settings = bulk::RunSettings::fromSettings(*settings);
        return true;
    };

    // --- following a run to its end ---
    auto drive = [&](bulk::BulkRun *run, qint64 rows, std::optional<bulk::Decision> decision) {
        QEventLoop loop;
        const bool progressToTerminal = !asJson && AIT_ISATTY(AIT_FILENO(stderr));
        bool interrupted = false, waitingForOperator = false;
        std::optional<bulk::RunSummary> summary;
        QObject::connect(run, &bulk::BulkRun::batchRecorded, &loop, [&](qint64 id) {
            if (asJson)
                out << jsonLine({{QStringLiteral("batch"), id}, {QStringLiteral("state"), QStringLiteral("running")}, {QStringLiteral("rows"), rows}})
                    << Qt::endl;
            else
                out << tr("Batch %1: %n row(s).", nullptr, int(rows)).arg(id) << Qt::endl;
        });
        QObject::connect(run, &bulk::BulkRun::progress, &loop, [&](const bulk::Progress &p) {
            if (!progressToTerminal)
                return;
            const QLocale l;
            err << QStringLiteral("\r") << tr("%1 of %2 rows settled (%3 failed, %4 unknown) · %5 calls a minute · about %6 min left   ")
                                              .arg(l.toString(p.counts.succeeded + p.counts.failed), l.toString(p.counts.rows),
                                                   l.toString(p.counts.failed), l.toString(p.counts.unknown), l.toString(p.callsInLastMinute),
                                                   l.toString(double(p.secondsLeft) / 60, 'f', 1))
                << Qt::flush;
        });
        QObject::connect(run, &bulk::BulkRun::decisionNeeded, &loop, [&](const bulk::PendingDecision &d) {
            if (decision) {
                run->decide(*std::exchange(decision, std::nullopt));
                return;
            }
            QStringList rowNumbers;
            for (int r : d.rows)
                rowNumbers << QString::number(r);
            err << tr("The answer for %n message(s) was lost, rows %1. Nobody can look them up: decide with "
                      "`ait-cli bulk resume --batch %2 --send-again` (they may arrive twice) or `--mark-sent` / `--mark-not-sent`.",
                      nullptr, int(d.rows.size()))
                       .arg(rowNumbers.join(QStringLiteral(", ")))
                       .arg(d.batchId)
                << Qt::endl;
            waitingForOperator = true;
            run->pause();
        });
        QObject::connect(run, &bulk::BulkRun::stateChanged, &loop, [&](bulk::RunState s) {
            if (s == bulk::RunState::Paused && (interrupted || waitingForOperator))
                loop.quit();
        });
        QObject::connect(run, &bulk::BulkRun::finished, &loop, [&](const bulk::RunSummary &s) {
            summary = s;
            loop.quit();
        });
        g_interrupted = 0;
        std::signal(SIGINT, onInterrupt);
        std::signal(SIGTERM, onInterrupt);
        QTimer signalWatch;
        QObject::connect(&signalWatch, &QTimer::timeout, &loop, [&] {
            if (g_interrupted && !interrupted) {
                interrupted = true;
                err << Qt::endl << tr("Interrupted: pausing (calls in flight finish)…") << Qt::endl;
                run->pause();
            }
        });
        signalWatch.start(100);
        run->start();
        loop.exec();
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        if (progressToTerminal)
            err << Qt::endl;

        const qint64 id = summary ? summary->batchId : run->batchId();
        journal::BatchCounts counts = summary ? summary->counts : run->lastProgress().counts;
        QString state = bulk::runStateName(summary ? summary->state : run->state());
        if (id > 0) { // the journal's word, read afresh
            journal::Journal reader(journalPath);
            if (reader.openReadOnly()) {
                counts = reader.batchCounts(id);
                if (const auto b = reader.batch(id))
                    state = journal::batchStateName(b->state);
            }
        }
        int code = codes::Unknown;
        if (summary && summary->state == bulk::RunState::Failed) {
            err << summary->error.message << (summary->error.technicalDetail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(summary->error.technicalDetail))
                << Qt::endl;
            code = ops::exitCode(ops::classify(summary->error));
        } else if (interrupted) {
            code = codes::Interrupted;
        } else if (summary && summary->allSettled() && counts.pending == 0 && counts.unknown == 0) {
            code = codes::Done;
        }
        if (asJson) {
            QJsonObject last = statusJson(id, state, counts);
            last.insert(QStringLiteral("exit"), code);
            out << jsonLine(last) << Qt::endl;
        } else {
            const QLocale l;
            out << tr("Batch %1 %2: %3 succeeded, %4 failed, %5 unknown, %6 not started.")
                       .arg(id)
                       .arg(state, l.toString(counts.succeeded), l.toString(counts.failed), l.toString(counts.unknown), l.toString(counts.pending))
                << Qt::endl;
            if (code == codes::Unknown || code == codes::Interrupted)
                out << tr("Continue it with: ait-cli bulk resume --batch %1").arg(id) << Qt::endl;
        }
        return code;
    };
    auto refusedBy = [&](const api::ApiError &why) {
        err << why.message << (why.hint.isEmpty() ? QString() : QLatin1Char(' ') + why.hint) << Qt::endl;
        return ops::exitCode(ops::classify(why));
    };

    if (sub == QLatin1String("check")) {
        const std::optional<journal::Kind> kind = kindFrom(parser.value(kindOption));
        if (!kind || !parser.isSet(csvOption) || (parser.isSet(promotionOption) && parser.isSet(templateOption)))
            return usageError({});
        bool ok = false;
        const bulk::CheckOptions o = checkOptions(*kind, false, &ok);
        if (!ok)
            return codes::Usage;
        // A dry run: the journal is only read (for a file already run, or a payout still open).
        journal::Journal journal(journalPath);
        const bool haveJournal = QFile::exists(journalPath) && journal.openReadOnly();
        std::optional<bulk::CheckReport> report;
        if (!readAndCheck(o, haveJournal ? &journal : nullptr, &report))
            return codes::Usage;
        printReport(*report, o);
        return report->ok() ? codes::Done : codes::Usage;
    }

    if (sub == QLatin1String("payout") || sub == QLatin1String("message")) {
        const journal::Kind kind = sub == QLatin1String("payout") ? journal::Kind::Payout : journal::Kind::Message;
        const QCommandLineOption &codeOption = kind == journal::Kind::Payout ? promotionOption : templateOption;
        bool totalOk = false;
        const qint64 typed = parser.value(totalOption).toLongLong(&totalOk);
        if (!parser.isSet(profileOption) || !parser.isSet(codeOption) || !parser.isSet(csvOption) || !totalOk)
            return usageError({});
        bool ok = false;
        const bulk::CheckOptions o = checkOptions(kind, true, &ok);
        if (!ok)
            return codes::Usage;
        journal::Journal journal(journalPath);
        if (!openForWriting(journal))
            return codes::LocalProblem;
        std::optional<bulk::CheckReport> report;
        if (!readAndCheck(o, &journal, &report))
            return codes::Usage;
        if (!report->ok()) {
            printReport(*report, o);
            return codes::Usage;
        }
        const qint64 expected = bulk::BulkService::confirmationTotal(*report, kind);
        if (typed != expected) {
            err << (kind == journal::Kind::Payout ? tr("The total you confirmed (%1) is not the file's total of %2 points: nothing was sent.")
                                                  : tr("The number you confirmed (%1) is not the file's %2 recipients: nothing was sent."))
                           .arg(typed)
                           .arg(expected)
                << Qt::endl;
            return codes::NotConfirmed;
        }
        const auto secrets = keychain::CredentialStore::createDefault(*settings);
        const std::optional<profiles::Profile> profile = profiles::ProfileStore(*secrets, *settings).profileByName(parser.value(profileOption));
        if (!profile) {
            err << tr("There is no profile named \"%1\".").arg(parser.value(profileOption)) << Qt::endl;
            return codes::LocalProblem;
        }
        if (profile->readOnly)
            return refusedBy(api::ApiError::make(api::ApiError::Kind::ReadOnly));
        bulk::RunRequest request;
        if (!loadRequest(*profile, {}, &request))
            return codes::LocalProblem;
        bulk::BulkService service(journal);
        api::ApiError why;
        bulk::BulkRun *run = service.confirm(std::move(request), *report, o, typed, &why);
        if (!run)
            return refusedBy(why);
        return drive(run, report->rows.size(), std::nullopt);
    }

    if (sub == QLatin1String("resume")) {
        const qint64 id = batchId();
        const int decisions = int(parser.isSet(sendAgainOption)) + int(parser.isSet(markSentOption)) + int(parser.isSet(markNotSentOption));
        if (id == 0 || decisions > 1)
            return usageError({});
        std::optional<bulk::Decision> decision;
        if (parser.isSet(sendAgainOption))
            decision = bulk::Decision::SendAgain;
        else if (parser.isSet(markSentOption))
            decision = bulk::Decision::MarkSent;
        else if (parser.isSet(markNotSentOption))
            decision = bulk::Decision::MarkNotSent;
        journal::Journal journal(journalPath);
        if (!openForWriting(journal))
            return codes::LocalProblem;
        const std::optional<journal::Batch> batch = journal.batch(id);
        if (!batch) {
            err << tr("There is no batch %1 in the journal.").arg(id) << Qt::endl;
            return codes::Usage;
        }
        const auto secrets = keychain::CredentialStore::createDefault(*settings);
        const std::optional<profiles::Profile> profile = profiles::ProfileStore(*secrets, *settings).profile(batch->profileId);
        if (!profile) {
            err << tr("The profile batch %1 was run with (\"%2\") no longer exists.").arg(id).arg(batch->profileName) << Qt::endl;
            return codes::LocalProblem;
        }
        if (profile->readOnly)
            return refusedBy(api::ApiError::make(api::ApiError::Kind::ReadOnly));
        bulk::RunRequest request;
        if (!loadRequest(*profile, batch->identityFingerprint, &request))
            return codes::LocalProblem;
        bulk::BulkService service(journal);
        api::ApiError why;
        bulk::BulkRun *run = service.resume(std::move(request), id, &why);
        if (!run)
            return refusedBy(why);
        return drive(run, batch->rowCount, decision);
    }

    if (sub == QLatin1String("status")) {
        const qint64 id = batchId();
        if (id == 0)
            return usageError({});
        journal::Journal journal(journalPath);
        if (!openForReading(journal))
            return codes::LocalProblem;
        const std::optional<journal::Batch> batch = journal.batch(id);
        if (!batch) {
            err << tr("There is no batch %1 in the journal.").arg(id) << Qt::endl;
            return codes::Usage;
        }
        const journal::BatchCounts c = journal.batchCounts(id);
        if (asJson) {
            out << jsonLine(statusJson(id, journal::batchStateName(batch->state), c)) << Qt::endl;
        } else {
            const QLocale l;
            out << tr("Batch %1 (%2 %3, %4) %5: %6 rows, %7 succeeded, %8 failed, %9 unknown, %10 not started.")
                       .arg(QString::number(id), journal::kindName(batch->kind), batch->code, batch->sourceName,
                            journal::batchStateName(batch->state), l.toString(c.rows), l.toString(c.succeeded), l.toString(c.failed),
                            l.toString(c.unknown))
                       .arg(l.toString(c.pending))
                << Qt::endl;
        }
        return codes::Done;
    }

    if (sub == QLatin1String("export")) {
        const qint64 id = batchId();
        if (id == 0 || !parser.isSet(outOption))
            return usageError({});
        journal::Journal journal(journalPath);
        if (!openForReading(journal))
            return codes::LocalProblem;
        if (!journal.batch(id)) {
            err << tr("There is no batch %1 in the journal.").arg(id) << Qt::endl;
            return codes::Usage;
        }
        QSaveFile file(parser.value(outOption));
        if (!file.open(QIODevice::WriteOnly) || !bulk::writeResultsCsv(journal, id, file) || !file.commit()) {
            err << tr("%1 cannot be written: %2").arg(parser.value(outOption), file.errorString()) << Qt::endl;
            return codes::LocalProblem;
        }
        return codes::Done;
    }

    if (sub == QLatin1String("list")) {
        journal::Journal journal(journalPath);
        if (!QFile::exists(journalPath)) {
            out << (asJson ? QStringLiteral("[]") : tr("No batches.")) << Qt::endl;
            return codes::Done;
        }
        if (!openForReading(journal))
            return codes::LocalProblem;
        QJsonArray list;
        for (const journal::Batch &b : journal.batches()) {
            const journal::BatchCounts c = journal.batchCounts(b.id);
            if (asJson) {
                QJsonObject o = statusJson(b.id, journal::batchStateName(b.state), c);
                o.insert(QStringLiteral("kind"), journal::kindName(b.kind));
                o.insert(QStringLiteral("code"), b.code);
                o.insert(QStringLiteral("totalAmount"), b.totalAmount);
                o.insert(QStringLiteral("source"), b.sourceName);
                o.insert(QStringLiteral("created"), b.createdAt.toString(Qt::ISODate));
                o.insert(QStringLiteral("operator"), b.operatorName.isEmpty() ? b.osUser : b.operatorName);
                list << o;
            } else {
                out << QStringLiteral("%1  %2  %3  %4  %5  %6/%7  %8").arg(b.id).arg(b.createdAt.toLocalTime().toString(Qt::ISODate),
                                                                             journal::kindName(b.kind), b.code, journal::batchStateName(b.state))
                           .arg(c.succeeded + c.failed).arg(c.rows).arg(b.sourceName)
                    << Qt::endl;
            }
        }
        if (asJson)
            out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)) << Qt::endl;
        return codes::Done;
    }

    return usageError(sub.isEmpty() ? QString() : tr("Unknown bulk command: %1").arg(sub));
}

} // namespace ait::cli
