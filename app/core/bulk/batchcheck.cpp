#include "batchcheck.h"

#include "core/ops/payoutservice.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QThread>


namespace ait::bulk {

namespace {

// A positive whole number that fits in 64 bits, written with digits only.
std::optional<qint64> positiveInteger(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,19}$"));
    const QString t = text.trimmed();
    if (!digits.match(t).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    if (!ok || v <= 0)
        return std::nullopt;
    return v;
}

int columnIndex(const QStringList &header, const QString &name)
{
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

bool Check::isMemoColumn(const QString &name)
{
    const QString n = name.trimmed();
    return n.startsWith(QLatin1String("memo"), Qt::CaseInsensitive) || n.startsWith(QLatin1Char('#'));
}

QString Check::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

int Check::callsPerRow(journal::Kind kind, MessageMode mode)
{
    if (kind == journal::Kind::Payout)
        return 3; // get-key, execute, and the result (asked a second after execute: usually once)
    return mode == MessageMode::PerUser ? 1 : 0;
}

qint64 Check::estimateSeconds(journal::Kind kind, int rows, int maxRowsPerUser, MessageMode mode, const Pace &pace, int messageChunk)
{
    if (rows <= 0)
        return 0;
    const bool chunks = kind == journal::Kind::Message && mode == MessageMode::Chunks;
    const qint64 calls = chunks ? (rows + std::max(1, messageChunk) - 1) / std::max(1, messageChunk) : qint64(rows) * callsPerRow(kind, mode);
    const qint64 perMinute = std::max(1, pace.callsPerMinute);
    const qint64 appSeconds = (calls * 60 + perMinute - 1) / perMinute;
    // The calls of one user beyond the first minute's share wait for the next minutes.
    const qint64 perUser = std::max(1, pace.callsPerUserPerMinute);
    const qint64 userCalls = chunks ? 0 : qint64(maxRowsPerUser) * callsPerRow(kind, mode);
    const qint64 userSeconds = std::max<qint64>(0, userCalls - perUser) * 60 / perUser;
    return std::max(appSeconds, userSeconds);
}

std::optional<QByteArray> Check::readFile(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("The file %1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxFileBytes) {
        *problem = tr("The file is larger than 20 MiB (%1 MiB). Split it into smaller files.")
                       .arg(QLocale().toString(double(file.size()) / (1024 * 1024), 'f', 1));
        return std::nullopt;
    }
    return file.read(MaxFileBytes + 1);
}

CheckContext Check::contextFrom(const journal::Journal &journal, const CheckOptions &options, const QString &sha256)
{
    CheckContext c;
    if (!journal.isOpen() || journal.schemaVersion() < 2)
        return c; // a journal from before bulk runs has none
    c.sameSource = journal.batchesFromSource(sha256, options.code);
    if (options.kind == journal::Kind::Payout)
        c.usersWithOpenPayout = journal.usersWithOpenPayouts(options.code);
    return c;
}

CheckReport Check::run(const QByteArray &bytes, const QString &sourceName, const CheckOptions &options, const CheckContext &context)
{
    CheckReport r;
    r.sourceName = QFileInfo(sourceName).fileName();
    r.bytes = bytes.size();
    r.sha256 = sha256Hex(bytes);
    const bool payout = options.kind == journal::Kind::Payout;
    auto fileProblem = [&r](const QString &message, int line = 0) {
        r.problems.append({line, {}, {}, message});
        r.fileRefused = true;
        return r;
    };
    if (!options.requireCode && options.code.isEmpty()) {
        // Only the file is checked.
    } else if (payout) {
        if (const QString why = ops::PayoutService::validate({1, options.code, 1}); !why.isEmpty())
            r.problems.append({0, {}, options.code, why});
    } else if (options.code.trimmed().isEmpty()) {
        r.problems.append({0, {}, {}, tr("Enter the template code (templateSetCode).")});
    }
    if (bytes.size() > MaxFileBytes)
        return fileProblem(tr("The file is larger than 20 MiB (%1 MiB). Split it into smaller files.")
                               .arg(QLocale().toString(double(bytes.size()) / (1024 * 1024), 'f', 1)));

    CsvReadOptions read;
    read.encoding = options.encoding;
    read.delimiter = options.delimiter;
    read.maxRecords = MaxRows + 1;
    const CsvDocument doc = readCsv(bytes, read);
    r.encoding = doc.encoding;
    r.encodingDetected = doc.encodingDetected;
    r.delimiter = doc.delimiter;
    switch (doc.problem) {
    case CsvDocument::Problem::None: break;
    case CsvDocument::Problem::EncodingUnavailable:
        return fileProblem(tr("This system cannot read %1 text. Save the file as \"CSV UTF-8\" and try again.").arg(encodingName(doc.encoding)));
    case CsvDocument::Problem::NotText:
        return fileProblem(tr("The file is not %1 text. Choose another encoding, or save the file as \"CSV UTF-8\" and try again.")
                               .arg(encodingName(doc.encoding)));
    case CsvDocument::Problem::UnclosedQuote:
        return fileProblem(tr("A quoted value that starts on this line is never closed."), doc.problemLine);
    case CsvDocument::Problem::TooManyRecords:
        return fileProblem(tr("The file has more than %1 rows, the most one batch can hold. Split it into smaller files.")
                               .arg(QLocale().toString(MaxRows)),
                           doc.problemLine);
    }
    if (doc.records.isEmpty())
        return fileProblem(tr("The file is empty."));

    const CsvRecord &headerRecord = doc.records.first();
    QStringList header = headerRecord.fields;
    while (!header.isEmpty() && header.last().trimmed().isEmpty()) // empty trailing columns
        header.removeLast();
    r.columns = header;
    const int userColumn = columnIndex(header, QStringLiteral("userKey"));
    const int amountColumn = payout ? columnIndex(header, QStringLiteral("amount")) : -1;
    if (userColumn < 0 || (payout && amountColumn < 0)) {
        return fileProblem(tr("The first line must be a header naming the columns: %1.")
                               .arg(payout ? QStringLiteral("userKey, amount") : QStringLiteral("userKey")),
                           headerRecord.line);
    }
    QHash<QString, int> seenNames;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (name.isEmpty()) {
            r.problems.append({headerRecord.line, QString::number(i + 1), {}, tr("Column %1 has no name in the header.").arg(i + 1)});
            continue;
        }
        if (seenNames.contains(name.toLower()))
            r.problems.append({headerRecord.line, name, {}, tr("The header names the column \"%1\" twice.").arg(name)});
        seenNames.insert(name.toLower(), i);
    }
    // Which columns are template variables and which are memos.
    QList<int> variableColumns, memoColumns;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (i == userColumn || i == amountColumn || name.isEmpty())
            continue;
        const bool variable = !payout && (options.variables.isEmpty() ? !isMemoColumn(name)
                                                                      : options.variables.contains(name, Qt::CaseInsensitive));
        (variable ? variableColumns : memoColumns) << i;
        (variable ? r.variables : r.memoColumns) << name;
    }
    for (const QString &wanted : options.variables) {
        if (columnIndex(header, wanted) < 0)
            r.problems.append({headerRecord.line, wanted, {}, tr("The template variable \"%1\" has no column in the header.").arg(wanted)});
    }
    r.messageMode = variableColumns.isEmpty() ? MessageMode::Chunks : MessageMode::PerUser;

