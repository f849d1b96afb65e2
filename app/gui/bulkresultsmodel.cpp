#include "bulkresultsmodel.h"

#include <QLocale>

namespace ait::gui {

BulkResultsModel::BulkResultsModel(QObject *parent) : QAbstractTableModel(parent) {}

void BulkResultsModel::clear(journal::Kind kind)
{
    beginResetModel();
    m_kind = kind;
    m_rows.clear();
    endResetModel();
}

void BulkResultsModel::append(const QList<journal::Operation> &rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    for (const journal::Operation &o : rows)
        m_rows.append({o.batchRow, o.userKey, o.amount, bulk::RowOutcome::classOf(o), o.idempotencyKey, o.partnerCode, bulk::RowOutcome::explain(o)});
    endInsertRows();
}

void BulkResultsModel::update(const QList<bulk::RowResult> &settled)
{
    int first = -1, last = -1;
    for (const bulk::RowResult &r : settled) {
        const int i = r.row - 1;
        if (i < 0 || i >= m_rows.size())
            continue;
        // The same sentence the journal's row gives, from what the run reported.
        journal::Operation o;
        o.kind = m_kind;
        o.state = r.state;
        o.applied = r.applied;
        o.partnerCode = r.partnerCode;
        Row &row = m_rows[i];
        row.outcome = bulk::RowOutcome::classOf(o);
        row.partnerCode = r.partnerCode;
        row.explanation = r.explanation.isEmpty() ? bulk::RowOutcome::explain(o) : r.explanation;
        first = first < 0 ? i : std::min(first, i);
        last = std::max(last, i);
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int BulkResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BulkResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BulkResultsModel::outcomeText(bulk::RowOutcome::Class outcome)
{
    switch (outcome) {
    case bulk::RowOutcome::Class::Succeeded: return tr("Succeeded");
    case bulk::RowOutcome::Class::Failed: return tr("Failed");
    case bulk::RowOutcome::Class::Unknown: return tr("Unknown");
    case bulk::RowOutcome::Class::Pending: return tr("Not started");
    }
    return {};
}

QVariant BulkResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::UserRole && index.column() == OutcomeColumn)
        return bulk::RowOutcome::className(r.outcome);
    if (role == Qt::TextAlignmentRole && (index.column() == RowColumn || index.column() == AmountColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case RowColumn: return r.row;
    case UserKeyColumn: return QString::number(r.userKey);
    case AmountColumn: return m_kind == journal::Kind::Payout ? QVariant(QLocale().toString(r.amount)) : QVariant();
    case OutcomeColumn: return outcomeText(r.outcome);
    case KeyColumn: return r.key;
    case PartnerCodeColumn: return r.partnerCode;
    case ExplanationColumn: return r.explanation;
    case ColumnCount: break;
    }
    return {};
}

QVariant BulkResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case RowColumn: return tr("Row");
    case UserKeyColumn: return tr("User key");
    case AmountColumn: return tr("Points");
    case OutcomeColumn: return tr("Outcome");
    case KeyColumn: return tr("Key");
    case PartnerCodeColumn: return tr("Partner code");
    case ExplanationColumn: return tr("Explanation");
    case ColumnCount: break;
    }
    return {};
}

} // namespace ait::gui
