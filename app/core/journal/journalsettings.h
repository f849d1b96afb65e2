#pragma once

#include "journal.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QObject;
class QSettings;

namespace ait::keychain {
class CredentialStore;
struct StoreResult;
} // namespace ait::keychain

namespace ait::journal {

// Which journal the console and ait-cli use, and where the team's database is: settings keys
// journal/engine (local | team) and journal/team/{host,port,database,user,tls,caFile}. The team
// password is never among them: it lives in the OS keychain under teamPasswordEntry().
bool usesTeamJournal(const QSettings &settings);
void setUsesTeamJournal(QSettings &settings, bool team);
TeamDatabase teamDatabase(const QSettings &settings);
void saveTeamDatabase(QSettings &settings, const TeamDatabase &team);
// The keychain entry of the password for this role on this database: one per user@host:port/database,
// so switching databases never sends one server's password to another.
QString teamPasswordEntry(const TeamDatabase &team);

// Moving from this computer's journal to a team's offers once to copy the local history into it;
// remembered per team database once the operator answered (a failed copy is offered again).
bool localHistoryOffered(const QSettings &settings, const TeamDatabase &team);
void setLocalHistoryOffered(QSettings &settings, const TeamDatabase &team);

// Copies this computer's journal into the team's, each operation marked with its origin; the local
// file is only read. The copy itself is the Journal's (Journal::importFrom); false with a sentence
// in `error` when it did not happen.
bool copyLocalHistory(Journal &team, const Journal &local, int *copied, QString *error);

// The operator's sentence for what the PostgreSQL driver (libpq) said when the team database could
// not be opened: wrong password, server unreachable, certificate not trusted, no privileges, …
// Falls back to the driver's own words when they are not recognised.
QString teamConnectionProblem(const TeamDatabase &team, const QString &driverText);

// Reads the team password from the OS keychain; `done` runs later on the calling thread (not at all
// once `context` is gone) with the keychain's answer and the password (empty on a problem).
void readTeamPassword(keychain::CredentialStore &secrets, const TeamDatabase &team, QObject *context,
                      std::function<void(const keychain::StoreResult &, const QString &password)> done);

// "Test connection": opens a Journal on the team database on a thread of its own (a QSqlDatabase
// is used only on the thread that made it), so the window never waits on the network. `done` runs
// on the calling thread, not at all once `context` is gone.
struct TeamConnectionResult
{
    bool ok = false;
    QString operatorOnRecord; // the database role the team journal records as the operator
    int schemaVersion = -1;
    QString problem;          // a sentence for the operator (teamConnectionProblem), empty when ok
    QString detail;           // the driver's own words
};
void testTeamConnection(const TeamDatabase &team, const QString &password, QObject *context,
                        std::function<void(const TeamConnectionResult &)> done);

} // namespace ait::journal
