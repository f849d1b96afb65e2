#pragma once

#include "entrybackend.h"

namespace QKeychain {
class Job;
}

namespace ait::keychain {

// The OS keychain through QtKeychain: Keychain on macOS, Credential Manager on Windows, Secret
// Service or KWallet on Linux. Never with QtKeychain's insecure (plaintext) fallback.
// A job that fails with "no backend" or a generic error is run once more after RetryDelayMs (a
// Secret Service that is still starting answers like that); a second failure is reported.
class QtKeychainBackend final : public EntryBackend
{
public:
    // Starts a prepared job; `attempt` is 1, or 2 for the retry. The default calls job->start().
    // Tests pass their own to watch the attempts and to choose when the retry may run.
    using JobStarter = std::function<void(QKeychain::Job *job, int attempt)>;
    static constexpr int RetryDelayMs = 700;

    explicit QtKeychainBackend(QString service, JobStarter start = {});

    void writeEntry(const QString &name, const QByteArray &value, Done done) override;
    void readEntry(const QString &name, Read done) override;
    void deleteEntry(const QString &name, Done done) override;

private:
    QString m_service;
    JobStarter m_start;
};

} // namespace ait::keychain
