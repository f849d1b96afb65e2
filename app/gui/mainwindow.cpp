#include "mainwindow.h"
#include "formatting.h"

#include "activitytab.h"
#include "approvalspanel.h"
#include "bulktab.h"
#include "dialogs.h"
#include "environmentbadge.h"
#include "certificatestab.h"
#include "iaptab.h"
#include "logintab.h"
#include "messagestab.h"
#include "importwizard.h"
#include "inspectordock.h"
#include "paymentstab.h"
#include "promotionstab.h"
#include "sessiontab.h"
#include "settingsdialog.h"
#include "ui_mainwindow.h"

#include "ait/version.h"
#include "core/api/connectiontest.h"
#include "core/api/profilesession.h"
#include "core/clock.h"
#include "core/i18n.h"
#include "core/journal/journal.h"
#include "core/journal/journalsettings.h"
#include "core/profiles/profilestore.h"
#include "core/tls/inspection.h"

#include <QActionGroup>
#include <QDir>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QCloseEvent>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QToolBar>

#include <algorithm>

namespace ait::gui {

namespace {
const QString CurrentProfileKey = QStringLiteral("ui/currentProfile");
const QString LanguageKey = QStringLiteral("ui/language");
const QString GeometryKey = QStringLiteral("ui/geometry");
const QString WindowStateKey = QStringLiteral("ui/windowState");
const QString SplitterKey = QStringLiteral("ui/splitters/%1");
} // namespace

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    // PNGs, not the SVG: the SVG icon engine and QtSvg would be loaded just for this at start-up.
    // Sizes given, so nothing is decoded before the window manager asks for it.
    QIcon icon;
    for (int size : {32, 64})
        icon.addFile(QStringLiteral(":/icons/ait-console-%1.png").arg(size), QSize(size, size));
    setWindowIcon(icon);

    auto *toolbar = addToolBar(tr("Profile"));
    toolbar->setObjectName(QStringLiteral("profileToolbar"));
    toolbar->setMovable(false);
    auto *label = new QLabel(tr("Profile:"));
    m_profileSelector = new QComboBox;
    m_profileSelector->setObjectName(QStringLiteral("profileSelector"));
    m_profileSelector->setMinimumContentsLength(24);
    label->setBuddy(m_profileSelector);
    toolbar->addWidget(label);
    toolbar->addWidget(m_profileSelector);
    // Live and sandbox must never look alike: the environment is marked beside the selector, in the
    // status bar and in the window title.
    m_toolbarBadge = new EnvironmentBadge;
    m_toolbarBadge->setObjectName(QStringLiteral("toolbarEnvironmentBadge"));
    toolbar->addWidget(m_toolbarBadge);
    // Before support staff rely on an imported identity: does the partner take it?
    m_testConnection = new QPushButton(tr("&Test connection"));
    m_testConnection->setObjectName(QStringLiteral("testConnectionButton"));
    m_testConnection->setToolTip(tr("Makes one harmless call with this profile's certificate (an order lookup that changes "
                                    "nothing) and shows whether Toss accepted the certificate, the TLS version and the times."));
    m_testConnection->setAutoDefault(false);
    m_testConnection->setEnabled(false);
    toolbar->addWidget(m_testConnection);
    connect(m_testConnection, &QPushButton::clicked, this, &MainWindow::testConnection);

