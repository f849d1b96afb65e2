#include "activitytab.h"
#include "activitymodel.h"
#include "formatting.h"

#include "copybutton.h"
#include "dialogs.h"

#include "core/i18n.h"
#include "core/api/apierror.h"
#include "core/api/profilesession.h"
#include "core/clock.h"
#include "core/journal/journalexport.h"
#include "core/journal/journalpager.h"
#include "core/osuser.h"
#include "core/ops/moneyservices.h"
#include "core/profiles/profilestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ait::gui {

namespace {

QString kindText(journal::Kind kind)
{
    return ActivityModel::kindText(kind);
}

QString stateText(const journal::Operation &o)
{
    return ActivityModel::stateText(o);
}

QString amountText(const journal::Operation &o)
{
    return ActivityModel::amountText(o);
}

QString codeText(const QString &code)
{
    return ActivityModel::codeText(code);
}

// A change in an operation's history (the journal's audit events), in words.
QString eventText(const QString &change)
{
    if (change == QLatin1String("intent"))
        return ActivityTab::tr("recorded before sending");
    if (change == QLatin1String("sent"))
        return ActivityTab::tr("sent");
    if (change == QLatin1String("succeeded"))
        return ActivityTab::tr("succeeded");
    if (change == QLatin1String("failed"))
        return ActivityTab::tr("failed");
    if (change == QLatin1String("unknown"))
        return ActivityTab::tr("outcome unknown");
    if (change == QLatin1String("reconciled:applied"))
        return ActivityTab::tr("reconciled: it was applied");
    if (change == QLatin1String("reconciled:not-applied"))
        return ActivityTab::tr("reconciled: it was not applied");
    if (change == QLatin1String("restarted"))
        return ActivityTab::tr("tried again with a new key");
    if (change == QLatin1String("imported"))
        return ActivityTab::tr("copied from another journal");
    if (change == QLatin1String("adopted"))
        return ActivityTab::tr("on record before the audit trail began");
    return change; // key, pay-token, stopped, …: as recorded
}

// The short record of the answer, in words ("push 1 · inbox 1 · not delivered 0"); what the console
// does not know stays as recorded.
QString digestText(const QString &digest)
{
    if (digest.isEmpty())
        return {};
    if (const auto kind = api::ApiError::kindFromName(digest))
        return api::ApiError::kindText(*kind);
    static const QHash<QString, const char *> phrases{
        {QStringLiteral("checked by the operator"), QT_TRANSLATE_NOOP("ait::gui::ActivityTab", "settled by the operator")},
        {QStringLiteral("no key"), QT_TRANSLATE_NOOP("ait::gui::ActivityTab", "no promotion key was obtained: nothing was paid")},
        {QStringLiteral("no key was obtained"), QT_TRANSLATE_NOOP("ait::gui::ActivityTab", "no promotion key was obtained: nothing was paid")},
        {QStringLiteral("key not recorded"), QT_TRANSLATE_NOOP("ait::gui::ActivityTab", "the promotion key could not be recorded: nothing was paid")},
        {QStringLiteral("cancelled before paying"), QT_TRANSLATE_NOOP("ait::gui::ActivityTab", "cancelled before paying")},
        {QStringLiteral("checking stopped"), QT_TRANSLATE_NOOP("ait::gui::ActivityTab", "stopped waiting for the result")},
        {QStringLiteral("client gone"), QT_TRANSLATE_NOOP("ait::gui::ActivityTab", "the connection went away before the result")},
        {QStringLiteral("execute-promotion unanswered"), QT_TRANSLATE_NOOP("ait::gui::ActivityTab", "the payout was sent; no answer came back")},
        {QStringLiteral("4111 no payout with this key"), QT_TRANSLATE_NOOP("ait::gui::ActivityTab", "Toss made no payout with this key (4111)")},
    };
    if (const char *phrase = phrases.value(digest))
        return QCoreApplication::translate("ait::gui::ActivityTab", phrase);
    static const QRegularExpression checks(QStringLiteral("^result=(\\w+) after (\\d+) checks$"));
    if (const auto m = checks.match(digest); m.hasMatch())
        return ActivityTab::tr("result %1 after %2 checks").arg(m.captured(1), m.captured(2));
    static const QRegularExpression pairs(QStringLiteral("^\\w+=\\S*( \\w+=\\S*)*$"));
    if (!pairs.match(digest).hasMatch())
        return digest;
    static const QHash<QString, const char *> keys{
        {QStringLiteral("push"), QT_TRANSLATE_NOOP("ait::gui::ActivityTab", "push")},
        {QStringLiteral("inbox"), QT_TRANSLATE_NOOP("ait::gui::ActivityTab", "inbox")},
        {QStringLiteral("failures"), QT_TRANSLATE_NOOP("ait::gui::ActivityTab", "not delivered")},
        {QStringLiteral("refundNo"), QT_TRANSLATE_NOOP("ait::gui::ActivityTab", "refund number")},
        {QStringLiteral("refunded"), QT_TRANSLATE_NOOP("ait::gui::ActivityTab", "refunded (won)")},
        {QStringLiteral("paid"), QT_TRANSLATE_NOOP("ait::gui::ActivityTab", "paid (won)")},
        {QStringLiteral("amount"), QT_TRANSLATE_NOOP("ait::gui::ActivityTab", "amount")},
        {QStringLiteral("mode"), QT_TRANSLATE_NOOP("ait::gui::ActivityTab", "mode")},
        {QStringLiteral("result"), QT_TRANSLATE_NOOP("ait::gui::ActivityTab", "result")},
    };
    QStringList parts;
    for (const QString &pair : digest.split(QLatin1Char(' '))) {
        const QString key = pair.section(QLatin1Char('='), 0, 0), value = pair.section(QLatin1Char('='), 1);
        const char *word = keys.value(key);
        parts << (word ? QCoreApplication::translate("ait::gui::ActivityTab", word) : key) + QLatin1Char(' ') + value;
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

ActivityTab::ActivityTab(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    kindFilter = new QComboBox;
    kindFilter->setObjectName(QStringLiteral("kindFilter"));
    kindFilter->addItem(tr("All kinds"), -1);
    for (journal::Kind k : {journal::Kind::Refund, journal::Kind::Payout, journal::Kind::Message, journal::Kind::TestPayment})
        kindFilter->addItem(kindText(k), int(k));
    stateFilter = new QComboBox;
    stateFilter->setObjectName(QStringLiteral("stateFilter"));
    stateFilter->addItem(tr("All states"), -1);
    for (journal::State st : {journal::State::Intent, journal::State::Sent, journal::State::Succeeded, journal::State::Failed,
                              journal::State::Unknown, journal::State::Reconciled}) {
        journal::Operation o;
        o.state = st;
        o.applied = true;
        stateFilter->addItem(st == journal::State::Reconciled ? tr("Reconciled") : stateText(o), int(st));
    }
    textFilter = new QLineEdit;
    textFilter->setObjectName(QStringLiteral("textFilter"));
    textFilter->setAccessibleName(tr("Search the activity"));
    textFilter->setPlaceholderText(tr("Search payToken, orderNo, userKey, reason, code…"));
    textFilter->setClearButtonEnabled(true);
    profileFilter = new QComboBox;
    profileFilter->setObjectName(QStringLiteral("profileFilter"));
    datesBox = new QCheckBox(tr("&Dates:"));
    datesBox->setObjectName(QStringLiteral("datesBox"));
    fromDate = new QDateEdit(m_context.clock.now().toLocalTime().date().addDays(-30));
    fromDate->setObjectName(QStringLiteral("fromDate"));
    fromDate->setAccessibleName(tr("From date"));
    toDate = new QDateEdit(m_context.clock.now().toLocalTime().date());
    toDate->setObjectName(QStringLiteral("toDate"));
    toDate->setAccessibleName(tr("To date"));
    for (QDateEdit *d : {fromDate, toDate}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QString::fromLatin1(DateFormat)); // four-digit years, as everywhere
        d->setEnabled(false);
    }
    openOnlyBox = new QCheckBox(tr("Unresolved only"));
    openOnlyBox->setObjectName(QStringLiteral("openOnlyBox"));
    scopeFilter = new QComboBox;
    scopeFilter->setObjectName(QStringLiteral("scopeFilter"));
    scopeFilter->setAccessibleName(tr("Whose operations"));
    scopeFilter->addItem(tr("Team"), false);
    scopeFilter->addItem(tr("Mine"), true);
    scopeFilter->setToolTip(tr("Team: every operation in the journal. Mine: only the ones you recorded."));
    model = new ActivityModel(m_context.journal, this);
    table = new QTableView;
    table->setObjectName(QStringLiteral("activityTable"));
    table->setAccessibleName(tr("Operations"));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    // Fixed row heights and column widths: measuring the contents would read every row.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setSectionResizeMode(ActivityModel::Target, QHeaderView::Stretch);
    table->setColumnWidth(ActivityModel::Time, table->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00")) + 16);
    countLabel = new QLabel;
    countLabel->setObjectName(QStringLiteral("activityCount"));
    details = new QTextBrowser;
    details->setObjectName(QStringLiteral("activityDetails"));
    details->setAccessibleName(tr("Operation details"));
    reconcileButton = new QPushButton(tr("Re&concile"));
    reconcileButton->setObjectName(QStringLiteral("activityReconcileButton"));
    clearFiltersButton = new QPushButton(tr("C&lear filters"));
    clearFiltersButton->setObjectName(QStringLiteral("clearFiltersButton"));
    clearFiltersButton->setToolTip(tr("Show every operation on record again."));
    showUserButton = new QPushButton(tr("Show everything for this &user"));
    showUserButton->setObjectName(QStringLiteral("showUserButton"));
    showUserButton->setToolTip(tr("Every operation on record for the selected operation's user key."));
    // Always there (nothing moves when a user is chosen); says which user is shown, and clears it.
    userFilterButton = new QPushButton(tr("All users"));
    userFilterButton->setObjectName(QStringLiteral("userFilterButton"));
    userFilterButton->setEnabled(false);
    exportButton = new QPushButton(tr("&Export CSV…"));
    exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    messageLabel = new QLabel;
    messageLabel->setObjectName(QStringLiteral("activityMessage"));
    messageLabel->setWordWrap(true);
    messageLabel->setTextFormat(Qt::PlainText);
    reloadProfiles();

    auto *filters = new QHBoxLayout;
    filters->addWidget(scopeFilter);
    filters->addWidget(kindFilter);
    filters->addWidget(stateFilter);
    filters->addWidget(profileFilter);
    filters->addWidget(textFilter, 1);
    filters->addWidget(userFilterButton);
    filters->addWidget(openOnlyBox);
    filters->addWidget(clearFiltersButton);
    filters->addWidget(exportButton);
    auto *dates = new QHBoxLayout;
    dates->addWidget(datesBox);
    dates->addWidget(fromDate);
    dates->addWidget(new QLabel(QStringLiteral("–")));
    dates->addWidget(toDate);
    dates->addStretch();
    dates->addWidget(countLabel);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("activitySplitter")); // its position is remembered
    splitter->addWidget(table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    // Identifiers to paste into a ticket or a lookup elsewhere; enabled when the operation has them.
    copyUserKeyButton = makeCopyButton(tr("Copy user key"), QStringLiteral("activityCopyUserKeyButton"), [this] {
        return current() && current()->userKey ? QString::number(current()->userKey) : QString();
    });
    copyPayTokenButton = makeCopyButton(tr("Copy payToken"), QStringLiteral("activityCopyPayTokenButton"),
                                        [this] { return current() ? current()->payToken : QString(); });
    copyPromotionKeyButton = makeCopyButton(tr("Copy promotion key"), QStringLiteral("activityCopyPromotionKeyButton"), [this] {
        return current() && current()->kind == journal::Kind::Payout ? current()->idempotencyKey : QString();
    });
    copyDetailsButton = makeCopyButton(tr("Copy details"), QStringLiteral("activityCopyDetailsButton"),
                                       [this] { return current() ? details->toPlainText() : QString(); });
    copyDetailsButton->setToolTip(tr("Copies everything shown about the operation, to send to a developer."));
    auto *actions = new QHBoxLayout;
    actions->addWidget(reconcileButton);
    actions->addWidget(showUserButton);
    for (QPushButton *b : {copyUserKeyButton, copyPayTokenButton, copyPromotionKeyButton, copyDetailsButton})
        actions->addWidget(b);
    actions->addWidget(messageLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(dates);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);

    connect(scopeFilter, &QComboBox::currentIndexChanged, this, &ActivityTab::reload);
    connect(kindFilter, &QComboBox::currentIndexChanged, this, &ActivityTab::reload);
    connect(stateFilter, &QComboBox::currentIndexChanged, this, &ActivityTab::reload);
    connect(textFilter, &QLineEdit::textChanged, this, &ActivityTab::reload);
    connect(openOnlyBox, &QCheckBox::toggled, this, &ActivityTab::reload);
    connect(profileFilter, &QComboBox::currentIndexChanged, this, &ActivityTab::reload);
    connect(datesBox, &QCheckBox::toggled, this, [this](bool on) {
        fromDate->setEnabled(on);
        toDate->setEnabled(on);
        reload();
    });
    connect(fromDate, &QDateEdit::dateChanged, this, &ActivityTab::reload);
    connect(toDate, &QDateEdit::dateChanged, this, &ActivityTab::reload);
    connect(&m_context.profiles, &profiles::ProfileStore::changed, this, &ActivityTab::reloadProfiles);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActivityTab::showCurrent);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ActivityTab::updateCount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ActivityTab::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, &ActivityTab::updateCount);
    m_refreshTimer.setSingleShot(true);
    // Only the re-reads another console's writes cause count against MinRefreshMs: the first change
    // after a quiet spell shows at once, a stream of them at most every MinRefreshMs.
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        m_lastRefresh.start();
        reload();
    });
    m_exportTimer.setInterval(0);
    connect(&m_exportTimer, &QTimer::timeout, this, &ActivityTab::exportStep);
    connect(reconcileButton, &QPushButton::clicked, this, &ActivityTab::reconcile);
    connect(exportButton, &QPushButton::clicked, this, &ActivityTab::exportCsv);
    connect(clearFiltersButton, &QPushButton::clicked, this, &ActivityTab::clearFilters);
    connect(showUserButton, &QPushButton::clicked, this, [this] {
        if (const auto o = current(); o && o->userKey)
            showUser(o->userKey);
    });
    connect(userFilterButton, &QPushButton::clicked, this, [this] {
        setUserFilter(0);
        reload();
    });
    // Another console's write to the team journal (LISTEN/NOTIFY), at most every MinRefreshMs.
    connect(&m_context.journal, &journal::Journal::changedElsewhere, this, &ActivityTab::journalChangedElsewhere);
    watchJournalFile();
    reload();
}

