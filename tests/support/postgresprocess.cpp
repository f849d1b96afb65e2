#include "postgresprocess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>

#include <unistd.h>

namespace ait::test {

namespace {

QString findBinDir()
{
    const QString overridden = qEnvironmentVariable("AIT_PG_BINDIR");
    if (!overridden.isEmpty())
        return overridden;
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = lib.filePath(*it + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

PostgresProcess::PostgresProcess()
{
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL's initdb was not found (install the Debian package postgresql)");
        return;
    }
    // Under /tmp, not under the test's private HOME: `nobody` must be able to reach it.
    QByteArray pattern = QByteArrayLiteral("/tmp/ait-pg.XXXXXX");
    if (!mkdtemp(pattern.data())) {
        m_error = QStringLiteral("cannot make a temporary folder");
        return;
    }
    m_dir = QString::fromLocal8Bit(pattern);
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                     | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    const QByteArray alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < 24; ++i)
        m_password += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(alphabet.size()))]);
    QFile pw(m_dir + QStringLiteral("/pw"));
    if (!pw.open(QIODevice::WriteOnly) || pw.write(m_password.toLatin1()) < 0) {
        m_error = QStringLiteral("cannot write the password file");
        return;
    }
    pw.close();
    if (geteuid() == 0 && !run({QStringLiteral("chown"), QStringLiteral("-R"), QStringLiteral("nobody:nogroup"), m_dir})) {
        m_error = QStringLiteral("cannot hand the folder to nobody");
        return;
    }
    QString output;
    if (!run({m_binDir + QStringLiteral("/initdb"), QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), superuser(),
              QStringLiteral("--pwfile=") + m_dir + QStringLiteral("/pw"), QStringLiteral("--auth-local=trust"),
              QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-locale"),
              QStringLiteral("--no-sync")},
             &output)) {
        m_error = QStringLiteral("initdb failed: ") + output;
        return;
    }
    QFile::remove(m_dir + QStringLiteral("/pw"));
    m_port = freePort();
    m_ready = start();
}

PostgresProcess::~PostgresProcess()
{
    if (m_ready)
        stop();
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively();
}

bool PostgresProcess::run(const QStringList &command, QString *output) const
{
    QStringList full = command;
    // PostgreSQL refuses root; tests run as root in CI.
    if (geteuid() == 0 && command.first() != QLatin1String("chown"))
        full = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")} + command;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(full.first(), full.mid(1));
    const bool finished = p.waitForFinished(120000);
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool PostgresProcess::start()
{
    QString output;
    const bool ok = run({m_binDir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), m_dir + QStringLiteral("/log"),
                         QStringLiteral("-o"),
                         QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off").arg(m_port).arg(m_dir),
                         QStringLiteral("-w"), QStringLiteral("start")},
                        &output);
    if (!ok)
        m_error = QStringLiteral("pg_ctl start failed: ") + output;
    return ok;
}

journal::TeamDatabase PostgresProcess::team(const QString &database, const QString &user) const
{
    journal::TeamDatabase t;
    t.host = host();
    t.port = m_port;
    t.database = database;
    t.user = user;
    t.tls = false; // loopback
    return t;
}

QString PostgresProcess::grantOperators(const QString &database) const
{
    return psql(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ait_operator') THEN "
                               "CREATE ROLE ait_operator NOLOGIN; END IF; END $$;"
                               "GRANT CONNECT ON DATABASE %1 TO ait_operator;"
                               "GRANT USAGE ON SCHEMA public TO ait_operator;"
                               "GRANT SELECT, INSERT, UPDATE ON operations, batches, superseded_keys, approvals TO ait_operator;"
                               "GRANT SELECT, INSERT ON events, imports TO ait_operator;"
                               "GRANT SELECT ON schema_version, meta TO ait_operator;"
                               "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ait_operator;")
                    .arg(database),
                database);
}

bool PostgresProcess::stop()
{
    return run({m_binDir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"),
                QStringLiteral("-w"), QStringLiteral("stop")});
}

QString PostgresProcess::psql(const QString &sql, const QString &database) const
{
    QString output;
    // Over the Unix socket in the server's folder, where local connections are trusted.
    const bool ok = run({m_binDir + QStringLiteral("/psql"), QStringLiteral("-h"), m_dir, QStringLiteral("-p"), QString::number(m_port),
                         QStringLiteral("-U"), superuser(), QStringLiteral("-d"), database, QStringLiteral("-v"),
                         QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-q"), QStringLiteral("-c"), sql},
                        &output);
    return ok ? QString() : (output.isEmpty() ? QStringLiteral("psql failed") : output);
}

} // namespace ait::test
