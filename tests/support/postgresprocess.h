#pragma once

#include "core/journal/journal.h"

#include <QString>
#include <QStringList>

namespace ait::test {

// A throw-away PostgreSQL server for tests: initdb + pg_ctl in a fresh folder on a free loopback port,
// stopped and removed at the end. PostgreSQL refuses to run as root (CI runs as root), so as root the
// server runs as the unprivileged user `nobody`. The superuser is `ait` with a random password;
// host connections need a password (scram-sha-256), as a team's server would.
class PostgresProcess
{
public:
    PostgresProcess();
    ~PostgresProcess();

    bool isReady() const { return m_ready; }
    QString error() const { return m_error; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString superuser() const { return QStringLiteral("ait"); }
    QString superuserPassword() const { return m_password; }
    QString dataDir() const { return m_dir + QStringLiteral("/data"); }

    // Runs SQL as the superuser through psql on database `database`; empty on success, else psql's words.
    QString psql(const QString &sql, const QString &database = QStringLiteral("postgres")) const;
    // A team journal on `database` of this server as `user` (no TLS: the server is on this computer).
    journal::TeamDatabase team(const QString &database, const QString &user) const;
    // The README's "Team journal" grants, once the owner's first start created the tables: the group
    // role ait_operator (made if missing) may connect to `database`, read, add and move on
    // operations, only append to the audit, and nothing else.
    QString grantOperators(const QString &database) const;

    // Stops and starts the server (e.g. "the database went down mid-run").
    bool stop();
    bool start();

private:
    bool run(const QStringList &command, QString *output = nullptr) const;

    QString m_dir;
    QString m_binDir;
    QString m_password;
    int m_port = 0;
    bool m_ready = false;
    QString m_error;
};

} // namespace ait::test
