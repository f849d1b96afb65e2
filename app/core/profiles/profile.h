#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ait::profiles {

enum class Environment { Live, Sandbox, Custom };

QString environmentName(Environment environment);                 // "live", "sandbox", "custom"
std::optional<Environment> environmentFromName(const QString &name);

inline const QUrl DefaultAppsBaseUrl{QStringLiteral("https://apps-in-toss-api.toss.im")};
inline const QUrl DefaultPayBaseUrl{QStringLiteral("https://pay-apps-in-toss-api.toss.im")};

// The public half of an identity, kept in settings so lists render without unlocking the
// keychain. The private key and the certificate chain live in the keychain.
struct IdentityInfo
{
    QString fingerprint;     // SHA-256 of the leaf, colon hex: the identity's id
    QString subject;
    QString commonName;
    QString issuer;
    QString serialNumber;
    QDateTime notBefore;
    QDateTime notAfter;
    QString keyAlgorithm;
    int keyBits = 0;
    QString sha1Fingerprint;
    QString spkiSha256;
    QStringList keyUsage;
    QStringList extendedKeyUsage;
    QStringList subjectAltNames;
    QStringList chainSubjects; // leaf first
    QDateTime importedAt;

    QString storageId() const; // fingerprint as plain lower-case hex, for entry names
    int daysLeft(const QDateTime &now) const;
};

struct Profile
{
    QString id;              // stable, never shown
    QString name;
    Environment environment = Environment::Live;
    QUrl appsBaseUrl = DefaultAppsBaseUrl;
    QUrl payBaseUrl = DefaultPayBaseUrl;
    bool readOnly = false;   // lookups only: core refuses refunds, payouts and messages
    // Four-eyes (team journal only): refunds and payouts above this many won/points wait for a
    // second operator's approval; 0: none do. Bulk batches too when approveBatches.
    qint64 approvalAbove = 0;
    bool approveBatches = false;
    bool defaultTestPayment = false;
    bool hasDecryptionKey = false;
    // Sandbox and custom profiles may trust their own CA (PEM, public); live profiles use only
    // the system's trusted CAs.
    QByteArray trustedCaPem;
    QList<IdentityInfo> identities;
    QString activeFingerprint;

    const IdentityInfo *activeIdentity() const;
    const IdentityInfo *identity(const QString &fingerprint) const;
};

} // namespace ait::profiles
