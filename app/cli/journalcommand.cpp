#include "commands.h"

#include "core/journal/journalexport.h"
#include "core/ops/moneyservices.h"
#include "core/profiles/profilestore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ait::cli {

namespace {

QString localTime(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// A date (local midnight) or a date and time, ISO 8601.
std::optional<QDateTime> parseWhen(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return date.startOfDay();
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? std::optional(t) : std::nullopt;
}

} // namespace

QString JournalCommand::summary()
{
    return tr("the activity journal: list, show, reconcile and export operations");
}

void JournalCommand::start()
{
    dispatch(QStringLiteral("journal"),
             {{QStringLiteral("list"), tr("operations, newest first, with filters"), [this] { list(false); }},
              {QStringLiteral("show"), tr("one operation in full"), [this] { show(); }},
              {QStringLiteral("reconcile"), tr("find out what happened to an open operation, and settle it"), [this] { reconcile(); }},
              {QStringLiteral("export"), tr("write operations to a CSV (or JSON lines) file"), [this] { list(true); }},
              {QStringLiteral("verify"), tr("check that no recorded change was edited, deleted or reordered"), [this] { verify(); }}});
}

void JournalCommand::list(bool exporting)
{
    CommandLine cl(exporting ? QStringLiteral("journal export --out FILE [--format csv|json] [filters as journal list]")
                             : QStringLiteral("journal list [--state S] [--kind K] [--since DATE] [--until DATE] [--user-key K] "
                                              "[--profile NAME] [--open] [--limit N] [--json]"),
                   exporting ? tr("Writes the operations (all, or those the filters keep) to FILE: CSV with the same columns as the "
                                  "console's Activity export (UTF-8 with BOM), or JSON lines with the keys of journal list --json.")
                             : tr("Lists the operations in the activity journal, newest first."),
                   CommandLine::Json | CommandLine::Journal | CommandLine::ShowSecrets);
    cl.add(QStringLiteral("state"), tr("Only this state: intent, sent, succeeded, failed, unknown or reconciled."), tr("state"));
    cl.add(QStringLiteral("kind"), tr("Only this kind: refund, payout, message or test-payment."), tr("kind"));
    cl.add(QStringLiteral("since"), tr("Only operations made at or after this date (2026-12-01) or time (2026-12-01T09:00)."), tr("date"));
    cl.add(QStringLiteral("until"), tr("Only operations made at or before this date or time."), tr("date"));
    cl.add(QStringLiteral("user-key"), tr("Only operations for this userKey."), tr("number"));
    cl.add(QStringLiteral("profile"), tr("Only operations made with this profile."), tr("name"));
    cl.add(QStringLiteral("open"), tr("Only open operations (intent, sent or unknown): what needs reconciling."));
    cl.add(QStringLiteral("limit"), tr("At most this many operations."), tr("number"));
    if (exporting) {
        cl.add(QStringLiteral("out"), tr("The file to write."), tr("file"));
        cl.add(QStringLiteral("format"), tr("csv (default) or json (one object per line)."), tr("format"));
    }
    if (!cl.parse(arguments(), output()))
        return finish(cl.exitCode());
    journal::Journal::Filter filter;
    if (cl.isSet(QStringLiteral("state"))) {
        filter.state = journal::stateFromName(cl.value(QStringLiteral("state")));
        if (!filter.state)
            cl.fail(tr("--state expects intent, sent, succeeded, failed, unknown or reconciled, not \"%1\".").arg(cl.value(QStringLiteral("state"))));
    }
    if (cl.isSet(QStringLiteral("kind"))) {
        filter.kind = journal::kindFromName(cl.value(QStringLiteral("kind")));
        if (!filter.kind)
            cl.fail(tr("--kind expects refund, payout, message or test-payment, not \"%1\".").arg(cl.value(QStringLiteral("kind"))));
    }
    for (const auto &[name, when] : {std::pair{QStringLiteral("since"), &filter.from}, std::pair{QStringLiteral("until"), &filter.to}}) {
        if (!cl.isSet(name))
            continue;
        const std::optional<QDateTime> t = parseWhen(cl.value(name));
        if (!t)
            cl.fail(tr("--%1 expects a date (2026-12-01) or a date and time (2026-12-01T09:00), not \"%2\".").arg(name, cl.value(name)));
        else
            *when = name == QLatin1String("until") && t->time() == QTime(0, 0) && !cl.value(name).contains(QLatin1Char('T'))
                        ? t->addDays(1).addMSecs(-1) // a date "until" includes that day
                        : *t;
    }
    filter.userKey = cl.positiveInteger(QStringLiteral("user-key"), tr("a userKey"), false);
    const std::optional<qint64> limit = cl.positiveInteger(QStringLiteral("limit"), tr("how many operations at most"), false);
    QString out, format = QStringLiteral("csv");
    if (exporting) {
        out = cl.required(QStringLiteral("out"), tr("the file to write"));
        if (cl.isSet(QStringLiteral("format")))
            format = cl.value(QStringLiteral("format"));
        if (format != QLatin1String("csv") && format != QLatin1String("json"))
            cl.fail(tr("--format expects csv or json, not \"%1\".").arg(format));
    }
    if (!cl.positional().isEmpty())
        cl.fail(tr("Unexpected argument \"%1\".").arg(cl.positional().first()));
    if (cl.isSet(QStringLiteral("profile"))) {
        const auto profile = workspace().profiles().profileByName(cl.value(QStringLiteral("profile")));
        // Operations keep the profile's id; a profile removed since is still found by name below.
        if (profile)
            filter.profileId = profile->id;
    }
    if (cl.failed())
        return finish(cl.exitCode());
    if (!openJournal(cl, true))
        return;
    QList<journal::Operation> rows = workspace().journal().query(filter);
    if (cl.isSet(QStringLiteral("profile")) && filter.profileId.isEmpty()) {
        const QString name = cl.value(QStringLiteral("profile"));
        rows.removeIf([&name](const journal::Operation &o) { return o.profileName != name; });
    }
    if (cl.isSet(QStringLiteral("open")))
        rows.removeIf([](const journal::Operation &o) { return !o.isOpen(); });
    if (limit && rows.size() > *limit)
        rows.resize(*limit);

    const bool reveal = output().reveal();
    if (exporting) {
        QByteArray bytes;
        if (format == QLatin1String("csv")) {
            bytes = journal::toCsvFile(rows, reveal);
        } else {
            for (const journal::Operation &o : std::as_const(rows))
                bytes += QJsonDocument(journal::toJson(o, reveal)).toJson(QJsonDocument::Compact) + '\n';
        }
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return finishWithProblem(ops::OutcomeClass::BadInput, tr("--out: the file %1 cannot be written: %2").arg(out, file.errorString()));
        output().text(tr("Exported %n operation(s) to %1.", nullptr, int(rows.size())).arg(QDir::toNativeSeparators(out)));
        return finishWith(ops::OutcomeClass::Done, {}, {{QStringLiteral("file"), out}, {QStringLiteral("operations"), int(rows.size())}});
    }
    if (rows.isEmpty())
        output().text(tr("No operations."));
    for (const journal::Operation &o : std::as_const(rows)) {
        output().result(journal::toJson(o, reveal));
        output().text(QStringLiteral("#%1  %2  %3  %4  %5  %6  %7")
                          .arg(o.id)
                          .arg(localTime(o.createdAt), journal::kindName(o.kind).leftJustified(12), journal::stateName(o.state).leftJustified(10),
                               o.amount ? QLocale().toString(o.amount) : QStringLiteral("—"), journal::targetText(o), o.profileName));
    }
    finish(ops::exit_codes::Done);
}

void JournalCommand::show()
{
    CommandLine cl(QStringLiteral("journal show ID [--json]"), tr("Shows one operation of the activity journal in full."),
                   CommandLine::Json | CommandLine::Journal | CommandLine::ShowSecrets);
    cl.addPositional(QStringLiteral("id"), tr("The operation's number (#ID)."), QStringLiteral("ID"));
    if (!cl.parse(arguments(), output()))
        return finish(cl.exitCode());
    bool ok = false;
    const qint64 id = cl.positional().value(0).toLongLong(&ok);
    if (cl.positional().size() != 1 || !ok || id <= 0)
        cl.fail(tr("ait-cli journal show expects one operation number, e.g. ait-cli journal show 12."));
    if (cl.failed())
        return finish(cl.exitCode());
    if (!openJournal(cl, true))
        return;
    const std::optional<journal::Operation> o = workspace().journal().find(id);
    if (!o)
        return finishWithProblem(ops::OutcomeClass::BadInput, tr("There is no operation #%1 in the journal.").arg(id));
    output().result(journal::toJson(*o, output().reveal()));
    QStringList lines{tr("Operation #%1: %2, %3").arg(o->id).arg(journal::kindName(o->kind), journal::stateName(o->state))};
    auto line = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << QStringLiteral("  %1 %2").arg(label.leftJustified(20), value);
    };
    if (o->state == journal::State::Reconciled)
        line(tr("Applied:"), o->applied ? tr("yes") : tr("no"));
    line(tr("Created:"), localTime(o->createdAt));
    line(tr("Updated:"), localTime(o->updatedAt));
    line(tr("Operator:"), o->operatorName.isEmpty() ? o->osUser : QStringLiteral("%1 (%2)").arg(o->operatorName, o->osUser));
    line(tr("Profile:"), o->profileName);
    line(tr("Certificate:"), o->identityFingerprint);
    line(tr("Target:"), journal::targetText(*o));
    line(tr("Amount:"), o->amount ? QLocale().toString(o->amount) : QString());
    line(tr("Reason:"), o->reason);
    line(tr("Idempotency handle:"), journal::idempotencyKeyText(*o, output().reveal()));
    line(tr("Test:"), o->test ? tr("yes") : tr("no"));
    line(tr("Partner code:"), o->partnerCode);
    line(tr("Response:"), o->responseDigest);
    line(tr("Batch:"), o->batchId);
    const QList<journal::Journal::Event> events = workspace().journal().events(o->id);
    if (!events.isEmpty()) {
        lines << tr("History:");
        for (const journal::Journal::Event &e : events)
            lines << QStringLiteral("  %1  %2  %3  %4").arg(localTime(e.at), e.change.leftJustified(22), e.actor, e.detail).trimmed();
    }
    output().text(lines.join(QLatin1Char('\n')));
    if (o->isOpen())
        explainOpenRow(o->id);
    finish(ops::exit_codes::Done);
}

