#pragma once

#include "core/journal/journal.h"

namespace ait::test {

class PostgresProcess;

// What Settings → Journal → Team writes for this program's settings (as ait-cli reads them): the
// engine and the connection in the settings, the password in the OS keychain. False when the
// keychain refused or did not answer.
bool useTeamJournal(const journal::TeamDatabase &team, const QString &password);

// The README's "Team journal" SQL, first part (before the tables exist): the owner role and its
// database, the operators' group with CONNECT and USAGE on the schema. Empty on success, else psql's words.
QString createTeamDatabase(const PostgresProcess &pg, const QString &database, const QString &owner, const QString &ownerPassword);

} // namespace ait::test
