#pragma once

#include "partnerclient.h"

#include "core/keychain/credentialstore.h"
#include "core/profiles/profile.h"

#include <QObject>

#include <memory>

class QSettings;

namespace ait::profiles {
class ProfileStore;
}

namespace ait::api {

struct Timeouts
{
    int inactivityMs = 15000; // no byte for this long ends a call (settings network/timeoutSeconds)
    int deadlineMs = 30000;   // the whole call (settings network/deadlineSeconds)
};

// The timeouts the settings ask for, as the console and ait-cli use them: network/timeoutSeconds
// (default 15, 1–300) and network/deadlineSeconds (default 30, at least the inactivity timeout, at most 600).
Timeouts timeoutsFrom(const QSettings &settings);

// The live connection of one profile: reads its active identity from the keychain (async),
// builds the PartnerClient with the profile's hosts and trust, and pre-warms the connection.
// Recreate it when the profile or its active identity changes.
class ProfileSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Loading, Ready, Failed };

    ProfileSession(profiles::ProfileStore &profiles, const QString &profileId, Timeouts timeouts = {}, QObject *parent = nullptr);
    ~ProfileSession() override;

    void start();
    State state() const { return m_state; }
    QString profileId() const { return m_profileId; }
    QString activeFingerprint() const { return m_fingerprint; }
    PartnerClient *client() const { return m_client.get(); } // null until Ready
    const keychain::StoreResult &failure() const { return m_failure; }

    static ClientSettings settingsFor(const profiles::Profile &profile, Timeouts timeouts = {});

signals:
    void ready();
    void failed(const ait::keychain::StoreResult &why);
    void callFinished(const ait::api::CallRecord &record);

private:
    profiles::ProfileStore &m_profiles;
    QString m_profileId;
    Timeouts m_timeouts;
    QString m_fingerprint;
    State m_state = State::Loading;
    keychain::StoreResult m_failure;
    std::unique_ptr<PartnerClient> m_client;
};

} // namespace ait::api
