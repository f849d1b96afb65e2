#include "partnerrules.h"

namespace ait::api {

bool isValidRefundReason(const QString &reason)
{
    if (reason.trimmed().isEmpty() || reason.size() > MaxRefundReasonLength)
        return false;
    static const QString symbols = QStringLiteral("_-:.^@()[]#/!%?& ");
    for (const QChar c : reason) {
        const char16_t u = c.unicode();
        const bool hangulSyllable = u >= 0xAC00 && u <= 0xD7A3;
        const bool hangulJamo = u >= 0x3131 && u <= 0x318E;
        const bool asciiLetterOrDigit = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        if (!(hangulSyllable || hangulJamo || asciiLetterOrDigit || symbols.contains(c)))
            return false;
    }
    return true;
}

} // namespace ait::api
