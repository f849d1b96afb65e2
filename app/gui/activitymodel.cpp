#include "activitymodel.h"

#include "activitytab.h"
#include "formatting.h"

#include "core/api/apierror.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace ait::gui {

namespace {

// How many operations the window holds before it is emptied and refilled around what is shown.
constexpr int WindowPages = 8;

QString codeToolTip(const QString &code)
{
    if (code.isEmpty())
        return {};
    const QString explained = api::ApiError::explainPartnerCode(code);
    return explained.isEmpty() ? code : QStringLiteral("%1: %2").arg(code, explained);
}

} // namespace

// The words stay in ActivityTab's translation context, where they have always been.
QString ActivityModel::amountText(const journal::Operation &o)
{
    // Refunds and test payments are in won, payouts in Toss points: the column mixes both, so each amount says its unit.
    if (!o.amount)
        return {};
    const QString number = QLocale().toString(o.amount);
    return o.kind == journal::Kind::Refund || o.kind == journal::Kind::TestPayment ? ActivityTab::tr("%1 won").arg(number)
         : o.kind == journal::Kind::Payout ? ActivityTab::tr("%1 points").arg(number)
                                            : number;
}

QString ActivityModel::kindText(journal::Kind kind)
{
    switch (kind) {
    case journal::Kind::Refund: return ActivityTab::tr("Refund");
    case journal::Kind::Payout: return ActivityTab::tr("Payout");
    case journal::Kind::Message: return ActivityTab::tr("Message");
    case journal::Kind::TestPayment: return ActivityTab::tr("Test payment");
    }
    return {};
}

QString ActivityModel::stateText(const journal::Operation &o)
{
    switch (o.state) {
    case journal::State::Intent: return ActivityTab::tr("Recorded, not sent");
    case journal::State::Sent: return ActivityTab::tr("Sent, no answer yet");
    case journal::State::Succeeded: return ActivityTab::tr("Succeeded");
    case journal::State::Failed: return ActivityTab::tr("Failed");
    case journal::State::Unknown: return ActivityTab::tr("Outcome unknown");
    case journal::State::Reconciled: return o.applied ? ActivityTab::tr("Reconciled: applied") : ActivityTab::tr("Reconciled: not applied");
    }
    return {};
}

// The journal's code for how an operation ended, in words: an error kind ("dns", "outcome-unknown")
// becomes its words; a partner code (4109) stays, since a developer or Toss asks for it.
QString ActivityModel::codeText(const QString &code)
{
    if (const auto kind = api::ApiError::kindFromName(code))
        return api::ApiError::kindText(*kind);
    return code;
}

// The operator's name when one was given (the database role on the team journal), else the
// computer's user who ran the console.
QString ActivityModel::operatorText(const journal::Operation &o)
{
    return o.operatorName.isEmpty() ? o.osUser : o.operatorName;
}

ActivityModel::ActivityModel(const journal::Journal &journal, QObject *parent, int pageSize)
    : QAbstractTableModel(parent), m_journal(journal), m_pager(journal), m_pageSize(std::max(1, pageSize))
{
}

bool ActivityModel::sameFilter(const journal::ActivityFilter &a, const journal::ActivityFilter &b)
{
    const journal::Journal::Filter &f = a.filter, &g = b.filter;
    return f.from == g.from && f.to == g.to && f.kind == g.kind && f.state == g.state && f.profileId == g.profileId
        && f.userKey == g.userKey && f.text == g.text && a.openOnly == b.openOnly && a.operatorName == b.operatorName
        && a.osUser == b.osUser;
}

void ActivityModel::clear()
{
    beginResetModel();
    m_ids.clear();
    m_cache.clear();
    m_cursor = 0;
    m_more = false;
    endResetModel();
}

void ActivityModel::setFilter(const journal::ActivityFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_ids.clear();
    m_cache.clear();
    m_error.clear();
    const journal::JournalPager::Page page = m_pager.page(m_filter, 0, m_pageSize);
    if (!page.ok)
        m_error = m_pager.lastError();
    for (const journal::Operation &o : page.operations)
        m_ids << o.id;
    remember(page.operations);
    m_cursor = m_ids.isEmpty() ? 0 : m_ids.last();
    m_more = page.more;
    endResetModel();
}

