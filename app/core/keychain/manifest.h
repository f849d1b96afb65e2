#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace ait::keychain {

// The last entry of every value in the keychain, "ait-chunks/1 COUNT LENGTH SHA256HEX": how many
// chunks, how many bytes, and their hash. Read back from a keychain that anyone with the user's
// session can write, so decode() trusts nothing: it bounds count and length before anybody
// allocates for them (issue 11 item 6: a claim of 4 TB aborted the console at every start).
struct Manifest
{
    // Windows' Credential Manager refuses more than 2,560 bytes per entry.
    static constexpr int ChunkSize = 2000;
    // Nothing the store keeps is larger than a key or a certificate chain, which come from files
    // of at most tls::MaterialLoader::MaxFileSize (1 MiB); a bigger claim is damage.
    static constexpr qsizetype MaxLength = qsizetype{1024} * 1024;
    static constexpr int MaxCount = int((MaxLength + ChunkSize - 1) / ChunkSize);

    int count = 0;
    qsizetype length = 0;
    QByteArray sha256; // lower-case hex, 64 characters

    // The manifest of `value`; nullopt when it is longer than MaxLength.
    static std::optional<Manifest> describe(QByteArrayView value);
    static std::optional<Manifest> decode(QByteArrayView text);
    QByteArray encode() const;

    // Whether `value` is what this manifest describes (length and SHA-256).
    bool matches(QByteArrayView value) const;
    // The size chunk `index` must have.
    qsizetype chunkLength(int index) const;
};

} // namespace ait::keychain
