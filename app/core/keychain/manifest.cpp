#include "manifest.h"

#include <QCryptographicHash>
#include <QList>

#include <algorithm>

namespace ait::keychain {

namespace {

constexpr QByteArrayView Magic = "ait-chunks/1";

// Plain decimal digits, no sign, no spaces, at most `bound`: never overflows.
std::optional<qint64> parseBounded(QByteArrayView text, qint64 bound)
{
    if (text.isEmpty() || text.size() > 19 || (text.size() > 1 && text.front() == '0'))
        return std::nullopt;
    qint64 n = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        n = n * 10 + (c - '0');
        if (n > bound)
            return std::nullopt;
    }
    return n;
}

bool isLowerHex(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

QByteArray sha256Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

int chunksFor(qsizetype length)
{
    return int((length + Manifest::ChunkSize - 1) / Manifest::ChunkSize);
}

} // namespace

std::optional<Manifest> Manifest::describe(QByteArrayView value)
{
    if (value.size() > MaxLength)
        return std::nullopt;
    Manifest m;
    m.length = value.size();
    m.count = chunksFor(m.length);
    m.sha256 = sha256Hex(value);
    return m;
}

std::optional<Manifest> Manifest::decode(QByteArrayView text)
{
    // An intact manifest is under 90 bytes.
    if (text.size() > 128)
        return std::nullopt;
    QList<QByteArrayView> parts;
    for (qsizetype from = 0;;) {
        const qsizetype space = text.indexOf(' ', from);
        parts << text.sliced(from, (space < 0 ? text.size() : space) - from);
        if (space < 0)
            break;
        from = space + 1;
    }
    if (parts.size() != 4 || parts[0] != Magic)
        return std::nullopt;
    const std::optional<qint64> count = parseBounded(parts[1], MaxCount);
    const std::optional<qint64> length = parseBounded(parts[2], MaxLength);
    if (!count || !length || *count != chunksFor(*length) || parts[3].size() != 64 || !isLowerHex(parts[3]))
        return std::nullopt;
    Manifest m;
    m.count = int(*count);
    m.length = *length;
    m.sha256 = parts[3].toByteArray();
    return m;
}

QByteArray Manifest::encode() const
{
    return Magic.toByteArray() + ' ' + QByteArray::number(count) + ' ' + QByteArray::number(length) + ' ' + sha256;
}

bool Manifest::matches(QByteArrayView value) const
{
    return value.size() == length && sha256Hex(value) == sha256;
}

qsizetype Manifest::chunkLength(int index) const
{
    if (index < 0 || index >= count)
        return 0;
    return std::min<qsizetype>(ChunkSize, length - qsizetype(index) * ChunkSize);
}

} // namespace ait::keychain
