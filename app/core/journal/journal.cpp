#include "journal.h"

#include "core/osuser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
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
};

constexpr int BusyTimeoutMs = 5000;
constexpr int WalAttempts = 20;

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
    return o;
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

std::optional<State> stateFromName(const QString &name)
{
    for (int i = 0; i < 6; ++i) {
        if (name == QLatin1String(States[i]))
            return State(i);
    }
    return std::nullopt;
}

Journal::Journal(QString path, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_connection(QStringLiteral("ait-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
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

bool Journal::open(QString *error)
{
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
    // timeout); asked again, it finds the file in WAL already or waits for the other switch.
    bool wal = false;
    for (int attempt = 0; attempt < WalAttempts && !wal; ++attempt) {
        wal = q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && q.next()
            && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        if (!wal && q.lastError().nativeErrorCode() != QLatin1String("5")) // SQLITE_BUSY
            break;
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

Journal::Health Journal::openChecked(qint64 expectedLastId)
{
    using P = Health::Problem;
    m_health = {};
    m_health.expectedLastId = expectedLastId;
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
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

bool Journal::migrate(QString *error)
{
    return applyMigrations(QSqlDatabase::database(m_connection, false), Migrations, error);
}

bool Journal::applyMigrations(QSqlDatabase db, const QStringList &migrations, QString *error)
{
    const auto fail = [error](const QString &what) {
        if (error)
            *error = what;
        return false;
    };
    const auto readVersion = [](QSqlQuery &q) {
        const int version = q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
        q.finish(); // no statement may still be running at COMMIT
        return version;
    };
    QSqlQuery q(db);
    int version = readVersion(q);
    if (version < 0)
        return fail(QStringLiteral("cannot read the journal's schema version: ") + q.lastError().text());
    if (version == migrations.size())
        return true;
    if (version > migrations.size())
        return fail(QStringLiteral("the journal was written by a newer version (schema %1)").arg(version));

    // IMMEDIATE takes the write lock before the version is read again, so that two processes
    // opening a new journal at once migrate it once: the second waits (busy timeout), then finds
    // it done. QSqlDatabase::transaction() only knows a deferred BEGIN. A BEGIN inside a caller's
    // transaction fails here, so a migration is never half of someone else's transaction.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(QStringLiteral("cannot start the journal migration: ") + q.lastError().text());
    const auto rollBack = [&](const QString &what) {
        q.finish();
        db.rollback();
        return fail(what);
    };
    version = readVersion(q);
    if (version < 0)
        return rollBack(QStringLiteral("cannot read the journal's schema version: ") + q.lastError().text());
    if (version > migrations.size())
        return rollBack(QStringLiteral("the journal was written by a newer version (schema %1)").arg(version));
    for (int v = version; v < migrations.size(); ++v) {
        for (const QString &statement : migrations[v].split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (!statement.trimmed().isEmpty() && !q.exec(statement))
                return rollBack(QStringLiteral("journal migration to schema %1 failed: %2").arg(v + 1).arg(q.lastError().text()));
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(migrations.size())))
        return rollBack(QStringLiteral("cannot record the journal's schema version: ") + q.lastError().text());
    q.finish();
    // COMMIT can fail too (a deferred constraint, a full disk): then nothing of it may stay.
    if (!db.commit())
        return rollBack(QStringLiteral("journal migration to schema %1 failed: %2").arg(migrations.size()).arg(db.lastError().text()));
    return true;
}

std::optional<qint64> Journal::recordIntent(Operation o, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "INSERT INTO operations (created_at, updated_at, os_user, operator_name, profile_id, profile_name, "
        "identity_fingerprint, kind, user_key, pay_token, order_no, order_id, amount, reason, idempotency_key, "
        "promotion_code, state, batch_id, test, template_code) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const QString t = now();
    const QString osUser = o.osUser.isEmpty() ? ait::osUserName() : o.osUser;
    for (const QVariant &v : QVariantList{t, t, osUser, text(o.operatorName), text(o.profileId), text(o.profileName),
                                          text(o.identityFingerprint), kindName(o.kind), o.userKey, text(o.payToken),
                                          text(o.orderNo), text(o.orderId), o.amount, text(o.reason), text(o.idempotencyKey),
                                          text(o.promotionCode), stateName(State::Intent), text(o.batchId), o.test ? 1 : 0,
                                          text(o.templateCode)})
        q.addBindValue(v);
    if (!q.exec()) { // autocommit: on disk (WAL, synchronous=FULL) when exec returns
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    m_inFlightHere.insert(id);
    if (m_keepLastId)
        m_keepLastId(id);
    emit changed();
    return id;
}

bool Journal::transition(qint64 id, std::initializer_list<State> from, State to, const QString &partnerCode,
                         const QString &digest, std::optional<bool> applied)
{
    QStringList allowed;
    for (State s : from)
        allowed << QLatin1Char('\'') + stateName(s) + QLatin1Char('\'');
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE operations SET state = ?, updated_at = ?, partner_code = CASE WHEN ? = '' THEN partner_code ELSE ? END, "
                             "response_digest = CASE WHEN ? = '' THEN response_digest ELSE ? END, applied = COALESCE(?, applied) "
                             "WHERE id = ? AND state IN (%1)").arg(allowed.join(QLatin1Char(','))));
    q.addBindValue(stateName(to));
    q.addBindValue(now());
    q.addBindValue(text(partnerCode));
    q.addBindValue(text(partnerCode));
    q.addBindValue(text(digest.left(200)));
    q.addBindValue(text(digest.left(200)));
    q.addBindValue(applied ? QVariant(*applied ? 1 : 0) : QVariant());
    q.addBindValue(id);
    const bool moved = q.exec() && q.numRowsAffected() == 1;
    if (moved) {
        if (to != State::Sent) // settled, or left for a person to reconcile
            m_inFlightHere.remove(id);
        emit changed();
    }
    return moved;
}

bool Journal::setIdempotencyKey(qint64 id, const QString &key)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE operations SET idempotency_key = ?, updated_at = ? WHERE id = ? AND state = 'intent'"));
    q.addBindValue(text(key));
    q.addBindValue(now());
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

bool Journal::setPayToken(qint64 id, const QString &payToken)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE operations SET pay_token = ?, updated_at = ? WHERE id = ? AND state IN ('intent', 'sent')"));
    q.addBindValue(text(payToken));
    q.addBindValue(now());
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
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
    QList<Operation> open = unresolved();
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
        where << QStringLiteral("(pay_token LIKE ? OR order_no LIKE ? OR order_id LIKE ? OR reason LIKE ? OR partner_code LIKE ? "
                                "OR promotion_code LIKE ? OR template_code LIKE ? OR CAST(user_key AS TEXT) LIKE ?)");
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

} // namespace ait::journal
