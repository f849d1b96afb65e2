// The guard's cost (issue 15): how long recordIntent() takes to commit an intent — one transaction
// holding the writers' lock, the guarded insert (partial unique index), its event appended to the
// hash chain — against a bare autocommit INSERT of a row of the same width on the same engine, in
// the same process: this computer's journal (SQLite, WAL, synchronous=FULL, on disk) and a team
// journal (PostgreSQL started here, as tests/support/postgresprocess does: fsync off, so the ratio
// shows the journal's own work, not the disk's). Prints one JSON object.
#include "core/journal/journal.h"
#include "support/postgresprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ait;

namespace {

QJsonObject summary(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&ms](double q) { return ms.isEmpty() ? 0.0 : ms[std::min<qsizetype>(ms.size() - 1, qsizetype(q * ms.size()))]; };
    return {{QStringLiteral("median_ms"), at(0.5)}, {QStringLiteral("p99_ms"), at(0.99)}, {QStringLiteral("n"), int(ms.size())}};
}

journal::Operation refund(int i)
{
    journal::Operation op;
    op.kind = journal::Kind::Refund;
    op.payToken = QStringLiteral("bench-pay-token-%1").arg(i);
    op.idempotencyKey = op.payToken;
    op.userKey = 443731103;
    op.amount = 10000;
    op.reason = QStringLiteral("bench");
    op.profileId = QStringLiteral("p1");
    op.profileName = QStringLiteral("Live");
    return op;
}

QList<double> intents(journal::Journal &journal, int count)
{
    QList<double> ms;
    QElapsedTimer t;
    for (int i = 0; i < count; ++i) {
        t.start();
        if (!journal.recordIntent(refund(i)))
            return {};
        ms << t.nsecsElapsed() / 1e6;
    }
    return ms;
}

// The baseline: the same row's values in an unguarded table with no events, one autocommit INSERT.
QList<double> bareInserts(QSqlDatabase db, int count)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE plain (id %1, created_at TEXT, kind TEXT, user_key BIGINT, pay_token TEXT, "
                               "amount BIGINT, reason TEXT, state TEXT)")
                    .arg(db.driverName() == QLatin1String("QPSQL") ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY"))))
        return {};
    q.prepare(QStringLiteral("INSERT INTO plain (created_at, kind, user_key, pay_token, amount, reason, state) VALUES (?,?,?,?,?,?,?)"));
    QList<double> ms;
    QElapsedTimer t;
    for (int i = 0; i < count; ++i) {
        const journal::Operation o = refund(i);
        t.start();
        int b = 0;
        for (const QVariant &v : QVariantList{QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), QStringLiteral("refund"), o.userKey,
                                              o.payToken, o.amount, o.reason, QStringLiteral("intent")})
            q.bindValue(b++, v);
        if (!q.exec())
            return {};
        ms << t.nsecsElapsed() / 1e6;
    }
    return ms;
}

QJsonObject measure(journal::Journal &journal, QSqlDatabase baseline, int count)
{
    const QList<double> guarded = intents(journal, count);
    const QList<double> bare = bareInserts(baseline, count);
    const QJsonObject g = summary(guarded), b = summary(bare);
    return {{QStringLiteral("intent"), g}, {QStringLiteral("bare_insert"), b},
            {QStringLiteral("median_ratio"), b.value(QStringLiteral("median_ms")).toDouble() > 0
                                                  ? g.value(QStringLiteral("median_ms")).toDouble() / b.value(QStringLiteral("median_ms")).toDouble()
                                                  : 0.0}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    QTemporaryDir dir;
    QJsonObject out{{QStringLiteral("intents"), count}};

    {
        journal::Journal local(dir.filePath(QStringLiteral("journal.sqlite")));
        if (!local.open())
            return 1;
        QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        plain.setDatabaseName(dir.filePath(QStringLiteral("plain.sqlite")));
        if (!plain.open())
            return 1;
        QSqlQuery(plain).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        QSqlQuery(plain).exec(QStringLiteral("PRAGMA synchronous=FULL"));
        out.insert(QStringLiteral("sqlite"), measure(local, plain, count));
        plain.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));

    test::PostgresProcess pg;
    if (!pg.isReady()) {
        std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(pg.error()));
        return 1;
    }
    pg.psql(QStringLiteral("CREATE DATABASE bench"));
    {
        journal::Journal team(pg.team(QStringLiteral("bench"), pg.superuser()), pg.superuserPassword());
        QString error;
        if (!team.open(&error)) {
            std::fprintf(stderr, "team journal: %s\n", qPrintable(error));
            return 1;
        }
        QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("plainpg"));
        plain.setHostName(pg.host());
        plain.setPort(pg.port());
        plain.setDatabaseName(QStringLiteral("bench"));
        plain.setUserName(pg.superuser());
        plain.setPassword(pg.superuserPassword());
        if (!plain.open())
            return 1;
        out.insert(QStringLiteral("postgresql"), measure(team, plain, count));
        plain.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plainpg"));
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