bool ActivityTab::filtersActive() const
{
    return scopeFilter->currentIndex() > 0 || kindFilter->currentIndex() > 0 || stateFilter->currentIndex() > 0 || profileFilter->currentIndex() > 0
        || !textFilter->text().trimmed().isEmpty() || datesBox->isChecked() || openOnlyBox->isChecked() || m_userFilter != 0;
}

void ActivityTab::clearFilters()
{
    {
        // One reload for all of them, not one per filter.
        const QSignalBlocker blockers[]{QSignalBlocker(scopeFilter), QSignalBlocker(kindFilter), QSignalBlocker(stateFilter), QSignalBlocker(profileFilter),
                                        QSignalBlocker(textFilter), QSignalBlocker(datesBox), QSignalBlocker(openOnlyBox)};
        scopeFilter->setCurrentIndex(0);
        kindFilter->setCurrentIndex(0);
        stateFilter->setCurrentIndex(0);
        profileFilter->setCurrentIndex(0);
        textFilter->clear();
        datesBox->setChecked(false);
        fromDate->setEnabled(false);
        toDate->setEnabled(false);
        openOnlyBox->setChecked(false);
        setUserFilter(0);
    }
    reload();
}

void ActivityTab::setUserFilter(qint64 userKey)
{
    m_userFilter = userKey;
    userFilterButton->setText(userKey ? tr("User %1 ✕").arg(userKey) : tr("All users"));
    userFilterButton->setToolTip(userKey ? tr("Only user %1's operations are shown; click to show every user's.").arg(userKey) : QString());
    userFilterButton->setEnabled(userKey != 0);
}

