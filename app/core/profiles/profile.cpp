#include "profile.h"

#include <cmath>

namespace ait::profiles {

QString environmentName(Environment environment)
{
    switch (environment) {
    case Environment::Live: return QStringLiteral("live");
    case Environment::Sandbox: return QStringLiteral("sandbox");
    case Environment::Custom: return QStringLiteral("custom");
    }
    return QStringLiteral("live");
}

std::optional<Environment> environmentFromName(const QString &name)
{
    for (Environment e : {Environment::Live, Environment::Sandbox, Environment::Custom}) {
        if (environmentName(e) == name)
            return e;
    }
    return std::nullopt;
}

QString IdentityInfo::storageId() const
{
    return fingerprint.toLower().remove(QLatin1Char(':'));
}

int IdentityInfo::daysLeft(const QDateTime &now) const
{
    return int(std::floor(double(now.secsTo(notAfter)) / 86400.0));
}

const IdentityInfo *Profile::identity(const QString &fingerprint) const
{
    for (const IdentityInfo &info : identities) {
        if (info.fingerprint == fingerprint)
            return &info;
    }
    return nullptr;
}

const IdentityInfo *Profile::activeIdentity() const
{
    return identity(activeFingerprint);
}

} // namespace ait::profiles
