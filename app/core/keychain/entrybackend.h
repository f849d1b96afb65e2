#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace ait::keychain {

// What can go wrong with one keychain entry, independent of the platform.
enum class StoreError {
    None,
    NotFound,
    NoBackend,      // no OS keychain is running or installed
    AccessDenied,   // the keychain refused (locked, policy)
    Cancelled,      // the user dismissed the keychain's prompt
    Damaged,        // entries exist but do not add up (missing chunk, wrong length or hash)
    Other,
};

struct EntryResult
{
    StoreError error = StoreError::None;
    QString technicalDetail; // the backend's own words
    bool ok() const { return error == StoreError::None; }
};

// One flat entry per name: the thinnest layer over an OS keychain, so the chunking and manifest
// logic above it runs unchanged against QtKeychain and against the in-memory fake.
// Every call answers exactly once, later, on the calling thread.
class EntryBackend
{
public:
    using Done = std::function<void(EntryResult)>;
    using Read = std::function<void(EntryResult, QByteArray)>;

    virtual ~EntryBackend() = default;
    virtual void writeEntry(const QString &name, const QByteArray &value, Done done) = 0;
    virtual void readEntry(const QString &name, Read done) = 0;
    virtual void deleteEntry(const QString &name, Done done) = 0;
};

} // namespace ait::keychain
