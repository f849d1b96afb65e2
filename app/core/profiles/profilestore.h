#pragma once

#include "profile.h"

#include "core/keychain/credentialstore.h"
#include "core/tls/certificate.h"
#include "core/tls/privatekey.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>

#include <optional>

class QSettings;

namespace ait::tls {
struct InspectionReport;
}

namespace ait::profiles {

// An identity as the network layer needs it, read back from the keychain.
struct LoadedIdentity
{
    QList<tls::Certificate> chain; // leaf first
    tls::PrivateKey key;
};

// Profiles (settings) and their identities (keychain). Metadata changes are immediate; anything
// that touches the keychain is asynchronous and reports through a callback.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    using Done = keychain::CredentialStore::Done;

    ProfileStore(keychain::CredentialStore &secrets, QSettings &settings, QObject *parent = nullptr);

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    std::optional<Profile> profileByName(const QString &name) const;

    // Names must be non-empty and unique (case-insensitively); returns the new profile or nothing.
    std::optional<Profile> createProfile(const QString &name, Environment environment);
    bool renameProfile(const QString &id, const QString &name);
    // Saves the editable settings of `profile` (environment, URLs, flags); not its identities.
    bool updateProfile(const Profile &profile);
    bool isNameFree(const QString &name, const QString &exceptId = {}) const;

    // Stores the identity a successful inspection found. Refuses what inspection would not allow
    // (blocked, unreadable, mismatched key). The key goes to the keychain as PKCS#8 DER.
    void storeIdentity(const QString &profileId, const tls::InspectionReport &report, bool makeActive,
                       QObject *context, Done done);
    // The public certificate chain only (leaf first), e.g. for export.
    void loadChain(const QString &profileId, const QString &fingerprint, QObject *context,
                   std::function<void(const keychain::StoreResult &, QList<tls::Certificate>)> done);
    void loadIdentity(const QString &profileId, const QString &fingerprint, QObject *context,
                      std::function<void(const keychain::StoreResult &, LoadedIdentity)> done);
    void removeIdentity(const QString &profileId, const QString &fingerprint, QObject *context, Done done);
    bool setActiveIdentity(const QString &profileId, const QString &fingerprint);
    // Whether loading this identity found its keychain entries damaged (this run; cleared when it
    // is removed or imported again). Lists show it so the operator knows to import it again.
    bool isDamaged(const QString &profileId, const QString &fingerprint) const;
    // Removes the profile and every keychain entry it ever had.
    void removeProfile(const QString &profileId, QObject *context, Done done);

    // Login decryption key (base64 of 32 bytes) and AAD; both go to the keychain.
    void storeDecryptionKey(const QString &profileId, const QString &base64Key, const QByteArray &aad,
                            QObject *context, Done done);

    void loadDecryptionKey(const QString &profileId, QObject *context,
                           std::function<void(const keychain::StoreResult &, tls::SecretBuffer key, tls::SecretBuffer aad)> done);

    static QString entryPrefix(const QString &profileId);

signals:
    void changed();
    void identityDamaged(const QString &profileId, const QString &fingerprint);

private:
    void writeIdentityInfo(const QString &profileId, const IdentityInfo &info);
    void noteLoadResult(const QString &profileId, const QString &fingerprint, const keychain::StoreResult &result);
    bool clearDamage(const QString &profileId, const QString &fingerprint); // whether a mark went

    keychain::CredentialStore &m_secrets;
    QSettings &m_settings;
    QSet<std::pair<QString, QString>> m_damaged; // (profile id, fingerprint)
};

} // namespace ait::profiles
