#include "profilestore.h"

#include "core/security/wipe.h"
#include "core/tls/inspection.h"

#include "ait/version.h"

#include <QPointer>
#include <QSettings>
#include <QTimer>
#include <QUuid>

namespace ait::profiles {

namespace {

const QString Root = QStringLiteral("profiles");

QString keyEntry(const QString &profileId, const QString &storageId)
{
    return ProfileStore::entryPrefix(profileId) + QStringLiteral("identity/") + storageId + QStringLiteral("/key");
}

QString chainEntry(const QString &profileId, const QString &storageId)
{
    return ProfileStore::entryPrefix(profileId) + QStringLiteral("identity/") + storageId + QStringLiteral("/chain");
}

IdentityInfo infoFromReport(const tls::InspectionReport &report)
{
    const tls::CertificateDetails d = report.leaf().details();
    IdentityInfo info;
    info.fingerprint = d.sha256Fingerprint;
    info.subject = d.subject;
    info.commonName = d.commonName;
    info.issuer = d.issuer;
    info.serialNumber = d.serialNumber;
    info.notBefore = d.notBefore;
    info.notAfter = d.notAfter;
    info.keyAlgorithm = d.keyAlgorithm;
    info.keyBits = d.keyBits;
    info.sha1Fingerprint = d.sha1Fingerprint;
    info.spkiSha256 = d.spkiSha256;
    info.keyUsage = d.keyUsage;
    info.extendedKeyUsage = d.extendedKeyUsage;
    info.subjectAltNames = d.subjectAltNames;
    for (const tls::Certificate &c : report.chain)
        info.chainSubjects << c.details().subject;
    info.importedAt = QDateTime::currentDateTimeUtc();
    return info;
}

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ait::profiles::ProfileStore)
};

// Callbacks are never called at once (the caller may still be setting itself up), and not at all
// once the caller's context is gone.
template <typename F>
void later(QObject *owner, QObject *context, F f)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QTimer::singleShot(0, owner, [guard, hadContext, f = std::move(f)] {
        if (!hadContext || guard)
            f();
    });
}

keychain::StoreResult refusal(const QString &message)
{
    return {keychain::StoreError::Other, message, {}, {}};
}

} // namespace

ProfileStore::ProfileStore(keychain::CredentialStore &secrets, QSettings &settings, QObject *parent)
    : QObject(parent), m_secrets(secrets), m_settings(settings)
{
}

