#pragma once

#include "csv.h"
#include "pacer.h"

#include "core/journal/journal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace ait::bulk {

constexpr qint64 MaxFileBytes = qint64{20} * 1024 * 1024;
constexpr int MaxRows = 100000;
constexpr int MaxMessageChunk = 2500; // send-bulk-message takes 1 to 2,500 recipients

// How a message batch is sent: one send-message per row when the template has per-user variables,
// otherwise send-bulk-message with a chunk of recipients.
enum class MessageMode { PerUser, Chunks };

struct CheckOptions
{
    journal::Kind kind = journal::Kind::Payout; // Payout or Message
    QString code;                               // the promotion code or the templateSetCode
    bool requireCode = true;                    // false: a file checked before the code is chosen
    bool allowRepeats = false;                  // a user may be listed more than once
    qint64 maxAmount = 1000000;                 // settings promotions/maxAmount
    // Messages: the template's variables. Empty: every column but userKey and memo columns (a name
    // starting with "memo" or "#").
    QStringList variables;
    std::optional<Encoding> encoding;           // detected when not given
    std::optional<QChar> delimiter;             // detected when not given
    Pace pace;                                  // for the estimated duration
    int messageChunk = 500;                     // settings bulk/messageChunk
};

// What the journal knows that the check needs (checkContext()).
struct CheckContext
{
    QList<journal::Batch> sameSource;  // batches run from the same file for the same code
    QSet<qint64> usersWithOpenPayout;  // payouts from this promotion still open
};

struct Problem
{
    int line = 0;      // in the file, from 1; 0 for the file as a whole
    QString column;
    QString value;     // what was found (untrusted text)
    QString message;   // in the operator's language
};

// One row as it will run.
struct PlannedRow
{
    int line = 0;
    qint64 userKey = 0;
    qint64 amount = 0;   // payouts
    QJsonObject context; // messages: the template variables
    QJsonObject memo;    // every other column
};

// The dry run's answer: every problem with its line, and the totals. Nothing was sent or recorded.
struct CheckReport
{
    QString sourceName;
    QString sha256; // hex, of the file's bytes
    qint64 bytes = 0;
    Encoding encoding = Encoding::Utf8;
    bool encodingDetected = true;
    QChar delimiter = QLatin1Char(',');
    QStringList columns;
    QStringList variables;   // messages
    QStringList memoColumns;
    QList<PlannedRow> rows;
    QList<Problem> problems;
    bool fileRefused = false; // the file as a whole (too large, too many rows, not text, no header)
    int distinctUsers = 0;
    qint64 totalAmount = 0;
    int maxRowsPerUser = 0;
    MessageMode messageMode = MessageMode::PerUser;
    qint64 estimatedSeconds = 0; // at the pace the run will use

    bool ok() const { return problems.isEmpty() && !rows.isEmpty(); }
};

class Check
{
    Q_DECLARE_TR_FUNCTIONS(ait::bulk::Check)

public:
    // Reads and checks a file; sends nothing and records nothing.
    static CheckReport run(const QByteArray &bytes, const QString &sourceName, const CheckOptions &options,
                           const CheckContext &context = {});
    // Reads a file for run(), refusing one over MaxFileBytes before reading it. Empty on failure,
    // with the reason in `problem`.
    static std::optional<QByteArray> readFile(const QString &path, QString *problem);
    // Runs run() on a thread of its own (a 20 MiB file takes a while) and calls `done` on the thread
    // of `context`, unless it is gone by then.
    static void runInBackground(QByteArray bytes, QString sourceName, CheckOptions options, CheckContext context, QObject *receiver,
                                std::function<void(const CheckReport &)> done);

    static CheckContext contextFrom(const journal::Journal &journal, const CheckOptions &options, const QString &sha256);
    static QString sha256Hex(const QByteArray &bytes);
    // The problems as CSV: line, column, value, problem.
    static QByteArray problemsCsv(const CheckReport &report);
    // Partner calls one row takes, as the estimate counts them.
    static int callsPerRow(journal::Kind kind, MessageMode mode);
    static qint64 estimateSeconds(journal::Kind kind, int rows, int maxRowsPerUser, MessageMode mode, const Pace &pace, int messageChunk);
    static bool isMemoColumn(const QString &name);
};

} // namespace ait::bulk
