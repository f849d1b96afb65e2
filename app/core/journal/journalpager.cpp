#include "journalpager.h"

#include "journalexport.h"

#include <QIODevice>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ait::journal {

namespace {

// Named, not `*`: a later schema's columns (issue 15's v3) change nothing here, and a row is read by
// position (a name lookup per field per row is most of the cost of a million rows).
const QString Columns = QStringLiteral(
    "id, created_at, updated_at, os_user, operator_name, profile_id, profile_name, identity_fingerprint, kind, user_key, "
    "pay_token, order_no, order_id, amount, reason, idempotency_key, promotion_code, state, applied, partner_code, "
    "response_digest, batch_id, test, template_code, batch_row, attempt");

// The journal writes its times as "2026-12-03T09:41:07.123Z" (Qt::ISODateWithMs, UTC). Read by
// hand: QDateTime::fromString costs more than the rest of a row; any other form goes through it.
QDateTime utcTime(const QString &s)
{
    if (s.size() == 24 && s[4] == u'-' && s[7] == u'-' && s[10] == u'T' && s[13] == u':' && s[16] == u':' && s[19] == u'.'
        && s[23] == u'Z') {
        const auto n = [&s](int at, int digits) {
            int v = 0;
            for (int i = at; i < at + digits; ++i) {
                const char16_t c = s[i].unicode();
                if (c < u'0' || c > u'9')
                    return -1;
                v = v * 10 + (c - u'0');
            }
            return v;
        };
        const QDate date(n(0, 4), n(5, 2), n(8, 2));
        const QTime time(n(11, 2), n(14, 2), n(17, 2), n(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

Operation readRow(const QSqlQuery &q)
{
    Operation o;
    int c = 0;
    o.id = q.value(c++).toLongLong();
    o.createdAt = utcTime(q.value(c++).toString());
    o.updatedAt = utcTime(q.value(c++).toString());
    o.osUser = q.value(c++).toString();
    o.operatorName = q.value(c++).toString();
    o.profileId = q.value(c++).toString();
    o.profileName = q.value(c++).toString();
    o.identityFingerprint = q.value(c++).toString();
    o.kind = kindFromName(q.value(c++).toString()).value_or(Kind::Refund);
    o.userKey = q.value(c++).toLongLong();
    o.payToken = q.value(c++).toString();
    o.orderNo = q.value(c++).toString();
    o.orderId = q.value(c++).toString();
    o.amount = q.value(c++).toLongLong();
    o.reason = q.value(c++).toString();
    o.idempotencyKey = q.value(c++).toString();
    o.promotionCode = q.value(c++).toString();
    o.state = stateFromName(q.value(c++).toString()).value_or(State::Unknown);
    o.applied = q.value(c++).toInt() != 0;
    o.partnerCode = q.value(c++).toString();
    o.responseDigest = q.value(c++).toString();
    o.batchId = q.value(c++).toString();
    o.test = q.value(c++).toInt() != 0;
    o.templateCode = q.value(c++).toString();
    o.batchRow = q.value(c++).toInt(); // NULL outside a batch: 0
    o.attempt = q.value(c++).toInt();
    return o;
}

// The WHERE terms of a filter, with their values in order. Each term is one an index can serve
// (see the report of issue 15 for the indexes), except the text search, which scans.
void whereOf(const ActivityFilter &a, bool postgres, QStringList &where, QVariantList &values)
{
    const Journal::Filter &f = a.filter;
    if (f.from.isValid()) {
        where << QStringLiteral("created_at >= ?");
        values << f.from.toUTC().toString(Qt::ISODateWithMs);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("created_at <= ?");
        values << f.to.toUTC().toString(Qt::ISODateWithMs);
    }
    if (f.kind) {
        where << QStringLiteral("kind = ?");
        values << kindName(*f.kind);
    }
    if (f.state) {
        where << QStringLiteral("state = ?");
        values << stateName(*f.state);
    }
    if (a.openOnly)
        where << QStringLiteral("state IN ('intent','sent','unknown')");
    if (!f.profileId.isEmpty()) {
        where << QStringLiteral("profile_id = ?");
        values << f.profileId;
    }
    if (f.userKey) {
        where << QStringLiteral("user_key = ?");
        values << *f.userKey;
    }
    if (a.operatorName) {
        where << QStringLiteral("operator_name = ?");
        values << (a.operatorName->isNull() ? QStringLiteral("") : *a.operatorName);
        if (a.operatorName->isEmpty() && !a.osUser.isEmpty()) {
            where << QStringLiteral("os_user = ?");
            values << a.osUser;
        }
    }
    if (!f.text.isEmpty()) {
        // As Journal::query(): SQLite's LIKE ignores the case of ASCII letters, PostgreSQL's ILIKE too.
        where << QStringLiteral("(pay_token LIKE ? OR order_no LIKE ? OR order_id LIKE ? OR reason LIKE ? OR partner_code LIKE ? "
                                "OR promotion_code LIKE ? OR template_code LIKE ? OR CAST(user_key AS TEXT) LIKE ?)")
                     .replace(QStringLiteral(" LIKE "), postgres ? QStringLiteral(" ILIKE ") : QStringLiteral(" LIKE "));
        const QString like = QLatin1Char('%') + f.text + QLatin1Char('%');
        for (int i = 0; i < 8; ++i)
            values << like;
    }
}

} // namespace

JournalPager::Page JournalPager::select(const ActivityFilter &filter, const QStringList &extra, const QVariantList &extraValues,
                                        int limit) const
{
    QStringList where;
    QVariantList values;
    whereOf(filter, m_journal.isTeam(), where, values);
    where << extra;
    values << extraValues;
    QString sql = QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM operations");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit + 1); // one more says whether more exist
    QSqlQuery q(QSqlDatabase::database(m_journal.connectionName(), false));
    q.setForwardOnly(true); // QtSql keeps no copy of the rows read
    Page page;
    if (!q.prepare(sql)) {
        m_error = q.lastError().text();
        page.ok = false;
        return page;
    }
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        page.ok = false;
        return page;
    }
    while (q.next()) {
        if (limit > 0 && page.operations.size() == limit) {
            page.more = true;
            break;
        }
        page.operations << readRow(q);
    }
    return page;
}

JournalPager::Page JournalPager::page(const ActivityFilter &filter, qint64 before, int limit) const
{
    if (before > 0)
        return select(filter, {QStringLiteral("id < ?")}, {before}, limit);
    return select(filter, {}, {}, limit);
}

JournalPager::Page JournalPager::since(const ActivityFilter &filter, qint64 atLeast, int limit) const
{
    return select(filter, {QStringLiteral("id >= ?")}, {atLeast}, limit);
}

JournalPager::Page JournalPager::range(const ActivityFilter &filter, qint64 lowest, qint64 below) const
{
    return select(filter, {QStringLiteral("id >= ?"), QStringLiteral("id < ?")}, {lowest, below}, 0);
}

QList<Operation> JournalPager::byIds(const QList<qint64> &ids) const
{
    QList<Operation> result;
    if (ids.isEmpty())
        return result;
    QStringList marks;
    marks.fill(QStringLiteral("?"), ids.size());
    QSqlQuery q(QSqlDatabase::database(m_journal.connectionName(), false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM operations WHERE id IN (") + marks.join(QLatin1Char(','))
              + QStringLiteral(") ORDER BY id DESC"));
    for (qint64 id : ids)
        q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return result;
    }
    while (q.next())
        result << readRow(q);
    return result;
}

std::pair<qint64, qint64> JournalPager::idSpan() const
{
    QSqlQuery q(QSqlDatabase::database(m_journal.connectionName(), false));
    if (!q.exec(QStringLiteral("SELECT MIN(id), MAX(id) FROM operations")) || !q.next()) {
        m_error = q.lastError().text();
        return {0, 0};
    }
    return {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

std::optional<qint64> JournalPager::count(const ActivityFilter &filter) const
{
    QStringList where;
    QVariantList values;
    whereOf(filter, m_journal.isTeam(), where, values);
    QSqlQuery q(QSqlDatabase::database(m_journal.connectionName(), false));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM operations")
              + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

CsvExport::CsvExport(const Journal &journal, ActivityFilter filter, QIODevice &out, bool revealKeys)
    : m_pager(journal), m_filter(std::move(filter)), m_out(out), m_revealKeys(revealKeys)
{
}

bool CsvExport::write(const QByteArray &bytes)
{
    if (m_out.write(bytes) == bytes.size())
        return true;
    m_error = m_out.errorString();
    return false;
}

bool CsvExport::step(int budgetMs)
{
    if (m_done || m_cancelled || failed())
        return false;
    if (!m_started) {
        m_started = true;
        // Rows recorded after the export started are not in it: it is the journal as it was then.
        std::tie(m_lowest, m_highest) = m_pager.idSpan();
        m_cursor = m_highest + 1;
        if (!m_pager.lastError().isEmpty()) {
            m_error = m_pager.lastError();
            return false;
        }
        if (!write(csvFileStart() + csvHeader().toUtf8()))
            return false;
    }
    QElapsedTimer timer;
    timer.start();
    do {
        if (m_highest == 0 || m_cursor <= m_lowest) {
            m_done = true;
            return false;
        }
        const qint64 from = std::max(m_lowest, m_cursor - SliceIds);
        const JournalPager::Page slice = m_pager.range(m_filter, from, m_cursor);
        if (!slice.ok) {
            m_error = m_pager.lastError();
            return false;
        }
        QByteArray bytes;
        bytes.reserve(slice.operations.size() * 256);
        for (const Operation &o : slice.operations)
            bytes += csvLine(o, m_revealKeys).toUtf8();
        if (!write(bytes))
            return false;
        m_rows += slice.operations.size();
        m_cursor = from;
    } while (timer.elapsed() < budgetMs);
    return true;
}

bool CsvExport::run(const std::function<bool(qint64, double)> &progress)
{
    while (step()) {
        if (progress && !progress(m_rows, fraction()))
            cancel();
    }
    if (progress && m_done)
        progress(m_rows, 1.0);
    return m_done && !failed();
}

double CsvExport::fraction() const
{
    if (m_done)
        return 1.0;
    if (!m_started || m_highest < m_lowest || m_highest == 0)
        return 0.0;
    return double(m_highest + 1 - m_cursor) / double(m_highest + 1 - m_lowest);
}

} // namespace ait::journal