void ActivityModel::refresh()
{
    if (m_ids.isEmpty()) {
        setFilter(m_filter);
        return;
    }
    // The first page as listed now: from its last row up, or everything when all of it is listed.
    const int firstPage = int(std::min<qsizetype>(m_ids.size(), m_pageSize));
    const qint64 boundary = firstPage < m_pageSize && !m_more ? 0 : m_ids[firstPage - 1];
    // A burst of new operations (a bulk run confirmed) is read from the top again instead.
    const int cap = 4 * m_pageSize;
    const journal::JournalPager::Page fresh = m_pager.since(m_filter, boundary, cap);
    if (!fresh.ok) {
        m_error = m_pager.lastError();
        return;
    }
    if (fresh.more) {
        setFilter(m_filter);
        return;
    }
    m_cache.clear(); // rows may have moved on (sent, settled); the rest is read again when shown
    remember(fresh.operations);

    // Both lists are ordered by id descending: walk them together, inserting what is new and
    // removing what no longer matches, so that the view's selection follows its operation.
    const QList<journal::Operation> &now = fresh.operations;
    int row = 0, end = 0, j = 0;
    while (end < m_ids.size() && m_ids[end] >= boundary)
        ++end;
    while (row < end || j < now.size()) {
        if (j < now.size() && (row >= end || now[j].id > m_ids[row])) {
            int k = j;
            while (k < now.size() && (row >= end || now[k].id > m_ids[row]))
                ++k;
            beginInsertRows({}, row, row + (k - j) - 1);
            for (int i = j; i < k; ++i)
                m_ids.insert(row + (i - j), now[i].id);
            endInsertRows();
            row += k - j;
            end += k - j;
            j = k;
        } else if (row < end && (j >= now.size() || m_ids[row] > now[j].id)) {
            int gone = row;
            while (gone < end && (j >= now.size() || m_ids[gone] > now[j].id))
                ++gone;
            beginRemoveRows({}, row, gone - 1);
            m_ids.remove(row, gone - row);
            endRemoveRows();
            end -= gone - row;
        } else {
            ++row;
            ++j;
        }
    }
    if (end > 0)
        emit dataChanged(index(0, 0), index(end - 1, ColumnCount - 1));
    if (boundary == 0 && !m_ids.isEmpty())
        m_cursor = m_ids.last();
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ActivityModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void ActivityModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    const journal::JournalPager::Page page = m_pager.page(m_filter, m_cursor, m_pageSize);
    if (!page.ok) {
        m_error = m_pager.lastError();
        m_more = false;
        return;
    }
    m_more = page.more;
    if (page.operations.isEmpty())
        return;
    const int first = int(m_ids.size());
    beginInsertRows({}, first, first + int(page.operations.size()) - 1);
    for (const journal::Operation &o : page.operations)
        m_ids << o.id;
    endInsertRows();
    m_cursor = m_ids.last();
    remember(page.operations);
}

void ActivityModel::remember(const QList<journal::Operation> &operations) const
{
    if (m_cache.size() + operations.size() > WindowPages * m_pageSize)
        m_cache.clear(); // what is on screen is read again, one query
    for (const journal::Operation &o : operations)
        m_cache.insert(o.id, o);
}

void ActivityModel::readAround(int row) const
{
    const int from = std::max(0, row - m_pageSize / 2);
    const int to = int(std::min<qsizetype>(m_ids.size(), from + m_pageSize));
    QList<qint64> ids;
    for (int r = from; r < to; ++r) {
        if (!m_cache.contains(m_ids[r]))
            ids << m_ids[r];
    }
    remember(m_pager.byIds(ids));
}

std::optional<journal::Operation> ActivityModel::operation(int row) const
{
    const journal::Operation *o = cached(row);
    return o ? std::optional<journal::Operation>(*o) : std::nullopt;
}

const journal::Operation *ActivityModel::cached(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    auto it = m_cache.constFind(m_ids[row]);
    if (it == m_cache.cend()) {
        readAround(row);
        it = m_cache.constFind(m_ids[row]);
    }
    return it == m_cache.cend() ? nullptr : &*it;
}

int ActivityModel::findRow(qint64 id)
{
    // Rows are in id order: a page whose last id is still above `id` may be followed by it.
    while (true) {
        const qsizetype at = m_ids.indexOf(id);
        if (at >= 0)
            return int(at);
        if (!m_more || (!m_ids.isEmpty() && m_ids.last() < id))
            return -1;
        fetchMore({});
    }
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    if (role == OperationIdRole)
        return m_ids[index.row()];
    if (role != Qt::DisplayRole && role != Qt::BackgroundRole && role != Qt::ToolTipRole)
        return {};
    const journal::Operation *o = cached(index.row());
    if (!o)
        return {};
    if (role == Qt::BackgroundRole) {
        // Operations that need a person stand out until reconciled; a call still in flight here does not.
        if (o->isOpen() && !m_journal.isInFlightHere(o->id))
            return QBrush(QColor(0xfe, 0xf7, 0xe0));
        return {};
    }
    if (role == Qt::ToolTipRole)
        return index.column() == Code ? codeToolTip(o->partnerCode) : QVariant();
    switch (Column(index.column())) {
    case Time: return dateTimeText(o->createdAt, false);
    case Kind: return o->test ? ActivityTab::tr("%1 (test)").arg(kindText(o->kind)) : kindText(o->kind);
    case State: return stateText(*o);
    case Profile: return o->profileName;
    case Target: return journal::targetText(*o);
    case Amount: return amountText(*o);
    case Reason: return o->reason;
    case Code: return codeText(o->partnerCode);
    case Operator: return operatorText(*o);
    case ColumnCount: break;
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time: return ActivityTab::tr("Time");
    case Kind: return ActivityTab::tr("Kind");
    case State: return ActivityTab::tr("State");
    case Profile: return ActivityTab::tr("Profile");
    case Target: return ActivityTab::tr("Target");
    case Amount: return ActivityTab::tr("Amount");
    case Reason: return ActivityTab::tr("Reason");
    case Code: return ActivityTab::tr("Code");
    case Operator: return ActivityTab::tr("Operator");
    case ColumnCount: break;
    }
    return {};
}

} // namespace ait::gui
