#include "batchexport.h"

#include "csv.h"

#include "core/api/apierror.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

namespace ait::bulk {

RowOutcome::Class RowOutcome::classOf(const journal::Operation &row)
{
    switch (row.state) {
    case journal::State::Intent: return Class::Pending;
    case journal::State::Sent:
    case journal::State::Unknown: return Class::Unknown;
    case journal::State::Succeeded: return Class::Succeeded;
    case journal::State::Failed: return Class::Failed;
    case journal::State::Reconciled: return row.applied ? Class::Succeeded : Class::Failed;
    }
    return Class::Unknown;
}

QString RowOutcome::className(Class c)
{
    switch (c) {
    case Class::Succeeded: return QStringLiteral("succeeded");
    case Class::Failed: return QStringLiteral("failed");
    case Class::Unknown: return QStringLiteral("unknown");
    case Class::Pending: return QStringLiteral("pending");
    }
    return {};
}

QString RowOutcome::explain(const journal::Operation &row)
{
    const bool payout = row.kind == journal::Kind::Payout;
    switch (row.state) {
    case journal::State::Intent:
        return tr("Not started yet.");
    case journal::State::Sent:
    case journal::State::Unknown:
        return payout ? tr("Outcome unknown: resume the batch to ask Toss about this payout's key (it is never paid twice).")
                      : tr("Outcome unknown: the answer was lost. Decide whether to send it again or mark it as sent.");
    case journal::State::Succeeded:
        return payout ? tr("Paid.") : tr("Sent.");
    case journal::State::Reconciled:
        if (row.responseDigest.contains(QLatin1String("operator")))
            return row.applied ? tr("Marked as sent by the operator.") : tr("Marked as not sent by the operator.");
        return row.applied ? tr("Paid (confirmed by asking Toss about its key).") : tr("Not paid (Toss reported that its key paid nothing).");
    case journal::State::Failed:
        break;
    }
    if (row.partnerCode == QLatin1String("stopped"))
        return tr("Not sent: the batch was stopped.");
    if (row.partnerCode == QLatin1String("FAILED"))
        return tr("Toss reported the payout as FAILED: no points were paid.");
    const QString known = api::ApiError::explainPartnerCode(row.partnerCode);
    if (!known.isEmpty())
        return known;
    return tr("Refused (%1): nothing was applied.").arg(row.partnerCode);
}

bool writeResultsCsv(const journal::Journal &journal, qint64 batchId, QIODevice &out)
{
    const std::optional<journal::Batch> batch = journal.batch(batchId);
    if (!batch)
        return false;
    // The memo columns, in the order they first appear.
    QStringList memoColumns;
    constexpr int Page = 2000;
    for (int from = 1;;) {
        const QList<journal::Operation> rows = journal.batchRows(batchId, from, Page);
        for (const journal::Operation &row : rows) {
            const QJsonObject memo = QJsonDocument::fromJson(row.memo.toUtf8()).object();
            for (auto it = memo.begin(); it != memo.end(); ++it) {
                if (!memoColumns.contains(it.key()))
                    memoColumns << it.key();
            }
        }
        if (rows.size() < Page)
            break;
        from = rows.last().batchRow + 1;
    }
    const bool message = batch->kind == journal::Kind::Message;
    QStringList header{QStringLiteral("row"), QStringLiteral("userKey"), QStringLiteral("amount"), QStringLiteral("outcome"),
                       QStringLiteral("state"), QStringLiteral("key"), QStringLiteral("partnerCode"), QStringLiteral("attempt"),
                       QStringLiteral("explanation")};
    if (message)
        header << QStringLiteral("context");
    for (const QString &m : memoColumns)
        header << csvField(m);
    if (out.write("\xEF\xBB\xBF") < 0 || out.write(header.join(QLatin1Char(',')).toUtf8() + "\r\n") < 0)
        return false;
    for (int from = 1;;) {
        const QList<journal::Operation> rows = journal.batchRows(batchId, from, Page);
        QByteArray chunk;
        for (const journal::Operation &row : rows) {
            QStringList cells{QString::number(row.batchRow), QString::number(row.userKey), QString::number(row.amount),
                              RowOutcome::className(RowOutcome::classOf(row)), journal::stateName(row.state), csvField(row.idempotencyKey),
                              csvField(row.partnerCode), QString::number(row.attempt), csvField(RowOutcome::explain(row))};
            if (message)
                cells << csvField(row.payload);
            const QJsonObject memo = QJsonDocument::fromJson(row.memo.toUtf8()).object();
            for (const QString &m : memoColumns)
                cells << csvField(memo.value(m).toString());
            chunk += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
        }
        if (out.write(chunk) < 0)
            return false;
        if (rows.size() < Page)
            break;
        from = rows.last().batchRow + 1;
    }
    return true;
}

} // namespace ait::bulk