void ActivityTab::showUser(qint64 userKey)
{
    clearFilters();
    setUserFilter(userKey);
    reload();
}

void ActivityTab::showUnresolved()
{
    {
        const QSignalBlocker blocker(openOnlyBox);
        clearFilters();
        openOnlyBox->setChecked(true);
    }
    reload();
}

ActivityTab::~ActivityTab()
{
    if (m_exportFile)
        m_exportFile->cancelWriting();
}

void ActivityTab::reloadProfiles()
{
    const QString selected = profileFilter->currentData().toString();
    const QSignalBlocker blocker(profileFilter);
    profileFilter->clear();
    profileFilter->addItem(tr("All profiles"), QString());
    for (const profiles::Profile &p : m_context.profiles.profiles())
        profileFilter->addItem(p.name, p.id);
    profileFilter->setCurrentIndex(std::max(0, profileFilter->findData(selected)));
}

void ActivityTab::setSession(api::ProfileSession *session)
{
    m_session = session;
    showCurrent();
}

QString ActivityTab::mine() const
{
    const QString onRecord = m_context.journal.operatorOnRecord();
    return onRecord.isEmpty() ? m_context.settings.value(QStringLiteral("operator/name")).toString() : onRecord;
}

journal::ActivityFilter ActivityTab::currentFilter() const
{
    journal::ActivityFilter a;
    journal::Journal::Filter &filter = a.filter;
    filter.text = textFilter->text().trimmed();
    if (kindFilter->currentData().toInt() >= 0)
        filter.kind = journal::Kind(kindFilter->currentData().toInt());
    if (stateFilter->currentData().toInt() >= 0)
        filter.state = journal::State(stateFilter->currentData().toInt());
    filter.profileId = profileFilter->currentData().toString();
    if (m_userFilter)
        filter.userKey = m_userFilter;
    if (datesBox->isChecked()) {
        filter.from = fromDate->date().startOfDay();
        filter.to = toDate->date().addDays(1).startOfDay().addMSecs(-1);
    }
    a.openOnly = openOnlyBox->isChecked();
    if (scopeFilter->currentData().toBool()) {
        a.operatorName = mine();
        if (a.operatorName->isEmpty())
            a.osUser = ait::osUserName();
    }
    return a;
}