    m_certificates = new CertificatesTab(m_context);
    m_certificates->setObjectName(QStringLiteral("certificatesView"));
    m_ui->certificatesTabIntro->hide();
    m_ui->certificatesTabLayout->addWidget(m_certificates);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (Tab(index) == Tab::Payments)
            paymentsTab();
        else if (Tab(index) == Tab::InAppPurchases)
            iapTab();
        else if (Tab(index) == Tab::Login)
            loginTab();
        else if (Tab(index) == Tab::Messages)
            messagesTab();
        else if (Tab(index) == Tab::Promotions)
            promotionsTab();
        else if (Tab(index) == Tab::Activity)
            activityTab();
    });

    auto *bulk = new BulkTab(m_context); // bulk payouts and messages from a CSV (issue 13)
    m_bulk = bulk;
    // In a scroll area: the page's steps need 567 px of height, which made the whole window at least
    // 826 px tall (more than a 768-line laptop screen) and broke the remembered window size.
    auto *bulkScroll = new QScrollArea;
    bulkScroll->setObjectName(QStringLiteral("bulkScroll"));
    bulkScroll->setFrameShape(QFrame::NoFrame);
    bulkScroll->setWidgetResizable(true);
    bulkScroll->setWidget(bulk);
    m_ui->tabs->addTab(bulkScroll, tr("Bulk"));
    m_sessionUsers << [bulk](api::ProfileSession *session) { bulk->setSession(session); };

    // Made at start-up, not on first use: the tab's title counts requests awaiting this operator.
    m_approvals = new ApprovalsPanel(m_context);
    const int approvalsIndex = m_ui->tabs->addTab(m_approvals, QString());
    auto titleApprovals = [this, approvalsIndex](int awaiting) {
        m_ui->tabs->setTabText(approvalsIndex, awaiting > 0 ? tr("Approvals (%1)").arg(awaiting) : tr("Approvals"));
        m_ui->tabs->setTabToolTip(approvalsIndex, awaiting > 0 ? tr("Requests awaiting your approval: %1").arg(awaiting) : QString());
    };
    titleApprovals(m_approvals->awaitingOthers());
    connect(m_approvals, &ApprovalsPanel::awaitingOthersChanged, this, titleApprovals);
    m_sessionUsers << [approvals = m_approvals](api::ProfileSession *session) { approvals->setSession(session); };

    // Announced at start-up: operations whose outcome nobody knows yet.
    m_unresolvedBanner = new QFrame;
    m_unresolvedBanner->setObjectName(QStringLiteral("unresolvedBanner"));
    m_unresolvedBanner->setStyleSheet(QStringLiteral("QFrame#unresolvedBanner { background: #fce8e6; border: 1px solid #f4b4ae; border-radius: 4px; }"));
    m_unresolvedLabel = new QLabel;
    m_unresolvedLabel->setObjectName(QStringLiteral("unresolvedLabel"));
    m_unresolvedLabel->setTextFormat(Qt::PlainText);
    auto *openActivity = new QPushButton(tr("Open Activity"));
    openActivity->setObjectName(QStringLiteral("openActivityButton"));
    auto *bannerLayout = new QHBoxLayout(m_unresolvedBanner);
    bannerLayout->setContentsMargins(6, 1, 2, 1);
    bannerLayout->addWidget(m_unresolvedLabel, 1);
    bannerLayout->addWidget(openActivity);
    // In the toolbar's row, which is always there: appearing or clearing moves nothing below it (an
    // operator must not mis-click because the tabs jumped). The row is as tall as the notice from the
    // start.
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_unresolvedAction = toolbar->addWidget(m_unresolvedBanner);
    toolbar->setMinimumHeight(toolbar->sizeHint().height());
    connect(openActivity, &QPushButton::clicked, this, [this] {
        showTab(Tab::Activity);
        activityTab()->showUnresolved();
    });

    // Calls in flight: shown after a moment (quick calls do not flicker), with Cancel (and Esc).
    m_busyBar = new QProgressBar;
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setTextVisible(false);
    m_cancelCalls = new QPushButton(tr("Cancel"));
    m_cancelCalls->setObjectName(QStringLiteral("cancelCallsButton"));
    m_cancelCalls->setToolTip(tr("Stop waiting for the calls in flight (Esc). A refund, payout or message that already left "
                                 "is not undone: its outcome becomes unknown and can be reconciled."));
    m_statusBadge = new EnvironmentBadge;
    m_statusBadge->setObjectName(QStringLiteral("statusEnvironmentBadge"));
    statusBar()->addPermanentWidget(m_statusBadge);
    statusBar()->addPermanentWidget(m_busyBar);
    statusBar()->addPermanentWidget(m_cancelCalls);
    m_busyBar->hide();
    m_cancelCalls->hide();
    auto cancel = [this] {
        if (m_session && m_session->client() && m_session->client()->callsInFlight() > 0)
            m_session->client()->cancelAll();
    };
    connect(m_cancelCalls, &QPushButton::clicked, this, cancel);
    m_busyDelay = new QTimer(this);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(300);
    connect(m_busyDelay, &QTimer::timeout, this, [this] {
        m_busyBar->show();
        m_cancelCalls->show();
    });
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this, cancel);
    // Keyboard: Ctrl+1…7 for the tabs in their order, Ctrl+F to the Activity search.
    for (int index = 0; index < m_ui->tabs->count(); ++index) {
        auto *toTab = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
        connect(toTab, &QShortcut::activated, this, [this, index] { showTab(Tab(index)); });
    }
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        showTab(Tab::Activity);
        activityTab()->textFilter->setFocus(Qt::ShortcutFocusReason);
        activityTab()->textFilter->selectAll();
    });

    m_inspector = new InspectorDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_inspector);
    m_ui->viewMenu->addAction(m_inspector->toggleViewAction());
    m_developerAction = m_ui->viewMenu->addAction(tr("&Developer tools (test payments)"));
    m_developerAction->setObjectName(QStringLiteral("developerToolsAction"));
    m_developerAction->setCheckable(true);
    m_developerAction->setChecked(developerTools());
    connect(m_developerAction, &QAction::toggled, this, &MainWindow::setDeveloperTools);

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->importAction, &QAction::triggered, this, [this] { openImportWizard(currentProfileId()); });
    // The button as wide as its words; the sentence takes the rest.
    m_ui->expiryBannerLayout->setStretch(0, 1);
    m_ui->expiryBannerButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_ui->expiryBannerButton, &QPushButton::clicked, this, [this] { openImportWizard(currentProfileId()); });
    connect(m_certificates, &CertificatesTab::importRequested, this, [this](const QString &id) {
        openImportWizard(id.isEmpty() ? currentProfileId() : id);
    });
    connect(m_certificates, &CertificatesTab::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_profileSelector, &QComboBox::currentIndexChanged, this, [this] {
        m_context.settings.setValue(CurrentProfileKey, currentProfileId());
        updateBanner();
        updateEnvironment();
        openSession();
    });
    connect(&m_context.profiles, &profiles::ProfileStore::changed, this, &MainWindow::reloadProfiles);
    connect(&m_context.journal, &journal::Journal::changed, this, &MainWindow::journalChanged);

    // Larger than the designer's 1100×720 (where Activity shows three rows), within the screen; then
    // as the operator left it.
    if (!restoreGeometry(m_context.settings.value(GeometryKey).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1440, 900);
        // Never below the designed 1100×720: the profile toolbar's row (with the unknown-outcome notice)
        // needs that width.
        resize(std::clamp(available.width() * 9 / 10, 1100, 1440), std::clamp(available.height() * 9 / 10, 720, 900));
    }
    restoreState(m_context.settings.value(WindowStateKey).toByteArray());
    restoreLayout(m_certificates);

    buildJournalBanner();
    buildLanguageMenu();
    m_ui->settingsMenu->addSeparator();
    QAction *settingsAction = m_ui->settingsMenu->addAction(tr("&Settings…"));
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    reloadProfiles();
    updateUnresolvedBanner();
}

