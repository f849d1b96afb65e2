#include "credentialstore.h"

#include "manifest.h"
#include "qtkeychainbackend.h"

#include "ait/version.h"

#include <QSettings>

#include <openssl/crypto.h>

#include <cstring>
#include <optional>

namespace ait::keychain {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ait::keychain::CredentialStore)
};

const QString IndexKey = QStringLiteral("keychain/entries");

QString manifestName(const QString &name)
{
    return name + QStringLiteral("#manifest");
}

QString chunkName(const QString &name, int index)
{
    return name + QLatin1Char('#') + QString::number(index);
}

// Wipes a chunk the backend handed over, unless someone else (the backend itself) still shares
// it: writing through a shared QByteArray would only detach and wipe a fresh copy.
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace

// One backend call in a sequence; it reports through `next`.
struct CredentialStore::Step
{
    std::function<void(EntryBackend &, std::function<void(EntryResult)>)> run;
};

CredentialStore::CredentialStore(std::unique_ptr<EntryBackend> backend, QSettings &index, QObject *parent)
    : QObject(parent), m_backend(std::move(backend)), m_index(index)
{
}

CredentialStore::~CredentialStore() = default;

std::unique_ptr<CredentialStore> CredentialStore::createDefault(QSettings &index, QObject *parent)
{
    return std::make_unique<CredentialStore>(std::make_unique<QtKeychainBackend>(QStringLiteral(AIT_APP_ID)), index,
                                             parent);
}

StoreResult CredentialStore::describe(StoreError error, const QString &technicalDetail)
{
    StoreResult r{error, {}, {}, technicalDetail};
    switch (error) {
    case StoreError::None:
        break;
    case StoreError::NotFound:
        r.message = Text::tr("Nothing is stored in the OS keychain under this name.");
        r.hint = Text::tr("Import the certificate again.");
        break;
    case StoreError::NoBackend:
        r.message = Text::tr("No OS keychain is running.");
        r.hint = Text::tr("On Linux, start GNOME Keyring or KWallet (log in to a desktop session). On a server, run "
                          "the console inside \"dbus-run-session\" with \"gnome-keyring-daemon --unlock\". "
                          "Keys are never stored in a plain file instead.");
        break;
    case StoreError::AccessDenied:
        r.message = Text::tr("The OS keychain refused access.");
        r.hint = Text::tr("Unlock the keychain (for example by logging in again) and try again.");
        break;
    case StoreError::Cancelled:
        r.message = Text::tr("The keychain's request for permission was cancelled.");
        r.hint = Text::tr("Try again and allow access when the keychain asks.");
        break;
    case StoreError::Damaged:
        r.message = Text::tr("The entry in the OS keychain is damaged or incomplete.");
        r.hint = Text::tr("Remove the identity and import the certificate again.");
        break;
    case StoreError::Other:
        r.message = Text::tr("The OS keychain reported an error.");
        r.hint = Text::tr("Try again; if it keeps failing, restart the keychain service or the computer.");
        break;
    }
    return r;
}

void CredentialStore::runSteps(std::shared_ptr<QList<Step>> steps, int next, QPointer<QObject> context,
                               bool hasContext, Done done)
{
    if (next >= steps->size()) {
        if (!hasContext || context)
            done(describe(StoreError::None));
        return;
    }
    QPointer<CredentialStore> self(this);
    (*steps)[next].run(*m_backend, [=](EntryResult result) {
        if (!self)
            return;
        if (!result.ok()) {
            if (!hasContext || context)
                done(describe(result.error, result.technicalDetail));
            return;
        }
        self->runSteps(steps, next + 1, context, hasContext, done);
    });
}

QStringList CredentialStore::indexedEntries() const
{
    return m_index.value(IndexKey).toStringList();
}

bool CredentialStore::isStored(const QString &name) const
{
    return indexedEntries().contains(manifestName(name));
}