void ActivityTab::reload()
{
    m_refreshTimer.stop();
    watchJournalFile(); // a file deleted and written again is watched again
    if (!m_context.journal.isOpen()) {
        model->clear();
        messageLabel->setText(tr("The activity journal is not available: %1").arg(m_context.money.whyRefused()));
        showCurrent();
        return;
    }
    const auto selected = current();
    const journal::ActivityFilter filter = currentFilter();
    if (ActivityModel::sameFilter(filter, model->filter()) && model->rowCount() > 0) {
        // Kept where it was: the selection follows its operation; the first visible row stays first
        // unless the view is at the top, where new operations show.
        QScrollBar *bar = table->verticalScrollBar();
        const int top = bar->value() > 0 ? table->rowAt(0) : -1;
        const qint64 topId = top >= 0 ? model->index(top, 0).data(ActivityModel::OperationIdRole).toLongLong() : 0;
        model->refresh();
        if (topId) {
            const int row = model->findRow(topId);
            if (row >= 0)
                table->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtTop);
        }
    } else {
        model->setFilter(filter);
        if (selected)
            selectOperation(selected->id);
    }
    if (!model->lastError().isEmpty())
        messageLabel->setText(tr("The activity journal could not be read: %1").arg(model->lastError()));
    if (!table->currentIndex().isValid() && model->rowCount() > 0)
        table->setCurrentIndex(model->index(0, 0));
    showCurrent();
}

