#include "logindecryptor.h"

#include <QByteArray>

#include <openssl/evp.h>

#include <memory>

namespace ait::api {

std::optional<tls::SecretBuffer> LoginDecryptor::decrypt(const QString &base64Field) const
{
    constexpr int IvSize = 12, TagSize = 16;
    const auto decoded = QByteArray::fromBase64Encoding(base64Field.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!isValid() || !decoded || decoded.decoded.size() < IvSize + TagSize)
        return std::nullopt;
    const QByteArray &data = decoded.decoded;
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const int cipherSize = int(data.size()) - IvSize - TagSize;

    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    tls::SecretBuffer plain(cipherSize + 16);
    int length = 0, total = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, IvSize, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, m_key.bytes(), bytes) != 1
        || (!m_aad.isEmpty() && EVP_DecryptUpdate(ctx.get(), nullptr, &length, m_aad.bytes(), int(m_aad.size())) != 1)
        || EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &length, bytes + IvSize, cipherSize) != 1)
        return std::nullopt;
    total = length;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize,
                            const_cast<unsigned char *>(bytes + IvSize + cipherSize)) != 1
        || EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()) + total, &length) != 1)
        return std::nullopt; // wrong key or AAD: the tag does not verify
    total += length;
    plain.truncate(total);
    return plain;
}

} // namespace ait::api