QStringList CredentialStore::entriesOf(const QString &name) const
{
    // The manifest first (even when the index lost it), then the chunks.
    QStringList result{manifestName(name)};
    const QString prefix = name + QLatin1Char('#');
    for (const QString &entry : indexedEntries()) {
        if (entry.startsWith(prefix) && entry != result.first())
            result << entry;
    }
    return result;
}

void CredentialStore::addToIndex(const QStringList &names)
{
    QStringList index = indexedEntries();
    for (const QString &n : names) {
        if (!index.contains(n))
            index << n;
    }
    m_index.setValue(IndexKey, index);
    m_index.sync();
}

void CredentialStore::removeFromIndex(const QStringList &names)
{
    QStringList index = indexedEntries();
    for (const QString &n : names)
        index.removeAll(n);
    m_index.setValue(IndexKey, index);
    m_index.sync();
}

void CredentialStore::write(const QString &name, const tls::SecretBuffer &value, QObject *context, Done done)
{
    const std::optional<Manifest> manifest = Manifest::describe(value.view());
    if (!manifest) {
        // Refused before anything is touched: it would only read back as damaged.
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(this, [guard, hasContext = context != nullptr, done] {
            if (!hasContext || guard)
                done(describe(StoreError::Other, QStringLiteral("value larger than %1 bytes").arg(Manifest::MaxLength)));
        }, Qt::QueuedConnection);
        return;
    }
    const QStringList old = entriesOf(name);
    QStringList wasIndexed; // `old` always names the manifest; this is what the index really had
    for (const QString &entry : old) {
        if (indexedEntries().contains(entry))
            wasIndexed << entry;
    }

    QStringList fresh{manifestName(name)};
    for (int i = 0; i < manifest->count; ++i)
        fresh << chunkName(name, i);
    // Indexed before anything is written, so even an interrupted write can be forgotten later.
    addToIndex(fresh);

    auto steps = std::make_shared<QList<Step>>();
    // The old manifest goes first: from then on a half-replaced value reads as missing, not as
    // the old value with a new tail.
    for (const QString &entry : old) {
        *steps << Step{[entry](EntryBackend &b, auto next) { b.deleteEntry(entry, next); }};
    }
    // One copy of the value (wiped when the write ends); each chunk is cut from it only when its
    // turn comes and wiped once the backend answered, unless the backend keeps sharing it.
    auto secret = std::make_shared<tls::SecretBuffer>(value.clone());
    auto written = std::make_shared<QStringList>();
    auto writeStep = [written](const QString &entry, std::function<QByteArray()> bytes) {
        return Step{[written, entry, bytes](EntryBackend &b, std::function<void(EntryResult)> next) {
            auto data = std::make_shared<QByteArray>(bytes());
            b.writeEntry(entry, *data, [written, entry, next, data](EntryResult r) {
                wipe(*data);
                if (r.ok())
                    *written << entry;
                next(r);
            });
        }};
    };
    for (int i = 0; i < manifest->count; ++i) {
        const qsizetype offset = qsizetype(i) * ChunkSize, length = manifest->chunkLength(i);
        *steps << writeStep(chunkName(name, i), [secret, offset, length] { return QByteArray(secret->data() + offset, length); });
    }
    *steps << writeStep(manifestName(name), [encoded = manifest->encode()] { return encoded; });

    QPointer<CredentialStore> self(this);
    runSteps(steps, 0, context, context != nullptr, [self, old, wasIndexed, fresh, written, done](const StoreResult &result) {
        if (self) {
            // Keep the index exact: what this write replaced is gone; what it never managed to
            // write (and was not there before) need not be forgotten later.
            QStringList drop;
            for (const QString &entry : result.ok() ? old : fresh) {
                if (result.ok() ? !fresh.contains(entry) : (!wasIndexed.contains(entry) && !written->contains(entry)))
                    drop << entry;
            }
            self->removeFromIndex(drop);
        }
        done(result);
    });
}

