#pragma once

#include "journal.h"

#include <QElapsedTimer>

#include <functional>
#include <optional>

class QIODevice;

namespace ait::journal {

// What Activity asks of the journal: Journal::Filter plus what only Activity filters on.
struct ActivityFilter
{
    Journal::Filter filter;
    bool openOnly = false; // intent, sent or unknown
    // "Mine": only what this operator recorded (the database role on the team journal, the console's
    // operator name on this computer's). `osUser` narrows a nameless operator to this computer's
    // user, since every nameless console would otherwise be "mine".
    std::optional<QString> operatorName;
    QString osUser;
};

// Reads the journal a page at a time, newest first, without loading it all: keyset paging on the
// increasing id (`id < cursor ORDER BY id DESC LIMIT n`), every filter in SQL. The SQL is what
// SQLite and PostgreSQL both run. Used from the thread that opened the journal, like the journal.
class JournalPager
{
public:
    explicit JournalPager(const Journal &journal) : m_journal(journal) {}

    struct Page
    {
        QList<Operation> operations; // newest first
        bool more = false;           // older matching operations exist after the last one
        bool ok = true;
    };
    // At most `limit` matching operations with an id below `before` (0: from the newest).
    Page page(const ActivityFilter &filter, qint64 before, int limit) const;
    // Matching operations with an id from `atLeast` up, newest first, at most `limit` (a refresh of
    // the first page: `more` says the limit cut it short).
    Page since(const ActivityFilter &filter, qint64 atLeast, int limit) const;
    // Matching operations with `lowest <= id < below`: one bounded slice of the id range, however
    // few match (a streamed export reads these so each step costs the same).
    Page range(const ActivityFilter &filter, qint64 lowest, qint64 below) const;
    // These operations (whatever the filter), newest first: a listed row read again.
    QList<Operation> byIds(const QList<qint64> &ids) const;
    // The lowest and highest ids on record (0, 0 when none): cheap on both engines (primary key).
    std::pair<qint64, qint64> idSpan() const;
    // How many operations match: a full count, so only for small journals or indexed filters.
    std::optional<qint64> count(const ActivityFilter &filter) const;

    QString lastError() const { return m_error; }

    // Schema 3 has an index for each equality filter followed by id (operations_kind_id, …), so a
    // filtered page is an index walk on both engines. A text search (LIKE '%…%') has none: it scans.

private:
    Page select(const ActivityFilter &filter, const QStringList &extra, const QVariantList &extraValues, int limit) const;

    const Journal &m_journal;
    mutable QString m_error;
};

// A CSV export of every operation that matches a filter, written as it is read (a bounded slice of
// ids at a time), so memory stays flat whatever the journal holds. The caller drives it: step()
// until done() (the console between events, ait-cli or a bench in one loop); cancel() stops it.
// Same columns and quoting as toCsv().
class CsvExport
{
public:
    CsvExport(const Journal &journal, ActivityFilter filter, QIODevice &out, bool revealKeys);

    // Writes about `budgetMs` worth of rows (at least one slice). False once finished or failed.
    bool step(int budgetMs = 30);
    // Runs to the end; `progress` is told the rows written and the fraction done after each slice
    // and may return false to cancel. True when everything was written.
    bool run(const std::function<bool(qint64 rows, double fraction)> &progress = {});
    void cancel() { m_cancelled = true; }

    bool done() const { return m_done; }
    bool failed() const { return !m_error.isEmpty(); }
    bool cancelled() const { return m_cancelled; }
    QString error() const { return m_error; }
    qint64 rowsWritten() const { return m_rows; }
    // 0 … 1 by the ids read so far (ids are dense enough for a progress bar).
    double fraction() const;

    // Ids read per slice: a slice is one indexed range query, whatever the filter.
    static constexpr qint64 SliceIds = 4096;

private:
    bool write(const QByteArray &bytes);

    JournalPager m_pager;
    ActivityFilter m_filter;
    QIODevice &m_out;
    bool m_revealKeys;
    qint64 m_lowest = 0, m_highest = 0, m_cursor = 0; // ids below m_cursor are still to read
    qint64 m_rows = 0;
    bool m_started = false, m_done = false, m_cancelled = false;
    QString m_error;
};

} // namespace ait::journal
