#pragma once

#include "core/tls/devpki.h"

#include <QString>

namespace ait::sandbox {

// The emulator's own PKI and secrets, in its data folder (owner-only): a CA, a server certificate
// for the given host names, a demo client identity issued by the CA, and the login decryption
// key + AAD. Generated on first start, reused after. Sandbox material only.
struct SandboxPki
{
    QString caFile, caKeyFile, serverFile, serverKeyFile, clientFile, clientKeyFile, decryptionKeyFile, aadFile;
    tls::Identity ca, server;
    QByteArray decryptionKey, aad;

    // Returns an error text, or an empty string.
    QString loadOrCreate(const QString &dataDir, const QString &serverName);
};

} // namespace ait::sandbox
