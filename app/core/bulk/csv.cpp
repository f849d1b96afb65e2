#include "csv.h"

#include <QStringDecoder>

namespace ait::bulk {

namespace {

const QByteArray Utf8Bom("\xEF\xBB\xBF", 3);
const QByteArray Utf16LeBom("\xFF\xFE", 2);
const QByteArray Utf16BeBom("\xFE\xFF", 2);
// ICU's name for Microsoft's CP949 (Unified Hangul Code). ICU's "cp949" is IBM's table, which lacks
// the extended syllables (똠, 쌰 …) Korean Excel writes.
constexpr const char *Cp949Name = "windows-949";

QChar detectDelimiter(const QString &text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (comma + semicolon + tab > 0)
                break; // the first line with a delimiter decides
        } else if (!quoted) {
            comma += c == QLatin1Char(',');
            semicolon += c == QLatin1Char(';');
            tab += c == QLatin1Char('\t');
        }
    }
    if (semicolon > comma && semicolon >= tab)
        return QLatin1Char(';');
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

} // namespace

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom: return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Utf16Le: return QStringLiteral("UTF-16LE");
    case Encoding::Utf16Be: return QStringLiteral("UTF-16BE");
    case Encoding::Cp949: return QStringLiteral("CP949");
    }
    return {};
}

std::optional<Encoding> encodingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (n == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (n == QLatin1String("utf8(bom)") || n == QLatin1String("utf8bom") || n == QLatin1String("utf8sig"))
        return Encoding::Utf8Bom;
    if (n == QLatin1String("utf16le") || n == QLatin1String("utf16"))
        return Encoding::Utf16Le;
    if (n == QLatin1String("utf16be"))
        return Encoding::Utf16Be;
    if (n == QLatin1String("cp949") || n == QLatin1String("euckr") || n == QLatin1String("ms949") || n == QLatin1String("windows949")
        || n == QLatin1String("uhc"))
        return Encoding::Cp949;
    return std::nullopt;
}

bool isAvailable(Encoding encoding)
{
    return encoding != Encoding::Cp949 || QStringDecoder(Cp949Name).isValid();
}

std::optional<QString> decode(const QByteArray &bytes, Encoding encoding)
{
    QByteArrayView data(bytes);
    std::optional<QStringDecoder> decoder;
    switch (encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8Bom:
        if (data.startsWith(Utf8Bom))
            data = data.sliced(3);
        decoder.emplace(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        break;
    case Encoding::Utf16Le:
        if (data.startsWith(Utf16LeBom))
            data = data.sliced(2);
        decoder.emplace(QStringConverter::Utf16LE, QStringConverter::Flag::Stateless);
        break;
    case Encoding::Utf16Be:
        if (data.startsWith(Utf16BeBom))
            data = data.sliced(2);
        decoder.emplace(QStringConverter::Utf16BE, QStringConverter::Flag::Stateless);
        break;
    case Encoding::Cp949:
        decoder.emplace(Cp949Name, QStringConverter::Flag::Stateless);
        break;
    }
    if (!decoder->isValid())
        return std::nullopt;
    QString text = decoder->decode(data);
    if (decoder->hasError())
        return std::nullopt;
    return text;
}

Encoding detectEncoding(const QByteArray &bytes)
{
    if (bytes.startsWith(Utf8Bom))
        return Encoding::Utf8Bom;
    if (bytes.startsWith(Utf16LeBom))
        return Encoding::Utf16Le;
    if (bytes.startsWith(Utf16BeBom))
        return Encoding::Utf16Be;
    if (decode(bytes, Encoding::Utf8))
        return Encoding::Utf8;
    return Encoding::Cp949;
}

CsvDocument readCsv(const QByteArray &bytes, const CsvReadOptions &options)
{
    CsvDocument doc;
    doc.encodingDetected = !options.encoding.has_value();
    doc.encoding = options.encoding.value_or(detectEncoding(bytes));
    if (!isAvailable(doc.encoding)) {
        doc.problem = CsvDocument::Problem::EncodingUnavailable;
        return doc;
    }
    const std::optional<QString> decoded = decode(bytes, doc.encoding);
    if (!decoded) {
        doc.problem = CsvDocument::Problem::NotText;
        return doc;
    }
    const QString &text = *decoded;
    doc.delimiter = options.delimiter.value_or(detectDelimiter(text));
    const QChar delimiter = doc.delimiter;

    int line = 1, recordLine = 1;
    QStringList fields;
    QString field;
    bool inQuotes = false, wasQuoted = false;
    auto endRecord = [&]() -> bool {
        fields << field;
        field.clear();
        const bool blank = !wasQuoted && std::all_of(fields.cbegin(), fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); });
        if (!blank) {
            if (doc.records.size() >= options.maxRecords) {
                doc.problem = CsvDocument::Problem::TooManyRecords;
                doc.problemLine = recordLine;
                return false;
            }
            doc.records.append({recordLine, fields});
        }
        fields.clear();
        wasQuoted = false;
        return true;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (c == QLatin1Char('\r')) {
                ++line;
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
                field += QLatin1Char('\n'); // a line break inside a field, whatever the file's line ends
            } else {
                line += c == QLatin1Char('\n');
                field += c;
            }
        } else if (c == delimiter) {
            fields << field;
            field.clear();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (!endRecord())
                return doc;
            recordLine = ++line;
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            inQuotes = wasQuoted = true;
        } else {
            field += c; // text after a closing quote, or a quote inside an unquoted field: kept as written
        }
    }
    if (inQuotes) {
        doc.problem = CsvDocument::Problem::UnclosedQuote;
        doc.problemLine = recordLine;
        return doc;
    }
    if (!field.isEmpty() || !fields.isEmpty() || wasQuoted)
        endRecord();
    return doc;
}

QString csvField(const QString &value, QChar delimiter)
{
    QString v = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!v.isEmpty() && formulaStarts.contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(delimiter) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))
        || (!v.isEmpty() && (v.front().isSpace() || v.back().isSpace())))
        return QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return v;
}

} // namespace ait::bulk