QString ProfileStore::entryPrefix(const QString &profileId)
{
    // The app id and the profile id in every name: Windows' Credential Manager ignores the service.
    return QStringLiteral(AIT_APP_ID "/profile/") + profileId + QLatin1Char('/');
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result;
    m_settings.beginGroup(Root);
    const QStringList ids = m_settings.childGroups();
    m_settings.endGroup();
    for (const QString &id : ids) {
        if (auto p = profile(id))
            result << *p;
    }
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    if (id.isEmpty())
        return std::nullopt;
    m_settings.beginGroup(Root + QLatin1Char('/') + id);
    if (!m_settings.contains(QStringLiteral("name"))) {
        m_settings.endGroup();
        return std::nullopt;
    }
    Profile p;
    p.id = id;
    p.name = m_settings.value(QStringLiteral("name")).toString();
    p.environment = environmentFromName(m_settings.value(QStringLiteral("environment")).toString()).value_or(Environment::Live);
    p.appsBaseUrl = m_settings.value(QStringLiteral("appsBaseUrl"), DefaultAppsBaseUrl).toUrl();
    p.payBaseUrl = m_settings.value(QStringLiteral("payBaseUrl"), DefaultPayBaseUrl).toUrl();
    p.readOnly = m_settings.value(QStringLiteral("readOnly"), false).toBool();
    p.approvalAbove = std::max<qint64>(0, m_settings.value(QStringLiteral("approvalAbove"), 0).toLongLong());
    p.approveBatches = m_settings.value(QStringLiteral("approveBatches"), false).toBool();
    p.defaultTestPayment = m_settings.value(QStringLiteral("defaultTestPayment"), false).toBool();
    p.hasDecryptionKey = m_settings.value(QStringLiteral("hasDecryptionKey"), false).toBool();
    p.trustedCaPem = m_settings.value(QStringLiteral("trustedCaPem")).toByteArray();
    p.activeFingerprint = m_settings.value(QStringLiteral("activeIdentity")).toString();

    m_settings.beginGroup(QStringLiteral("identities"));
    for (const QString &storageId : m_settings.childGroups()) {
        m_settings.beginGroup(storageId);
        IdentityInfo info;
        info.fingerprint = m_settings.value(QStringLiteral("fingerprint")).toString();
        info.subject = m_settings.value(QStringLiteral("subject")).toString();
        info.commonName = m_settings.value(QStringLiteral("commonName")).toString();
        info.issuer = m_settings.value(QStringLiteral("issuer")).toString();
        info.serialNumber = m_settings.value(QStringLiteral("serialNumber")).toString();
        info.notBefore = m_settings.value(QStringLiteral("notBefore")).toDateTime();
        info.notAfter = m_settings.value(QStringLiteral("notAfter")).toDateTime();
        info.keyAlgorithm = m_settings.value(QStringLiteral("keyAlgorithm")).toString();
        info.keyBits = m_settings.value(QStringLiteral("keyBits")).toInt();
        info.sha1Fingerprint = m_settings.value(QStringLiteral("sha1Fingerprint")).toString();
        info.spkiSha256 = m_settings.value(QStringLiteral("spkiSha256")).toString();
        info.keyUsage = m_settings.value(QStringLiteral("keyUsage")).toStringList();
        info.extendedKeyUsage = m_settings.value(QStringLiteral("extendedKeyUsage")).toStringList();
        info.subjectAltNames = m_settings.value(QStringLiteral("subjectAltNames")).toStringList();
        info.chainSubjects = m_settings.value(QStringLiteral("chainSubjects")).toStringList();
        info.importedAt = m_settings.value(QStringLiteral("importedAt")).toDateTime();
        m_settings.endGroup();
        if (!info.fingerprint.isEmpty())
            p.identities << info;
    }
    m_settings.endGroup();
    m_settings.endGroup();
    std::sort(p.identities.begin(), p.identities.end(),
              [](const IdentityInfo &a, const IdentityInfo &b) { return a.notAfter > b.notAfter; });
    return p;
}

