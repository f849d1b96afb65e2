#include "credentialstore.h"

#include "qtkeychainbackend.h"

#include "ait/version.h"

#include <QCryptographicHash>
#include <QSettings>

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

QByteArray sha256Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

struct Manifest
{
    int count = 0;
    qsizetype length = 0;
    QByteArray sha256;

    QByteArray encode() const { return "ait-chunks/1 " + QByteArray::number(count) + ' ' + QByteArray::number(length) + ' ' + sha256; }
    static std::optional<Manifest> decode(const QByteArray &text)
    {
        const QList<QByteArray> parts = text.split(' ');
        if (parts.size() != 4 || parts[0] != "ait-chunks/1")
            return std::nullopt;
        Manifest m;
        bool countOk = false, lengthOk = false;
        m.count = parts[1].toInt(&countOk);
        m.length = parts[2].toLongLong(&lengthOk);
        m.sha256 = parts[3];
        if (!countOk || !lengthOk || m.count < 0 || m.length < 0 || m.sha256.size() != 64
            || m.count != (m.length + CredentialStore::ChunkSize - 1) / CredentialStore::ChunkSize)
            return std::nullopt;
        return m;
    }
};

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
    const QStringList old = entriesOf(name);
    QStringList wasIndexed; // `old` always names the manifest; this is what the index really had
    for (const QString &entry : old) {
        if (indexedEntries().contains(entry))
            wasIndexed << entry;
    }
    Manifest manifest;
    manifest.length = value.size();
    manifest.count = int((value.size() + ChunkSize - 1) / ChunkSize);
    manifest.sha256 = sha256Hex(value.view());

    QStringList fresh{manifestName(name)};
    for (int i = 0; i < manifest.count; ++i)
        fresh << chunkName(name, i);
    // Indexed before anything is written, so even an interrupted write can be forgotten later.
    addToIndex(fresh);

    auto steps = std::make_shared<QList<Step>>();
    // The old manifest goes first: from then on a half-replaced value reads as missing, not as
    // the old value with a new tail.
    for (const QString &entry : old) {
        *steps << Step{[entry](EntryBackend &b, auto next) { b.deleteEntry(entry, next); }};
    }
    auto written = std::make_shared<QStringList>();
    auto writeStep = [written](const QString &entry, const QByteArray &data) {
        return Step{[written, entry, data](EntryBackend &b, std::function<void(EntryResult)> next) {
            b.writeEntry(entry, data, [written, entry, next](EntryResult r) {
                if (r.ok())
                    *written << entry;
                next(r);
            });
        }};
    };
    for (int i = 0; i < manifest.count; ++i) {
        const QByteArray chunk(value.data() + qsizetype(i) * ChunkSize,
                               std::min<qsizetype>(ChunkSize, value.size() - qsizetype(i) * ChunkSize));
        *steps << writeStep(chunkName(name, i), chunk);
    }
    *steps << writeStep(manifestName(name), manifest.encode());

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

void CredentialStore::read(const QString &name, QObject *context, Read done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QPointer<CredentialStore> self(this);
    auto alive = [guard, hasContext] { return !hasContext || guard; };

    m_backend->readEntry(manifestName(name), [=](EntryResult result, QByteArray text) {
        if (!self || !alive())
            return;
        if (!result.ok())
            return done(describe(result.error, result.technicalDetail), {});
        const std::optional<Manifest> manifest = Manifest::decode(text);
        if (!manifest)
            return done(describe(StoreError::Damaged, QStringLiteral("unreadable manifest")), {});

        auto buffer = std::make_shared<tls::SecretBuffer>(manifest->length);
        auto readChunk = std::make_shared<std::function<void(int, qsizetype)>>();
        *readChunk = [=](int index, qsizetype offset) {
            if (index == manifest->count) {
                const bool intact = offset == manifest->length && sha256Hex(buffer->view()) == manifest->sha256;
                if (!intact)
                    return done(describe(StoreError::Damaged, QStringLiteral("length or SHA-256 mismatch")), {});
                return done(describe(StoreError::None), std::move(*buffer));
            }
            self->m_backend->readEntry(chunkName(name, index), [=](EntryResult chunkResult, QByteArray chunk) {
                if (!self || !alive())
                    return;
                if (!chunkResult.ok()) {
                    const StoreError error = chunkResult.error == StoreError::NotFound ? StoreError::Damaged : chunkResult.error;
                    return done(describe(error, chunkResult.technicalDetail), {});
                }
                if (offset + chunk.size() > manifest->length)
                    return done(describe(StoreError::Damaged, QStringLiteral("chunk longer than the manifest says")), {});
                std::memcpy(buffer->data() + offset, chunk.constData(), size_t(chunk.size()));
                (*readChunk)(index + 1, offset + chunk.size());
            });
        };
        (*readChunk)(0, 0);
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
