#pragma once

#include "core/keychain/entrybackend.h"

#include <QHash>
#include <QStringList>

namespace ait::keychain {

// In-memory keychain for tests that do not test the OS keychain itself. Answers asynchronously,
// like a real one, and can be told to fail or to damage an entry.
class MemoryBackend final : public EntryBackend
{
public:
    void writeEntry(const QString &name, const QByteArray &value, Done done) override;
    void readEntry(const QString &name, Read done) override;
    void deleteEntry(const QString &name, Done done) override;

    QHash<QString, QByteArray> entries;
    StoreError failWith = StoreError::None; // every call fails with this while set
    int callsUntilFailure = -1;             // when >= 0: that many calls succeed, then AccessDenied
    int writes = 0;

private:
    StoreError nextError();
};

} // namespace ait::keychain