    for (const journal::Batch &b : context.sameSource) {
        r.problems.append({0, {}, r.sha256.left(12),
                           tr("This file was already run for %1 as batch %2 on %3 by %4 (%5).")
                               .arg(b.code, b.idText(), QLocale().toString(b.createdAt.toLocalTime(), QLocale::ShortFormat),
                                    b.operatorName.isEmpty() ? b.osUser : b.operatorName, b.osUser)});
    }

    QHash<qint64, int> firstLineOf; // user → line of their first row
    QHash<qint64, int> rowsOf;
    const int n = int(doc.records.size());
    r.rows.reserve(n - 1);
    for (int i = 1; i < n; ++i) {
        const CsvRecord &rec = doc.records.at(i);
        const int problemsBefore = int(r.problems.size());
        for (int extra = int(header.size()); extra < rec.fields.size(); ++extra) {
            if (!rec.fields.at(extra).trimmed().isEmpty()) {
                r.problems.append({rec.line, {}, rec.fields.at(extra), tr("This row has more values than the header has columns.")});
                break;
            }
        }
        PlannedRow row;
        row.line = rec.line;
        const QString userText = rec.fields.value(userColumn);
        if (const std::optional<qint64> user = positiveInteger(userText))
            row.userKey = *user;
        else
            r.problems.append({rec.line, QStringLiteral("userKey"), userText,
                               tr("userKey must be a positive whole number (found \"%1\").").arg(userText.left(40))});
        if (payout) {
            const QString amountText = rec.fields.value(amountColumn);
            if (const std::optional<qint64> amount = positiveInteger(amountText)) {
                row.amount = *amount;
                if (*amount > options.maxAmount)
                    r.problems.append({rec.line, QStringLiteral("amount"), amountText,
                                       tr("The amount %1 is above the largest payout allowed (%2 points, setting promotions/maxAmount).")
                                           .arg(QLocale().toString(*amount), QLocale().toString(options.maxAmount))});
            } else {
                r.problems.append({rec.line, QStringLiteral("amount"), amountText,
                                   tr("amount must be a positive whole number of points (found \"%1\").").arg(amountText.left(40))});
            }
        }
        for (int c : variableColumns) {
            const QString value = rec.fields.value(c);
            if (value.trimmed().isEmpty())
                r.problems.append({rec.line, header.at(c), {}, tr("The template variable \"%1\" is empty.").arg(header.at(c).trimmed())});
            row.context.insert(header.at(c).trimmed(), value);
        }
        for (int c : memoColumns) {
            if (!rec.fields.value(c).isEmpty())
                row.memo.insert(header.at(c).trimmed(), rec.fields.value(c));
        }
        if (row.userKey > 0) {
            const auto first = firstLineOf.constFind(row.userKey);
            if (first != firstLineOf.cend() && !options.allowRepeats) {
                r.problems.append({rec.line, QStringLiteral("userKey"), userText,
                                   payout ? tr("This user is listed more than once (first on line %1). Allow repeats to pay them once per row.").arg(*first)
                                          : tr("This user is listed more than once (first on line %1). Allow repeats to send once per row.").arg(*first)});
            }
            if (first == firstLineOf.cend()) {
                firstLineOf.insert(row.userKey, rec.line);
                if (payout && context.usersWithOpenPayout.contains(row.userKey))
                    r.problems.append({rec.line, QStringLiteral("userKey"), userText,
                                       tr("A payout to this user from this promotion is already in progress or its outcome is unknown.")});
            }
            r.maxRowsPerUser = std::max(r.maxRowsPerUser, ++rowsOf[row.userKey]);
        }
        r.totalAmount += row.amount; // every row, so the operator sees what the file asks for
        if (r.problems.size() == problemsBefore)
            r.rows.append(std::move(row));
    }
    if (n <= 1)
        r.problems.append({0, {}, {}, tr("The file has no rows under its header.")});
    QSet<qint64> usersThatWouldRun; // the rows that would run, like the row count beside it
    for (const PlannedRow &row : std::as_const(r.rows))
        usersThatWouldRun.insert(row.userKey);
    r.distinctUsers = int(usersThatWouldRun.size());
    r.estimatedSeconds = estimateSeconds(options.kind, int(r.rows.size()), r.maxRowsPerUser, r.messageMode, options.pace,
                                         std::clamp(options.messageChunk, 1, MaxMessageChunk));
    return r;
}

void Check::runInBackground(QByteArray bytes, QString sourceName, CheckOptions options, CheckContext context, QObject *receiver,
                            std::function<void(const CheckReport &)> done)
{
    auto report = std::make_shared<CheckReport>();
    QThread *thread = QThread::create([report, bytes = std::move(bytes), sourceName = std::move(sourceName), options = std::move(options),
                                       context = std::move(context)] { *report = Check::run(bytes, sourceName, options, context); });
    // Delivered on the receiver's thread, and not at all once it is gone.
    QObject::connect(thread, &QThread::finished, receiver, [report, done = std::move(done)] { done(*report); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

QByteArray Check::problemsCsv(const CheckReport &report)
{
    QString out = QStringLiteral("line,column,value,problem\r\n");
    for (const Problem &p : report.problems)
        out += QString::number(p.line) + QLatin1Char(',') + csvField(p.column) + QLatin1Char(',') + csvField(p.value) + QLatin1Char(',')
             + csvField(p.message) + QStringLiteral("\r\n");
    return out.toUtf8();
}

} // namespace ait::bulk
