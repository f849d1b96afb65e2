#include "sandboxanswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

namespace ait::sandbox {

namespace {

QByteArray numberedLine(qint64 i)
{
    const QByteArray n = QByteArray::number(i);
    return "X-Pad-" + n + ": " + n + "\r\n";
}

// Bytes of the lines "X-Pad-i: i\r\n" for i = 1 … count: 10 + 2 × digits(i) each.
qint64 numberedSize(qint64 count)
{
    qint64 total = 0;
    qint64 from = 1;
    for (int d = 1; from <= count; ++d, from *= 10) {
        const qint64 to = qMin(count, from * 10 - 1);
        total += (to - from + 1) * (10 + 2 * d);
    }
    return total;
}

// Where the first string value (not a key) starts in compact JSON, preferring one under `"success":`
// or `"error":`; -1 when there is none. Returns the index just after its opening quote.
qsizetype firstStringValue(const QByteArray &json)
{
    qsizetype best = -1;
    for (const QByteArray &key : {QByteArrayLiteral("\"success\":"), QByteArrayLiteral("\"error\":")}) {
        const qsizetype at = json.indexOf(key);
        if (at >= 0 && (best < 0 || at < best))
            best = at + key.size();
    }
    auto scan = [&json](qsizetype from) -> qsizetype {
        std::vector<char> open; // '{' or '[' for each container we are in
        char previous = 0;      // the last structural character seen
        for (qsizetype i = from; i < json.size(); ++i) {
            const char c = json.at(i);
            if (c == '"') {
                const bool inArray = !open.empty() && open.back() == '[';
                if (open.empty() || previous == ':' || (inArray && (previous == '[' || previous == ',')))
                    return i + 1;
                // A key: skip it.
                for (++i; i < json.size() && json.at(i) != '"'; ++i) {
                    if (json.at(i) == '\\')
                        ++i;
                }
                previous = '"';
                continue;
            }
            if (c == '{' || c == '[')
                open.push_back(c);
            else if ((c == '}' || c == ']') && !open.empty())
                open.pop_back();
            if (c != ' ')
                previous = c;
        }
        return -1;
    };
    if (best >= 0) {
        // The value right after the key: a string itself, or the first string value inside it.
        if (best < json.size() && json.at(best) == '"')
            return best + 1;
        if (const qsizetype inside = scan(best); inside >= 0)
            return inside;
    }
    return scan(0);
}

Piece literal(const QByteArray &bytes)
{
    return Piece{bytes};
}

} // namespace

qint64 Piece::size() const
{
    return numberedHeaders ? numberedSize(repeat) : bytes.size() * repeat;
}

qint64 Answer::bodySize() const
{
    qint64 total = 0;
    for (const Piece &p : body)
        total += p.size();
    return total;
}

QList<Piece> Answer::message() const
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(bodySize()) + "\r\nConnection: keep-alive\r\n";
    QList<Piece> pieces{literal(head)};
    pieces += extraHeaders;
    pieces << literal("\r\n");
    pieces += body;
    return pieces;
}

PieceReader::PieceReader(QList<Piece> pieces)
    : m_pieces(std::move(pieces))
{
    while (!atEnd() && m_pieces.at(m_index).size() == 0)
        ++m_index;
}

QByteArray PieceReader::read(qint64 max)
{
    QByteArray out;
    out.reserve(qsizetype(qMin<qint64>(max, 1 << 20)));
    while (!atEnd() && out.size() < max) {
        const Piece &piece = m_pieces.at(m_index);
        const qint64 room = max - out.size();
        bool pieceDone = false;
        if (piece.numberedHeaders) {
            const QByteArray line = numberedLine(m_line + 1);
            const qint64 n = qMin<qint64>(room, line.size() - m_position);
            out.append(line.constData() + m_position, qsizetype(n));
            m_position += n;
            if (m_position == line.size()) {
                m_position = 0;
                pieceDone = ++m_line == piece.repeat;
            }
        } else {
            const qint64 total = piece.size();
            const qint64 n = qMin(room, total - m_position);
            const qsizetype unit = piece.bytes.size();
            const qsizetype start = out.size();
            if (piece.repeat == 1) {
                out.append(piece.bytes.constData() + m_position, qsizetype(n));
            } else if (unit == 1) {
                out.append(qsizetype(n), piece.bytes.at(0));
            } else {
                out.resize(start + qsizetype(n));
                for (qint64 i = 0; i < n; ++i)
                    out[start + qsizetype(i)] = piece.bytes.at(qsizetype((m_position + i) % unit));
            }
            m_position += n;
            pieceDone = m_position == total;
        }
        if (pieceDone) {
            m_position = 0;
            m_line = 0;
            do {
                ++m_index;
            } while (!atEnd() && m_pieces.at(m_index).size() == 0);
        }
    }
    return out;
}

