#include "teamjournalsetup.h"

#include "postgresprocess.h"

#include "core/appsettings.h"
#include "core/journal/journalsettings.h"
#include "core/keychain/credentialstore.h"

#include <QSettings>
#include <QTest>

namespace ait::test {

bool useTeamJournal(const journal::TeamDatabase &team, const QString &password)
{
    const auto settings = openSettings();
    journal::setUsesTeamJournal(*settings, true);
    journal::saveTeamDatabase(*settings, team);
    const auto secrets = keychain::CredentialStore::createDefault(*settings);
    bool done = false, ok = false;
    QObject context;
    const QByteArray bytes = password.toUtf8();
    secrets->write(journal::teamPasswordEntry(team), tls::SecretBuffer(bytes.constData(), bytes.size()), &context,
                   [&](const keychain::StoreResult &r) {
                       ok = r.ok();
                       done = true;
                   });
    if (!QTest::qWaitFor([&done] { return done; }, 30000))
        return false;
    settings->sync();
    return ok;
}

QString createTeamDatabase(const PostgresProcess &pg, const QString &database, const QString &owner, const QString &ownerPassword)
{
    // psql -c runs its statements in one transaction, and CREATE DATABASE cannot be in one.
    for (const auto &[sql, in] : std::initializer_list<std::pair<QString, QString>>{
             {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2';").arg(owner, ownerPassword), QStringLiteral("postgres")},
             {QStringLiteral("CREATE DATABASE %1 OWNER %2;").arg(database, owner), QStringLiteral("postgres")},
             {QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC; CREATE ROLE ait_operator NOLOGIN; "
                             "GRANT CONNECT ON DATABASE %1 TO ait_operator;").arg(database), QStringLiteral("postgres")},
             {QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC; GRANT USAGE ON SCHEMA public TO ait_operator;"), database}}) {
        if (const QString said = pg.psql(sql, in); !said.isEmpty())
            return said;
    }
    return {};
}

} // namespace ait::test
