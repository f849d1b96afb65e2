#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace ait::journal {

enum class Kind { Refund, Payout, Message, TestPayment };
// intent → sent → succeeded | failed | unknown → reconciled
enum class State { Intent, Sent, Succeeded, Failed, Unknown, Reconciled };

QString kindName(Kind kind);
std::optional<Kind> kindFromName(const QString &name);
QString stateName(State state);
std::optional<State> stateFromName(const QString &name);

// One refund, payout, message or test payment. Never holds a token, a key or a decrypted
// personal field: only what identifies the operation and its outcome.
struct Operation
{
    qint64 id = 0;
    QDateTime createdAt, updatedAt; // UTC
    QString osUser, operatorName;
    QString profileId, profileName, identityFingerprint;
    Kind kind = Kind::Refund;
    qint64 userKey = 0;
    QString payToken, orderNo, orderId;
    qint64 amount = 0;
    QString reason;
    QString idempotencyKey;  // promotion key, payToken or orderNo
    QString promotionCode;
    QString templateCode;    // messages: the templateSetCode
    State state = State::Intent;
    bool applied = false;    // for Reconciled: did the partner apply it?
    QString partnerCode;
    QString responseDigest;  // short, no personal data
    QString batchId;         // bulk runs group their operations
    bool test = false;       // a test payment / TEST_ promotion

    bool isOpen() const { return state == State::Intent || state == State::Sent || state == State::Unknown; }
};

// The audit and idempotency journal: SQLite through QtSql, WAL, synchronous=FULL, versioned
// migrations. An intent is committed to disk before recordIntent() returns, so a request can
// only leave after it is on record.
class Journal
{
public:
    explicit Journal(QString path);
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    bool open(QString *error = nullptr);
    bool isOpen() const;
    int schemaVersion() const;
    QString path() const { return m_path; }

    std::optional<qint64> recordIntent(Operation operation, QString *error = nullptr);
    bool setIdempotencyKey(qint64 id, const QString &key);
    // The payToken a make-payment answered with, for an operation that is not settled yet.
    bool setPayToken(qint64 id, const QString &payToken);
    bool markSent(qint64 id);
    bool markOutcome(qint64 id, State state, const QString &partnerCode = {}, const QString &digest = {});
    bool markReconciled(qint64 id, bool applied, const QString &digest = {});

    std::optional<Operation> find(qint64 id) const;
    QList<Operation> unresolved() const;
    // Open operations (intent, sent, unknown) of this kind for the same idempotency handle.
    QList<Operation> openFor(Kind kind, const QString &idempotencyKey) const;

    struct Filter
    {
        QDateTime from, to;
        std::optional<Kind> kind;
        std::optional<State> state;
        QString profileId;
        QString text; // matches target fields, reason and partner code
    };
    QList<Operation> query(const Filter &filter) const;

    static QString defaultPath();
    static constexpr int CurrentSchema = 1;

    // The QtSql connection this journal works on (tests read its pragmas through it).
    QString connectionName() const { return m_connection; }
    // Brings `db` from its PRAGMA user_version up to migrations.size(), all in one transaction:
    // on any failure everything is rolled back and the version stays as it was. Public so that
    // tests can hand it a migration that fails.
    static bool applyMigrations(QSqlDatabase db, const QStringList &migrations, QString *error = nullptr);

private:
    bool migrate(QString *error);
    bool transition(qint64 id, std::initializer_list<State> from, State to, const QString &partnerCode,
                    const QString &digest, std::optional<bool> applied = std::nullopt);

    QString m_path;
    QString m_connection;
};

} // namespace ait::journal