QByteArray PieceReader::readAll()
{
    QByteArray all;
    while (!atEnd())
        all += read(1 << 20);
    return all;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    default: return "Status";
    }
}

Answer plainAnswer(const Response &response)
{
    Answer a;
    a.status = response.status;
    a.body << literal(response.body);
    return a;
}

Answer hostileAnswer(const Faults &faults, const Response &real)
{
    const QString &mode = faults.hostile;
    Answer a = plainAnswer(real);
    a.status = 200;
    const QJsonObject envelope = QJsonDocument::fromJson(real.body).object();
    const bool success = envelope.value(QStringLiteral("resultType")).toString() == QLatin1String("SUCCESS");
    auto compact = [](const QJsonValue &v) {
        if (v.isObject())
            return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        if (v.isArray())
            return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
        // A scalar: serialise it inside an array and take the brackets off.
        const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return wrapped.mid(1, wrapped.size() - 2);
    };

    if (mode == QLatin1String("truncated-json")) {
        a.body = {literal(real.body.left(real.body.size() / 2))};
    } else if (mode == QLatin1String("not-utf8")) {
        QByteArray body = real.body;
        const qsizetype at = firstStringValue(body);
        body.insert(at >= 0 ? at : body.size(), "\xFF\xFE");
        a.body = {literal(body)};
    } else if (mode == QLatin1String("deep-nesting")) {
        constexpr int Depth = 5000;
        a.body = {literal(QByteArrayLiteral("{\"resultType\":\"SUCCESS\",\"success\":")), Piece{"[", Depth}, Piece{"]", Depth},
                  literal("}")};
    } else if (mode == QLatin1String("duplicate-keys")) {
        if (success)
            a.body = {literal("{\"resultType\":\"FAIL\",\"resultType\":\"SUCCESS\",\"success\":"
                              + compact(envelope.value(QStringLiteral("success"))) + '}')};
        else
            a.body = {literal("{\"resultType\":\"SUCCESS\",\"resultType\":\"FAIL\",\"error\":"
                              + compact(envelope.value(QStringLiteral("error"))) + '}')};
    } else if (mode == QLatin1String("redirect")) {
        a.status = faults.hostileStatus;
        a.contentType.clear();
        a.extraHeaders = {literal("Location: " + faults.hostileLocation.toUtf8() + "\r\n")};
        a.body.clear();
    } else if (mode == QLatin1String("huge-body")) {
        // {…the real envelope…,"pad":"xxxx"}: still one valid SUCCESS (or FAIL) envelope.
        QByteArray head = real.body.trimmed();
        if (head.endsWith('}'))
            head.chop(1);
        else
            head = "{\"resultType\":\"SUCCESS\",\"success\":" + head; // not an object: keep it as the payload
        head += head.endsWith('{') ? "\"pad\":\"" : ",\"pad\":\"";
        const QByteArray tail = "\"}";
        const qint64 pad = qMax<qint64>(0, faults.effectiveHostileBytes() - head.size() - tail.size());
        a.body = {literal(head), Piece{"x", pad}, literal(tail)};
    } else if (mode == QLatin1String("huge-header")) {
        a.extraHeaders = {literal("X-Pad: "), Piece{"a", faults.effectiveHostileBytes()}, literal("\r\n")};
    } else if (mode == QLatin1String("many-headers")) {
        a.extraHeaders = {Piece{{}, faults.effectiveHostileBytes(), true}};
    } else if (mode == QLatin1String("drip")) {
        a.status = real.status;
        a.dripIntervalMs = qMax(1, faults.hostileIntervalMs);
    } else if (mode == QLatin1String("empty-200")) {
        a.body.clear();
    } else if (mode == QLatin1String("html-502")) {
        a.status = 502;
        a.contentType = "text/html";
        a.body = {literal("<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>\n")};
    }
    return a;
}

} // namespace ait::sandbox
