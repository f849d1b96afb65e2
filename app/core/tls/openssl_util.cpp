#include "openssl_util.h"

#include <openssl/err.h>

namespace ait::tls::detail {

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}

QString takeErrors()
{
    QStringList lines;
    unsigned long code = 0;
    char text[256];
    while ((code = ERR_get_error()) != 0) {
        ERR_error_string_n(code, text, sizeof text);
        lines << QString::fromLatin1(text);
    }
    return lines.join(QStringLiteral("; "));
}

int peekLastReason()
{
    return ERR_GET_REASON(ERR_peek_last_error());
}

bool lastErrorIsUnsupported()
{
    const unsigned long code = ERR_peek_last_error();
    const int reason = ERR_GET_REASON(code);
    return reason == ERR_R_UNSUPPORTED || reason == EVP_R_UNSUPPORTED_ALGORITHM
        || reason == EVP_R_UNSUPPORTED_PRIVATE_KEY_ALGORITHM;
}

} // namespace ait::tls::detail
