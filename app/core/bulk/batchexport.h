#pragma once

#include "core/journal/journal.h"

#include <QCoreApplication>

class QIODevice;

namespace ait::bulk {

// What became of a batch row, for people: the results table, the export, ait-cli.
class RowOutcome
{
    Q_DECLARE_TR_FUNCTIONS(ait::bulk::RowOutcome)

public:
    enum class Class { Succeeded, Failed, Unknown, Pending };
    static Class classOf(const journal::Operation &row);
    static QString className(Class c); // "succeeded", "failed", "unknown", "pending"
    // One sentence in the operator's language.
    static QString explain(const journal::Operation &row);
};

// Writes a batch's rows as CSV (UTF-8 with a BOM, so Excel reads Hangul): row, userKey, amount,
// outcome, state, key, partner code, attempt, the explanation, then the memo columns (and the
// template context of a message). Cells a spreadsheet would run as formulas are made inert.
// Rows are read in pages: memory stays small for 100,000 rows. False when `out` fails.
bool writeResultsCsv(const journal::Journal &journal, qint64 batchId, QIODevice &out);

} // namespace ait::bulk
