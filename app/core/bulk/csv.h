#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ait::bulk {

// Text encodings of the CSV files people make: UTF-8 (with or without the BOM Excel's "CSV UTF-8"
// writes), UTF-16 (Excel's "Unicode text") and CP949, which Korean Excel writes for plain "CSV"
// (Microsoft's superset of EUC-KR, decoded by Qt through ICU as windows-949).
enum class Encoding { Utf8, Utf8Bom, Utf16Le, Utf16Be, Cp949 };

QString encodingName(Encoding encoding); // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "CP949"
// Accepts the names above and the usual aliases (utf8, euc-kr, ms949, windows-949, …).
std::optional<Encoding> encodingFromName(const QString &name);
// False when this Qt cannot decode it (CP949 needs a Qt built with ICU).
bool isAvailable(Encoding encoding);
// What the bytes look like: a BOM decides; otherwise UTF-8 when they are valid UTF-8, else CP949.
Encoding detectEncoding(const QByteArray &bytes);
// Decodes strictly (a BOM is dropped); empty when the bytes are not valid in that encoding.
std::optional<QString> decode(const QByteArray &bytes, Encoding encoding);

struct CsvRecord
{
    int line = 0; // where the record starts in the file, from 1
    QStringList fields;
};

struct CsvReadOptions
{
    std::optional<Encoding> encoding; // detected when not given
    std::optional<QChar> delimiter;   // detected (comma, semicolon or tab) when not given
    int maxRecords = 100001;          // reading stops after this many (header included)
};

struct CsvDocument
{
    enum class Problem { None, NotText, EncodingUnavailable, UnclosedQuote, TooManyRecords };
    Problem problem = Problem::None;
    int problemLine = 0;
    Encoding encoding = Encoding::Utf8;
    bool encodingDetected = true;
    QChar delimiter = QLatin1Char(',');
    QList<CsvRecord> records; // blank lines (and lines of empty fields) left out; the header is the first
};

// RFC 4180 as spreadsheets write it: fields quoted with "", "" for a quote inside, delimiters and
// line breaks inside quotes; CRLF, LF or CR line ends; blank lines skipped.
CsvDocument readCsv(const QByteArray &bytes, const CsvReadOptions &options = {});

// A field for a CSV we write: quoted when it needs to be, and a cell a spreadsheet would run as a
// formula (=, +, -, @, tab, CR first) made inert with a leading apostrophe.
QString csvField(const QString &value, QChar delimiter = QLatin1Char(','));

} // namespace ait::bulk