void JournalCommand::verify()
{
    CommandLine cl(QStringLiteral("journal verify [--journal PATH] [--json]"),
                   tr("Checks the journal's audit trail: every change is an event whose digest covers the event before it, and every "
                      "operation and batch must be as its last event left it. Names the first place where something was edited, "
                      "deleted or reordered. Exit 0 when the trail holds, 5 when it does not."),
                   CommandLine::Json | CommandLine::Journal);
    if (!cl.parse(arguments(), output()))
        return finish(cl.exitCode());
    if (!cl.positional().isEmpty())
        cl.fail(tr("Unexpected argument \"%1\".").arg(cl.positional().first()));
    if (cl.failed())
        return finish(cl.exitCode());
    if (!openJournal(cl, true))
        return;
    const journal::Journal::ChainReport report = workspace().journal().verifyChain();
    const QJsonObject facts{{QStringLiteral("events"), report.events}, {QStringLiteral("brokenAtEvent"), report.brokenAt},
                            {QStringLiteral("operation"), report.batch || report.approval ? 0 : report.operationId},
                            {QStringLiteral("batch"), report.batch ? report.operationId : 0},
                            {QStringLiteral("approval"), report.approval ? report.operationId : 0}};
    if (report.ok()) {
        output().text(tr("The audit trail holds: %n event(s), each following the one before; every operation and batch is as its "
                         "last event left it.", nullptr, int(report.events)));
        return finishWith(ops::OutcomeClass::Done, {}, facts);
    }
    QString where;
    if (report.brokenAt)
        where = tr("The audit trail is broken at event #%1 (%2): an event was edited, deleted or moved.").arg(report.brokenAt).arg(report.problem);
    else if (report.operationId)
        where = (report.batch      ? tr("Batch #%1 is not as its last event left it (%2): the journal was edited outside ait-console.")
                 : report.approval ? tr("Approval #%1 is not as its last event left it (%2): the journal was edited outside ait-console.")
                              : tr("Operation #%1 is not as its last event left it (%2): the journal was edited outside ait-console."))
                    .arg(report.operationId).arg(report.problem);
    else
        where = tr("The audit trail could not be checked: %1").arg(report.problem);
    finishWithProblem(ops::OutcomeClass::LocalProblem, where, {}, facts);
}

