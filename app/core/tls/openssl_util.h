#pragma once

// Internal to ait_core's tls/ folder: RAII holders for OpenSSL objects and error-queue helpers.

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace ait::tls::detail {

template <auto Free>
struct Deleter
{
    template <typename T>
    void operator()(T *p) const { Free(p); }
};

using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, Deleter<PKCS12_free>>;
using X509SigPtr = std::unique_ptr<X509_SIG, Deleter<X509_SIG_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, Deleter<X509_NAME_free>>;

inline BioPtr memoryBio(QByteArrayView bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.data(), int(bytes.size())));
}

// Everything a memory BIO collected, as bytes (for public data only: certificates, names).
QByteArray bioContents(BIO *bio);

// Drains OpenSSL's error queue into one line for "technical details"; never shown alone.
QString takeErrors();

// The reason code of the newest queued error without removing it (0 when the queue is empty).
int peekLastReason();
bool lastErrorIsUnsupported();

} // namespace ait::tls::detail