void ActivityTab::journalChangedElsewhere()
{
    if (m_refreshTimer.isActive())
        return; // already coming
    const qint64 since = m_lastRefresh.isValid() ? m_lastRefresh.elapsed() : MinRefreshMs;
    m_refreshTimer.start(int(std::max<qint64>(0, MinRefreshMs - since)));
}

// This computer's journal is an SQLite file that other processes (ait-cli, another console) write
// too: its WAL file changes with every commit, the main file at checkpoints, the folder when the WAL
// comes and goes. The team journal says so itself (Journal::changedElsewhere, LISTEN/NOTIFY).
void ActivityTab::watchJournalFile()
{
    if (m_context.journal.isTeam() || m_context.journal.path().isEmpty())
        return;
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ActivityTab::journalChangedElsewhere);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ActivityTab::journalChangedElsewhere);
    }
    const QString path = m_context.journal.path();
    QStringList wanted{path, path + QStringLiteral("-wal"), QFileInfo(path).absolutePath()};
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    wanted.erase(std::remove_if(wanted.begin(), wanted.end(),
                                [&watched](const QString &p) { return watched.contains(p) || !QFileInfo::exists(p); }),
                 wanted.end());
    if (!wanted.isEmpty())
        m_watcher->addPaths(wanted);
}

