#pragma once

#include "secretbuffer.h"

#include <QString>

#include <memory>

using EVP_PKEY = struct evp_pkey_st; // as <openssl/types.h> declares it

namespace ait::tls {

class Certificate;

enum class KeyType { Rsa2048, Rsa3072, Rsa4096, EcP256, EcP384 };

// A private key held by OpenSSL. Its encodings come out only as SecretBuffer.
class PrivateKey
{
public:
    PrivateKey() = default;
    explicit PrivateKey(EVP_PKEY *adopted); // takes ownership

    static PrivateKey generate(KeyType type);
    // Unencrypted PKCS#8 DER, as stored in the keychain.
    static PrivateKey fromPkcs8Der(const SecretBuffer &der);

    bool isNull() const { return !m_key; }
    EVP_PKEY *handle() const { return m_key.get(); }

    QString algorithm() const; // "RSA", "EC", or OpenSSL's name for anything else
    int bits() const;
    bool isSupported() const;  // RSA or EC: what TLS client certificates use here
    bool matches(const Certificate &certificate) const;

    SecretBuffer toPkcs8Der() const;
    SecretBuffer toPkcs8Pem() const;

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

} // namespace ait::tls
