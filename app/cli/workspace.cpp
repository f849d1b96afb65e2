#include "workspace.h"

#include "core/appsettings.h"
#include "core/clock.h"
#include "core/journal/journalsettings.h"
#include "core/keychain/credentialstore.h"
#include "core/profiles/profilestore.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace ait::cli {

Workspace::Workspace(QObject *parent) : QObject(parent) {}

Workspace::~Workspace()
{
    // Calls still in flight end (and settle their rows) while the services and journal exist.
    m_session.reset();
    m_money.reset();
}

QSettings &Workspace::settings()
{
    if (!m_settings)
        m_settings = openSettings();
    return *m_settings;
}

profiles::ProfileStore &Workspace::profiles()
{
    if (!m_profiles) {
        m_secrets = keychain::CredentialStore::createDefault(settings());
        m_profiles = std::make_unique<profiles::ProfileStore>(*m_secrets, settings());
    }
    return *m_profiles;
}

bool Workspace::openJournal(const QString &path, QString *why, bool mustExist)
{
    using P = journal::Journal::Health::Problem;
    const bool own = path.isEmpty();
    m_money.reset();
    if (!own && mustExist && !QFileInfo::exists(path)) {
        *why = tr("There is no activity journal at %1.").arg(QDir::toNativeSeparators(path));
        money(); // services on a journal that stays closed
        return false;
    }
    m_journal = std::make_unique<journal::Journal>(own ? journal::Journal::defaultPath() : path);
    // The console's journal is checked against what this computer recorded, and keeps that number
    // up to date; another file is only checked for damage.
    const journal::Journal::Health health = m_journal->openChecked(own ? journal::lastRecordedId(settings()) : 0);
    if (own)
        m_journal->setLastIdKeeper([this](qint64 id) { journal::rememberLastRecordedId(settings(), id); });
    m_money = std::make_unique<ops::MoneyServices>(*m_journal, Clock::system());
    if (m_journal->isOpen())
        return true;
    const QString file = QDir::toNativeSeparators(m_journal->path());
    switch (health.problem) {
    case P::Damaged:
        *why = tr("The activity journal %1 is damaged (%2); it was moved aside to %3.").arg(file, health.detail, QDir::toNativeSeparators(health.movedTo));
        break;
    case P::Missing:
        *why = tr("The activity journal %1 is missing, although this computer had recorded operations in it (up to #%2).")
                   .arg(file).arg(health.expectedLastId);
        break;
    case P::Emptied:
        *why = tr("The activity journal %1 has fewer operations than this computer recorded (%2).").arg(file, health.detail);
        break;
    case P::CannotOpen:
    case P::None:
        *why = tr("The activity journal %1 could not be opened: %2.").arg(file, health.detail);
        break;
    }
    if (health.problem != P::CannotOpen && health.problem != P::None)
        *why += QLatin1Char(' ') + tr("Open ait-console to decide what to do with it; until then nothing can be recorded or sent.");
    return false;
}

bool Workspace::wantsTeamJournal(const QStringList &arguments)
{
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h")))
        return false;
    if (arguments.contains(QLatin1String("--team")))
        return true;
    const bool journalGiven = std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &a) {
        return a == QLatin1String("--journal") || a.startsWith(QLatin1String("--journal="));
    });
    return !journalGiven && journal::usesTeamJournal(settings());
}

void Workspace::loadTeamPassword(std::function<void()> then)
{
    const journal::TeamDatabase team = journal::teamDatabase(settings());
    if (!team.isComplete()) {
        QTimer::singleShot(0, this, std::move(then));
        return;
    }
    profiles(); // makes the keychain store
    journal::readTeamPassword(*m_secrets, team, this, [this, then = std::move(then)](const keychain::StoreResult &result, const QString &password) {
        m_teamPassword = password;
        // No password stored is not a problem in itself: the server says whether it needs one.
        if (!result.ok() && result.error != keychain::StoreError::NotFound)
            m_teamPasswordProblem = result.message + QLatin1Char(' ') + result.hint;
        then();
    });
}

