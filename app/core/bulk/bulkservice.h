#pragma once

#include "bulkrun.h"

#include <QCoreApplication>
#include <QObject>

namespace ait::bulk {

// Starts bulk runs for the console and ait-cli alike (MoneyServices::bulk()), refusing in core what
// must never run: a file with problems, a typed total that does not match, a read-only profile, a
// journal that cannot record, a batch already running in this program. The runs it returns belong
// to it and are deleted (later) after finished(); hold them in a QPointer.
class BulkService : public QObject
{
    Q_OBJECT

public:
    explicit BulkService(journal::Journal &journal, QObject *parent = nullptr);

    // The operator confirms a clean check by typing the total points (payouts) or the number of
    // recipients (messages).
    static qint64 confirmationTotal(const CheckReport &report, journal::Kind kind);
    // The batch record a check becomes when confirmed.
    static journal::Batch batchFor(const CheckReport &report, const CheckOptions &options);

    // Records the batch (in the run's thread, in one transaction) and runs it. Null when refused;
    // `why` says why. Call start() on the run after connecting to it.
    BulkRun *confirm(RunRequest request, const CheckReport &report, const CheckOptions &options, qint64 typedTotal,
                     api::ApiError *why);
    // Continues an unfinished batch: rows an earlier run left open are reconciled first, the rest alongside.
    BulkRun *resume(RunRequest request, qint64 batchId, api::ApiError *why);
    // The run of this batch in this program, if any.
    BulkRun *runOf(qint64 batchId) const;

private:
    bool refused(const RunRequest &request, api::ApiError *why) const;
    void locate(RunRequest &request) const;
    BulkRun *adopt(BulkRun *run);

    journal::Journal &m_journal;
    QList<QPointer<BulkRun>> m_runs;
};

} // namespace ait::bulk
