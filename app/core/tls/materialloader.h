#pragma once

#include "certificate.h"
#include "privatekey.h"
#include "secretbuffer.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ait::tls {

// Why a file or text could not be turned into certificates and/or a key.
enum class LoadError {
    None,
    FileNotFound,
    FileNotReadable,
    Empty,
    TooLarge,
    NotRecognised,        // not a certificate, key or PKCS#12 container at all
    Damaged,              // looks like one, but truncated or garbled
    UnsupportedAlgorithm, // e.g. Ed25519 or DSA: not usable as a client certificate here
    PassphraseRequired,
    WrongPassphrase,
};

enum class SourceFormat { Unknown, Pem, Der, Pkcs12 };

struct LoadedMaterial
{
    SourceFormat format = SourceFormat::Unknown;
    QList<Certificate> certificates; // in file order (PKCS#12: the key's certificate first)
    PrivateKey key;
    bool keyWasEncrypted = false;
    QStringList pemLabels;           // every "-----BEGIN X-----" label seen, for messages
    LoadError error = LoadError::None;
    QString technicalDetail;         // OpenSSL's words, for "copy details" only

    bool ok() const { return error == LoadError::None; }
};

// Reads certificates and private keys in every form partners meet: PEM (any mix of blocks, CRLF,
// a UTF-8 BOM, text around the blocks), DER, PKCS#8 (plain or encrypted), PKCS#1 / SEC1
// (plain or legacy-encrypted PEM) and PKCS#12 (AES/PBKDF2 or legacy RC2/3DES).
class MaterialLoader
{
public:
    static constexpr qsizetype MaxFileSize = qsizetype{1024} * 1024;

    static LoadedMaterial readFile(const QString &path, const SecretBuffer *passphrase = nullptr);
    static LoadedMaterial parse(SecretBuffer data, const SecretBuffer *passphrase = nullptr);

    // OpenSSL 3 keeps RC2-40 and friends in its "legacy" provider; loaded only when a file needs it.
    static bool loadLegacyProvider();
    static bool legacyProviderLoaded();
};

} // namespace ait::tls