// Reads the chunks of one value in order into one buffer. Only the backend call in flight holds
// it, so it ends — and its buffer is wiped — with the last answer, whatever that answer was.
struct CredentialStore::ChunkReader : std::enable_shared_from_this<ChunkReader>
{
    QPointer<CredentialStore> store;
    QPointer<QObject> context;
    bool hasContext = false;
    QString name;
    Read done;
    Manifest manifest;
    tls::SecretBuffer buffer;
    int next = 0;
    qsizetype offset = 0;

    bool alive() const { return store && (!hasContext || context); }

    void readNext()
    {
        if (next == manifest.count) {
            if (offset != manifest.length || !manifest.matches(buffer.view()))
                return done(describe(StoreError::Damaged, QStringLiteral("length or SHA-256 mismatch")), {});
            return done(describe(StoreError::None), std::move(buffer));
        }
        store->m_backend->readEntry(chunkName(name, next), [self = shared_from_this()](EntryResult result, QByteArray chunk) {
            self->take(result, chunk);
            wipe(chunk);
        });
    }

    void take(const EntryResult &result, const QByteArray &chunk)
    {
        if (!alive())
            return;
        if (!result.ok()) {
            const StoreError error = result.error == StoreError::NotFound ? StoreError::Damaged : result.error;
            return done(describe(error, result.technicalDetail), {});
        }
        if (chunk.size() != manifest.chunkLength(next))
            return done(describe(StoreError::Damaged, QStringLiteral("chunk %1 has the wrong length").arg(next)), {});
        std::memcpy(buffer.data() + offset, chunk.constData(), size_t(chunk.size()));
        offset += chunk.size();
        ++next;
        readNext();
    }
};

void CredentialStore::read(const QString &name, QObject *context, Read done)
{
    auto reader = std::make_shared<ChunkReader>();
    reader->store = this;
    reader->context = context;
    reader->hasContext = context != nullptr;
    reader->name = name;
    reader->done = std::move(done);
    m_backend->readEntry(manifestName(name), [reader](EntryResult result, QByteArray text) {
        if (!reader->alive())
            return;
        if (!result.ok())
            return reader->done(describe(result.error, result.technicalDetail), {});
        const std::optional<Manifest> manifest = Manifest::decode(text);
        if (!manifest)
            return reader->done(describe(StoreError::Damaged, QStringLiteral("unreadable or impossible manifest")), {});
        // Bounded by Manifest::decode, so a damaged manifest cannot make this allocation huge.
        reader->manifest = *manifest;
        reader->buffer = tls::SecretBuffer(manifest->length);
        reader->readNext();
    });
}

void CredentialStore::remove(const QString &name, QObject *context, Done done)
{
    deleteEntries(entriesOf(name), context, std::move(done));
}

void CredentialStore::removeAll(const QString &prefix, QObject *context, Done done)
{
    QStringList entries;
    for (const QString &entry : indexedEntries()) {
        if (entry.startsWith(prefix))
            entries << entry;
    }
    // Manifests first, so nothing half-deleted ever reads as a value.
    std::stable_partition(entries.begin(), entries.end(), [](const QString &e) { return e.endsWith(QLatin1String("#manifest")); });
    deleteEntries(entries, context, std::move(done));
}

void CredentialStore::deleteEntries(const QStringList &entries, QObject *context, Done done)
{
    auto steps = std::make_shared<QList<Step>>();
    for (const QString &entry : entries)
        *steps << Step{[entry](EntryBackend &b, auto next) { b.deleteEntry(entry, next); }};
    QPointer<CredentialStore> self(this);
    runSteps(steps, 0, context, context != nullptr, [self, entries, done](const StoreResult &result) {
        if (self && result.ok())
            self->removeFromIndex(entries);
        done(result);
    });
}

} // namespace ait::keychain
