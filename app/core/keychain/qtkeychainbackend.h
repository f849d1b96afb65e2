#pragma once

#include "entrybackend.h"

namespace ait::keychain {

// The OS keychain through QtKeychain: Keychain on macOS, Credential Manager on Windows, Secret
// Service or KWallet on Linux. Never with QtKeychain's insecure (plaintext) fallback.
class QtKeychainBackend final : public EntryBackend
{
public:
    explicit QtKeychainBackend(QString service);

    void writeEntry(const QString &name, const QByteArray &value, Done done) override;
    void readEntry(const QString &name, Read done) override;
    void deleteEntry(const QString &name, Done done) override;

private:
    QString m_service;
};

} // namespace ait::keychain
