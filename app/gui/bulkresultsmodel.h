#pragma once

#include "core/bulk/batchexport.h"
#include "core/bulk/bulkrun.h"

#include <QAbstractTableModel>

namespace ait::gui {

// The rows of one batch for the Bulk page's results table: loaded from the journal in pages (a
// batch may hold 100,000 rows) and updated as the run settles rows. The outcome column's
// Qt::UserRole is the outcome's name ("succeeded", "failed", "unknown", "pending") for filtering.
class BulkResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RowColumn, UserKeyColumn, AmountColumn, OutcomeColumn, KeyColumn, PartnerCodeColumn, ExplanationColumn, ColumnCount };

    explicit BulkResultsModel(QObject *parent = nullptr);

    void clear(journal::Kind kind = journal::Kind::Payout);
    // Journal rows in row order, continuing what is loaded.
    void append(const QList<journal::Operation> &rows);
    // What a run reports as it goes; rows not loaded yet are read from the journal later anyway.
    void update(const QList<bulk::RowResult> &settled);
    int loadedRows() const { return int(m_rows.size()); }
    bulk::RowOutcome::Class outcomeAt(int row) const { return m_rows.at(row).outcome; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeText(bulk::RowOutcome::Class outcome); // in the operator's language

private:
    struct Row
    {
        int row = 0;
        qint64 userKey = 0;
        qint64 amount = 0;
        bulk::RowOutcome::Class outcome = bulk::RowOutcome::Class::Pending;
        QString key, partnerCode, explanation;
    };
    journal::Kind m_kind = journal::Kind::Payout;
    QList<Row> m_rows; // m_rows[i] is row i + 1 of the batch
};

} // namespace ait::gui