int MainWindow::unresolvedOperations() const
{
    return m_context.journal.isOpen() ? int(m_context.journal.needingAttention().size()) : 0;
}

int MainWindow::unfinishedBatchesNotRunningHere() const
{
    if (!m_context.journal.isOpen())
        return 0;
    int batches = 0;
    for (const journal::Batch &b : m_context.journal.unfinishedBatches())
        batches += m_bulk && m_bulk->runGoing() && m_bulk->batchId() == b.id ? 0 : 1;
    return batches;
}

void MainWindow::updateUnresolvedBanner()
{
    const int open = unresolvedOperations();
    const int batches = unfinishedBatchesNotRunningHere();
    QStringList text;
    if (open > 0)
        text << tr("%n operation(s) have no known outcome. Reconcile them before doing them again.", nullptr, open);
    if (batches > 0) // a crashed or paused run: its rows are settled by resuming it, which reconciles first
        text << tr("%n bulk run(s) are unfinished: resume them on the Bulk page.", nullptr, batches);
    m_unresolvedLabel->setText(text.join(QLatin1Char(' ')));
    m_unresolvedLabel->setToolTip(tr("Sent but not answered, or interrupted: whether Toss applied them is not known. Open "
                                     "Activity and use Reconcile, which looks them up and never sends them again."));
    m_unresolvedAction->setVisible(open > 0 || batches > 0);
}

QStringList MainWindow::whatQuittingLeaves() const
{
    QStringList lost;
    if (m_bulk && m_bulk->runGoing())
        lost << tr("A bulk run is going. Quitting pauses it (calls already sent finish first); resume it on the Bulk page "
                   "after the next start, or with ait-cli bulk resume.");
    int moneyUnderWay = 0;
    if (m_context.journal.isOpen()) {
        for (const journal::Operation &o : m_context.journal.unresolved())
            moneyUnderWay += m_context.journal.isInFlightHere(o.id) ? 1 : 0;
    }
    const int calls = m_session && m_session->client() ? m_session->client()->callsInFlight() : 0;
    if (moneyUnderWay > 0)
        lost << tr("%n refund(s), payout(s) or message(s) are under way. Quitting stops waiting for Toss's answer: whether "
                   "Toss applied them becomes unknown, and they must be reconciled in Activity after the next start.",
                   nullptr, moneyUnderWay);
    else if (calls > 0)
        lost << tr("%n call(s) are waiting for Toss's answer; quitting drops their results.", nullptr, calls);
    if (const int open = unresolvedOperations(); open > 0)
        lost << tr("%n operation(s) have no known outcome yet. They stay in Activity, to reconcile after the next start.",
                   nullptr, open);
    return lost;
}