void ActivityTab::updateCount()
{
    const int rows = model->rowCount();
    countLabel->setText(model->canFetchMore({}) ? tr("%n operation(s) shown, more below", nullptr, rows)
                                                : tr("%n operation(s)", nullptr, rows));
}

void ActivityTab::selectOperation(qint64 id)
{
    const int row = model->findRow(id);
    if (row >= 0) {
        table->setCurrentIndex(model->index(row, 0));
        table->scrollTo(model->index(row, 0));
        return;
    }
    if (model->rowCount() > 0 && !table->currentIndex().isValid())
        table->setCurrentIndex(model->index(0, 0));
}

std::optional<journal::Operation> ActivityTab::current() const
{
    const QModelIndex index = table ? table->currentIndex() : QModelIndex();
    return index.isValid() ? model->operation(index.row()) : std::nullopt;
}

void ActivityTab::showCurrent()
{
    const std::optional<journal::Operation> o = current();
    reconcileButton->setEnabled(o && o->isOpen() && !m_busy && !m_context.journal.isInFlightHere(o->id));
    reconcileButton->setToolTip(o && o->kind == journal::Kind::Message
                                    ? tr("A message cannot be looked up afterwards: record what you found out from the user.")
                                    : tr("Finds out whether the operation was applied, by looking it up. Never sends it again."));
    clearFiltersButton->setEnabled(filtersActive()); // enabled, not shown: nothing moves
    copyUserKeyButton->setEnabled(o && o->userKey);
    showUserButton->setEnabled(o && o->userKey && o->userKey != m_userFilter);
    copyPayTokenButton->setEnabled(o && !o->payToken.isEmpty());
    copyPromotionKeyButton->setEnabled(o && o->kind == journal::Kind::Payout && !o->idempotencyKey.isEmpty());
    copyDetailsButton->setEnabled(o.has_value());
    if (!o) {
        // An empty list says why: nothing on record, or filters that hide what is.
        if (model->rowCount() > 0 || !m_context.journal.isOpen())
            details->clear();
        else if (m_context.journal.lastId() == 0)
            details->setPlainText(tr("No refund, payout or message has been sent from this computer yet."));
        else
            details->setPlainText(tr("No operation matches these filters. Clear them (Clear filters) to see every operation on record."));
        return;
    }
    QStringList lines;
    auto line = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << label + QStringLiteral(" ") + value;
    };
    line(tr("Operation:"), QStringLiteral("#%1 %2").arg(o->id).arg(kindText(o->kind)));
    line(tr("State:"), stateText(*o));
    line(tr("Created:"), dateTimeText(o->createdAt));
    line(tr("Updated:"), dateTimeText(o->updatedAt));
    line(tr("Operator:"), o->operatorName.isEmpty() ? o->osUser : QStringLiteral("%1 (%2)").arg(o->operatorName, o->osUser));
    line(tr("Profile:"), o->profileName);
    line(tr("Certificate:"), o->identityFingerprint);
    line(tr("Target:"), journal::targetText(*o));
    line(tr("Amount:"), amountText(*o));
    line(tr("Reason:"), o->reason);
    line(tr("Idempotency handle:"), o->idempotencyKey);
    line(tr("Test:"), o->test ? tr("yes") : tr("no"));
    if (!o->partnerCode.isEmpty()) {
        const QString words = codeText(o->partnerCode), explained = api::ApiError::explainPartnerCode(o->partnerCode);
        line(tr("Ended with:"), words != o->partnerCode ? QStringLiteral("%1 (%2)").arg(words, o->partnerCode)
                                : explained.isEmpty() ? o->partnerCode
                                                      : QStringLiteral("%1 (%2)").arg(explained, o->partnerCode));
    }
    line(tr("Answer:"), digestText(o->responseDigest));
    if (digestText(o->responseDigest) != o->responseDigest)
        line(tr("As recorded:"), o->responseDigest); // the technical record, for a developer
    line(tr("Copied from:"), o->origin);
    // Its history from the audit trail: who moved it on, and when.
    const QList<journal::Journal::Event> events = m_context.journal.events(o->id);
    if (!events.isEmpty()) {
        lines << tr("History:");
        for (const journal::Journal::Event &e : events)
            lines << QStringLiteral("  %1  %2 · %3").arg(dateTimeText(e.at), eventText(e.change), e.actor);
    }
    details->setPlainText(lines.join(QLatin1Char('\n')));
}

