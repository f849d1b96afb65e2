#pragma once

#include "entrybackend.h"
#include "manifest.h"

#include "core/tls/secretbuffer.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QSettings;

namespace ait::keychain {

struct StoreResult
{
    StoreError error = StoreError::None;
    QString message;          // translated, for a person
    QString hint;             // what to do, translated
    QString technicalDetail;  // the backend's words
    bool ok() const { return error == StoreError::None; }
};

// Secrets in the OS keychain, asynchronously, with the same layout on every platform:
// a value is split into chunks of at most ChunkSize bytes (Windows' Credential Manager refuses
// more than 2,560 per entry) plus a manifest (count, length, SHA-256; manifest.h) written last.
// Values are at most Manifest::MaxLength bytes. Reads verify the manifest, so a damaged or
// half-written value is reported, never returned. An index of every entry name ever written is
// kept in settings, so "forget" deletes everything.
//
// Callbacks run later on the calling thread, and not at all once `context` is destroyed.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const StoreResult &)>;
    using Read = std::function<void(const StoreResult &, tls::SecretBuffer)>;

    static constexpr int ChunkSize = Manifest::ChunkSize;

    CredentialStore(std::unique_ptr<EntryBackend> backend, QSettings &index, QObject *parent = nullptr);
    ~CredentialStore() override;

    // The production store: the OS keychain under this application's id.
    static std::unique_ptr<CredentialStore> createDefault(QSettings &index, QObject *parent = nullptr);

    void write(const QString &name, const tls::SecretBuffer &value, QObject *context, Done done);
    void read(const QString &name, QObject *context, Read done);
    void remove(const QString &name, QObject *context, Done done);
    // Removes every entry this store ever wrote whose name starts with `prefix`.
    void removeAll(const QString &prefix, QObject *context, Done done);

    // Every entry name in the index (manifests and chunks), for diagnostics and tests.
    QStringList indexedEntries() const;
    // Whether this store wrote a value under `name` (by its index, without reading the keychain).
    bool isStored(const QString &name) const;

    static StoreResult describe(StoreError error, const QString &technicalDetail = {});

private:
    struct Step;
    struct ChunkReader;
    void runSteps(std::shared_ptr<QList<Step>> steps, int next, QPointer<QObject> context, bool hasContext,
                  Done done);
    QStringList entriesOf(const QString &name) const;
    void deleteEntries(const QStringList &entries, QObject *context, Done done); // in the given order
    void addToIndex(const QStringList &names);
    void removeFromIndex(const QStringList &names);

    std::unique_ptr<EntryBackend> m_backend;
    QSettings &m_index;
};

} // namespace ait::keychain
