#pragma once

#include "partnerclient.h"

#include "core/keychain/credentialstore.h"
#include "core/profiles/profile.h"

#include <QObject>

#include <memory>

namespace ait::profiles {
class ProfileStore;
}

namespace ait::api {

// The live connection of one profile: reads its active identity from the keychain (async),
// builds the PartnerClient with the profile's hosts and trust, and pre-warms the connection.
// Recreate it when the profile or its active identity changes.
class ProfileSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Loading, Ready, Failed };

    ProfileSession(profiles::ProfileStore &profiles, const QString &profileId, int timeoutMs = 15000, QObject *parent = nullptr);
    ~ProfileSession() override;

    void start();
    State state() const { return m_state; }
    QString profileId() const { return m_profileId; }
    QString activeFingerprint() const { return m_fingerprint; }
    PartnerClient *client() const { return m_client.get(); } // null until Ready
    const keychain::StoreResult &failure() const { return m_failure; }

    static ClientSettings settingsFor(const profiles::Profile &profile, int timeoutMs = 15000);

signals:
    void ready();
    void failed(const ait::keychain::StoreResult &why);
    void callFinished(const ait::api::CallRecord &record);

private:
    profiles::ProfileStore &m_profiles;
    QString m_profileId;
    int m_timeoutMs;
    QString m_fingerprint;
    State m_state = State::Loading;
    keychain::StoreResult m_failure;
    std::unique_ptr<PartnerClient> m_client;
};

} // namespace ait::api