void ActivityTab::reconcile()
{
    const std::optional<journal::Operation> o = current();
    if (!o || !o->isOpen() || m_context.journal.isInFlightHere(o->id))
        return;
    if (o->kind == journal::Kind::Message) { // no lookup exists: the operator settles it, on record
        const qint64 id = o->id;
        const auto answer = Dialogs::ask(this, {tr("Settle the message"),
                                                tr("A message cannot be looked up afterwards. If you have checked whether user %1 "
                                                   "received it, record what you found out.").arg(o->userKey),
                                                {{tr("It arrived"), QMessageBox::Yes},
                                                 {tr("It did not arrive"), QMessageBox::No},
                                                 {tr("Cancel"), QMessageBox::Cancel}},
                                                QMessageBox::Cancel, {}, {}});
        if (answer == QMessageBox::Cancel)
            return;
        const bool settled = m_context.money.messages().settleByOperator(id, answer == QMessageBox::Yes);
        reconciled(id, settled ? journal::State::Reconciled : journal::State::Unknown, answer == QMessageBox::Yes,
                   settled ? QString() : tr("The journal could not record it."));
        return;
    }
    if (!m_session || !m_session->client() || m_session->profileId() != o->profileId) {
        messageLabel->setText(i18n::resolveKoParticles(tr("Switch to profile \"%1\" to reconcile this operation.").arg(o->profileName)));
        return;
    }
    m_busy = true;
    showCurrent();
    messageLabel->setText(tr("Looking up what happened…"));
    const qint64 id = o->id;
    api::PartnerClient &client = *m_session->client();
    switch (o->kind) {
    case journal::Kind::Refund:
        m_context.money.refunds().reconcile(client, id, this, [this, id](const ops::RefundOutcome &r) {
            reconciled(id, r.state, r.applied, r.error.message + QLatin1Char(' ') + r.error.hint);
        });
        break;
    case journal::Kind::Payout:
        m_context.money.payouts().reconcile(client, id, this, [this, id](const ops::PayoutOutcome &r) {
            reconciled(id, r.state, r.applied, r.error.message + QLatin1Char(' ') + r.error.hint);
        });
        break;
    case journal::Kind::TestPayment:
        m_context.money.testPayments().reconcile(client, id, this, [this, id](const ops::TestPaymentOutcome &r) {
            reconciled(id, r.state, r.applied, r.error.message + QLatin1Char(' ') + r.error.hint);
        });
        break;
    case journal::Kind::Message:
        break;
    }
}

