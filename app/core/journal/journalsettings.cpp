#include "journalsettings.h"

#include "core/i18n.h"
#include "core/keychain/credentialstore.h"

#include <QDir>
#include <QPointer>
#include <QSettings>
#include <QThread>

namespace ait::journal {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ait::journal::JournalSettings)
};

const QString EngineKey = QStringLiteral("journal/engine");
const QString OfferedKey = QStringLiteral("journal/team/localHistoryOfferedFor");

QString teamKey(const char *name)
{
    return QStringLiteral("journal/team/") + QLatin1String(name);
}

bool has(const QString &text, const char *words)
{
    return text.contains(QLatin1String(words), Qt::CaseInsensitive);
}

} // namespace

bool usesTeamJournal(const QSettings &settings)
{
    return settings.value(EngineKey).toString() == QLatin1String("team");
}

void setUsesTeamJournal(QSettings &settings, bool team)
{
    settings.setValue(EngineKey, team ? QStringLiteral("team") : QStringLiteral("local"));
}

TeamDatabase teamDatabase(const QSettings &settings)
{
    TeamDatabase team;
    team.host = settings.value(teamKey("host")).toString().trimmed();
    team.port = settings.value(teamKey("port"), 5432).toInt();
    team.database = settings.value(teamKey("database")).toString().trimmed();
    team.user = settings.value(teamKey("user")).toString().trimmed();
    // Verification is the default; only an explicit "false" turns it off (and problem() refuses
    // that for a server on another computer).
    team.tls = settings.value(teamKey("tls"), true).toBool();
    team.caFile = settings.value(teamKey("caFile")).toString();
    return team;
}

void saveTeamDatabase(QSettings &settings, const TeamDatabase &team)
{
    settings.setValue(teamKey("host"), team.host.trimmed());
    settings.setValue(teamKey("port"), team.port);
    settings.setValue(teamKey("database"), team.database.trimmed());
    settings.setValue(teamKey("user"), team.user.trimmed());
    settings.setValue(teamKey("tls"), team.tls);
    settings.setValue(teamKey("caFile"), team.caFile);
}

QString teamPasswordEntry(const TeamDatabase &team)
{
    return QStringLiteral("journal-team/") + team.describe();
}

bool localHistoryOffered(const QSettings &settings, const TeamDatabase &team)
{
    return settings.value(OfferedKey).toStringList().contains(team.describe());
}

void setLocalHistoryOffered(QSettings &settings, const TeamDatabase &team)
{
    QStringList offered = settings.value(OfferedKey).toStringList();
    if (!offered.contains(team.describe()))
        offered.append(team.describe());
    settings.setValue(OfferedKey, offered);
}

bool copyLocalHistory(Journal &team, const Journal &local, int *copied, QString *error)
{
    return team.importFrom(local, copied, error);
}

namespace {
QString sentenceFor(const TeamDatabase &team, const QString &driverText)
{
    const QString server = QStringLiteral("%1:%2").arg(team.host).arg(team.port);
    const QString &t = driverText;
    if (has(t, "Driver not loaded"))
        return Text::tr("The PostgreSQL driver is not installed with ait-console (Qt's QPSQL plugin, on Debian and Ubuntu "
                        "the package libqt6sql6-psql).");
    if (has(t, "password authentication failed") || has(t, "authentication failed"))
        return Text::tr("The team database refused the user %1 with this password. Check the user name and the password.").arg(team.user);
    if (has(t, "no password supplied"))
        return Text::tr("The team database asks for a password: enter the password of the user %1.").arg(team.user);
    if (has(t, "could not translate host name"))
        return Text::tr("The server name %1 could not be found. Check the host name and this computer's network.").arg(team.host);
    if (has(t, "does not match host name"))
        return Text::tr("The server's certificate is not made out to %1: connect with the name its certificate carries.").arg(team.host);
    if (has(t, "root certificate file"))
        return Text::tr("There is no CA file to check the server's certificate with: choose the CA file your administrator gave you.");
    if (has(t, "certificate verify failed") || has(t, "self-signed certificate") || has(t, "unable to get local issuer")
        || has(t, "certificate has expired"))
        return Text::tr("The server's certificate is not trusted: it is not signed by the CA in the CA file, or it has expired. "
                        "Check the CA file with your administrator.");
    if (has(t, "server does not support SSL"))
        return Text::tr("The server at %1 does not offer TLS. Ask your administrator to turn TLS on.").arg(server);
    if (has(t, "no pg_hba.conf entry"))
        return Text::tr("The server at %1 does not accept this user from this computer (pg_hba.conf). Ask your administrator.").arg(server);
    if (has(t, "database") && has(t, "does not exist"))
        return Text::tr("There is no database %1 on the server at %2.").arg(team.database, server);
    if (has(t, "role") && has(t, "does not exist"))
        return Text::tr("The team database has no user %1. Ask your administrator for your own role.").arg(team.user);
    if (has(t, "permission denied") || has(t, "must be owner"))
        return Text::tr("The user %1 may not use the journal's tables. Ask your administrator to grant the role ait_operator "
                        "(README, \"Team journal\").").arg(team.user);
    if (has(t, "Connection refused") || has(t, "timeout expired") || has(t, "timed out") || has(t, "No route to host")
        || has(t, "Network is unreachable") || has(t, "could not connect") || has(t, "server closed the connection")
        || has(t, "no connection to the server"))
        return Text::tr("The team database server at %1 cannot be reached. Check the host and port, and that the server is running.").arg(server);
    return Text::tr("The team database could not be opened: %1").arg(t.trimmed());
}
} // namespace

QString teamConnectionProblem(const TeamDatabase &team, const QString &driverText)
{
    return i18n::resolveKoParticles(sentenceFor(team, driverText));
}

void readTeamPassword(keychain::CredentialStore &secrets, const TeamDatabase &team, QObject *context,
                      std::function<void(const keychain::StoreResult &, const QString &password)> done)
{
    secrets.read(teamPasswordEntry(team), context, [done = std::move(done)](const keychain::StoreResult &result, tls::SecretBuffer secret) {
        done(result, result.ok() ? QString::fromUtf8(secret.data(), secret.size()) : QString());
    });
}

void testTeamConnection(const TeamDatabase &team, const QString &password, QObject *context,
                        std::function<void(const TeamConnectionResult &)> done)
{
    auto result = std::make_shared<TeamConnectionResult>();
    if (const QString problem = team.problem(); !problem.isEmpty()) {
        result->problem = problem;
        QMetaObject::invokeMethod(context, [result, done] { done(*result); }, Qt::QueuedConnection);
        return;
    }
    // The Journal (and its QSqlDatabase connection) is made, used and destroyed on this thread.
    QThread *thread = QThread::create([team, password, result] {
        Journal journal(team, password);
        QString error;
        result->ok = journal.open(&error);
        if (result->ok) {
            result->operatorOnRecord = journal.operatorOnRecord();
            result->schemaVersion = journal.schemaVersion();
        } else {
            result->detail = error;
            result->problem = teamConnectionProblem(team, error);
        }
    });
    // Queued to `context`'s thread, and dropped with it; the thread ends by itself (libpq's connect
    // timeout bounds it) and deletes itself.
    QObject::connect(thread, &QThread::finished, context, [result, done] { done(*result); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace ait::journal
