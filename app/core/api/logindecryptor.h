#pragma once

#include "core/tls/secretbuffer.h"

#include <QString>

#include <optional>

namespace ait::api {

// Decrypts login-me personal fields: base64( IV[12] || ciphertext || tag[16] ), AES-256-GCM with
// the partner's key and AAD (docs/partner-api.md §2.4). Plaintext is returned in wiped memory.
class LoginDecryptor
{
public:
    LoginDecryptor(tls::SecretBuffer key, tls::SecretBuffer aad) : m_key(std::move(key)), m_aad(std::move(aad)) {}

    bool isValid() const { return m_key.size() == 32; }
    // std::nullopt when the value is not base64 of the right shape, or the key/AAD do not fit.
    std::optional<tls::SecretBuffer> decrypt(const QString &base64Field) const;

private:
    tls::SecretBuffer m_key, m_aad;
};

} // namespace ait::api