void MainWindow::restoreLayout(QWidget *root)
{
    for (QSplitter *splitter : root->findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(m_context.settings.value(SplitterKey.arg(splitter->objectName())).toByteArray());
    }
}

void MainWindow::saveLayout()
{
    m_context.settings.setValue(GeometryKey, saveGeometry());
    m_context.settings.setValue(WindowStateKey, saveState());
    for (const QSplitter *splitter : findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            m_context.settings.setValue(SplitterKey.arg(splitter->objectName()), splitter->saveState());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const QStringList lost = whatQuittingLeaves();
    if (lost.isEmpty()) {
        saveLayout();
        return QMainWindow::closeEvent(event);
    }
    const auto answer = Dialogs::ask(this, {tr("Quit ait-console?"), lost.join(QStringLiteral("\n\n")),
                                            {{tr("Quit anyway"), QMessageBox::Yes}, {tr("Keep working"), QMessageBox::Cancel}},
                                            QMessageBox::Cancel, {}, {}});
    if (answer == QMessageBox::Yes) {
        if (m_bulk && m_bulk->runGoing())
            m_bulk->pauseForQuit();
        saveLayout();
        return QMainWindow::closeEvent(event);
    }
    event->ignore();
}

MainWindow::~MainWindow() = default;

template <typename T>
T *MainWindow::adopt(T *tab, QWidget *intro, QLayout *layout)
{
    intro->hide();
    layout->addWidget(tab);
    restoreLayout(tab);
    tab->setSession(m_session.get());
    m_sessionUsers << [tab](api::ProfileSession *session) { tab->setSession(session); };
    return tab;
}

ActivityTab *MainWindow::activityTab()
{
    if (!m_activity) {
        m_activity = adopt(new ActivityTab(m_context), m_ui->activityTabIntro, m_ui->activityTabLayout);
        m_activity->setObjectName(QStringLiteral("activityView"));
    }
    return m_activity;
}

void MainWindow::showUserActivity(qint64 userKey)
{
    showTab(Tab::Activity);
    activityTab()->showUser(userKey);
}

void MainWindow::journalChanged()
{
    if (m_activity)
        m_activity->reload();
    updateUnresolvedBanner();
    updateJournalBanner();
}

// A journal that cannot record intents is said in a banner that stays, with the operator's choices;
// money actions stay refused (in the core) until then, lookups keep working.
void MainWindow::buildJournalBanner()
{
    m_journalBanner = new QFrame;
    m_journalBanner->setObjectName(QStringLiteral("journalBanner"));
    m_journalBanner->setStyleSheet(QStringLiteral("QFrame#journalBanner { background: #fce8e6; border: 1px solid #d93025; border-radius: 4px; }"));
    m_journalLabel = new QLabel;
    m_journalLabel->setObjectName(QStringLiteral("journalLabel"));
    m_journalLabel->setWordWrap(true);
    m_journalLabel->setTextFormat(Qt::PlainText);
    m_journalLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_startFreshButton = new QPushButton(tr("Start a new journal…"));
    m_startFreshButton->setObjectName(QStringLiteral("startFreshJournalButton"));
    m_acceptJournalButton = new QPushButton(tr("Use this journal…"));
    m_acceptJournalButton->setObjectName(QStringLiteral("acceptJournalButton"));
    auto *layout = new QHBoxLayout(m_journalBanner);
    layout->addWidget(m_journalLabel, 1);
    layout->addWidget(m_acceptJournalButton);
    layout->addWidget(m_startFreshButton);
    m_ui->centralLayout->insertWidget(0, m_journalBanner);
    connect(m_startFreshButton, &QPushButton::clicked, this, [this] {
        if (Dialogs::ask(this, Dialogs::confirmation(tr("Start a new journal"),
                                                     tr("Start a new, empty activity journal? What is there now stays in its file beside it (never "
                                                        "overwritten), but the console will no longer know about the operations it holds: open ones "
                                                        "must be checked by hand."),
                                                     tr("Start a new journal")))
            != QMessageBox::Yes)
            return;
        QString error;
        if (!m_context.journal.startFresh(&error))
            m_journalLabel->setText(tr("A new journal could not be started: %1").arg(error));
    });
    connect(m_acceptJournalButton, &QPushButton::clicked, this, [this] {
        const auto &h = m_context.journal.health();
        if (Dialogs::ask(this, Dialogs::confirmation(tr("Use this journal"),
                                                     tr("Use the journal as it is, with operations up to #%1 (this computer had recorded up to #%2)? "
                                                        "Operations after #%1 are not in it.").arg(h.foundLastId).arg(h.expectedLastId),
                                                     tr("Use this journal")))
            != QMessageBox::Yes)
            return;
        QString error;
        if (!m_context.journal.acceptAsFound(&error))
            m_journalLabel->setText(tr("The journal could not be opened: %1").arg(error));
    });
    updateJournalBanner();
}

void MainWindow::updateJournalBanner()
{
    using P = journal::Journal::Health::Problem;
    const journal::Journal::Health &h = m_context.journal.health();
    const bool open = m_context.journal.isOpen();
    m_journalBanner->setVisible(!open);
    if (open)
        return;
    if (m_context.journal.isTeam()) {
        // The team's database, out of reach: no decision to offer here (nothing local to start or
        // accept), and never this computer's journal in its place.
        const journal::TeamDatabase &team = *m_context.journal.team();
        const QString why = !m_journalProblem.isEmpty() ? m_journalProblem
                          : !h.detail.isEmpty()          ? journal::teamConnectionProblem(team, h.detail)
                                                         : QString();
        m_journalLabel->setText(tr("The team journal (%1) cannot be reached.").arg(team.describe())
                                + (why.isEmpty() ? QString() : QLatin1Char(' ') + why) + QLatin1Char(' ')
                                + tr("Refunds, payouts and messages are refused until it answers again (nothing is sent before it is "
                                     "recorded); lookups still work. The console does not switch to this computer's journal on its own."));
        m_acceptJournalButton->hide();
        m_startFreshButton->hide();
        return;
    }
    const QString path = QDir::toNativeSeparators(m_context.journal.path());
    QString text;
    switch (h.problem) {
    case P::Damaged:
        text = tr("The activity journal %1 is damaged (%2). It was moved aside to %3 and kept.").arg(path, h.detail,
                                                                                                    QDir::toNativeSeparators(h.movedTo));
        break;
    case P::Missing:
        text = tr("The activity journal %1 is missing, although this computer had recorded operations in it (up to #%2).")
                   .arg(path).arg(h.expectedLastId);
        break;
    case P::Emptied:
        text = h.movedTo.isEmpty()
                   ? tr("The activity journal %1 has fewer operations than this computer recorded: %2.").arg(path, h.detail)
                   : tr("The activity journal %1 came back empty, although this computer had recorded operations up to #%2. "
                        "The empty file was moved aside to %3.").arg(path).arg(h.expectedLastId).arg(QDir::toNativeSeparators(h.movedTo));
        break;
    case P::CannotOpen:
    case P::None:
        text = tr("The activity journal %1 could not be opened: %2.").arg(path, h.detail);
        break;
    }
    m_journalLabel->setText(i18n::resolveKoParticles(text) + QLatin1Char(' ')
                            + tr("Refunds, payouts and messages are disabled until the journal works again (nothing can be "
                                 "recorded before it is sent); lookups still work."));
    m_acceptJournalButton->setVisible(h.problem == P::Emptied && h.movedTo.isEmpty());
    m_startFreshButton->setVisible(h.problem != P::CannotOpen);
}

void MainWindow::setJournalProblem(const QString &problem)
{
    m_journalProblem = problem;
    updateJournalBanner();
}

void MainWindow::offerLocalHistoryCopy(const QString &localPath)
{
    journal::Journal &team = m_context.journal;
    if (!team.isTeam() || !team.isOpen() || journal::localHistoryOffered(m_context.settings, *team.team()))
        return;
    const journal::TeamDatabase database = *team.team();
    journal::Journal local(localPath);
    // Opened as the console opens it (brought to the current schema, which gives it the id the
    // team journal remembers it by); nothing in it is changed or removed, whatever is decided.
    if (!QFileInfo::exists(localPath) || !local.open() || local.lastId() == 0) {
        journal::setLocalHistoryOffered(m_context.settings, database); // nothing to copy
        return;
    }
    Dialogs::Question offer;
    offer.title = tr("Copy this computer's history");
    offer.text = tr("This computer's journal holds operations up to #%1. Copy them into the team journal (%2), marked as coming from "
                    "this computer? This is asked once; the file on this computer is kept as it is either way.")
                     .arg(local.lastId())
                     .arg(database.describe());
    offer.choices = {{tr("Copy into the team journal"), QMessageBox::Yes}, {tr("Do not copy"), QMessageBox::No}};
    offer.defaultAnswer = QMessageBox::No;
    const QMessageBox::StandardButton answer = Dialogs::ask(this, offer);
    if (answer == QMessageBox::No) {
        journal::setLocalHistoryOffered(m_context.settings, database);
        return;
    }
    if (answer != QMessageBox::Yes)
        return; // closed without an answer: asked again at the next start
    QString error;
    int copied = 0;
    if (!journal::copyLocalHistory(team, local, &copied, &error)) {
        // Not a decision: said in the status bar, where it stays until the next message.
        statusBar()->showMessage(tr("This computer's history was not copied into the team journal: %1 It stays in its file, and "
                                    "copying is offered again at the next start.").arg(error));
        return;
    }
    journal::setLocalHistoryOffered(m_context.settings, database);
    statusBar()->showMessage(tr("%n operation(s) of this computer's history were copied into the team journal.", nullptr, copied), 8000);
}

MessagesTab *MainWindow::messagesTab()
{
    if (!m_messages) {
        m_messages = adopt(new MessagesTab(m_context), m_ui->messagesTabIntro, m_ui->messagesTabLayout);
        m_messages->setObjectName(QStringLiteral("messagesView"));
        connect(m_messages, &MessagesTab::showUserRequested, this, &MainWindow::showUserActivity);
    }
    return m_messages;
}

PromotionsTab *MainWindow::promotionsTab()
{
    if (!m_promotions) {
        m_promotions = adopt(new PromotionsTab(m_context), m_ui->promotionsTabIntro, m_ui->promotionsTabLayout);
        m_promotions->setObjectName(QStringLiteral("promotionsView"));
        connect(m_promotions, &PromotionsTab::showUserRequested, this, &MainWindow::showUserActivity);
    }
    return m_promotions;
}

LoginTab *MainWindow::loginTab()
{
    if (!m_login) {
        m_login = adopt(new LoginTab(m_context), m_ui->loginTabIntro, m_ui->loginTabLayout);
        m_login->setObjectName(QStringLiteral("loginView"));
        connect(m_login, &LoginTab::showUserRequested, this, &MainWindow::showUserActivity);
    }
    return m_login;
}

IapTab *MainWindow::iapTab()
{
    if (!m_iap) {
        m_iap = adopt(new IapTab(m_context), m_ui->inAppPurchasesTabIntro, m_ui->inAppPurchasesTabLayout);
        m_iap->setObjectName(QStringLiteral("iapView"));
    }
    return m_iap;
}

PaymentsTab *MainWindow::paymentsTab()
{
    if (!m_payments) {
        m_payments = adopt(new PaymentsTab(m_context), m_ui->paymentsTabIntro, m_ui->paymentsTabLayout);
        m_payments->setObjectName(QStringLiteral("paymentsView"));
        connect(m_payments, &PaymentsTab::showUserRequested, this, &MainWindow::showUserActivity);
        m_payments->setDeveloperTools(developerTools());
    }
    return m_payments;
}

bool MainWindow::developerTools() const
{
    return m_context.settings.value(QStringLiteral("developer/tools"), false).toBool();
}

void MainWindow::setDeveloperTools(bool on)
{
    m_context.settings.setValue(QStringLiteral("developer/tools"), on);
    if (m_developerAction->isChecked() != on)
        m_developerAction->setChecked(on);
    if (m_payments)
        m_payments->setDeveloperTools(on);
}

void MainWindow::showCallsInFlight(int calls)
{
    if (calls == 0) {
        m_busyDelay->stop();
        m_busyBar->hide();
        m_cancelCalls->hide();
    } else if (m_cancelCalls->isHidden() && !m_busyDelay->isActive()) {
        m_busyDelay->start(); // one timer however many calls start: bulk runs send thousands
    }
}

void MainWindow::showTab(Tab tab)
{
    m_ui->tabs->setCurrentIndex(int(tab));
}

MainWindow::Tab MainWindow::currentTab() const
{
    return Tab(m_ui->tabs->currentIndex());
}

QString MainWindow::currentProfileId() const
{
    return m_profileSelector->currentData().toString();
}

void MainWindow::setCurrentProfile(const QString &profileId)
{
    const int index = m_profileSelector->findData(profileId);
    if (index >= 0)
        m_profileSelector->setCurrentIndex(index);
}

void MainWindow::reloadProfiles()
{
    const QString wanted = m_profileSelector->count() > 0 ? currentProfileId()
                                                          : m_context.settings.value(CurrentProfileKey).toString();
    const QSignalBlocker blocker(m_profileSelector);
    m_profileSelector->clear();
    for (const profiles::Profile &p : m_context.profiles.profiles()) {
        const EnvironmentLook look = environmentLook(p.environment);
        QPixmap swatch(12, 12);
        swatch.fill(look.background);
        m_profileSelector->addItem(QIcon(swatch), tr("%1 · %2").arg(p.name, look.word), p.id);
    }
    if (m_profileSelector->count() == 0)
        m_profileSelector->addItem(tr("(no profile yet: import a certificate)"), QString());
    const int index = m_profileSelector->findData(wanted);
    m_profileSelector->setCurrentIndex(index >= 0 ? index : 0);
    m_context.settings.setValue(CurrentProfileKey, currentProfileId());
    updateBanner();
    updateEnvironment();
    openSession();
}

void MainWindow::updateEnvironment()
{
    const auto profile = m_context.profiles.profile(currentProfileId());
    const std::optional<profiles::Environment> environment = profile ? std::optional(profile->environment) : std::nullopt;
    m_toolbarBadge->setEnvironment(environment);
    m_statusBadge->setEnvironment(environment);
    setWindowTitle(profile ? tr("ait-console — %1 [%2]").arg(profile->name, environmentLook(profile->environment).word)
                           : QStringLiteral("ait-console"));
}

void MainWindow::openSession()
{
    // Rebuild the connection only when what it depends on changed.
    const auto profile = m_context.profiles.profile(currentProfileId());
    const QString signature = profile ? QStringList{profile->id, profile->activeFingerprint, profile->appsBaseUrl.toString(),
                                                    profile->payBaseUrl.toString(), QString::number(profile->readOnly),
                                                    QString::fromLatin1(profile->trustedCaPem.toBase64())}.join(QLatin1Char('|'))
                                      : QString();
    if (signature == m_sessionSignature && (m_session || !profile))
        return;
    m_sessionSignature = signature;
    for (const auto &use : std::as_const(m_sessionUsers))
        use(nullptr);
    showCallsInFlight(0);
    m_session.reset();
    m_testingConnection = false;
    updateTestConnection();
    if (!profile || !profile->activeIdentity()) {
        statusBar()->clearMessage();
        return;
    }
    m_session = std::make_unique<api::ProfileSession>(m_context.profiles, profile->id, api::timeoutsFrom(m_context.settings));
    connect(m_session.get(), &api::ProfileSession::callFinished, m_inspector, &InspectorDock::add);
    connect(m_session.get(), &api::ProfileSession::ready, this, [this, name = profile->name] {
        statusBar()->showMessage(tr("Profile \"%1\": certificate loaded from the OS keychain, connection ready.").arg(name));
        connect(m_session->client(), &api::PartnerClient::inFlightChanged, this, &MainWindow::showCallsInFlight);
        updateTestConnection();
    });
    connect(m_session.get(), &api::ProfileSession::failed, this, [this](const keychain::StoreResult &why) {
        statusBar()->showMessage(why.message + QLatin1Char(' ') + why.hint);
    });
    for (const auto &use : std::as_const(m_sessionUsers))
        use(m_session.get());
    // After the first paint: keychain reads and the TLS pre-warm never delay the window.
    QTimer::singleShot(0, m_session.get(), &api::ProfileSession::start);
}

void MainWindow::updateBanner()
{
    const auto profile = m_context.profiles.profile(currentProfileId());
    const profiles::IdentityInfo *active = profile ? profile->activeIdentity() : nullptr;
    if (!active) {
        m_ui->expiryBanner->hide();
        return;
    }
    const QDateTime now = m_context.clock.now();
    const int days = active->daysLeft(now);
    const QString until = dateTimeText(active->notAfter);
    if (now > active->notAfter) {
        m_ui->expiryBannerLabel->setText(tr("The active certificate of profile \"%1\" expired on %2. Partner API calls "
                                            "will fail until you import a new one.").arg(profile->name, until));
    } else if (days <= tls::Inspector::ExpiryWarningDays) {
        m_ui->expiryBannerLabel->setText(tr("The active certificate of profile \"%1\" expires in %n day(s) (%2). Issue a "
                                            "new one in the Apps in Toss console and import it.", nullptr, days)
                                             .arg(profile->name, until));
    } else {
        m_ui->expiryBanner->hide();
        return;
    }
    m_ui->expiryBanner->show();
}

ImportWizard *MainWindow::openImportWizard(const QString &profileId)
{
    auto *wizard = new ImportWizard(m_context, profileId, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Storing shows the new identity, but the console keeps working in its profile: a new live
    // profile is never switched to behind the operator's back (the last page offers it).
    wizard->setConsoleProfileId(currentProfileId());
    connect(wizard, &ImportWizard::identityStored, this, [this](const QString &id, const QString &fingerprint) {
        showTab(Tab::Certificates);
        m_certificates->select(id, fingerprint);
    });
    connect(wizard, &ImportWizard::switchToProfileRequested, this, &MainWindow::setCurrentProfile);
    wizard->open();
    return wizard;
}

SettingsDialog *MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_context.settings, m_context.secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        // The thresholds are read at each confirmation; the payout maximum bounds the amount field now.
        if (m_promotions)
            m_promotions->amountSpin->setMaximum(std::clamp(m_context.settings.value(QStringLiteral("promotions/maxAmount"), 1000000).toInt(), 1, 1000000000));
        const QString language = m_context.settings.value(LanguageKey).toString();
        for (QAction *action : m_ui->languageMenu->actions())
            action->setChecked(action->data().toString() == language);
        statusBar()->showMessage(tr("Settings saved. The language and the journal change at the next start, the network limits with the "
                                    "next profile opened."), 8000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::updateTestConnection()
{
    m_testConnection->setEnabled(!m_testingConnection && m_session && m_session->client());
}

void MainWindow::testConnection()
{
    if (m_testingConnection || !m_session || !m_session->client())
        return;
    m_testingConnection = true;
    updateTestConnection();
    statusBar()->showMessage(tr("Testing the connection…"));
    // The session is the context: a profile switched meanwhile drops the answer with it.
    api::testConnection(*m_session->client(), m_session.get(), [this](const api::ConnectionEvidence &e) {
        m_testingConnection = false;
        updateTestConnection();
        const QString yes = tr("yes"), no = tr("no");
        QStringList lines{
            e.ok() ? tr("Toss accepted the certificate and answered: this profile works.")
                   : tr("The connection test failed.") + QLatin1Char(' ') + errorText(e.error),
            QString(),
            tr("Certificate presented: %1 (SHA-256 %2)").arg(e.certificatePresented ? yes : no, e.clientFingerprint),
            tr("Certificate accepted: %1").arg(e.certificateAccepted ? yes : no),
            tr("TLS: %1 %2").arg(e.tlsProtocol, e.cipher),
            tr("Handshake: %1").arg(e.handshakeMs >= 0 ? tr("%1 ms (new connection)").arg(e.handshakeMs) : tr("connection reused")),
            tr("Call: %1 ms, HTTP %2").arg(e.durationMs).arg(e.httpStatus),
            tr("Server: %1").arg(e.url.host()),
            tr("Time: %1").arg(dateTimeText(e.at)),
        };
        statusBar()->showMessage(lines.first(), 8000);
        auto *box = new QMessageBox(e.ok() ? QMessageBox::Information : QMessageBox::Warning, tr("Test connection: %1").arg(e.profileName),
                                    lines.join(QLatin1Char('\n')), QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("connectionTestBox"));
        box->setTextFormat(Qt::PlainText);
        box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::buildLanguageMenu()
{
    auto *group = new QActionGroup(this);
    const QString current = m_context.settings.value(LanguageKey).toString();
    const QList<std::pair<QString, QString>> choices{
        {QString(), tr("System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ko"), QStringLiteral("한국어")},
    };
    for (const auto &[code, name] : choices) {
        QAction *action = m_ui->languageMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            m_context.settings.setValue(LanguageKey, code);
            statusBar()->showMessage(tr("The language changes the next time ait-console starts."), 8000);
        });
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ait-console"),
                       tr("<b>ait-console %1</b><p>Operator console for the Apps in Toss partner APIs.</p>"
                          "<p>Every call uses mutual TLS with a client certificate kept in the OS keychain.</p>")
                           .arg(QStringLiteral(AIT_VERSION)));
}

} // namespace ait::gui