void JournalCommand::reconcile()
{
    auto cl = std::make_shared<CommandLine>(
        QStringLiteral("journal reconcile ID [--delivered yes|no] [--json]"),
        tr("Finds out what happened to an open operation and settles it in the journal, never by sending it again: a refund "
           "or test payment by looking the payment up, a payout by asking for the result of the same promotion key. A message "
           "cannot be looked up: check with the user, then record it with --delivered yes or no. Uses the profile the "
           "operation was made with. Exit 0 when settled, 6 while the outcome is still unknown."),
        CommandLine::Json | CommandLine::Journal);
    cl->addPositional(QStringLiteral("id"), tr("The operation's number (#ID)."), QStringLiteral("ID"));
    cl->add(QStringLiteral("delivered"), tr("For a message: yes if it arrived, no if it did not."), QStringLiteral("yes|no"));
    if (!cl->parse(arguments(), output()))
        return finish(cl->exitCode());
    bool ok = false;
    const qint64 id = cl->positional().value(0).toLongLong(&ok);
    if (cl->positional().size() != 1 || !ok || id <= 0)
        cl->fail(tr("ait-cli journal reconcile expects one operation number, e.g. ait-cli journal reconcile 12."));
    const QString delivered = cl->value(QStringLiteral("delivered")).toLower();
    if (cl->isSet(QStringLiteral("delivered")) && delivered != QLatin1String("yes") && delivered != QLatin1String("no"))
        cl->fail(tr("--delivered expects yes or no, not \"%1\".").arg(cl->value(QStringLiteral("delivered"))));
    if (cl->failed())
        return finish(cl->exitCode());
    if (!openJournal(*cl, true))
        return;
    const std::optional<journal::Operation> o = workspace().journal().find(id);
    if (!o)
        return finishWithProblem(ops::OutcomeClass::BadInput, tr("There is no operation #%1 in the journal.").arg(id));
    if (!o->isOpen()) {
        output().text(tr("Operation #%1 is already settled (%2): nothing to reconcile.").arg(id).arg(journal::stateName(o->state)));
        return finishWith(ops::OutcomeClass::Done, {},
                          {{QStringLiteral("operation"), id}, {QStringLiteral("state"), journal::stateName(o->state)}, {QStringLiteral("applied"), o->applied}});
    }
    if (o->kind == journal::Kind::Message) {
        if (!cl->isSet(QStringLiteral("delivered")))
            return finishWithProblem(ops::OutcomeClass::BadInput,
                                     tr("A message cannot be looked up afterwards: check whether user %1 received it, then give "
                                        "--delivered yes or --delivered no.").arg(o->userKey));
        const bool arrived = delivered == QLatin1String("yes");
        if (!workspace().money().messages().settleByOperator(id, arrived))
            return finishWithProblem(ops::OutcomeClass::LocalProblem, tr("The journal could not record it."));
        return reconciled(id, journal::State::Reconciled, arrived, {});
    }
    if (cl->isSet(QStringLiteral("delivered")))
        return finishWithProblem(ops::OutcomeClass::BadInput, tr("--delivered is only for messages; operation #%1 is a %2.")
                                                                  .arg(id).arg(journal::kindName(o->kind)));
    const journal::Kind kind = o->kind;
    output().note(tr("Looking up what happened to operation #%1 with profile \"%2\"…").arg(id).arg(o->profileName));
    withProfileId(o->profileId, [this, id, kind](api::PartnerClient &client) {
        ops::MoneyServices &money = workspace().money();
        switch (kind) {
        case journal::Kind::Refund:
            money.refunds().reconcile(client, id, this, [this, id](const ops::RefundOutcome &r) { reconciled(id, r.state, r.applied, r.error); });
            break;
        case journal::Kind::Payout:
            money.payouts().reconcile(client, id, this, [this, id](const ops::PayoutOutcome &r) { reconciled(id, r.state, r.applied, r.error); });
            break;
        case journal::Kind::TestPayment:
            money.testPayments().reconcile(client, id, this,
                                           [this, id](const ops::TestPaymentOutcome &r) { reconciled(id, r.state, r.applied, r.error); });
            break;
        case journal::Kind::Message:
            break;
        }
    });
}

void JournalCommand::reconciled(qint64 id, journal::State state, bool applied, const api::ApiError &error)
{
    const QJsonObject result{{QStringLiteral("operation"), id}, {QStringLiteral("state"), journal::stateName(state)}, {QStringLiteral("applied"), applied}};
    if (state == journal::State::Reconciled) {
        output().text(applied ? tr("Reconciled #%1: it was applied (once). It will not be sent again.").arg(id)
                              : tr("Reconciled #%1: it was not applied.").arg(id));
        return finishWith(ops::OutcomeClass::Done, {}, result);
    }
    // The lookup failed or the partner has not decided yet: the row stays open.
    output().note(tr("Could not settle #%1 yet; it stays open. Try again later.").arg(id));
    finishWith(error.refusedBeforeSending() ? ops::classify(error) : ops::OutcomeClass::Unknown, error, result);
}

} // namespace ait::cli