bool Workspace::openTeamJournal(QString *why)
{
    m_money.reset();
    const journal::TeamDatabase team = journal::teamDatabase(settings());
    m_journal = std::make_unique<journal::Journal>(team, m_teamPassword);
    m_money = std::make_unique<ops::MoneyServices>(*m_journal, Clock::system());
    const QString nothingSent = tr("Nothing was recorded or sent; ait-cli does not use this computer's journal instead.");
    if (const QString problem = team.problem(); !problem.isEmpty()) {
        *why = tr("The team journal is not set up: %1 Set it in ait-console, Settings → Journal.").arg(problem) + QLatin1Char(' ') + nothingSent;
        return false;
    }
    if (!m_teamPasswordProblem.isEmpty()) {
        *why = tr("The team journal's password could not be read from the OS keychain: %1").arg(m_teamPasswordProblem) + QLatin1Char(' ')
             + nothingSent;
        return false;
    }
    QString error;
    if (m_journal->open(&error))
        return true;
    *why = tr("The team journal (%1) cannot be reached. %2").arg(team.describe(), journal::teamConnectionProblem(team, error)) + QLatin1Char(' ')
         + nothingSent;
    return false;
}

ops::MoneyServices &Workspace::money()
{
    if (!m_money) {
        m_journal = std::make_unique<journal::Journal>(journal::Journal::defaultPath());
        m_money = std::make_unique<ops::MoneyServices>(*m_journal, Clock::system());
    }
    return *m_money;
}

void Workspace::loadProfile(const QString &profileName, std::function<void(api::ProfileSession *, const Problem &)> done)
{
    const std::optional<profiles::Profile> profile = profiles().profileByName(profileName);
    if (!profile) {
        const Problem problem{tr("There is no profile named \"%1\".").arg(profileName),
                              tr("ait-cli profiles list shows the profiles; ait-cli import makes one.")};
        QTimer::singleShot(0, this, [done, problem] { done(nullptr, problem); });
        return;
    }
    load(*profile, std::move(done));
}

void Workspace::loadProfileById(const QString &profileId, std::function<void(api::ProfileSession *, const Problem &)> done)
{
    const std::optional<profiles::Profile> profile = profiles().profile(profileId);
    if (!profile) {
        const Problem problem{tr("The profile this operation was made with no longer exists."),
                              tr("Reconcile it in ait-console, or import the profile again under the same name.")};
        QTimer::singleShot(0, this, [done, problem] { done(nullptr, problem); });
        return;
    }
    load(*profile, std::move(done));
}

void Workspace::load(const profiles::Profile &profile, std::function<void(api::ProfileSession *, const Problem &)> done)
{
    m_profile = profile;
    m_session = std::make_unique<api::ProfileSession>(profiles(), profile.id, api::timeoutsFrom(settings()));
    api::ProfileSession *session = m_session.get();
    connect(session, &api::ProfileSession::ready, this, [session, done] { done(session, {}); });
    connect(session, &api::ProfileSession::failed, this, [done, name = profile.name](const keychain::StoreResult &why) {
        QString hint = why.hint;
        if (why.error == keychain::StoreError::NotFound)
            hint = tr("Import a certificate into the profile: ait-cli import --profile \"%1\" --cert FILE --key FILE").arg(name);
        done(nullptr, {tr("The certificate of profile \"%1\" could not be loaded from the OS keychain: %2").arg(name, why.message), hint});
    });
    // start() may fail at once: connected first, and started from the event loop.
    QTimer::singleShot(0, session, &api::ProfileSession::start);
}

ops::OperationContext Workspace::operationContext() const
{
    return {m_profile.id, m_profile.name, m_session ? m_session->activeFingerprint() : QString(),
            m_settings ? m_settings->value(QStringLiteral("operator/name")).toString() : QString(), m_profile.approvalAbove, m_profile.approveBatches};
}

} // namespace ait::cli
