#pragma once

#include "core/journal/journalpager.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ait::gui {

// Activity's rows: the operations that match a filter, newest first, read from the journal a page at
// a time as the view scrolls (canFetchMore / fetchMore), never all at once. It keeps the ids of the
// rows it has listed (8 bytes each) and the operations of a bounded window of them; a row outside the
// window is read again by id when it is shown.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Kind, State, Profile, Target, Amount, Reason, Code, Operator, ColumnCount };
    static constexpr int OperationIdRole = Qt::UserRole + 1;
    static constexpr int DefaultPageSize = 200;

    explicit ActivityModel(const journal::Journal &journal, QObject *parent = nullptr, int pageSize = DefaultPageSize);

    // Lists the first page of what matches `filter` (everything read before is forgotten).
    void setFilter(const journal::ActivityFilter &filter);
    const journal::ActivityFilter &filter() const { return m_filter; }
    static bool sameFilter(const journal::ActivityFilter &a, const journal::ActivityFilter &b);
    // Reads the first page again: new operations appear on top, changed ones change, ones that no
    // longer match go; the rows further down stay as they are (and so do the view's selection and
    // current row, which follow their operations).
    void refresh();
    // Nothing listed (the journal is closed).
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The operation on `row` (read when it is not in the window). A copy: the window moves.
    std::optional<journal::Operation> operation(int row) const;
    // The row of operation `id`, reading further pages while it may still come; -1 when it does not.
    int findRow(qint64 id);
    int pageSize() const { return m_pageSize; }
    // Operations currently held in memory (the window), for tests and the bench.
    int cachedOperations() const { return int(m_cache.size()); }
    QString lastError() const { return m_error; }

    // The same words as the table, for the details pane.
    static QString kindText(journal::Kind kind);
    static QString stateText(const journal::Operation &o);
    static QString amountText(const journal::Operation &o);
    static QString codeText(const QString &code);
    static QString operatorText(const journal::Operation &o);

private:
    void remember(const QList<journal::Operation> &operations) const;
    void readAround(int row) const;
    const journal::Operation *cached(int row) const;

    const journal::Journal &m_journal;
    journal::JournalPager m_pager;
    journal::ActivityFilter m_filter;
    int m_pageSize;
    QList<qint64> m_ids;       // every row listed, in order (id descending)
    qint64 m_cursor = 0;       // the lowest id read: the next page is below it
    bool m_more = false;
    mutable QHash<qint64, journal::Operation> m_cache; // the window
    mutable QString m_error;
};

} // namespace ait::gui