std::optional<Profile> ProfileStore::profileByName(const QString &name) const
{
    for (const Profile &p : profiles()) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

bool ProfileStore::isNameFree(const QString &name, const QString &exceptId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    const std::optional<Profile> existing = profileByName(trimmed);
    return !existing || existing->id == exceptId;
}

std::optional<Profile> ProfileStore::createProfile(const QString &name, Environment environment)
{
    if (!isNameFree(name))
        return std::nullopt;
    Profile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = name.trimmed();
    p.environment = environment;
    updateProfile(p);
    return profile(p.id);
}

bool ProfileStore::renameProfile(const QString &id, const QString &name)
{
    std::optional<Profile> p = profile(id);
    if (!p || !isNameFree(name, id))
        return false;
    p->name = name.trimmed();
    return updateProfile(*p);
}

bool ProfileStore::updateProfile(const Profile &p)
{
    if (p.id.isEmpty() || !isNameFree(p.name, p.id) || !p.appsBaseUrl.isValid() || !p.payBaseUrl.isValid())
        return false;
    m_settings.beginGroup(Root + QLatin1Char('/') + p.id);
    m_settings.setValue(QStringLiteral("name"), p.name.trimmed());
    m_settings.setValue(QStringLiteral("environment"), environmentName(p.environment));
    m_settings.setValue(QStringLiteral("appsBaseUrl"), p.appsBaseUrl);
    m_settings.setValue(QStringLiteral("payBaseUrl"), p.payBaseUrl);
    m_settings.setValue(QStringLiteral("readOnly"), p.readOnly);
    m_settings.setValue(QStringLiteral("approvalAbove"), p.approvalAbove);
    m_settings.setValue(QStringLiteral("approveBatches"), p.approveBatches);
    m_settings.setValue(QStringLiteral("defaultTestPayment"), p.defaultTestPayment);
    if (p.trustedCaPem.isEmpty())
        m_settings.remove(QStringLiteral("trustedCaPem"));
    else
        m_settings.setValue(QStringLiteral("trustedCaPem"), p.trustedCaPem);
    m_settings.endGroup();
    m_settings.sync();
    emit changed();
    return true;
}

void ProfileStore::writeIdentityInfo(const QString &profileId, const IdentityInfo &info)
{
    m_settings.beginGroup(Root + QLatin1Char('/') + profileId + QStringLiteral("/identities/") + info.storageId());
    m_settings.setValue(QStringLiteral("fingerprint"), info.fingerprint);
    m_settings.setValue(QStringLiteral("subject"), info.subject);
    m_settings.setValue(QStringLiteral("commonName"), info.commonName);
    m_settings.setValue(QStringLiteral("issuer"), info.issuer);
    m_settings.setValue(QStringLiteral("serialNumber"), info.serialNumber);
    m_settings.setValue(QStringLiteral("notBefore"), info.notBefore);
    m_settings.setValue(QStringLiteral("notAfter"), info.notAfter);
    m_settings.setValue(QStringLiteral("keyAlgorithm"), info.keyAlgorithm);
    m_settings.setValue(QStringLiteral("keyBits"), info.keyBits);
    m_settings.setValue(QStringLiteral("sha1Fingerprint"), info.sha1Fingerprint);
    m_settings.setValue(QStringLiteral("spkiSha256"), info.spkiSha256);
    m_settings.setValue(QStringLiteral("keyUsage"), info.keyUsage);
    m_settings.setValue(QStringLiteral("extendedKeyUsage"), info.extendedKeyUsage);
    m_settings.setValue(QStringLiteral("subjectAltNames"), info.subjectAltNames);
    m_settings.setValue(QStringLiteral("chainSubjects"), info.chainSubjects);
    m_settings.setValue(QStringLiteral("importedAt"), info.importedAt);
    m_settings.endGroup();
    m_settings.sync();
}

void ProfileStore::storeIdentity(const QString &profileId, const tls::InspectionReport &report, bool makeActive,
                                 QObject *context, Done done)
{
    if (!profile(profileId))
        return later(this, context, [done, r = refusal(Text::tr("The profile does not exist."))] { done(r); });
    if (!report.canBeStored())
        return later(this, context, [done, r = refusal(Text::tr("This certificate cannot be stored: %1").arg(tls::Inspector::verdictText(report.verdict)))] { done(r); });

    const IdentityInfo info = infoFromReport(report);
    const QString storageId = info.storageId();
    QByteArray chainPem; // public, but kept beside the key so the pair always travels together
    for (const tls::Certificate &c : report.chain)
        chainPem += c.toPem();
    auto key = std::make_shared<tls::SecretBuffer>(report.key.toPkcs8Der());
    if (key->isEmpty())
        return later(this, context, [done, r = refusal(Text::tr("The private key could not be encoded."))] { done(r); });

    QPointer<ProfileStore> self(this);
    const QString keyName = keyEntry(profileId, storageId);
    const QString chainName = chainEntry(profileId, storageId);
    m_secrets.write(keyName, *key, context, [=](const keychain::StoreResult &keyResult) {
        key->clear();
        if (!self)
            return;
        if (!keyResult.ok())
            return done(keyResult);
        self->m_secrets.write(chainName, tls::SecretBuffer(chainPem), context, [=](const keychain::StoreResult &chainResult) {
            if (!self)
                return;
            if (!chainResult.ok()) {
                // Do not leave a key without its certificate behind.
                self->m_secrets.remove(keyName, nullptr, [](const keychain::StoreResult &) {});
                return done(chainResult);
            }
            self->writeIdentityInfo(profileId, info);
            self->clearDamage(profileId, info.fingerprint);
            const std::optional<Profile> p = self->profile(profileId);
            if (makeActive || !p || p->activeFingerprint.isEmpty() || !p->activeIdentity())
                self->setActiveIdentity(profileId, info.fingerprint);
            emit self->changed();
            done(chainResult);
        });
    });
}

void ProfileStore::loadChain(const QString &profileId, const QString &fingerprint, QObject *context,
                             std::function<void(const keychain::StoreResult &, QList<tls::Certificate>)> done)
{
    const std::optional<Profile> p = profile(profileId);
    const IdentityInfo *info = p ? p->identity(fingerprint) : nullptr;
    if (!info)
        return later(this, context, [done, r = keychain::CredentialStore::describe(keychain::StoreError::NotFound)] { done(r, {}); });
    QPointer<ProfileStore> self(this);
    auto report = [self, profileId, fingerprint, done](const keychain::StoreResult &r, QList<tls::Certificate> chain) {
        if (self)
            self->noteLoadResult(profileId, fingerprint, r);
        done(r, std::move(chain));
    };
    m_secrets.read(chainEntry(profileId, info->storageId()), context,
                   [done = report, fingerprint](const keychain::StoreResult &r, tls::SecretBuffer stored) {
        if (!r.ok())
            return done(r, {});
        QList<tls::Certificate> chain;
        const QByteArray pem(stored.data(), stored.size());
        const QByteArray end = "-----END CERTIFICATE-----";
        for (qsizetype from = 0, at; (at = pem.indexOf(end, from)) >= 0; from = at + end.size())
            chain << tls::Certificate::fromPem(pem.mid(from, at + end.size() - from));
        const bool intact = !chain.isEmpty() && std::none_of(chain.cbegin(), chain.cend(), [](const tls::Certificate &c) { return c.isNull(); })
                         && chain.first().sha256Fingerprint() == fingerprint;
        if (!intact)
            return done(keychain::CredentialStore::describe(keychain::StoreError::Damaged, QStringLiteral("certificate chain")), {});
        done(r, chain);
    });
}

void ProfileStore::loadIdentity(const QString &profileId, const QString &fingerprint, QObject *context,
                                std::function<void(const keychain::StoreResult &, LoadedIdentity)> done)
{
    const std::optional<Profile> p = profile(profileId);
    const IdentityInfo *info = p ? p->identity(fingerprint) : nullptr;
    if (!info)
        return later(this, context, [done, r = keychain::CredentialStore::describe(keychain::StoreError::NotFound)] { done(r, {}); });
    const QString keyName = keyEntry(profileId, info->storageId());
    QPointer<ProfileStore> self(this);
    loadChain(profileId, fingerprint, context, [=](const keychain::StoreResult &r, QList<tls::Certificate> chain) {
        if (!self)
            return;
        if (!r.ok())
            return done(r, {});
        self->m_secrets.read(keyName, context, [=](const keychain::StoreResult &kr, tls::SecretBuffer der) {
            const auto report = [&](const keychain::StoreResult &result, LoadedIdentity identity) {
                if (self)
                    self->noteLoadResult(profileId, fingerprint, result);
                done(result, std::move(identity));
            };
            if (!kr.ok())
                return report(kr, {});
            LoadedIdentity identity{chain, tls::PrivateKey::fromPkcs8Der(der)};
            if (!identity.key.matches(identity.chain.first()))
                return report(keychain::CredentialStore::describe(keychain::StoreError::Damaged,
                                                                  QStringLiteral("key and certificate do not match")), {});
            if (self && self->clearDamage(profileId, fingerprint))
                emit self->changed();
            report(kr, identity);
        });
    });
}

void ProfileStore::removeIdentity(const QString &profileId, const QString &fingerprint, QObject *context, Done done)
{
    const std::optional<Profile> p = profile(profileId);
    const IdentityInfo *info = p ? p->identity(fingerprint) : nullptr;
    if (!info)
        return later(this, context, [done, r = keychain::CredentialStore::describe(keychain::StoreError::NotFound)] { done(r); });
    const QString storageId = info->storageId();
    const QString prefix = entryPrefix(profileId) + QStringLiteral("identity/") + storageId + QLatin1Char('/');
    QPointer<ProfileStore> self(this);
    m_secrets.removeAll(prefix, context, [=](const keychain::StoreResult &r) {
        if (!self)
            return;
        if (r.ok()) {
            self->m_settings.remove(Root + QLatin1Char('/') + profileId + QStringLiteral("/identities/") + storageId);
            self->clearDamage(profileId, fingerprint);
            const std::optional<Profile> now = self->profile(profileId);
            if (now && now->activeFingerprint == fingerprint) {
                // Fall back to the identity that lasts longest, if any.
                self->m_settings.setValue(Root + QLatin1Char('/') + profileId + QStringLiteral("/activeIdentity"),
                                          now->identities.isEmpty() ? QString() : now->identities.first().fingerprint);
            }
            self->m_settings.sync();
            emit self->changed();
        }
        done(r);
    });
}

bool ProfileStore::isDamaged(const QString &profileId, const QString &fingerprint) const
{
    return m_damaged.contains({profileId, fingerprint});
}

void ProfileStore::noteLoadResult(const QString &profileId, const QString &fingerprint, const keychain::StoreResult &result)
{
    // Only damage marks an identity (a locked or absent keychain says nothing about its entries);
    // only a whole identity read back intact clears the mark.
    if (result.error == keychain::StoreError::Damaged && !isDamaged(profileId, fingerprint)) {
        m_damaged.insert({profileId, fingerprint});
        emit identityDamaged(profileId, fingerprint);
    }
}

bool ProfileStore::clearDamage(const QString &profileId, const QString &fingerprint)
{
    // An empty fingerprint: every identity of the profile.
    return m_damaged.removeIf([&](const std::pair<QString, QString> &d) {
        return d.first == profileId && (fingerprint.isEmpty() || d.second == fingerprint);
    }) > 0;
}

bool ProfileStore::setActiveIdentity(const QString &profileId, const QString &fingerprint)
{
    const std::optional<Profile> p = profile(profileId);
    if (!p || !p->identity(fingerprint))
        return false;
    m_settings.setValue(Root + QLatin1Char('/') + profileId + QStringLiteral("/activeIdentity"), fingerprint);
    m_settings.sync();
    emit changed();
    return true;
}

void ProfileStore::removeProfile(const QString &profileId, QObject *context, Done done)
{
    if (!profile(profileId))
        return later(this, context, [done, r = keychain::CredentialStore::describe(keychain::StoreError::NotFound)] { done(r); });
    QPointer<ProfileStore> self(this);
    m_secrets.removeAll(entryPrefix(profileId), context, [=](const keychain::StoreResult &r) {
        if (!self)
            return;
        if (r.ok()) {
            self->m_settings.remove(Root + QLatin1Char('/') + profileId);
            self->clearDamage(profileId, {});
            self->m_settings.sync();
            emit self->changed();
        }
        done(r);
    });
}

void ProfileStore::loadDecryptionKey(const QString &profileId, QObject *context,
                                     std::function<void(const keychain::StoreResult &, tls::SecretBuffer, tls::SecretBuffer)> done)
{
    const QString prefix = entryPrefix(profileId) + QStringLiteral("login/");
    QPointer<ProfileStore> self(this);
    m_secrets.read(prefix + QStringLiteral("decryption-key"), context, [=](const keychain::StoreResult &r, tls::SecretBuffer key) {
        if (!self || !r.ok())
            return done(r, {}, {});
        auto shared = std::make_shared<tls::SecretBuffer>(std::move(key));
        self->m_secrets.read(prefix + QStringLiteral("aad"), context, [=](const keychain::StoreResult &ar, tls::SecretBuffer aad) {
            done(ar, ar.ok() ? std::move(*shared) : tls::SecretBuffer(), std::move(aad));
        });
    });
}

void ProfileStore::storeDecryptionKey(const QString &profileId, const QString &base64Key, const QByteArray &aad,
                                      QObject *context, Done done)
{
    if (!profile(profileId))
        return later(this, context, [done, r = refusal(Text::tr("The profile does not exist."))] { done(r); });
    // The key in wiped memory only: the Latin-1 text and the decoded bytes are wiped here.
    QByteArray base64 = base64Key.trimmed().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    const bool readable = bool(decoded);
    const tls::SecretBuffer key(decoded.decoded);
    security::wipe(base64);
    security::wipe(decoded.decoded);
    if (!readable || key.size() != 32)
        return later(this, context, [done, r = refusal(Text::tr("The decryption key must be base64 text of 32 bytes (AES-256), as in the e-mail from Apps in Toss."))] { done(r); });
    if (aad.isEmpty())
        return later(this, context, [done, r = refusal(Text::tr("The AAD is missing; it comes in the same e-mail as the key."))] { done(r); });
    QPointer<ProfileStore> self(this);
    const QString prefix = entryPrefix(profileId) + QStringLiteral("login/");
    m_secrets.write(prefix + QStringLiteral("decryption-key"), key, context,
                    [=](const keychain::StoreResult &r) {
        if (!self || !r.ok())
            return done(r);
        self->m_secrets.write(prefix + QStringLiteral("aad"), tls::SecretBuffer(aad), context, [=](const keychain::StoreResult &ar) {
            if (self && ar.ok()) {
                self->m_settings.setValue(Root + QLatin1Char('/') + profileId + QStringLiteral("/hasDecryptionKey"), true);
                self->m_settings.sync();
                emit self->changed();
            }
            done(ar);
        });
    });
}

} // namespace ait::profiles
