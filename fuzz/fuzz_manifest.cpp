// libFuzzer target: the keychain manifest (keychain::Manifest) and the read path that trusts it
// (keychain::CredentialStore::read). Anyone in the user's session can write the keychain, so the
// manifest must never make the store allocate or read beyond its bounds.
// Input: the manifest entry up to the first newline; the rest, cut into chunks, is the value.
#include "core/keychain/credentialstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSettings>

#include <cstdint>
#include <cstdlib>
#include <optional>

using namespace ait;
using namespace ait::keychain;

namespace {

// A keychain that answers later, as the real one does.
class FuzzBackend final : public EntryBackend
{
public:
    QHash<QString, QByteArray> entries;

    void writeEntry(const QString &, const QByteArray &, Done done) override { later([done] { done({StoreError::Other, {}}); }); }
    void deleteEntry(const QString &, Done done) override { later([done] { done({StoreError::Other, {}}); }); }
    void readEntry(const QString &name, Read done) override
    {
        const auto found = entries.constFind(name);
        const bool present = found != entries.cend();
        const QByteArray value = present ? *found : QByteArray();
        later([done, present, value] { done({present ? StoreError::None : StoreError::NotFound, {}}, value); });
    }

private:
    template <typename F>
    static void later(F f)
    {
        QMetaObject::invokeMethod(QCoreApplication::instance(), f, Qt::QueuedConnection);
    }
};

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArrayView text = newline < 0 ? input : input.first(newline);
    const QByteArrayView value = newline < 0 ? QByteArrayView() : input.sliced(newline + 1);

    const std::optional<Manifest> manifest = Manifest::decode(text);
    if (manifest) {
        // Only the canonical form of a value the store could have written is accepted.
        check(manifest->length >= 0 && manifest->length <= Manifest::MaxLength);
        check(manifest->count >= 0 && manifest->count <= Manifest::MaxCount);
        check(manifest->encode() == text);
    }

    static QSettings index(QDir::temp().filePath(QStringLiteral("ait-fuzz-manifest-index.ini")), QSettings::IniFormat);
    auto backend = std::make_unique<FuzzBackend>();
    backend->entries.insert(QStringLiteral("v#manifest"), text.toByteArray());
    for (qsizetype offset = 0, i = 0; offset < value.size(); offset += Manifest::ChunkSize, ++i)
        backend->entries.insert(QStringLiteral("v#%1").arg(i), value.sliced(offset, std::min<qsizetype>(Manifest::ChunkSize, value.size() - offset)).toByteArray());
    CredentialStore store(std::move(backend), index);
    bool answered = false;
    store.read(QStringLiteral("v"), nullptr, [&](const StoreResult &result, tls::SecretBuffer back) {
        answered = true;
        // Returned only when it is exactly what an intact manifest describes.
        check(!result.ok() || (manifest && manifest->matches(back.view()) && value.startsWith(back.view())));
    });
    while (!answered)
        QCoreApplication::processEvents();
    return 0;
}
