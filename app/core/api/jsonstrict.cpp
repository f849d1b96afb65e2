#include "jsonstrict.h"

#include <QList>
#include <QSet>
#include <QString>

namespace ait::api {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Reads the string starting at json[i] == '"'; leaves i after the closing quote. `decoded` gets the
// text with escapes resolved when it is not null (only keys need it).
bool readString(QByteArrayView json, qsizetype &i, QString *decoded)
{
    ++i; // opening quote
    QByteArray raw;
    while (i < json.size()) {
        const char c = json[i];
        if (c == '"') {
            ++i;
            if (decoded)
                *decoded += QString::fromUtf8(raw);
            return true;
        }
        if (c != '\\') {
            if (decoded)
                raw += c;
            ++i;
            continue;
        }
        if (i + 1 >= json.size())
            return false;
        const char e = json[i + 1];
        i += 2;
        if (!decoded)
            continue;
        switch (e) {
        case 'b': raw += '\b'; break;
        case 'f': raw += '\f'; break;
        case 'n': raw += '\n'; break;
        case 'r': raw += '\r'; break;
        case 't': raw += '\t'; break;
        case 'u': {
            if (i + 4 > json.size())
                return false;
            char16_t unit = 0;
            for (int k = 0; k < 4; ++k) {
                const int h = hexValue(json[i + k]);
                if (h < 0)
                    return false;
                unit = char16_t(unit * 16 + h);
            }
            i += 4;
            *decoded += QString::fromUtf8(raw);
            raw.clear();
            *decoded += QChar(unit); // surrogate halves combine in the QString
            break;
        }
        default: raw += e; break; // \" \\ \/
        }
    }
    return false;
}

struct Frame
{
    bool object = false;
    bool expectingKey = false;
    QSet<QString> keys;
};

} // namespace

bool hasDuplicateKeys(QByteArrayView json)
{
    QList<Frame> stack;
    qsizetype i = 0;
    while (i < json.size()) {
        const char c = json[i];
        switch (c) {
        case '{':
            stack.append(Frame{true, true, {}});
            ++i;
            break;
        case '[':
            stack.append(Frame{false, false, {}});
            ++i;
            break;
        case '}':
        case ']':
            if (stack.isEmpty())
                return false;
            stack.removeLast();
            ++i;
            break;
        case ',':
            if (!stack.isEmpty() && stack.last().object)
                stack.last().expectingKey = true;
            ++i;
            break;
        case '"': {
            const bool isKey = !stack.isEmpty() && stack.last().object && stack.last().expectingKey;
            QString key;
            if (!readString(json, i, isKey ? &key : nullptr))
                return false;
            if (isKey) {
                Frame &frame = stack.last();
                frame.expectingKey = false;
                if (frame.keys.contains(key))
                    return true;
                frame.keys.insert(key);
            }
            break;
        }
        default:
            ++i;
            break;
        }
    }
    return false;
}

} // namespace ait::api
