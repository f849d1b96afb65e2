#include "profilesession.h"

#include "core/logging.h"
#include "core/profiles/profilestore.h"

#include <QSettings>

#include <algorithm>

namespace ait::api {

Timeouts timeoutsFrom(const QSettings &settings)
{
    const int timeoutSeconds = std::clamp(settings.value(QStringLiteral("network/timeoutSeconds"), 15).toInt(), 1, 300);
    const int deadlineSeconds = std::clamp(settings.value(QStringLiteral("network/deadlineSeconds"), 30).toInt(), timeoutSeconds, 600);
    return {timeoutSeconds * 1000, deadlineSeconds * 1000};
}

ProfileSession::ProfileSession(profiles::ProfileStore &profiles, const QString &profileId, Timeouts timeouts, QObject *parent)
    : QObject(parent), m_profiles(profiles), m_profileId(profileId), m_timeouts(timeouts)
{
}

ClientSettings ProfileSession::settingsFor(const profiles::Profile &profile, Timeouts timeouts)
{
    ClientSettings s;
    s.timeoutMs = timeouts.inactivityMs;
    s.deadlineMs = timeouts.deadlineMs;
    s.profileName = profile.name;
    s.appsBaseUrl = profile.appsBaseUrl;
    s.payBaseUrl = profile.payBaseUrl;
    s.readOnly = profile.readOnly;
    // Live profiles trust the system's CAs and nothing else.
    if (profile.environment != profiles::Environment::Live && !profile.trustedCaPem.isEmpty())
        s.trustedCas = QSslCertificate::fromData(profile.trustedCaPem, QSsl::Pem);
    return s;
}

ProfileSession::~ProfileSession()
{
    // The client's calls in flight end (and report) while this session is still whole.
    m_client.reset();
}

void ProfileSession::start()
{
    const auto profile = m_profiles.profile(m_profileId);
    auto fail = [this](const keychain::StoreResult &why) {
        m_state = State::Failed;
        m_failure = why;
        emit failed(why);
    };
    if (!profile || !profile->activeIdentity()) {
        const ApiError noIdentity = ApiError::make(ApiError::Kind::NoIdentity);
        return fail({keychain::StoreError::NotFound, noIdentity.message, noIdentity.hint, {}});
    }
    m_fingerprint = profile->activeFingerprint;
    m_state = State::Loading;
    m_profiles.loadIdentity(m_profileId, m_fingerprint, this,
                            [this, settings = settingsFor(*profile, m_timeouts), fail](const keychain::StoreResult &r, profiles::LoadedIdentity identity) {
        if (!r.ok()) {
            qCWarning(lcSession) << "identity" << m_fingerprint << "not loaded:" << r.message << r.technicalDetail;
            return fail(r);
        }
        m_client = std::make_unique<PartnerClient>(settings);
        m_client->setIdentity(identity.chain, identity.key);
        connect(m_client.get(), &PartnerClient::callFinished, this, &ProfileSession::callFinished);
        m_client->prewarm();
        m_state = State::Ready;
        qCInfo(lcSession).noquote() << "identity loaded:" << m_fingerprint;
        emit ready();
    });
}

} // namespace ait::api