void ActivityTab::reconciled(qint64 id, journal::State state, bool applied, const QString &error)
{
    m_busy = false;
    messageLabel->setText(state == journal::State::Reconciled
                              ? (applied ? tr("Reconciled: it was applied (once).") : tr("Reconciled: it was not applied."))
                              : tr("Could not reconcile yet: %1").arg(error.trimmed()));
    reload();
    selectOperation(id);
}

QString ActivityTab::csv() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    journal::CsvExport csv(m_context.journal, model->filter(), buffer, true);
    csv.run();
    return QString::fromUtf8(buffer.data().mid(journal::csvFileStart().size()));
}

// Written as it is read, a slice at a time between events: the window never stops, memory stays
// flat, Cancel leaves no file behind (QSaveFile). A small journal is done at once, with no dialog.
void ActivityTab::exportCsv()
{
    if (m_export)
        return;
    const QString file = Dialogs::saveFileName(this, m_context.settings, tr("Export the activity"), QStringLiteral("ait-activity.csv"), tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    m_exportFile = std::make_unique<QSaveFile>(file);
    if (!m_exportFile->open(QIODevice::WriteOnly)) {
        messageLabel->setText(tr("The file %1 could not be written: %2").arg(file, m_exportFile->errorString()));
        m_exportFile.reset();
        return;
    }
    m_export = std::make_unique<journal::CsvExport>(m_context.journal, model->filter(), *m_exportFile, true);
    exportButton->setEnabled(false);
    if (!m_export->step()) {
        finishExport();
        return;
    }
    m_progress = new QProgressDialog(tr("Exporting the activity…"), tr("Cancel"), 0, 1000, this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowModality(Qt::NonModal); // the window stays usable meanwhile
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(300);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        if (m_export)
            m_export->cancel();
    });
    m_exportTimer.start();
}

void ActivityTab::exportStep()
{
    if (!m_export) {
        m_exportTimer.stop();
        return;
    }
    if (m_progress && m_progress->wasCanceled())
        m_export->cancel();
    const bool more = m_export->step();
    if (m_progress) {
        m_progress->setValue(int(m_export->fraction() * 1000));
        m_progress->setLabelText(tr("Exporting the activity… %n operation(s) written.", nullptr, int(m_export->rowsWritten())));
    }
    if (!more)
        finishExport();
}

void ActivityTab::finishExport()
{
    m_exportTimer.stop();
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    const QString file = m_exportFile->fileName();
    if (m_export->cancelled()) {
        m_exportFile->cancelWriting();
        messageLabel->setText(tr("Export cancelled: nothing was written."));
    } else if (m_export->failed() || !m_exportFile->commit()) {
        m_exportFile->cancelWriting();
        messageLabel->setText(tr("The file %1 could not be written: %2")
                                  .arg(file, m_export->failed() ? m_export->error() : m_exportFile->errorString()));
    } else {
        messageLabel->setText(tr("Exported %n operation(s) to %1.", nullptr, int(m_export->rowsWritten())).arg(file));
    }
    m_export.reset();
    m_exportFile.reset();
    exportButton->setEnabled(true);
}

} // namespace ait::gui
