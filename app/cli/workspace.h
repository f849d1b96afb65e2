#pragma once

#include "core/api/profilesession.h"
#include "core/journal/journal.h"
#include "core/ops/moneyservices.h"
#include "core/profiles/profile.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <memory>

class QSettings;

namespace ait::keychain {
class CredentialStore;
}
namespace ait::profiles {
class ProfileStore;
}

namespace ait::cli {

// What a command works with, the same as the console's: the settings, the profiles and their
// identities in the OS keychain, the activity journal and the one owner of the money services.
// Everything is made on first use, so a command that only lists profiles never opens the journal.
class Workspace : public QObject
{
    Q_OBJECT

public:
    Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    QSettings &settings();
    profiles::ProfileStore &profiles();

    // Opens the journal: the console's own (checked against the newest operation this computer
    // recorded, as the console does) or the SQLite file at `path`, made when missing unless
    // `mustExist`. False, with a sentence in `why`, when it cannot record anything; money
    // operations are then refused (exit 5).
    bool openJournal(const QString &path, QString *why, bool mustExist = false);
    // Opens the team's journal (Settings → Journal in the console, core/journal/journalsettings.h)
    // with the password loadTeamPassword() read. False, with a sentence in `why`, when it cannot be
    // reached: nothing can then be recorded or sent, and this computer's journal is never used instead.
    bool openTeamJournal(QString *why);
    // Whether a command with these arguments works on the team journal: --team, or the settings'
    // journal/engine=team when no --journal PATH is given.
    bool wantsTeamJournal(const QStringList &arguments);
    // Reads the team journal's password from the OS keychain (asynchronously), then calls `then`.
    void loadTeamPassword(std::function<void()> then);
    journal::Journal &journal() { return *m_journal; }
    // The team journal's password loadTeamPassword() read (in memory only): a bulk run opens its
    // own connection with it.
    const QString &teamPassword() const { return m_teamPassword; }
    bool hasJournal() const { return m_journal && m_journal->isOpen(); }
    // The money services, on the journal openJournal() opened. Without openJournal() they have a
    // journal that was never opened (nothing on disk is touched), so they refuse every money
    // operation: enough for a command that only looks things up.
    ops::MoneyServices &money();

    struct Problem
    {
        QString message, hint;
    };
    // Loads the profile's active identity from the keychain and makes its client. `done` runs later
    // with the ready session, or with null and what went wrong (a keychain or profile problem).
    void loadProfile(const QString &profileName, std::function<void(api::ProfileSession *, const Problem &)> done);
    void loadProfileById(const QString &profileId, std::function<void(api::ProfileSession *, const Problem &)> done);
    api::ProfileSession *session() const { return m_session.get(); }
    // The loaded profile (as it was when loaded).
    const profiles::Profile &profile() const { return m_profile; }

    // Who the journal records as doing the operation.
    ops::OperationContext operationContext() const;

private:
    void load(const profiles::Profile &profile, std::function<void(api::ProfileSession *, const Problem &)> done);

    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<keychain::CredentialStore> m_secrets;
    std::unique_ptr<profiles::ProfileStore> m_profiles;
    std::unique_ptr<journal::Journal> m_journal;
    std::unique_ptr<ops::MoneyServices> m_money;
    std::unique_ptr<api::ProfileSession> m_session;
    profiles::Profile m_profile;
    QString m_teamPassword;
    QString m_teamPasswordProblem; // the keychain's sentence when the password could not be read
};

} // namespace ait::cli
