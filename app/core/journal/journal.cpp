#include "journal.h"

#include "core/osuser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QTimer>
#include <QHostAddress>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QSettings>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace ait::journal {

namespace {

const char *const Kinds[] = {"refund", "payout", "message", "test-payment"};
const char *const States[] = {"intent", "sent", "succeeded", "failed", "unknown", "reconciled"};

// Each entry moves the schema one version up; never edit one that has shipped.
const QStringList Migrations{
    QStringLiteral(R"SQL(
        CREATE TABLE operations (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            os_user TEXT NOT NULL,
            operator_name TEXT NOT NULL,
            profile_id TEXT NOT NULL,
            profile_name TEXT NOT NULL,
            identity_fingerprint TEXT NOT NULL,
            kind TEXT NOT NULL,
            user_key INTEGER NOT NULL DEFAULT 0,
            pay_token TEXT NOT NULL DEFAULT '',
            order_no TEXT NOT NULL DEFAULT '',
            order_id TEXT NOT NULL DEFAULT '',
            amount INTEGER NOT NULL DEFAULT 0,
            reason TEXT NOT NULL DEFAULT '',
            idempotency_key TEXT NOT NULL DEFAULT '',
            promotion_code TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL,
            applied INTEGER NOT NULL DEFAULT 0,
            partner_code TEXT NOT NULL DEFAULT '',
            response_digest TEXT NOT NULL DEFAULT '',
            batch_id TEXT NOT NULL DEFAULT '',
            test INTEGER NOT NULL DEFAULT 0,
            template_code TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX operations_state ON operations(state);
        CREATE INDEX operations_key ON operations(kind, idempotency_key);
        CREATE INDEX operations_created ON operations(created_at);
    )SQL"),
    // v2: bulk runs. Kept to SQL that PostgreSQL (the team journal, issue 15) runs as well, except
    // where marked SQLite-only. Rows outside a batch have batch_row NULL, and NULLs never collide in
    // a UNIQUE index (in SQLite and PostgreSQL alike), so old rows need no value.
    QStringLiteral(R"SQL(
        ALTER TABLE operations ADD COLUMN batch_row INTEGER;
        ALTER TABLE operations ADD COLUMN attempt INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE operations ADD COLUMN payload TEXT NOT NULL DEFAULT '';
        ALTER TABLE operations ADD COLUMN memo TEXT NOT NULL DEFAULT '';
        CREATE UNIQUE INDEX operations_batch_row ON operations(batch_id, batch_row);
        CREATE INDEX operations_user ON operations(user_key, kind);
        CREATE TABLE batches (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            kind TEXT NOT NULL,
            profile_id TEXT NOT NULL,
            profile_name TEXT NOT NULL,
            identity_fingerprint TEXT NOT NULL,
            code TEXT NOT NULL,
            source_name TEXT NOT NULL,
            source_sha256 TEXT NOT NULL,
            row_count INTEGER NOT NULL,
            total_amount INTEGER NOT NULL DEFAULT 0,
            operator_name TEXT NOT NULL,
            os_user TEXT NOT NULL,
            state TEXT NOT NULL,
            test INTEGER NOT NULL DEFAULT 0,
            options TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX batches_source ON batches(source_sha256, code);
        CREATE INDEX batches_state ON batches(state);
        CREATE TABLE superseded_keys (
            operation_id INTEGER NOT NULL REFERENCES operations(id),
            attempt INTEGER NOT NULL,
            idempotency_key TEXT NOT NULL,
            why TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (operation_id, attempt)
        );
    )SQL"),
    // v3: the team journal (issue 15). One guard for the whole team, in the database: at most one
    // open operation per target (guard_key: refund → payToken, payout → promotion and user, test
    // payment → orderNo; NULL where nothing is guarded, and NULLs never collide). Rows open before
    // this version keep the guard on the oldest of them per target. `events` is the tamper-evident
    // audit: every change, each digest covering the one before. `origin` names the journal a row was
    // copied from ('' when written here).
    QStringLiteral(R"SQL(
        ALTER TABLE operations ADD COLUMN guard_key TEXT;
        ALTER TABLE operations ADD COLUMN origin TEXT NOT NULL DEFAULT '';
        UPDATE operations SET guard_key = CASE kind
                WHEN 'refund' THEN 'refund:' || pay_token
                WHEN 'payout' THEN 'payout:' || promotion_code || ':' || CAST(user_key AS TEXT)
                WHEN 'test-payment' THEN 'test-payment:' || order_no END
            WHERE state IN ('intent','sent','unknown');
        UPDATE operations SET guard_key = NULL
            WHERE guard_key IS NOT NULL AND id > (SELECT MIN(o.id) FROM operations o
                                                  WHERE o.guard_key = operations.guard_key AND o.state IN ('intent','sent','unknown'));
        CREATE UNIQUE INDEX operations_open_target ON operations(guard_key)
            WHERE guard_key IS NOT NULL AND state IN ('intent','sent','unknown');
        CREATE INDEX operations_operator_id ON operations(operator_name, id);
        CREATE INDEX operations_kind_id ON operations(kind, id);
        CREATE INDEX operations_state_id ON operations(state, id);
        CREATE INDEX operations_profile_id ON operations(profile_id, id);
        CREATE INDEX operations_user_id ON operations(user_key, id);
        CREATE INDEX operations_settled ON operations(kind, promotion_code, user_key, updated_at);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            operation_id INTEGER,
            batch_id INTEGER,
            approval_id INTEGER,
            change TEXT NOT NULL,
            actor TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            row_digest TEXT NOT NULL,
            prev_digest TEXT NOT NULL,
            digest TEXT NOT NULL
        );
        CREATE INDEX events_operation ON events(operation_id, id);
        CREATE INDEX events_batch ON events(batch_id, id);
        CREATE TABLE meta (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE imports (
            source TEXT PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            operations INTEGER NOT NULL
        );
        ALTER TABLE batches ADD COLUMN lease_holder TEXT NOT NULL DEFAULT '';
        ALTER TABLE batches ADD COLUMN lease_until TEXT NOT NULL DEFAULT '';
        CREATE TABLE approvals (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            kind TEXT NOT NULL,
            profile_id TEXT NOT NULL,
            requester TEXT NOT NULL,
            request TEXT NOT NULL,
            amount INTEGER NOT NULL DEFAULT 0,
            guard_key TEXT,
            state TEXT NOT NULL,
            decided_by TEXT NOT NULL DEFAULT '',
            decided_at TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            operation_id INTEGER,
            batch_id INTEGER
        );
        CREATE UNIQUE INDEX approvals_open_target ON approvals(guard_key)
            WHERE guard_key IS NOT NULL AND state IN ('awaiting','approved');
        CREATE INDEX approvals_state ON approvals(state, id);
    )SQL"),
};

// The migrations are written once, in SQL both engines run; the few SQLite words PostgreSQL says
// differently are translated here, and only here. Integers are 64-bit on both (userKey, amounts).
QString forEngine(QString sql, bool postgres)
{
    if (!postgres)
        return sql;
    sql.replace(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"), QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    sql.replace(integer, QStringLiteral("BIGINT"));
    return sql;
}

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

// Advisory lock keys on the team database: one for migrating, one for every write (the event
// chain needs its writes in one order). Arbitrary, fixed numbers.
constexpr qint64 MigrationLock = 0x61697400000001;
constexpr qint64 WriteLock = 0x61697400000002;

// The guard of an operation's target; empty where nothing is guarded (messages).
QString guardKeyOf(const Operation &o)
{
    switch (o.kind) {
    case Kind::Refund: return QStringLiteral("refund:") + o.payToken;
    case Kind::Payout: return QStringLiteral("payout:%1:%2").arg(o.promotionCode).arg(o.userKey);
    case Kind::TestPayment: return QStringLiteral("test-payment:") + o.orderNo;
    case Kind::Message: return {};
    }
    return {};
}

// A digest of a row as stored: every column, by name, so that an edit of any of them shows.
QString rowDigest(const QSqlRecord &record)
{
    QStringList fields;
    for (int i = 0; i < record.count(); ++i) {
        // A batch's lease moves with every heartbeat of its runner: coordination, not history.
        if (record.fieldName(i).startsWith(QLatin1String("lease_"), Qt::CaseInsensitive))
            continue;
        const QVariant v = record.value(i);
        fields << record.fieldName(i).toLower() + QLatin1Char('=') + (v.isNull() ? QStringLiteral("\\N") : v.toString());
    }
    fields.sort();
    return QString::fromLatin1(QCryptographicHash::hash(fields.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString eventDigest(qint64 id, const QString &at, qint64 operationId, qint64 batchId, qint64 approvalId, const QString &change,
                    const QString &actor, const QString &detail, const QString &rowDigestText, const QString &prev)
{
    const QString material = QStringList{QString::number(id), at, QString::number(operationId), QString::number(batchId),
                                         QString::number(approvalId), change, actor, detail, rowDigestText, prev}
                                 .join(QChar(0x1f));
    return QString::fromLatin1(QCryptographicHash::hash(material.toUtf8(), QCryptographicHash::Sha256).toHex());
}

const char *const BatchStates[] = {"confirmed", "running", "paused", "finished", "stopped"};
const char *const ApprovalStates[] = {"awaiting", "approved", "rejected", "sent"};
const QString OpenStates = QStringLiteral("('intent','sent','unknown')");
const QString UnfinishedBatchStates = QStringLiteral("('confirmed','running','paused')");

constexpr int BusyTimeoutMs = 5000;

// A null QString binds as SQL NULL; the columns are NOT NULL with '' for "none".
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Device and inode: the same path may later name another file (deleted and re-created).
QByteArray fileIdentity(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QByteArray::number(qulonglong(st.st_dev)) + ':' + QByteArray::number(qulonglong(st.st_ino));
#else
    const QFileInfo info(path);
    return info.exists() ? info.birthTime().toString(Qt::ISODateWithMs).toUtf8() : QByteArray();
#endif
}

// Checks the 100-byte SQLite header: the magic string, and that the file is not shorter than the
// database size the header records. Empty when the file looks whole.
QString headerProblem(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return QStringLiteral("not an SQLite database");
    auto be32 = [&header](int at) {
        return (quint32(quint8(header[at])) << 24) | (quint32(quint8(header[at + 1])) << 16) | (quint32(quint8(header[at + 2])) << 8)
             | quint32(quint8(header[at + 3]));
    };
    quint32 pageSize = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = be32(28);
    const bool sizeValid = be32(24) == be32(92) && pages > 0; // "in-header database size" is trusted only then
    if (sizeValid && file.size() < qint64(pageSize) * pages)
        return QStringLiteral("cut short: %1 bytes of %2").arg(file.size()).arg(qint64(pageSize) * pages);
    return {};
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Operation fromRecord(const QSqlQuery &q)
{
    Operation o;
    o.id = q.value(QStringLiteral("id")).toLongLong();
    o.createdAt = QDateTime::fromString(q.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    o.updatedAt = QDateTime::fromString(q.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
    o.osUser = q.value(QStringLiteral("os_user")).toString();
    o.operatorName = q.value(QStringLiteral("operator_name")).toString();
    o.profileId = q.value(QStringLiteral("profile_id")).toString();
    o.profileName = q.value(QStringLiteral("profile_name")).toString();
    o.identityFingerprint = q.value(QStringLiteral("identity_fingerprint")).toString();
    o.kind = kindFromName(q.value(QStringLiteral("kind")).toString()).value_or(Kind::Refund);
    o.userKey = q.value(QStringLiteral("user_key")).toLongLong();
    o.payToken = q.value(QStringLiteral("pay_token")).toString();
    o.orderNo = q.value(QStringLiteral("order_no")).toString();
    o.orderId = q.value(QStringLiteral("order_id")).toString();
    o.amount = q.value(QStringLiteral("amount")).toLongLong();
    o.reason = q.value(QStringLiteral("reason")).toString();
    o.idempotencyKey = q.value(QStringLiteral("idempotency_key")).toString();
    o.promotionCode = q.value(QStringLiteral("promotion_code")).toString();
    o.state = stateFromName(q.value(QStringLiteral("state")).toString()).value_or(State::Unknown);
    o.applied = q.value(QStringLiteral("applied")).toBool();
    o.partnerCode = q.value(QStringLiteral("partner_code")).toString();
    o.responseDigest = q.value(QStringLiteral("response_digest")).toString();
    o.batchId = q.value(QStringLiteral("batch_id")).toString();
    o.test = q.value(QStringLiteral("test")).toBool();
    o.templateCode = q.value(QStringLiteral("template_code")).toString();
    o.batchRow = q.value(QStringLiteral("batch_row")).toInt(); // NULL outside a batch: 0
    o.attempt = q.value(QStringLiteral("attempt")).toInt();
    o.payload = q.value(QStringLiteral("payload")).toString();
    o.memo = q.value(QStringLiteral("memo")).toString();
    o.origin = q.value(QStringLiteral("origin")).toString(); // schema 3
    return o;
}

Batch batchFromRecord(const QSqlQuery &q)
{
    Batch b;
    b.id = q.value(QStringLiteral("id")).toLongLong();
    b.createdAt = QDateTime::fromString(q.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    b.updatedAt = QDateTime::fromString(q.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
    b.kind = kindFromName(q.value(QStringLiteral("kind")).toString()).value_or(Kind::Payout);
    b.profileId = q.value(QStringLiteral("profile_id")).toString();
    b.profileName = q.value(QStringLiteral("profile_name")).toString();
    b.identityFingerprint = q.value(QStringLiteral("identity_fingerprint")).toString();
    b.code = q.value(QStringLiteral("code")).toString();
    b.sourceName = q.value(QStringLiteral("source_name")).toString();
    b.sourceSha256 = q.value(QStringLiteral("source_sha256")).toString();
    b.rowCount = q.value(QStringLiteral("row_count")).toInt();
    b.totalAmount = q.value(QStringLiteral("total_amount")).toLongLong();
    b.operatorName = q.value(QStringLiteral("operator_name")).toString();
    b.osUser = q.value(QStringLiteral("os_user")).toString();
    b.state = batchStateFromName(q.value(QStringLiteral("state")).toString()).value_or(BatchState::Paused);
    b.test = q.value(QStringLiteral("test")).toBool();
    b.options = q.value(QStringLiteral("options")).toString();
    return b;
}


} // namespace

qint64 lastRecordedId(const QSettings &settings)
{
    return settings.value(QStringLiteral("journal/lastRecordedId"), 0).toLongLong();
}

void rememberLastRecordedId(QSettings &settings, qint64 id)
{
    settings.setValue(QStringLiteral("journal/lastRecordedId"), id);
}

QString batchStateName(BatchState state)
{
    return QString::fromLatin1(BatchStates[int(state)]);
}

std::optional<BatchState> batchStateFromName(const QString &name)
{
    for (int i = 0; i < 5; ++i) {
        if (name == QLatin1String(BatchStates[i]))
            return BatchState(i);
    }
    return std::nullopt;
}

QString kindName(Kind kind)
{
    return QString::fromLatin1(Kinds[int(kind)]);
}

std::optional<Kind> kindFromName(const QString &name)
{
    for (int i = 0; i < 4; ++i) {
        if (name == QLatin1String(Kinds[i]))
            return Kind(i);
    }
    return std::nullopt;
}

QString stateName(State state)
{
    return QString::fromLatin1(States[int(state)]);
}

QString targetText(const Operation &operation)
{
    QStringList parts;
    if (operation.userKey)
        parts << QStringLiteral("userKey %1").arg(operation.userKey);
    if (!operation.payToken.isEmpty())
        parts << QStringLiteral("payToken %1").arg(operation.payToken);
    if (!operation.orderNo.isEmpty())
        parts << QStringLiteral("orderNo %1").arg(operation.orderNo);
    if (!operation.orderId.isEmpty())
        parts << QStringLiteral("orderId %1").arg(operation.orderId);
    if (!operation.promotionCode.isEmpty())
        parts << operation.promotionCode;
    if (!operation.templateCode.isEmpty())
        parts << operation.templateCode;
    return parts.join(QStringLiteral(" · "));
}

std::optional<State> stateFromName(const QString &name)
{
    for (int i = 0; i < 6; ++i) {
        if (name == QLatin1String(States[i]))
            return State(i);
    }
    return std::nullopt;
}

bool TeamDatabase::isLoopback() const
{
    const QHostAddress address(host);
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || (!address.isNull() && address.isLoopback());
}

QString TeamDatabase::problem() const
{
    if (!isComplete())
        return QCoreApplication::translate("ait::journal::TeamDatabase", "Enter the team database's host, port, database and user.");
    // The password and every operation cross the network: only a server on this computer may be
    // reached without TLS, and TLS always verifies the server's name and certificate.
    if (!tls && !isLoopback())
        return QCoreApplication::translate("ait::journal::TeamDatabase",
                                           "A team database on another computer is reached only over TLS.");
    if (tls && !caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return QCoreApplication::translate("ait::journal::TeamDatabase", "The CA file %1 cannot be read.").arg(QDir::toNativeSeparators(caFile));
    return {};
}

QString TeamDatabase::describe() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

Journal::Journal(QString path, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_connection(QStringLiteral("ait-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Journal::Journal(TeamDatabase team, QString password, QObject *parent)
    : QObject(parent), m_path(team.describe()), m_team(std::move(team)), m_password(std::move(password)),
      m_connection(QStringLiteral("ait-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Journal::~Journal()
{
    close();
    QSqlDatabase::removeDatabase(m_connection);
}

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.sqlite");
}

bool Journal::isOpen() const
{
    return QSqlDatabase::database(m_connection, false).isOpen();
}

bool Journal::openTeam(QString *error)
{
    QSqlDatabase db = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection, false)
                                                           : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    if (!db.isValid()) {
        if (error)
            *error = QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed");
        return false;
    }
    const TeamDatabase &team = *m_team;
    db.setHostName(team.host);
    db.setPort(team.port);
    db.setDatabaseName(team.database);
    db.setUserName(team.user);
    db.setPassword(m_password);
    // libpq's own words (QPSQL passes them through, ';' becoming ' '): the server's name and
    // certificate are always verified when TLS is on; a value is quoted for paths with spaces.
    const auto quoted = [](QString value) {
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return QLatin1Char('\'') + value + QLatin1Char('\'');
    };
    // A console that dies or loses the network inside a transaction must not hold the writers' lock
    // for everyone: the server ends such a session after 30 s, a wait for the lock gives up after
    // 10 s (the operation is then refused, nothing sent), and a dead peer is noticed by keepalives.
    QStringList options{QStringLiteral("connect_timeout=5"), QStringLiteral("application_name=ait-console"),
                        QStringLiteral("keepalives_idle=30"), QStringLiteral("keepalives_interval=10"), QStringLiteral("keepalives_count=3"),
                        QStringLiteral("options='-c lock_timeout=10000 -c idle_in_transaction_session_timeout=30000'")};
    if (team.tls) {
        options << QStringLiteral("sslmode=verify-full");
        if (!team.caFile.isEmpty())
            options << QStringLiteral("sslrootcert=") + quoted(QDir::toNativeSeparators(team.caFile));
    } else {
        options << QStringLiteral("sslmode=disable");
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (const QString problem = team.problem(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT current_user")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        db.close();
        return false;
    }
    m_operatorOnRecord = q.value(0).toString();
    q.finish();
    if (!migrate(error)) {
        db.close();
        return false;
    }
    // Every write notifies (write()); what another console wrote reaches the views from here.
    QSqlDriver *driver = db.driver();
    if (!driver->subscribedToNotifications().contains(QLatin1String("ait_journal")))
        driver->subscribeToNotification(QStringLiteral("ait_journal"));
    if (!m_listening) {
        m_listening = true;
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                    if (name == QLatin1String("ait_journal") && source == QSqlDriver::OtherSource)
                        emit changedElsewhere();
                });
    }
    return true;
}

void Journal::connectionLost(const QString &why)
{
    if (!m_team)
        return;
    // The server went away (or the network): say so at once (money is refused while the journal is
    // closed: no intent could be recorded), and keep asking until it is back.
    close();
    m_health.problem = Health::Problem::CannotOpen;
    m_health.detail = why;
    if (!m_reconnect) {
        m_reconnect = new QTimer(this);
        m_reconnect->setInterval(ReconnectIntervalMs);
        connect(m_reconnect, &QTimer::timeout, this, [this] {
            QString error;
            if (openTeam(&error)) {
                m_reconnect->stop();
                m_health = {};
                emit changed();
            } else {
                m_health.detail = error;
            }
        });
    }
    m_reconnect->start();
    emit changed();
}

bool Journal::checkConnection()
{
    if (!m_team)
        return isOpen();
    QString why = QStringLiteral("the connection to the team database was lost");
    if (isOpen()) {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (q.exec(QStringLiteral("SELECT 1")))
            return true;
        why = q.lastError().text();
    }
    // The driver may have closed the connection itself when the server went away.
    if (!m_reconnect || !m_reconnect->isActive())
        connectionLost(why);
    return false;
}

bool Journal::open(QString *error)
{
    if (m_team)
        return openTeam(error);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection, false)
                                                           : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    // Another process (a second console, ait-cli) may hold the write lock for a moment: wait for
    // it rather than fail to record an intent.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    // WAL keeps readers and the writer apart; FULL makes every commit durable before it returns.
    // A new file is switched to WAL under an exclusive lock. When another process switches it at
    // the same moment, SQLite refuses one of them at once (its deadlock guard skips the busy
    // timeout); asked again a moment later, it finds the file in WAL already. The other switch may
    // take a while on a loaded machine (20 attempts in a row were not enough under a load of 4 on 2
    // cores), so the asking goes on, 10 ms apart, for as long as the busy timeout.
    bool wal = false;
    QElapsedTimer asking;
    asking.start();
    while (true) {
        wal = q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && q.next()
            && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        if (wal || q.lastError().nativeErrorCode() != QLatin1String("5") || asking.elapsed() >= BusyTimeoutMs) // 5: SQLITE_BUSY
            break;
        q.finish();
        QThread::msleep(10);
    }
    q.finish();
    if (!wal || !q.exec(QStringLiteral("PRAGMA synchronous=FULL")) || !q.exec(QStringLiteral("PRAGMA foreign_keys=ON"))) {
        if (error)
            *error = QStringLiteral("cannot enable WAL: ") + q.lastError().text();
        return false;
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_fileIdentity = fileIdentity(m_path);
    return migrate(error);
}

bool Journal::openReadOnly(QString *error)
{
    if (m_team)
        return openTeam(error); // the database's privileges decide what a role may write
    if (!QFileInfo::exists(m_path)) {
        if (error)
            *error = QStringLiteral("%1 does not exist").arg(m_path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection, false)
                                                           : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    m_fileIdentity = fileIdentity(m_path);
    return true;
}

Journal::Health Journal::openChecked(qint64 expectedLastId)
{
    using P = Health::Problem;
    m_health = {};
    m_health.expectedLastId = expectedLastId;
    if (m_team) {
        // A team's database is not this computer's to check against what it recorded; when it
        // cannot be reached, the console keeps trying (never a local journal in its place).
        QString error;
        if (!openTeam(&error))
            connectionLost(error);
        return m_health;
    }
    const QFileInfo info(m_path);
    if (!info.exists()) {
        if (expectedLastId > 0) {
            m_health.problem = P::Missing;
            m_health.detail = QStringLiteral("%1 does not exist").arg(m_path);
            return m_health;
        }
    } else if (info.size() == 0) {
        if (expectedLastId > 0) {
            m_health.problem = P::Emptied;
            m_health.movedTo = moveAside(QStringLiteral("emptied"));
            m_health.detail = QStringLiteral("the file was empty");
            return m_health;
        }
    } else if (const QString problem = headerProblem(m_path); !problem.isEmpty()) {
        m_health.problem = P::Damaged;
        m_health.detail = problem;
        m_health.movedTo = moveAside(QStringLiteral("damaged"));
        return m_health;
    }
    QString error;
    if (!open(&error)) {
        const bool corrupt = error.contains(QLatin1String("malformed"), Qt::CaseInsensitive)
                          || error.contains(QLatin1String("not a database"), Qt::CaseInsensitive);
        close();
        m_health.problem = corrupt ? P::Damaged : P::CannotOpen;
        m_health.detail = error;
        if (corrupt)
            m_health.movedTo = moveAside(QStringLiteral("damaged"));
        return m_health;
    }
    m_health.foundLastId = lastId();
    if (m_health.foundLastId < expectedLastId) {
        close();
        m_health.problem = P::Emptied;
        m_health.detail = QStringLiteral("the newest operation is #%1; this computer recorded up to #%2")
                              .arg(m_health.foundLastId).arg(expectedLastId);
    }
    return m_health;
}

QString Journal::moveAside(const QString &why)
{
    const QString suffix = QStringLiteral(".%1-%2").arg(why, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    const QString target = m_path + suffix;
    if (!QFile::exists(m_path) || !QFile::rename(m_path, target))
        return {};
    for (const char *companion : {"-wal", "-shm"}) {
        const QString from = m_path + QLatin1String(companion);
        if (QFile::exists(from))
            QFile::rename(from, target + QLatin1String(companion));
    }
    return target;
}

bool Journal::startFresh(QString *error)
{
    close();
    if (QFile::exists(m_path) && moveAside(QStringLiteral("replaced")).isEmpty()) {
        if (error)
            *error = QStringLiteral("cannot move %1 aside").arg(m_path);
        return false;
    }
    m_health = {};
    const bool opened = open(error);
    if (opened && m_keepLastId)
        m_keepLastId(lastId());
    emit changed();
    return opened;
}

bool Journal::acceptAsFound(QString *error)
{
    if (m_health.problem != Health::Problem::Emptied || !QFile::exists(m_path)) {
        if (error)
            *error = QStringLiteral("there is no journal to accept");
        return false;
    }
    m_health = {};
    const bool opened = open(error);
    if (opened && m_keepLastId)
        m_keepLastId(lastId());
    emit changed();
    return opened;
}

qint64 Journal::lastId() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM operations")) && q.next() ? q.value(0).toLongLong() : 0;
}

bool Journal::stillOnDisk() const
{
    if (m_team)
        return isOpen();
    return isOpen() && !m_fileIdentity.isEmpty() && fileIdentity(m_path) == m_fileIdentity;
}

void Journal::close()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    m_fileIdentity.clear();
}

int Journal::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (m_team) // no table yet: a new database
        return q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next() ? q.value(0).toInt() : 0;
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

const QStringList &Journal::migrations()
{
    return Migrations;
}

bool Journal::migrate(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const int before = schemaVersion();
    if (!applyMigrations(db, Migrations, error))
        return false;
    // Rows written before the audit existed get their first event, so that the chain covers them.
    if (before < 3 && !adoptRowsWithoutEvents(error))
        return false;
    if (m_team)
        return true;
    // A journal's identity, for copying it into a team's journal once.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meta (name, value) SELECT 'journal-id', ? WHERE NOT EXISTS (SELECT 1 FROM meta WHERE name = 'journal-id')"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool Journal::applyMigrations(QSqlDatabase db, const QStringList &migrations, QString *error)
{
    const bool postgres = isPostgres(db);
    const auto fail = [error](const QString &what) {
        if (error)
            *error = what;
        return false;
    };
    // SQLite keeps the version in its header; PostgreSQL in a table of one row (none yet: 0).
    const auto readVersion = [postgres](QSqlQuery &q) {
        int version = -1;
        if (!postgres)
            version = q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
        else if (q.exec(QStringLiteral("SELECT version FROM schema_version")))
            version = q.next() ? q.value(0).toInt() : 0;
        q.finish(); // no statement may still be running at COMMIT
        return version;
    };
    QSqlQuery q(db);
    int version = readVersion(q);
    if (version == migrations.size())
        return true;
    if (version > migrations.size())
        return fail(QStringLiteral("the journal was written by a newer version (schema %1)").arg(version));
    if (version < 0 && !postgres) // a new PostgreSQL database has no schema_version table yet
        return fail(QStringLiteral("cannot read the journal's schema version: ") + q.lastError().text());

    // The write lock is taken before the version is read again, so that two processes opening a
    // new journal at once migrate it once: the second waits, then finds it done. SQLite: IMMEDIATE
    // (QSqlDatabase::transaction() only knows a deferred BEGIN); a BEGIN inside a caller's transaction
    // fails, so a migration is never half of someone else's. PostgreSQL: an advisory lock held to the
    // end of the transaction (its DDL is transactional too).
    if (!q.exec(postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return fail(QStringLiteral("cannot start the journal migration: ") + q.lastError().text());
    const auto rollBack = [&](const QString &what) {
        q.finish();
        db.rollback();
        return fail(what);
    };
    if (postgres) {
        if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLock))
            || !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
            return rollBack(QStringLiteral("cannot start the journal migration: ") + q.lastError().text());
    }
    version = readVersion(q);
    if (version < 0)
        return rollBack(QStringLiteral("cannot read the journal's schema version: ") + q.lastError().text());
    if (version > migrations.size())
        return rollBack(QStringLiteral("the journal was written by a newer version (schema %1)").arg(version));
    for (int v = version; v < migrations.size(); ++v) {
        for (const QString &statement : forEngine(migrations[v], postgres).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (!statement.trimmed().isEmpty() && !q.exec(statement))
                return rollBack(QStringLiteral("journal migration to schema %1 failed: %2").arg(v + 1).arg(q.lastError().text()));
        }
    }
    const bool recorded = !postgres ? q.exec(QStringLiteral("PRAGMA user_version = %1").arg(migrations.size()))
                                    : q.exec(QStringLiteral("DELETE FROM schema_version"))
                                          && q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(migrations.size()));
    if (!recorded)
        return rollBack(QStringLiteral("cannot record the journal's schema version: ") + q.lastError().text());
    q.finish();
    // COMMIT can fail too (a deferred constraint, a full disk): then nothing of it may stay.
    if (!db.commit())
        return rollBack(QStringLiteral("journal migration to schema %1 failed: %2").arg(migrations.size()).arg(db.lastError().text()));
    return true;
}

std::optional<qint64> Journal::recordIntent(Operation o, QString *error)
{
    m_lastConflict.reset();
    QString unasked;
    if (!error)
        error = &unasked;
    qint64 id = 0;
    const QString guard = guardKeyOf(o);
    m_lastAwaitingApproval = 0;
    const bool written = write([&](QSqlQuery &q, QList<Change> &changes, QString &why) {
        // A request for the same target waiting for (or holding) a second operator's approval holds
        // the target too: nothing else may be paid or refunded on it meanwhile, except that request.
        if (!guard.isEmpty()) {
            q.prepare(QStringLiteral("SELECT id FROM approvals WHERE guard_key = ? AND state IN ('awaiting','approved') AND id <> ?"));
            q.addBindValue(guard);
            q.addBindValue(m_pendingApproval);
            if (!q.exec())
                return false;
            if (q.next()) {
                m_lastAwaitingApproval = q.value(0).toLongLong();
                why = QStringLiteral("request #%1 for the same target is awaiting approval").arg(m_lastAwaitingApproval);
                return false;
            }
            q.finish();
        }
        q.prepare(QStringLiteral(
            "INSERT INTO operations (created_at, updated_at, os_user, operator_name, profile_id, profile_name, "
            "identity_fingerprint, kind, user_key, pay_token, order_no, order_id, amount, reason, idempotency_key, "
            "promotion_code, state, batch_id, test, template_code, batch_row, attempt, payload, memo, guard_key, origin) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
        const QString t = now();
        const QString osUser = o.osUser.isEmpty() ? ait::osUserName() : o.osUser;
        for (const QVariant &v : QVariantList{t, t, osUser, m_team ? m_operatorOnRecord : text(o.operatorName), text(o.profileId),
                                              text(o.profileName), text(o.identityFingerprint), kindName(o.kind), o.userKey, text(o.payToken),
                                              text(o.orderNo), text(o.orderId), o.amount, text(o.reason), text(o.idempotencyKey),
                                              text(o.promotionCode), stateName(State::Intent), text(o.batchId), o.test ? 1 : 0,
                                              text(o.templateCode), o.batchRow > 0 ? QVariant(o.batchRow) : QVariant(),
                                              o.attempt, text(o.payload), text(o.memo), guard.isEmpty() ? QVariant() : QVariant(guard),
                                              QStringLiteral("")})
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return false;
        id = q.value(0).toLongLong();
        q.finish();
        changes << Change{id, 0, stateName(State::Intent), {}};
        if (m_pendingApproval) {
            q.prepare(QStringLiteral("UPDATE approvals SET state = 'sent', operation_id = ?, updated_at = ? WHERE id = ? AND state = 'approved'"));
            q.addBindValue(id);
            q.addBindValue(now());
            q.addBindValue(m_pendingApproval);
            if (!q.exec())
                return false;
            if (q.numRowsAffected() != 1) {
                why = QStringLiteral("approval #%1 was sent already").arg(m_pendingApproval);
                return false;
            }
            changes << Change{0, 0, QStringLiteral("approval-sent"), QStringLiteral("#%1").arg(id), m_pendingApproval};
        }
        return true;
    }, error); // committed (WAL, synchronous=FULL; or the server's commit) when write() returns
    if (!written) {
        // The database's guard: another console recorded an open operation on this target first.
        // SQLite names the column, PostgreSQL the index; any other refusal (a batch row twice) is not it.
        const QString said = error ? *error : QString();
        if (!guard.isEmpty() && (said.contains(QLatin1String("guard_key")) || said.contains(QLatin1String("operations_open_target")))) {
            if (const auto open = openForGuard(guard)) {
                m_lastConflict = open;
                if (error)
                    *error = QStringLiteral("an operation on the same target is open: #%1").arg(open->id);
            }
        }
        return std::nullopt;
    }
    m_inFlightHere.insert(id);
    if (m_keepLastId && !m_team)
        m_keepLastId(id);
    emit changed();
    return id;
}

std::optional<Operation> Journal::openForGuard(const QString &guardKey) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT * FROM operations WHERE guard_key = ? AND state IN %1 ORDER BY id LIMIT 1").arg(OpenStates));
    q.addBindValue(guardKey);
    if (q.exec() && q.next())
        return fromRecord(q);
    return std::nullopt;
}

bool Journal::write(const std::function<bool(QSqlQuery &, QList<Change> &, QString &)> &body, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen()) {
        if (error)
            *error = m_health.detail.isEmpty() ? QStringLiteral("the journal is not open") : m_health.detail;
        return false;
    }
    QSqlQuery q(db);
    QString why;
    const auto fail = [&]() {
        if (why.isEmpty())
            why = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
        q.finish();
        if (db.isOpen())
            db.rollback();
        if (error)
            *error = why;
        checkConnection(); // a team journal whose server went away starts asking to reconnect
        return false;
    };
    // One writer at a time, for the whole change and its events: SQLite's write lock taken at BEGIN
    // (IMMEDIATE: a deferred one could fail at its first write, after reading the chain's end), and
    // on the team journal an advisory lock held to the end of the transaction.
    if (!q.exec(m_team ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return fail();
    if (m_team && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WriteLock)))
        return fail();
    q.finish();
    QList<Change> changes;
    if (!body(q, changes, why) || !appendEvents(changes, why))
        return fail();
    // Other consoles listening on the team journal hear of it once this commits.
    if (m_team && !changes.isEmpty() && !q.exec(QStringLiteral("NOTIFY ait_journal")))
        return fail();
    q.finish();
    if (!db.commit())
        return fail();
    return true;
}

bool Journal::appendEvents(const QList<Change> &changes, QString &why)
{
    if (changes.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, digest FROM events ORDER BY id DESC LIMIT 1"))) {
        why = q.lastError().text();
        return false;
    }
    qint64 id = 0;
    QString prev;
    if (q.next()) {
        id = q.value(0).toLongLong();
        prev = q.value(1).toString();
    }
    q.finish();
    // Each row as it is now, read in slices rather than one by one (a batch confirms thousands).
    QHash<qint64, QString> operationDigests, batchDigests, approvalDigests;
    const auto readDigests = [&](const QString &table, QList<qint64> ids, QHash<qint64, QString> &into) {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        for (qsizetype from = 0; from < ids.size(); from += 500) {
            QStringList list;
            for (qsizetype i = from; i < std::min(from + 500, ids.size()); ++i)
                list << QString::number(ids[i]);
            if (!q.exec(QStringLiteral("SELECT * FROM %1 WHERE id IN (%2)").arg(table, list.join(QLatin1Char(','))))) {
                why = q.lastError().text();
                return false;
            }
            while (q.next())
                into.insert(q.value(QStringLiteral("id")).toLongLong(), rowDigest(q.record()));
            q.finish();
        }
        return true;
    };
    QList<qint64> operationIds, batchIds, approvalIds;
    for (const Change &c : changes) {
        if (c.operationId)
            operationIds << c.operationId;
        else if (c.approvalId)
            approvalIds << c.approvalId;
        else
            batchIds << c.batchId;
    }
    if (!readDigests(QStringLiteral("operations"), operationIds, operationDigests) || !readDigests(QStringLiteral("batches"), batchIds, batchDigests)
        || !readDigests(QStringLiteral("approvals"), approvalIds, approvalDigests))
        return false;
    q.prepare(QStringLiteral("INSERT INTO events (id, at, operation_id, batch_id, approval_id, change, actor, detail, row_digest, prev_digest, digest) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    const QString at = now();
    const QString actor = m_team ? m_operatorOnRecord : ait::osUserName();
    for (const Change &c : changes) {
        ++id;
        const QString row = c.operationId ? operationDigests.value(c.operationId)
                           : c.approvalId ? approvalDigests.value(c.approvalId) : batchDigests.value(c.batchId);
        const QString detail = c.detail.left(200);
        const QString digest = eventDigest(id, at, c.operationId, c.batchId, c.approvalId, c.what, actor, detail, row, prev);
        const auto orNull = [](qint64 v) { return v ? QVariant(v) : QVariant(); };
        int i = 0;
        for (const QVariant &v : QVariantList{id, at, orNull(c.operationId), orNull(c.batchId), orNull(c.approvalId), c.what, text(actor),
                                              text(detail), text(row), text(prev), digest})
            q.bindValue(i++, v);
        if (!q.exec()) {
            why = q.lastError().text();
            return false;
        }
        prev = digest;
    }
    q.finish();
    return true;
}

bool Journal::adoptRowsWithoutEvents(QString *error)
{
    return write([](QSqlQuery &q, QList<Change> &changes, QString &) {
        if (!q.exec(QStringLiteral("SELECT id FROM operations WHERE id NOT IN (SELECT operation_id FROM events WHERE operation_id IS NOT NULL) ORDER BY id")))
            return false;
        while (q.next())
            changes << Change{q.value(0).toLongLong(), 0, QStringLiteral("adopted"), {}};
        q.finish();
        if (!q.exec(QStringLiteral("SELECT id FROM batches WHERE id NOT IN (SELECT batch_id FROM events WHERE operation_id IS NULL AND batch_id IS NOT NULL) ORDER BY id")))
            return false;
        while (q.next())
            changes << Change{0, q.value(0).toLongLong(), QStringLiteral("adopted"), {}};
        q.finish();
        return true;
    }, error);
}

bool Journal::transition(qint64 id, std::initializer_list<State> from, State to, const QString &partnerCode,
                         const QString &digest, std::optional<bool> applied)
{
    return transitionMany({id}, from, to, partnerCode, digest, applied);
}

bool Journal::setIdempotencyKey(qint64 id, const QString &key)
{
    return updateOne(id, QStringLiteral("key"), QStringLiteral("UPDATE operations SET idempotency_key = ?, updated_at = ? WHERE id = ? AND state = 'intent'"),
                     {text(key)});
}

bool Journal::updateOne(qint64 id, const QString &change, const QString &sql, const QVariantList &values)
{
    return write([&](QSqlQuery &q, QList<Change> &changes, QString &) {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        q.addBindValue(now());
        q.addBindValue(id);
        if (!q.exec() || q.numRowsAffected() != 1)
            return false;
        changes << Change{id, 0, change, {}};
        return true;
    });
}

bool Journal::setPayToken(qint64 id, const QString &payToken)
{
    return updateOne(id, QStringLiteral("pay-token"),
                     QStringLiteral("UPDATE operations SET pay_token = ?, updated_at = ? WHERE id = ? AND state IN ('intent', 'sent')"), {text(payToken)});
}

bool Journal::markSent(qint64 id)
{
    return transition(id, {State::Intent}, State::Sent, {}, {});
}

bool Journal::markOutcome(qint64 id, State state, const QString &partnerCode, const QString &digest)
{
    if (state != State::Succeeded && state != State::Failed && state != State::Unknown)
        return false;
    // A failure found before sending (e.g. the keychain or a refusal in core) may close an intent.
    return transition(id, {State::Sent, State::Intent}, state, partnerCode, digest);
}

bool Journal::markReconciled(qint64 id, bool applied, const QString &digest)
{
    return transition(id, {State::Unknown, State::Sent, State::Intent}, State::Reconciled, {}, digest, applied);
}

std::optional<Operation> Journal::find(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT * FROM operations WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromRecord(q);
    return std::nullopt;
}

QList<Operation> Journal::unresolved() const
{
    QList<Operation> result;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT * FROM operations WHERE state IN ('intent','sent','unknown') ORDER BY id"))) {
        while (q.next())
            result << fromRecord(q);
    }
    return result;
}

QList<Operation> Journal::needingAttention() const
{
    QList<Operation> open;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // The rows of an unfinished batch are its run's to settle (a resumed run reconciles them first);
    // once the batch is finished or stopped, an open row of it needs a person like any other.
    if (q.exec(QStringLiteral("SELECT * FROM operations WHERE state IN %1 AND (batch_id = '' OR batch_id NOT IN "
                              "(SELECT CAST(id AS TEXT) FROM batches WHERE state IN %2)) ORDER BY id")
                   .arg(OpenStates, UnfinishedBatchStates))) {
        while (q.next())
            open << fromRecord(q);
    }
    open.erase(std::remove_if(open.begin(), open.end(), [this](const Operation &o) { return m_inFlightHere.contains(o.id); }), open.end());
    return open;
}

QList<Operation> Journal::openFor(Kind kind, const QString &idempotencyKey) const
{
    QList<Operation> result;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT * FROM operations WHERE kind = ? AND idempotency_key = ? AND state IN ('intent','sent','unknown') ORDER BY id"));
    q.addBindValue(kindName(kind));
    q.addBindValue(idempotencyKey);
    if (q.exec()) {
        while (q.next())
            result << fromRecord(q);
    }
    return result;
}

QList<Operation> Journal::query(const Filter &f) const
{
    QStringList where;
    QVariantList values;
    if (f.from.isValid()) { where << QStringLiteral("created_at >= ?"); values << f.from.toUTC().toString(Qt::ISODateWithMs); }
    if (f.to.isValid()) { where << QStringLiteral("created_at <= ?"); values << f.to.toUTC().toString(Qt::ISODateWithMs); }
    if (f.kind) { where << QStringLiteral("kind = ?"); values << kindName(*f.kind); }
    if (f.state) { where << QStringLiteral("state = ?"); values << stateName(*f.state); }
    if (!f.profileId.isEmpty()) { where << QStringLiteral("profile_id = ?"); values << f.profileId; }
    if (f.userKey) { where << QStringLiteral("user_key = ?"); values << *f.userKey; }
    if (!f.text.isEmpty()) {
        // SQLite's LIKE ignores the case of ASCII letters; PostgreSQL's ILIKE does the same.
        where << QStringLiteral("(pay_token LIKE ? OR order_no LIKE ? OR order_id LIKE ? OR reason LIKE ? OR partner_code LIKE ? "
                                "OR promotion_code LIKE ? OR template_code LIKE ? OR CAST(user_key AS TEXT) LIKE ?)")
                     .replace(QStringLiteral(" LIKE "), m_team ? QStringLiteral(" ILIKE ") : QStringLiteral(" LIKE "));
        const QString like = QLatin1Char('%') + f.text + QLatin1Char('%');
        for (int i = 0; i < 8; ++i)
            values << like;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT * FROM operations") + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
              + QStringLiteral(" ORDER BY id DESC"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<Operation> result;
    if (q.exec()) {
        while (q.next())
            result << fromRecord(q);
    }
    return result;
}

bool Journal::markSentWithKey(qint64 id, const QString &key)
{
    if (!updateOne(id, stateName(State::Sent),
                   QStringLiteral("UPDATE operations SET idempotency_key = ?, state = 'sent', updated_at = ? WHERE id = ? AND state = 'intent'"),
                   {text(key)}))
        return false;
    emit changed();
    return true;
}

QList<Operation> Journal::openPayoutsFor(qint64 userKey, const QString &promotionCode) const
{
    QList<Operation> result;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT * FROM operations WHERE user_key = ? AND kind = 'payout' AND promotion_code = ? "
                             "AND state IN %1 ORDER BY id").arg(OpenStates));
    q.addBindValue(userKey);
    q.addBindValue(text(promotionCode));
    if (q.exec()) {
        while (q.next())
            result << fromRecord(q);
    }
    return result;
}

QSet<qint64> Journal::usersWithOpenPayouts(const QString &promotionCode) const
{
    QSet<qint64> users;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT DISTINCT user_key FROM operations WHERE kind = 'payout' AND promotion_code = ? AND state IN %1")
                  .arg(OpenStates));
    q.addBindValue(text(promotionCode));
    if (q.exec()) {
        while (q.next())
            users.insert(q.value(0).toLongLong());
    }
    return users;
}

std::optional<qint64> Journal::createBatch(Batch b, const QList<Operation> &rows, QString *error)
{
    qint64 batchId = 0;
    const bool written = write([&](QSqlQuery &q, QList<Change> &changes, QString &) {
        const QString t = now();
        const QString osUser = b.osUser.isEmpty() ? ait::osUserName() : b.osUser;
        const QString operatorName = m_team ? m_operatorOnRecord : text(b.operatorName);
        q.prepare(QStringLiteral("INSERT INTO batches (created_at, updated_at, kind, profile_id, profile_name, identity_fingerprint, code, "
                                 "source_name, source_sha256, row_count, total_amount, operator_name, os_user, state, test, options) "
                                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
        for (const QVariant &v : QVariantList{t, t, kindName(b.kind), text(b.profileId), text(b.profileName), text(b.identityFingerprint),
                                              text(b.code), text(b.sourceName), text(b.sourceSha256), int(rows.size()), b.totalAmount,
                                              operatorName, osUser, batchStateName(BatchState::Confirmed), b.test ? 1 : 0,
                                              text(b.options)})
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return false;
        batchId = q.value(0).toLongLong();
        q.finish();
        changes << Change{0, batchId, batchStateName(BatchState::Confirmed), QStringLiteral("%1 rows").arg(rows.size())};
        const QString batchText = QString::number(batchId);
        q.prepare(QStringLiteral(
            "INSERT INTO operations (created_at, updated_at, os_user, operator_name, profile_id, profile_name, "
            "identity_fingerprint, kind, user_key, amount, promotion_code, state, batch_id, test, template_code, batch_row, "
            "payload, memo, guard_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,'intent',?,?,?,?,?,?,?) RETURNING id"));
        // A user the operator allowed to be paid more than once in this file is guarded on the
        // first of their rows; the others follow it in the run.
        QSet<QString> guarded;
        int rowNumber = 0;
        for (const Operation &o : rows) {
            ++rowNumber;
            Operation row = o;
            row.kind = b.kind;
            QString guard = guardKeyOf(row);
            if (!guard.isEmpty() && guarded.contains(guard))
                guard.clear();
            guarded.insert(guard);
            int i = 0;
            for (const QVariant &v : QVariantList{t, t, osUser, operatorName, text(b.profileId), text(b.profileName),
                                                  text(b.identityFingerprint), kindName(b.kind), o.userKey, o.amount,
                                                  text(o.promotionCode), batchText, o.test ? 1 : 0, text(o.templateCode), rowNumber,
                                                  text(o.payload), text(o.memo), guard.isEmpty() ? QVariant() : QVariant(guard)})
                q.bindValue(i++, v);
            if (!q.exec() || !q.next())
                return false;
            changes << Change{q.value(0).toLongLong(), 0, stateName(State::Intent), {}};
            q.finish();
        }
        return true;
    }, error);
    if (!written)
        return std::nullopt;
    if (m_keepLastId && !m_team)
        m_keepLastId(lastId());
    emit changed();
    return batchId;
}

std::optional<Batch> Journal::batch(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT * FROM batches WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return batchFromRecord(q);
    return std::nullopt;
}

QList<Batch> Journal::batches() const
{
    QList<Batch> result;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT * FROM batches ORDER BY id DESC"))) {
        while (q.next())
            result << batchFromRecord(q);
    }
    return result;
}

QList<Batch> Journal::unfinishedBatches() const
{
    QList<Batch> result;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT * FROM batches WHERE state IN %1 ORDER BY id").arg(UnfinishedBatchStates))) {
        while (q.next())
            result << batchFromRecord(q);
    }
    return result;
}

QList<Batch> Journal::batchesFromSource(const QString &sha256, const QString &code) const
{
    QList<Batch> result;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT * FROM batches WHERE source_sha256 = ? AND code = ? ORDER BY id"));
    q.addBindValue(text(sha256));
    q.addBindValue(text(code));
    if (q.exec()) {
        while (q.next())
            result << batchFromRecord(q);
    }
    return result;
}

bool Journal::setBatchState(qint64 id, BatchState state)
{
    const bool written = write([&](QSqlQuery &q, QList<Change> &changes, QString &) {
        q.prepare(QStringLiteral("UPDATE batches SET state = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(batchStateName(state));
        q.addBindValue(now());
        q.addBindValue(id);
        if (!q.exec() || q.numRowsAffected() != 1)
            return false;
        changes << Change{0, id, batchStateName(state), {}};
        return true;
    });
    if (written)
        emit changed();
    return written;
}

BatchCounts Journal::batchCounts(qint64 id) const
{
    BatchCounts c;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT state, applied, COUNT(*) FROM operations WHERE batch_id = ? GROUP BY state, applied"));
    q.addBindValue(QString::number(id));
    if (!q.exec())
        return c;
    while (q.next()) {
        const std::optional<State> state = stateFromName(q.value(0).toString());
        const bool applied = q.value(1).toBool();
        const int n = q.value(2).toInt();
        c.rows += n;
        switch (state.value_or(State::Unknown)) {
        case State::Intent: c.pending += n; break;
        case State::Sent:
        case State::Unknown: c.unknown += n; break;
        case State::Succeeded: c.succeeded += n; break;
        case State::Failed: c.failed += n; break;
        case State::Reconciled: (applied ? c.succeeded : c.failed) += n; break;
        }
    }
    return c;
}

QList<Operation> Journal::batchRows(qint64 batchId, int fromRow, int limit, const QList<State> &states) const
{
    QString sql = QStringLiteral("SELECT * FROM operations WHERE batch_id = ? AND batch_row >= ?");
    if (!states.isEmpty()) {
        QStringList names;
        for (State s : states)
            names << QLatin1Char('\'') + stateName(s) + QLatin1Char('\'');
        sql += QStringLiteral(" AND state IN (%1)").arg(names.join(QLatin1Char(',')));
    }
    sql += QStringLiteral(" ORDER BY batch_row");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(QString::number(batchId));
    q.addBindValue(fromRow);
    QList<Operation> result;
    if (q.exec()) {
        while (q.next())
            result << fromRecord(q);
    }
    return result;
}

bool Journal::restartInTransaction(QSqlQuery &q, qint64 id, const QString &why)
{
    q.prepare(QStringLiteral("SELECT attempt, idempotency_key FROM operations WHERE id = ? AND state IN ('sent','unknown')"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    const int attempt = q.value(0).toInt();
    const QString key = q.value(1).toString();
    q.finish();
    const QString t = now();
    q.prepare(QStringLiteral("INSERT INTO superseded_keys (operation_id, attempt, idempotency_key, why, at) VALUES (?,?,?,?,?)"));
    for (const QVariant &v : QVariantList{id, attempt, text(key), text(why.left(200)), t})
        q.addBindValue(v);
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("UPDATE operations SET state = 'intent', idempotency_key = '', attempt = attempt + 1, "
                             "response_digest = ?, updated_at = ? WHERE id = ? AND state IN ('sent','unknown')"));
    q.addBindValue(text(why.left(200)));
    q.addBindValue(t);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

bool Journal::restartAttempt(qint64 id, const QString &why)
{
    return restartMany({id}, why);
}

bool Journal::restartMany(const QList<qint64> &ids, const QString &why)
{
    if (ids.isEmpty())
        return false;
    const bool written = write([&](QSqlQuery &q, QList<Change> &changes, QString &) {
        for (qint64 id : ids) {
            if (!restartInTransaction(q, id, why))
                return false;
            changes << Change{id, 0, QStringLiteral("restarted"), why};
        }
        return true;
    });
    if (!written)
        return false;
    for (qint64 id : ids)
        m_inFlightHere.remove(id);
    emit changed();
    return true;
}

QStringList Journal::supersededKeys(qint64 id) const
{
    QStringList keys;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT idempotency_key FROM superseded_keys WHERE operation_id = ? ORDER BY attempt"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            keys << q.value(0).toString();
    }
    return keys;
}

bool Journal::transitionMany(const QList<qint64> &ids, std::initializer_list<State> from, State to, const QString &partnerCode,
                             const QString &digest, std::optional<bool> applied)
{
    if (ids.isEmpty())
        return false;
    QStringList allowed;
    for (State s : from)
        allowed << QLatin1Char('\'') + stateName(s) + QLatin1Char('\'');
    const bool written = write([&](QSqlQuery &q, QList<Change> &changes, QString &) {
        q.prepare(QStringLiteral("UPDATE operations SET state = ?, updated_at = ?, partner_code = CASE WHEN ? = '' THEN partner_code ELSE ? END, "
                                 "response_digest = CASE WHEN ? = '' THEN response_digest ELSE ? END, applied = COALESCE(?, applied) "
                                 "WHERE id = ? AND state IN (%1)").arg(allowed.join(QLatin1Char(','))));
        const QString t = now();
        const QString what = to == State::Reconciled ? (applied.value_or(false) ? QStringLiteral("reconciled:applied") : QStringLiteral("reconciled:not-applied"))
                                                     : stateName(to);
        for (qint64 id : ids) {
            int i = 0;
            for (const QVariant &v : QVariantList{stateName(to), t, text(partnerCode), text(partnerCode), text(digest.left(200)),
                                                  text(digest.left(200)), applied ? QVariant(*applied ? 1 : 0) : QVariant(), id})
                q.bindValue(i++, v);
            if (!q.exec() || q.numRowsAffected() != 1)
                return false;
            changes << Change{id, 0, what, partnerCode};
        }
        return true;
    });
    if (!written)
        return false;
    for (qint64 id : ids) {
        if (to != State::Sent) // settled, or left for a person to reconcile
            m_inFlightHere.remove(id);
    }
    emit changed();
    return true;
}

bool Journal::markManySent(const QList<qint64> &ids)
{
    return transitionMany(ids, {State::Intent}, State::Sent, {}, {});
}

bool Journal::markManyOutcome(const QList<qint64> &ids, State state, const QString &partnerCode, const QString &digest)
{
    if (state != State::Succeeded && state != State::Failed && state != State::Unknown)
        return false;
    return transitionMany(ids, {State::Sent, State::Intent}, state, partnerCode, digest);
}

bool Journal::markManyReconciled(const QList<qint64> &ids, bool applied, const QString &digest)
{
    return transitionMany(ids, {State::Unknown, State::Sent, State::Intent}, State::Reconciled, {}, digest, applied);
}

int Journal::settleUnstarted(qint64 batchId, const QString &digest)
{
    int n = 0;
    const bool written = write([&](QSqlQuery &q, QList<Change> &changes, QString &) {
        q.prepare(QStringLiteral("SELECT id FROM operations WHERE batch_id = ? AND state = 'intent' ORDER BY id"));
        q.addBindValue(QString::number(batchId));
        if (!q.exec())
            return false;
        while (q.next())
            changes << Change{q.value(0).toLongLong(), 0, QStringLiteral("stopped"), {}};
        q.finish();
        q.prepare(QStringLiteral("UPDATE operations SET state = 'failed', partner_code = 'stopped', response_digest = ?, updated_at = ? "
                                 "WHERE batch_id = ? AND state = 'intent'"));
        q.addBindValue(text(digest.left(200)));
        q.addBindValue(now());
        q.addBindValue(QString::number(batchId));
        if (!q.exec())
            return false;
        n = q.numRowsAffected();
        return n == changes.size();
    });
    if (!written)
        return -1;
    if (n > 0)
        emit changed();
    return n;
}

QList<Operation> Journal::recentlySettledByOthers(const Operation &target, const QString &operatorName, const QDateTime &since) const
{
    QString sql = QStringLiteral("SELECT * FROM operations WHERE kind = ? AND operator_name <> ? AND updated_at >= ? "
                                 "AND (state = 'succeeded' OR (state = 'reconciled' AND applied = 1)) ");
    QVariantList values{kindName(target.kind), text(operatorName), since.toUTC().toString(Qt::ISODateWithMs)};
    switch (target.kind) {
    case Kind::Refund: sql += QStringLiteral("AND pay_token = ?"); values << text(target.payToken); break;
    case Kind::Payout: sql += QStringLiteral("AND promotion_code = ? AND user_key = ?"); values << text(target.promotionCode) << target.userKey; break;
    case Kind::TestPayment: sql += QStringLiteral("AND order_no = ?"); values << text(target.orderNo); break;
    case Kind::Message: return {};
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(sql + QStringLiteral(" ORDER BY updated_at DESC LIMIT 20"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<Operation> result;
    if (q.exec()) {
        while (q.next())
            result << fromRecord(q);
    }
    return result;
}

QList<Journal::Event> Journal::events(qint64 operationId) const
{
    QList<Event> result;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id, at, operation_id, batch_id, approval_id, change, actor, detail FROM events WHERE operation_id = ? ORDER BY id"));
    q.addBindValue(operationId);
    if (q.exec()) {
        while (q.next()) {
            result << Event{q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs), q.value(2).toLongLong(),
                            q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
        }
    }
    return result;
}

Journal::ChainReport Journal::verifyChain() const
{
    ChainReport report;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // One snapshot for the chain and the tables: a change committed meanwhile by another console
    // must not look like an edit.
    if (!q.exec(m_team ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") : QStringLiteral("BEGIN"))) {
        report.problem = q.lastError().text();
        return report;
    }
    struct EndSnapshot
    {
        QSqlDatabase db;
        ~EndSnapshot() { db.rollback(); }
    } endSnapshot{db};
    if (!q.exec(QStringLiteral("SELECT id, at, operation_id, batch_id, change, actor, detail, row_digest, prev_digest, digest, approval_id "
                               "FROM events ORDER BY id"))) {
        report.problem = q.lastError().text();
        return report;
    }
    // Walks the chain in order: each event must name the digest before it, and its own digest must
    // be what its fields give. An edited, deleted or reordered event breaks the walk there.
    QString prev;
    qint64 lastId = 0;
    QHash<qint64, QString> lastOperationRow, lastBatchRow, lastApprovalRow;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qint64 operationId = q.value(2).toLongLong();
        const qint64 batchId = q.value(3).toLongLong();
        const qint64 approvalId = q.value(10).toLongLong();
        const QString row = q.value(7).toString();
        ++report.events;
        const QString expected = eventDigest(id, q.value(1).toString(), operationId, batchId, approvalId, q.value(4).toString(),
                                             q.value(5).toString(), q.value(6).toString(), row, q.value(8).toString());
        if (id != lastId + 1 && lastId != 0) {
            report.brokenAt = id;
            report.problem = QStringLiteral("event #%1 follows #%2: the events between are missing").arg(id).arg(lastId);
            return report;
        }
        if (q.value(8).toString() != prev) {
            report.brokenAt = id;
            report.problem = QStringLiteral("event #%1 does not follow the event before it").arg(id);
            return report;
        }
        if (q.value(9).toString() != expected) {
            report.brokenAt = id;
            report.problem = QStringLiteral("event #%1 was changed after it was written").arg(id);
            return report;
        }
        prev = expected;
        lastId = id;
        if (operationId)
            lastOperationRow.insert(operationId, row);
        else if (approvalId)
            lastApprovalRow.insert(approvalId, row);
        else if (batchId)
            lastBatchRow.insert(batchId, row);
    }
    q.finish();
    // Every row must be as its last event left it: an edit of the tables themselves shows here.
    for (const QString &table : {QStringLiteral("operations"), QStringLiteral("batches"), QStringLiteral("approvals")}) {
        const bool batches = table == QLatin1String("batches");
        const bool approvals = table == QLatin1String("approvals");
        const QHash<qint64, QString> &expected = batches ? lastBatchRow : approvals ? lastApprovalRow : lastOperationRow;
        const QString what = batches ? QStringLiteral("batch") : approvals ? QStringLiteral("approval") : QStringLiteral("operation");
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table))) {
            report.problem = q.lastError().text();
            return report;
        }
        qint64 rows = 0;
        while (q.next()) {
            ++rows;
            const qint64 id = q.value(QStringLiteral("id")).toLongLong();
            const auto found = expected.constFind(id);
            if (found == expected.constEnd() || *found != rowDigest(q.record())) {
                report.operationId = id;
                report.batch = batches;
                report.approval = approvals;
                report.problem = found == expected.constEnd() ? QStringLiteral("%1 #%2 has no event").arg(what).arg(id)
                                                              : QStringLiteral("%1 #%2 differs from what its last event recorded").arg(what).arg(id);
                return report;
            }
        }
        if (rows != expected.size()) {
            report.problem = QStringLiteral("events name %1 %2 that no longer exist").arg(expected.size() - rows).arg(table);
            return report;
        }
        q.finish();
    }
    return report;
}

QString Journal::journalId() const
{
    if (m_team)
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("SELECT value FROM meta WHERE name = 'journal-id'")) && q.next() ? q.value(0).toString() : QString();
}

bool Journal::importFrom(const Journal &local, int *copied, QString *error)
{
    *copied = 0;
    const QString source = local.journalId();
    if (!m_team || local.isTeam() || source.isEmpty()) {
        if (error)
            *error = QStringLiteral("only this computer's journal can be copied into a team journal");
        return false;
    }
    const QString origin = QStringLiteral("%1@%2 (%3)").arg(ait::osUserName(), QSysInfo::machineHostName(), source.left(8));
    QSqlDatabase from = QSqlDatabase::database(local.connectionName(), false);
    return write([&](QSqlQuery &q, QList<Change> &changes, QString &why) {
        // Once per local journal: the source is on record in the same transaction as the copy.
        q.prepare(QStringLiteral("SELECT 1 FROM imports WHERE source = ?"));
        q.addBindValue(source);
        if (!q.exec())
            return false;
        if (q.next())
            return true;
        q.finish();
        QSqlQuery read(from);
        read.setForwardOnly(true);
        // Batches first: their rows name them by id, and ids are the team journal's own.
        QHash<QString, QString> batchIds;
        if (!read.exec(QStringLiteral("SELECT * FROM batches ORDER BY id"))) {
            why = read.lastError().text();
            return false;
        }
        while (read.next()) {
            const QSqlRecord r = read.record();
            QStringList columns, marks;
            QVariantList values;
            for (int i = 0; i < r.count(); ++i) {
                if (r.fieldName(i) == QLatin1String("id"))
                    continue;
                columns << r.fieldName(i);
                marks << QStringLiteral("?");
                values << r.value(i);
            }
            q.prepare(QStringLiteral("INSERT INTO batches (%1) VALUES (%2) RETURNING id").arg(columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
            for (const QVariant &v : values)
                q.addBindValue(v);
            if (!q.exec() || !q.next())
                return false;
            const qint64 id = q.value(0).toLongLong();
            q.finish();
            batchIds.insert(r.value(QStringLiteral("id")).toString(), QString::number(id));
            changes << Change{0, id, QStringLiteral("imported"), origin};
        }
        QHash<qint64, qint64> operationIds;
        if (!read.exec(QStringLiteral("SELECT * FROM operations ORDER BY id"))) {
            why = read.lastError().text();
            return false;
        }
        while (read.next()) {
            const QSqlRecord r = read.record();
            const Operation row = fromRecord(read);
            const QString openGuard = row.isOpen() && row.batchId.isEmpty() ? guardKeyOf(row) : QString();
            QStringList columns, marks;
            QVariantList values;
            for (int i = 0; i < r.count(); ++i) {
                const QString name = r.fieldName(i);
                if (name == QLatin1String("id"))
                    continue;
                QVariant v = r.value(i);
                if (name == QLatin1String("guard_key"))
                    v = openGuard.isEmpty() ? QVariant() : QVariant(openGuard); // an open row keeps holding its target
                else if (name == QLatin1String("origin"))
                    v = origin;
                else if (name == QLatin1String("batch_id") && !v.toString().isEmpty())
                    v = batchIds.value(v.toString(), v.toString());
                columns << name;
                marks << QStringLiteral("?");
                values << v;
            }
            q.prepare(QStringLiteral("INSERT INTO operations (%1) VALUES (%2) RETURNING id").arg(columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
            for (const QVariant &v : values)
                q.addBindValue(v);
            if (!q.exec() || !q.next()) {
                if (q.lastError().text().contains(QLatin1String("operations_open_target")))
                    why = QStringLiteral("operation #%1 of this computer is still open, and the team journal has an open operation on "
                                         "the same target: settle one of them first").arg(row.id);
                return false;
            }
            const qint64 id = q.value(0).toLongLong();
            q.finish();
            operationIds.insert(r.value(QStringLiteral("id")).toLongLong(), id);
            changes << Change{id, 0, QStringLiteral("imported"), origin};
        }
        if (!read.exec(QStringLiteral("SELECT operation_id, attempt, idempotency_key, why, at FROM superseded_keys ORDER BY operation_id, attempt"))) {
            why = read.lastError().text();
            return false;
        }
        q.prepare(QStringLiteral("INSERT INTO superseded_keys (operation_id, attempt, idempotency_key, why, at) VALUES (?,?,?,?,?)"));
        while (read.next()) {
            int i = 0;
            for (const QVariant &v : QVariantList{operationIds.value(read.value(0).toLongLong()), read.value(1), read.value(2), read.value(3), read.value(4)})
                q.bindValue(i++, v);
            if (!q.exec())
                return false;
        }
        q.prepare(QStringLiteral("INSERT INTO imports (source, at, actor, operations) VALUES (?,?,?,?)"));
        for (const QVariant &v : QVariantList{source, now(), m_operatorOnRecord, qint64(operationIds.size())})
            q.addBindValue(v);
        if (!q.exec())
            return false;
        *copied = int(operationIds.size());
        return true;
    }, error) && (emit changed(), true);
}

QString Journal::leaseHolderName()
{
    return QStringLiteral("%1@%2:%3").arg(ait::osUserName(), QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
}

bool Journal::takeLease(qint64 batchId, const QString &holder, int seconds, QString *heldBy, QDateTime *until)
{
    const QDateTime nowUtc = QDateTime::currentDateTimeUtc();
    bool taken = false;
    const bool written = write([&](QSqlQuery &q, QList<Change> &changes, QString &) {
        // Free, already ours, or expired: ISO-8601 UTC text with milliseconds compares as time does.
        q.prepare(QStringLiteral("UPDATE batches SET lease_holder = ?, lease_until = ? WHERE id = ? AND "
                                 "(lease_holder = '' OR lease_holder = ? OR lease_until < ?)"));
        for (const QVariant &v : QVariantList{holder, nowUtc.addSecs(seconds).toString(Qt::ISODateWithMs), batchId, holder,
                                              nowUtc.toString(Qt::ISODateWithMs)})
            q.addBindValue(v);
        if (!q.exec())
            return false;
        taken = q.numRowsAffected() == 1;
        if (taken) {
            changes << Change{0, batchId, QStringLiteral("lease-taken"), holder};
            return true;
        }
        q.prepare(QStringLiteral("SELECT lease_holder, lease_until FROM batches WHERE id = ?"));
        q.addBindValue(batchId);
        if (q.exec() && q.next()) {
            if (heldBy)
                *heldBy = q.value(0).toString();
            if (until)
                *until = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        }
        q.finish();
        return true;
    });
    return written && taken;
}

bool Journal::renewLease(qint64 batchId, const QString &holder, int seconds)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE batches SET lease_until = ? WHERE id = ? AND lease_holder = ?"));
    q.addBindValue(QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODateWithMs));
    q.addBindValue(batchId);
    q.addBindValue(holder);
    if (q.exec() && q.numRowsAffected() == 1)
        return true;
    if (q.lastError().isValid())
        checkConnection();
    return false; // lost: another holder took it after it expired, or the database is gone
}

bool Journal::releaseLease(qint64 batchId, const QString &holder)
{
    bool released = false;
    const bool written = write([&](QSqlQuery &q, QList<Change> &changes, QString &) {
        q.prepare(QStringLiteral("UPDATE batches SET lease_holder = '', lease_until = '' WHERE id = ? AND lease_holder = ?"));
        q.addBindValue(batchId);
        q.addBindValue(holder);
        if (!q.exec())
            return false;
        released = q.numRowsAffected() == 1;
        if (released)
            changes << Change{0, batchId, QStringLiteral("lease-released"), holder};
        return true;
    });
    return written && released;
}

QString approvalStateName(ApprovalState state)
{
    return QString::fromLatin1(ApprovalStates[int(state)]);
}

std::optional<ApprovalState> approvalStateFromName(const QString &name)
{
    for (int i = 0; i < 4; ++i) {
        if (name == QLatin1String(ApprovalStates[i]))
            return ApprovalState(i);
    }
    return std::nullopt;
}

namespace {
Approval approvalFromRecord(const QSqlQuery &q)
{
    Approval a;
    a.id = q.value(QStringLiteral("id")).toLongLong();
    a.createdAt = QDateTime::fromString(q.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    a.updatedAt = QDateTime::fromString(q.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
    a.kind = kindFromName(q.value(QStringLiteral("kind")).toString()).value_or(Kind::Payout);
    a.profileId = q.value(QStringLiteral("profile_id")).toString();
    a.requester = q.value(QStringLiteral("requester")).toString();
    a.request = q.value(QStringLiteral("request")).toString();
    a.amount = q.value(QStringLiteral("amount")).toLongLong();
    a.state = approvalStateFromName(q.value(QStringLiteral("state")).toString()).value_or(ApprovalState::Rejected);
    a.decidedBy = q.value(QStringLiteral("decided_by")).toString();
    a.decidedAt = QDateTime::fromString(q.value(QStringLiteral("decided_at")).toString(), Qt::ISODateWithMs);
    a.reason = q.value(QStringLiteral("reason")).toString();
    a.operationId = q.value(QStringLiteral("operation_id")).toLongLong();
    a.batchId = q.value(QStringLiteral("batch_id")).toLongLong();
    return a;
}
} // namespace

std::optional<qint64> Journal::requestApproval(const Operation &target, const QString &request, qint64 batchId, QString *error)
{
    m_lastConflict.reset();
    if (!m_team) {
        if (error)
            *error = QStringLiteral("four-eyes approval needs the team journal");
        return std::nullopt;
    }
    const QString guard = batchId ? QString() : guardKeyOf(target);
    qint64 id = 0;
    const bool written = write([&](QSqlQuery &q, QList<Change> &changes, QString &why) {
        if (!guard.isEmpty()) {
            q.prepare(QStringLiteral("SELECT * FROM operations WHERE guard_key = ? AND state IN %1 ORDER BY id LIMIT 1").arg(OpenStates));
            q.addBindValue(guard);
            if (!q.exec())
                return false;
            if (q.next()) {
                m_lastConflict = fromRecord(q);
                why = QStringLiteral("an operation on the same target is open: #%1").arg(m_lastConflict->id);
                return false;
            }
            q.finish();
        }
        const QString t = now();
        // The requester is the login, as the database knows it.
        q.prepare(QStringLiteral("INSERT INTO approvals (created_at, updated_at, kind, profile_id, requester, request, amount, guard_key, "
                                 "state, batch_id) VALUES (?,?,?,?,current_user,?,?,?,'awaiting',?) RETURNING id"));
        for (const QVariant &v : QVariantList{t, t, kindName(target.kind), text(target.profileId), text(request), target.amount,
                                              guard.isEmpty() ? QVariant() : QVariant(guard), batchId ? QVariant(batchId) : QVariant()})
            q.addBindValue(v);
        if (!q.exec() || !q.next()) {
            if (q.lastError().text().contains(QLatin1String("approvals_open_target")))
                why = QStringLiteral("another request on the same target is awaiting approval");
            return false;
        }
        id = q.value(0).toLongLong();
        q.finish();
        changes << Change{0, 0, QStringLiteral("approval-requested"), {}, id};
        return true;
    }, error);
    if (!written)
        return std::nullopt;
    emit changed();
    return id;
}

bool Journal::decideApproval(qint64 id, bool approve, const QString &reason, QString *error)
{
    if (!m_team) {
        if (error)
            *error = QStringLiteral("four-eyes approval needs the team journal");
        return false;
    }
    const bool written = write([&](QSqlQuery &q, QList<Change> &changes, QString &why) {
        // Four eyes: the database compares the deciding login with the one that asked.
        q.prepare(QStringLiteral("UPDATE approvals SET state = ?, decided_by = current_user, decided_at = ?, reason = ?, updated_at = ? "
                                 "WHERE id = ? AND state = 'awaiting' AND requester <> current_user"));
        const QString t = now();
        for (const QVariant &v : QVariantList{approve ? QStringLiteral("approved") : QStringLiteral("rejected"), t, text(reason.left(500)), t, id})
            q.addBindValue(v);
        if (!q.exec())
            return false;
        if (q.numRowsAffected() != 1) {
            q.prepare(QStringLiteral("SELECT state, requester = current_user FROM approvals WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec() || !q.next())
                why = QStringLiteral("there is no approval #%1").arg(id);
            else if (q.value(0).toString() != QLatin1String("awaiting"))
                why = QStringLiteral("approval #%1 is already %2").arg(id).arg(q.value(0).toString());
            else
                why = QStringLiteral("the operator who asked cannot approve or reject their own request");
            q.finish();
            return false;
        }
        changes << Change{0, 0, approve ? QStringLiteral("approved") : QStringLiteral("rejected"), reason, id};
        return true;
    }, error);
    if (written)
        emit changed();
    return written;
}

std::optional<Approval> Journal::approval(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT * FROM approvals WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return approvalFromRecord(q);
    return std::nullopt;
}

QList<Approval> Journal::approvals(std::optional<ApprovalState> state) const
{
    QList<Approval> result;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT * FROM approvals") + (state ? QStringLiteral(" WHERE state = ?") : QString()) + QStringLiteral(" ORDER BY id DESC"));
    if (state)
        q.addBindValue(approvalStateName(*state));
    if (q.exec()) {
        while (q.next())
            result << approvalFromRecord(q);
    }
    return result;
}

std::optional<qint64> Journal::recordApprovedIntent(qint64 approvalId, Operation o, QString *error)
{
    const std::optional<Approval> a = approval(approvalId);
    if (!a || a->state != ApprovalState::Approved || a->batchId) {
        if (error)
            *error = !a ? QStringLiteral("there is no approval #%1").arg(approvalId)
                        : QStringLiteral("approval #%1 is %2, not approved").arg(approvalId).arg(approvalStateName(a->state));
        return std::nullopt;
    }
    // The same intent recordIntent() writes, and the approval spent with it.
    m_pendingApproval = approvalId;
    const std::optional<qint64> id = recordIntent(std::move(o), error);
    m_pendingApproval = 0;
    return id;
}

bool Journal::markApprovalSent(qint64 approvalId, QString *error)
{
    const bool written = write([&](QSqlQuery &q, QList<Change> &changes, QString &why) {
        q.prepare(QStringLiteral("UPDATE approvals SET state = 'sent', updated_at = ? WHERE id = ? AND state = 'approved' AND batch_id IS NOT NULL"));
        q.addBindValue(now());
        q.addBindValue(approvalId);
        if (!q.exec())
            return false;
        if (q.numRowsAffected() != 1) {
            why = QStringLiteral("approval #%1 is not an approved batch").arg(approvalId);
            return false;
        }
        changes << Change{0, 0, QStringLiteral("approval-sent"), {}, approvalId};
        return true;
    }, error);
    if (written)
        emit changed();
    return written;
}

} // namespace ait::journal
