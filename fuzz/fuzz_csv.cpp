// libFuzzer target for the bulk-run CSV reader and check (untrusted files from operators' PCs):
// any bytes, read with every encoding and delimiter guess, must neither crash nor hang, and a
// clean report's rows must obey the rules the check promises.
//
// Seeds: ait-fuzz-seeds csv (a header, BOM, quoted commas and newlines, CRLF, CP949, bad numbers).
#include "core/bulk/batchcheck.h"

#include <QCoreApplication>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ait::bulk;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(std::min<size_t>(size, 1 << 20)));
    for (const ait::journal::Kind kind : {ait::journal::Kind::Payout, ait::journal::Kind::Message}) {
        CheckOptions options;
        options.kind = kind;
        options.code = kind == ait::journal::Kind::Payout ? QStringLiteral("BULK_PROMO") : QStringLiteral("demo-template");
        const CheckReport report = Check::run(bytes, QStringLiteral("fuzz.csv"), options);
        if (report.ok()) {
            for (const PlannedRow &row : report.rows) {
                if (row.userKey <= 0 || row.line < 2 || (kind == ait::journal::Kind::Payout && (row.amount <= 0 || row.amount > options.maxAmount)))
                    std::abort();
            }
        }
        (void)Check::problemsCsv(report);
    }
    CsvReadOptions semicolons;
    semicolons.delimiter = QLatin1Char(';');
    semicolons.encoding = Encoding::Cp949;
    (void)readCsv(bytes, semicolons);
    return 0;
}
