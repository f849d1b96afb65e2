#include "bulkservice.h"

#include "core/ops/payoutservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ait::bulk {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ait::bulk::BulkService)
};
} // namespace

BulkService::BulkService(journal::Journal &journal, QObject *parent) : QObject(parent), m_journal(journal) {}

qint64 BulkService::confirmationTotal(const CheckReport &report, journal::Kind kind)
{
    return kind == journal::Kind::Payout ? report.totalAmount : qint64(report.rows.size());
}

journal::Batch BulkService::batchFor(const CheckReport &report, const CheckOptions &options)
{
    journal::Batch b;
    b.kind = options.kind;
    b.code = options.code;
    b.sourceName = report.sourceName;
    b.sourceSha256 = report.sha256;
    b.rowCount = int(report.rows.size());
    b.totalAmount = options.kind == journal::Kind::Payout ? report.totalAmount : 0;
    b.test = options.kind == journal::Kind::Payout && ops::PayoutService::isTestCode(options.code);
    QJsonObject o{{QStringLiteral("allowRepeats"), options.allowRepeats}};
    if (options.kind == journal::Kind::Message) {
        o.insert(QStringLiteral("messageMode"), report.messageMode == MessageMode::Chunks ? QStringLiteral("chunks") : QStringLiteral("per-user"));
        o.insert(QStringLiteral("chunk"), std::clamp(options.messageChunk, 1, MaxMessageChunk));
        o.insert(QStringLiteral("variables"), QJsonArray::fromStringList(report.variables));
    }
    b.options = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return b;
}

bool BulkService::refused(const RunRequest &request, api::ApiError *why) const
{
    if (request.client.readOnly) {
        *why = api::ApiError::make(api::ApiError::Kind::ReadOnly);
        return true;
    }
    if (request.identity.chain.isEmpty() || request.identity.key.isNull()) {
        *why = api::ApiError::make(api::ApiError::Kind::NoIdentity);
        return true;
    }
    if (!m_journal.isOpen() || !m_journal.stillOnDisk()) {
        *why = ops::journalUnavailable(m_journal, m_journal.isOpen() ? QStringLiteral("the journal file was removed or replaced") : m_journal.health().detail);
        return true;
    }
    return false;
}

void BulkService::locate(RunRequest &request) const
{
    // The run opens the service's journal on a connection of its own: the team's database when the
    // service works on it (never a file named after the server), with the password the caller read.
    if (m_journal.isTeam()) {
        request.journal.path.clear();
        request.journal.team = m_journal.team();
    } else if (request.journal.isEmpty()) {
        request.journal.path = m_journal.path();
    }
}

BulkRun *BulkService::adopt(BulkRun *run)
{
    run->setParent(this);
    m_runs.removeAll(nullptr);
    m_runs << run;
    connect(run, &BulkRun::finished, run, &QObject::deleteLater);
    return run;
}

BulkRun *BulkService::confirm(RunRequest request, const CheckReport &report, const CheckOptions &options, qint64 typedTotal,
                              api::ApiError *why)
{
    if (!report.ok()) {
        *why = ops::refusal(Text::tr("The file has problems: fix them and check it again."));
        return nullptr;
    }
    if (typedTotal != confirmationTotal(report, options.kind)) {
        *why = ops::refusal(options.kind == journal::Kind::Payout
                                ? Text::tr("The total you typed is not the file's total of %1 points.").arg(report.totalAmount)
                                : Text::tr("The number you typed is not the file's %1 recipients.").arg(report.rows.size()));
        return nullptr;
    }
    if (refused(request, why))
        return nullptr;
    // Four eyes: a batch cannot be approved in this version, so a profile that wants every batch
    // approved, or a payout row above its threshold, refuses the batch rather than let the file
    // carry past the approval a single payout would need.
    if (request.who.approveBatches) {
        *why = api::ApiError::make(api::ApiError::Kind::ApprovalRequired);
        why->message = Text::tr("This profile needs a second operator's approval for every bulk batch, and a batch cannot be approved in "
                                "this version: nothing was recorded or sent.");
        return nullptr;
    }
    if (options.kind == journal::Kind::Payout && !ops::PayoutService::isTestCode(options.code)) {
        for (const PlannedRow &row : report.rows) {
            if (ops::needsApproval(request.who, row.amount, false)) {
                *why = api::ApiError::make(api::ApiError::Kind::ApprovalRequired);
                why->message = Text::tr("Line %1 pays %2 points, above this profile's approval threshold of %3: a batch cannot be "
                                        "approved in this version, so pay that user through an approval instead. Nothing was recorded or sent.")
                                   .arg(row.line).arg(row.amount).arg(request.who.approvalAbove);
                return nullptr;
            }
        }
    }
    request.newBatch = batchFor(report, options);
    request.rows = report.rows;
    request.batchId = 0;
    locate(request);
    return adopt(new BulkRun(std::move(request)));
}

BulkRun *BulkService::resume(RunRequest request, qint64 batchId, api::ApiError *why)
{
    if (runOf(batchId)) {
        *why = ops::alreadyInProgress(Text::tr("Batch %1 is already running in this program.").arg(batchId));
        return nullptr;
    }
    if (refused(request, why))
        return nullptr;
    request.newBatch.reset();
    request.rows.clear();
    request.batchId = batchId;
    locate(request);
    return adopt(new BulkRun(std::move(request)));
}

BulkRun *BulkService::runOf(qint64 batchId) const
{
    for (const QPointer<BulkRun> &run : m_runs) {
        if (run && run->batchId() == batchId)
            return run;
    }
    return nullptr;
}

} // namespace ait::bulk
