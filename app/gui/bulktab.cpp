#include "bulktab.h"

#include "bulkresultsmodel.h"
#include "dialogs.h"
#include "sessiontab.h"

#include "core/api/profilesession.h"
#include "core/bulk/batchexport.h"
#include "core/bulk/csv.h"
#include "core/journal/journalsettings.h"
#include "core/keychain/credentialstore.h"
#include "core/ops/moneyservices.h"
#include "core/ops/payoutservice.h"
#include "core/profiles/profilestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ait::gui {

namespace {

constexpr int PreviewRecords = 11; // the header and the first ten rows
constexpr int ResultsPage = 2000;  // journal rows read per step, so the window never waits long

QString delimiterText(QChar delimiter)
{
    if (delimiter == QLatin1Char('\t'))
        return BulkTab::tr("tab");
    if (delimiter == QLatin1Char(';'))
        return BulkTab::tr("semicolon");
    return BulkTab::tr("comma");
}

QString durationText(qint64 seconds)
{
    if (seconds >= 3600)
        return BulkTab::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    if (seconds >= 60)
        return BulkTab::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return BulkTab::tr("%1 s").arg(seconds);
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

bool isCsvUrl(const QUrl &url)
{
    return url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
}

} // namespace

BulkTab::BulkTab(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setAcceptDrops(true);
    m_results = new BulkResultsModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_results);
    m_filter->setFilterKeyColumn(BulkResultsModel::OutcomeColumn);
    m_filter->setFilterRole(Qt::UserRole);

    m_pages = new QStackedWidget;
    m_pages->addWidget(buildLoadPage());
    m_pages->addWidget(buildConfirmPage());
    m_pages->addWidget(buildRunPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    updateLoadState();
    reloadUnfinished();
}

BulkTab::~BulkTab() = default;

QWidget *BulkTab::buildLoadPage()
{
    auto *page = new QWidget;
    kindCombo = new QComboBox;
    kindCombo->setObjectName(QStringLiteral("bulkKindCombo"));
    kindCombo->addItem(tr("Payouts (Toss points)"), int(journal::Kind::Payout));
    kindCombo->addItem(tr("Messages"), int(journal::Kind::Message));
    codeEdit = new QLineEdit;
    codeEdit->setObjectName(QStringLiteral("bulkCodeEdit"));
    codeEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_.:-]{0,100}")), codeEdit));
    testLabel = new QLabel;
    testLabel->setObjectName(QStringLiteral("bulkTestLabel"));
    testLabel->setStyleSheet(QStringLiteral("color: #b06000; font-weight: bold;"));
    testLabel->hide();
    fileEdit = new QLineEdit;
    fileEdit->setObjectName(QStringLiteral("bulkFileEdit"));
    fileEdit->setReadOnly(true);
    fileEdit->setPlaceholderText(tr("Choose a .csv file or drop it on this page"));
    browseButton = new QPushButton(tr("Choose file…"));
    browseButton->setObjectName(QStringLiteral("bulkBrowseButton"));
    encodingCombo = new QComboBox;
    encodingCombo->setObjectName(QStringLiteral("bulkEncodingCombo"));
    for (bulk::Encoding e : {bulk::Encoding::Utf8, bulk::Encoding::Utf8Bom, bulk::Encoding::Utf16Le, bulk::Encoding::Utf16Be, bulk::Encoding::Cp949}) {
        if (bulk::isAvailable(e))
            encodingCombo->addItem(bulk::encodingName(e), int(e));
    }
    encodingCombo->setToolTip(tr("How the file's text is encoded. Korean Excel saves plain \"CSV\" as CP949; change it if the preview shows broken Hangul."));
    encodingLabel = new QLabel;
    encodingLabel->setObjectName(QStringLiteral("bulkEncodingLabel"));
    repeatsBox = new QCheckBox(tr("Allow a user to be listed more than once"));
    repeatsBox->setObjectName(QStringLiteral("bulkRepeatsBox"));
    repeatsBox->setToolTip(tr("Each listed row is paid. Rows of the same user are paced by the partner's limit of 10 calls a minute per user."));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileEdit, 1);
    fileRow->addWidget(browseButton);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(codeEdit, 1);
    codeRow->addWidget(testLabel);
    auto *encodingRow = new QHBoxLayout;
    encodingRow->addWidget(encodingCombo);
    encodingRow->addWidget(encodingLabel, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Kind:"), kindCombo);
    auto *codeLabel = new QLabel;
    codeLabel->setObjectName(QStringLiteral("bulkCodeLabel"));
    form->addRow(codeLabel, codeRow);
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Encoding:"), encodingRow);
    form->addRow(QString(), repeatsBox);

    previewTable = new QTableWidget;
    previewTable->setObjectName(QStringLiteral("bulkPreviewTable"));
    previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    previewTable->verticalHeader()->hide();
    auto *previewBox = new QGroupBox(tr("First rows"));
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(previewTable);

    checkStatusLabel = new QLabel;
    checkStatusLabel->setObjectName(QStringLiteral("bulkCheckStatusLabel"));
    checkStatusLabel->setWordWrap(true);
    totalsLabel = new QLabel;
    totalsLabel->setObjectName(QStringLiteral("bulkTotalsLabel"));
    totalsLabel->setWordWrap(true);
    totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    problemsTable = new QTableWidget(0, 4);
    problemsTable->setObjectName(QStringLiteral("bulkProblemsTable"));
    problemsTable->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Problem")});
    problemsTable->horizontalHeader()->setStretchLastSection(true);
    problemsTable->verticalHeader()->hide();
    problemsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    exportProblemsButton = new QPushButton(tr("Export problems…"));
    exportProblemsButton->setObjectName(QStringLiteral("bulkExportProblemsButton"));
    continueButton = new QPushButton(tr("Continue to confirmation"));
    continueButton->setObjectName(QStringLiteral("bulkContinueButton"));
    continueButton->setDefault(true);
    auto *checkBox = new QGroupBox(tr("Check (nothing is sent or recorded)"));
    auto *checkLayout = new QVBoxLayout(checkBox);
    checkLayout->addWidget(checkStatusLabel);
    checkLayout->addWidget(totalsLabel);
    checkLayout->addWidget(problemsTable, 1);
    auto *checkButtons = new QHBoxLayout;
    checkButtons->addWidget(exportProblemsButton);
    checkButtons->addStretch(1);
    checkButtons->addWidget(continueButton);
    checkLayout->addLayout(checkButtons);

    unfinishedTable = new QTableWidget(0, 7);
    unfinishedTable->setObjectName(QStringLiteral("bulkUnfinishedTable"));
    unfinishedTable->setHorizontalHeaderLabels({tr("Batch"), tr("Kind"), tr("Code"), tr("File"), tr("State"), tr("Settled"), tr("Started")});
    unfinishedTable->horizontalHeader()->setStretchLastSection(true);
    unfinishedTable->verticalHeader()->hide();
    unfinishedTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    unfinishedTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    unfinishedTable->setSelectionMode(QAbstractItemView::SingleSelection);
    resumeButton = new QPushButton(tr("Resume"));
    resumeButton->setObjectName(QStringLiteral("bulkResumeButton"));
    resumeButton->setToolTip(tr("Rows an earlier run left with no known outcome are asked about first, while the rest run. No row is paid twice."));
    auto *unfinishedBox = new QGroupBox(tr("Unfinished batches"));
    unfinishedBox->setObjectName(QStringLiteral("bulkUnfinishedBox"));
    auto *unfinishedLayout = new QHBoxLayout(unfinishedBox);
    unfinishedLayout->addWidget(unfinishedTable, 1);
    unfinishedLayout->addWidget(resumeButton, 0, Qt::AlignTop);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(previewBox);
    splitter->addWidget(checkBox);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(unfinishedBox);

    auto updateCodeLabel = [this, codeLabel] {
        const bool payout = kind() == journal::Kind::Payout;
        codeLabel->setText(payout ? tr("Promotion code:") : tr("Template code:"));
        codeEdit->setPlaceholderText(payout ? tr("e.g. EVENT_2026_WINNERS") : tr("templateSetCode"));
        repeatsBox->setVisible(payout);
    };
    updateCodeLabel();
    connect(kindCombo, &QComboBox::currentIndexChanged, this, [this, updateCodeLabel] {
        updateCodeLabel();
        recheck();
    });
    // The code decides whether the same file already ran for it: checked again when typing pauses.
    m_recheckDelay = new QTimer(this);
    m_recheckDelay->setSingleShot(true);
    m_recheckDelay->setInterval(300);
    connect(m_recheckDelay, &QTimer::timeout, this, [this] {
        if (m_report && m_reportOptions.code != codeEdit->text().trimmed())
            recheck();
    });
    connect(codeEdit, &QLineEdit::textChanged, this, [this] {
        updateLoadState();
        m_recheckDelay->start();
    });
    connect(codeEdit, &QLineEdit::editingFinished, m_recheckDelay, [this] {
        m_recheckDelay->stop();
        if (m_report && m_reportOptions.code != codeEdit->text().trimmed())
            recheck();
    });
    connect(repeatsBox, &QCheckBox::toggled, this, &BulkTab::recheck);
    connect(encodingCombo, &QComboBox::activated, this, [this] {
        m_chosenEncoding = bulk::Encoding(encodingCombo->currentData().toInt());
        recheck();
    });
    connect(browseButton, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::openFileName(this, tr("Choose a CSV file"), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    connect(exportProblemsButton, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::saveFileName(this, tr("Export problems"), QFileInfo(m_sourceName).completeBaseName() + tr("-problems.csv"),
                                                   tr("CSV files (*.csv)"));
        if (!path.isEmpty() && !exportProblems(path))
            checkStatusLabel->setText(tr("%1 could not be written.").arg(path));
    });
    connect(continueButton, &QPushButton::clicked, this, &BulkTab::openConfirm);
    connect(unfinishedTable, &QTableWidget::itemSelectionChanged, this, &BulkTab::updateLoadState);
    connect(resumeButton, &QPushButton::clicked, this, [this] { resumeBatch(); });
    return page;
}

QWidget *BulkTab::buildConfirmPage()
{
    auto *page = new QWidget;
    summaryLabel = new QLabel;
    summaryLabel->setObjectName(QStringLiteral("bulkSummaryLabel"));
    summaryLabel->setWordWrap(true);
    summaryLabel->setTextFormat(Qt::RichText);
    summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    confirmPromptLabel = new QLabel;
    confirmPromptLabel->setObjectName(QStringLiteral("bulkConfirmPromptLabel"));
    confirmPromptLabel->setWordWrap(true);
    typedTotalEdit = new QLineEdit;
    typedTotalEdit->setObjectName(QStringLiteral("bulkTypedTotalEdit"));
    typedTotalEdit->setMaximumWidth(240);
    confirmPromptLabel->setBuddy(typedTotalEdit);
    confirmErrorLabel = new QLabel;
    confirmErrorLabel->setObjectName(QStringLiteral("bulkConfirmErrorLabel"));
    confirmErrorLabel->setWordWrap(true);
    confirmErrorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    backButton = new QPushButton(tr("Back"));
    backButton->setObjectName(QStringLiteral("bulkBackButton"));
    runButton = new QPushButton(tr("Run"));
    runButton->setObjectName(QStringLiteral("bulkRunButton"));

    auto *box = new QGroupBox(tr("Confirm"));
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(summaryLabel);
    boxLayout->addSpacing(12);
    boxLayout->addWidget(confirmPromptLabel);
    boxLayout->addWidget(typedTotalEdit);
    boxLayout->addWidget(confirmErrorLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(backButton);
    buttons->addStretch(1);
    buttons->addWidget(runButton);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(box);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(typedTotalEdit, &QLineEdit::textChanged, this, &BulkTab::updateConfirmState);
    connect(typedTotalEdit, &QLineEdit::returnPressed, this, [this] {
        if (runButton->isEnabled())
            startRun();
    });
    connect(backButton, &QPushButton::clicked, this, [this] { showPage(Page::Load); });
    connect(runButton, &QPushButton::clicked, this, &BulkTab::startRun);
    return page;
}

QWidget *BulkTab::buildRunPage()
{
    auto *page = new QWidget;
    runTitleLabel = new QLabel;
    runTitleLabel->setObjectName(QStringLiteral("bulkRunTitleLabel"));
    runTitleLabel->setWordWrap(true);
    QFont titleFont = runTitleLabel->font();
    titleFont.setBold(true);
    runTitleLabel->setFont(titleFont);
    progressBar = new QProgressBar;
    progressBar->setObjectName(QStringLiteral("bulkProgressBar"));
    progressBar->setRange(0, 1);
    progressBar->setValue(0);
    countsLabel = new QLabel;
    countsLabel->setObjectName(QStringLiteral("bulkCountsLabel"));
    paceLabel = new QLabel;
    paceLabel->setObjectName(QStringLiteral("bulkPaceLabel"));
    timeLeftLabel = new QLabel;
    timeLeftLabel->setObjectName(QStringLiteral("bulkTimeLeftLabel"));
    runStatusLabel = new QLabel;
    runStatusLabel->setObjectName(QStringLiteral("bulkRunStatusLabel"));
    runStatusLabel->setWordWrap(true);
    pauseButton = new QPushButton(tr("Pause"));
    pauseButton->setObjectName(QStringLiteral("bulkPauseButton"));
    pauseButton->setToolTip(tr("No new rows start; calls in flight finish."));
    resumeRunButton = new QPushButton(tr("Resume"));
    resumeRunButton->setObjectName(QStringLiteral("bulkResumeRunButton"));
    stopButton = new QPushButton(tr("Stop"));
    stopButton->setObjectName(QStringLiteral("bulkStopButton"));
    stopButton->setToolTip(tr("Ends the batch: calls in flight finish, rows not started are recorded as not sent."));
    newBatchButton = new QPushButton(tr("New batch"));
    newBatchButton->setObjectName(QStringLiteral("bulkNewBatchButton"));

    decisionBox = new QGroupBox(tr("Messages whose answer was lost"));
    decisionBox->setObjectName(QStringLiteral("bulkDecisionBox"));
    decisionLabel = new QLabel;
    decisionLabel->setObjectName(QStringLiteral("bulkDecisionLabel"));
    decisionLabel->setWordWrap(true);
    decisionList = new QListWidget;
    decisionList->setObjectName(QStringLiteral("bulkDecisionList"));
    decisionList->setMaximumHeight(120);
    sendAgainButton = new QPushButton(tr("Send again"));
    sendAgainButton->setObjectName(QStringLiteral("bulkSendAgainButton"));
    sendAgainButton->setToolTip(tr("Sends these messages again: a recipient whose message did arrive gets it twice."));
    markSentButton = new QPushButton(tr("Mark sent"));
    markSentButton->setObjectName(QStringLiteral("bulkMarkSentButton"));
    markSentButton->setToolTip(tr("You found that they arrived: recorded as sent, nothing is sent again."));
    markNotSentButton = new QPushButton(tr("Mark not sent"));
    markNotSentButton->setObjectName(QStringLiteral("bulkMarkNotSentButton"));
    markNotSentButton->setToolTip(tr("Recorded as not sent, nothing is sent again."));
    auto *decisionLayout = new QVBoxLayout(decisionBox);
    decisionLayout->addWidget(decisionLabel);
    decisionLayout->addWidget(decisionList);
    auto *decisionButtons = new QHBoxLayout;
    decisionButtons->addWidget(sendAgainButton);
    decisionButtons->addWidget(markSentButton);
    decisionButtons->addWidget(markNotSentButton);
    decisionButtons->addStretch(1);
    decisionLayout->addLayout(decisionButtons);
    decisionBox->hide();

    filterCombo = new QComboBox;
    filterCombo->setObjectName(QStringLiteral("bulkFilterCombo"));
    filterCombo->addItem(tr("All rows"), QString());
    for (auto c : {bulk::RowOutcome::Class::Succeeded, bulk::RowOutcome::Class::Failed, bulk::RowOutcome::Class::Unknown,
                   bulk::RowOutcome::Class::Pending})
        filterCombo->addItem(BulkResultsModel::outcomeText(c), bulk::RowOutcome::className(c));
    exportResultsButton = new QPushButton(tr("Export results…"));
    exportResultsButton->setObjectName(QStringLiteral("bulkExportResultsButton"));
    resultsView = new QTableView;
    resultsView->setObjectName(QStringLiteral("bulkResultsView"));
    resultsView->setModel(m_filter);
    resultsView->verticalHeader()->hide();
    resultsView->horizontalHeader()->setStretchLastSection(true);
    resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    resultsView->setWordWrap(false);

    auto *numbers = new QHBoxLayout;
    numbers->addWidget(countsLabel, 1);
    numbers->addWidget(paceLabel);
    numbers->addSpacing(16);
    numbers->addWidget(timeLeftLabel);
    auto *controls = new QHBoxLayout;
    controls->addWidget(pauseButton);
    controls->addWidget(resumeRunButton);
    controls->addWidget(stopButton);
    controls->addStretch(1);
    controls->addWidget(newBatchButton);
    auto *resultsBar = new QHBoxLayout;
    resultsBar->addWidget(new QLabel(tr("Show:")));
    resultsBar->addWidget(filterCombo);
    resultsBar->addStretch(1);
    resultsBar->addWidget(exportResultsButton);
    auto *resultsBox = new QGroupBox(tr("Results"));
    auto *resultsLayout = new QVBoxLayout(resultsBox);
    resultsLayout->addLayout(resultsBar);
    resultsLayout->addWidget(resultsView, 1);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(runTitleLabel);
    layout->addWidget(progressBar);
    layout->addLayout(numbers);
    layout->addWidget(runStatusLabel);
    layout->addLayout(controls);
    layout->addWidget(decisionBox);
    layout->addWidget(resultsBox, 1);

    connect(pauseButton, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->pause();
    });
    connect(resumeRunButton, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->resume();
    });
    connect(stopButton, &QPushButton::clicked, this, [this] {
        if (!m_run)
            return;
        const auto answer = Dialogs::question(this, tr("Stop the batch"),
                                              tr("Stop batch %1? Calls in flight finish; rows not started are recorded as not sent and the batch "
                                                 "cannot be resumed.")
                                                  .arg(m_batchId),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes && m_run)
            m_run->stop();
    });
    connect(newBatchButton, &QPushButton::clicked, this, [this] {
        reloadUnfinished();
        showPage(Page::Load);
    });
    connect(sendAgainButton, &QPushButton::clicked, this, [this] { decide(bulk::Decision::SendAgain); });
    connect(markSentButton, &QPushButton::clicked, this, [this] { decide(bulk::Decision::MarkSent); });
    connect(markNotSentButton, &QPushButton::clicked, this, [this] { decide(bulk::Decision::MarkNotSent); });
    connect(filterCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString name = filterCombo->currentData().toString();
        m_filter->setFilterRegularExpression(name.isEmpty() ? QRegularExpression()
                                                            : QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(name) + QLatin1Char('$')));
    });
    connect(exportResultsButton, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::saveFileName(this, tr("Export results"), tr("batch-%1-results.csv").arg(m_batchId), tr("CSV files (*.csv)"));
        if (!path.isEmpty() && !exportResults(path))
            runStatusLabel->setText(tr("%1 could not be written.").arg(path));
    });
    updateRunButtons();
    return page;
}

void BulkTab::setSession(api::ProfileSession *session)
{
    m_session = session;
    if (session)
        connect(session, &api::ProfileSession::ready, this, &BulkTab::updateConfirmState, Qt::UniqueConnection);
    updateConfirmState();
}

BulkTab::Page BulkTab::page() const
{
    return Page(m_pages->currentIndex());
}

void BulkTab::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    updateLoadState();
    updateConfirmState();
    updateRunButtons();
}

journal::Kind BulkTab::kind() const
{
    return journal::Kind(kindCombo->currentData().toInt());
}

bulk::CheckOptions BulkTab::checkOptions() const
{
    bulk::CheckOptions o;
    o.kind = kind();
    o.code = codeEdit->text().trimmed();
    o.requireCode = false; // the Continue button waits for the code
    o.allowRepeats = o.kind == journal::Kind::Payout && repeatsBox->isChecked();
    o.maxAmount = m_context.settings.value(QStringLiteral("promotions/maxAmount"), 1000000).toLongLong();
    o.encoding = m_chosenEncoding;
    const bulk::RunSettings run = bulk::RunSettings::fromSettings(m_context.settings);
    o.pace = run.pace;
    o.messageChunk = run.messageChunk;
    return o;
}

bool BulkTab::loadFile(const QString &path)
{
    QString why;
    const std::optional<QByteArray> bytes = bulk::Check::readFile(path, &why);
    fileEdit->setText(QDir::toNativeSeparators(path));
    m_report.reset();
    m_chosenEncoding.reset();
    if (!bytes) {
        m_bytes.clear();
        m_sourceName.clear();
        previewTable->clear();
        previewTable->setRowCount(0);
        previewTable->setColumnCount(0);
        problemsTable->setRowCount(0);
        totalsLabel->clear();
        checkStatusLabel->setText(why);
        updateLoadState();
        return false;
    }
    m_bytes = *bytes;
    m_sourceName = QFileInfo(path).fileName();
    recheck();
    return true;
}

void BulkTab::recheck()
{
    if (m_bytes.isEmpty() && m_sourceName.isEmpty())
        return;
    const bulk::CheckOptions options = checkOptions();
    showPreview();
    bulk::CheckContext context;
    if (m_context.journal.isOpen())
        context = bulk::Check::contextFrom(m_context.journal, options, bulk::Check::sha256Hex(m_bytes));
    const int generation = ++m_checkGeneration;
    m_checking = true;
    checkStatusLabel->setText(tr("Checking…"));
    updateLoadState();
    bulk::Check::runInBackground(m_bytes, m_sourceName, options, context, this, [this, generation, options](const bulk::CheckReport &report) {
        if (generation != m_checkGeneration)
            return; // a later check (another encoding, code or file) is under way
        m_checking = false;
        m_report = report;
        m_reportOptions = options;
        showReport();
        emit checkFinished();
    });
}

void BulkTab::showPreview()
{
    bulk::CsvReadOptions read;
    read.encoding = m_chosenEncoding;
    read.maxRecords = PreviewRecords;
    const bulk::CsvDocument doc = bulk::readCsv(m_bytes, read);
    previewTable->clear();
    previewTable->setRowCount(0);
    previewTable->setColumnCount(0);
    if (!doc.records.isEmpty()) {
        const QStringList header = doc.records.first().fields;
        previewTable->setColumnCount(int(header.size()));
        previewTable->setHorizontalHeaderLabels(header);
        previewTable->setRowCount(int(doc.records.size() - 1));
        QStringList lines;
        for (int r = 1; r < doc.records.size(); ++r) {
            const bulk::CsvRecord &record = doc.records.at(r);
            lines << QString::number(record.line);
            for (int c = 0; c < record.fields.size() && c < header.size(); ++c)
                previewTable->setItem(r - 1, c, cell(record.fields.at(c)));
        }
        previewTable->setVerticalHeaderLabels(lines);
        previewTable->resizeColumnsToContents();
    }
    encodingCombo->setCurrentIndex(encodingCombo->findData(int(doc.encoding)));
    encodingLabel->setText(m_chosenEncoding ? tr("chosen by you; separated by %1").arg(delimiterText(doc.delimiter))
                                            : tr("detected; separated by %1").arg(delimiterText(doc.delimiter)));
}

void BulkTab::showReport()
{
    const bulk::CheckReport &r = *m_report;
    const QLocale l;
    problemsTable->setRowCount(int(r.problems.size()));
    for (int i = 0; i < r.problems.size(); ++i) {
        const bulk::Problem &p = r.problems.at(i);
        problemsTable->setItem(i, 0, cell(p.line > 0 ? QString::number(p.line) : tr("file")));
        problemsTable->setItem(i, 1, cell(p.column));
        problemsTable->setItem(i, 2, cell(p.value));
        problemsTable->setItem(i, 3, cell(p.message));
        problemsTable->item(i, 3)->setToolTip(p.message);
    }
    problemsTable->resizeColumnToContents(0);
    problemsTable->setVisible(!r.problems.isEmpty());
    exportProblemsButton->setVisible(!r.problems.isEmpty());

    QString totals;
    if (m_reportOptions.kind == journal::Kind::Payout) {
        totals = tr("%n row(s), %1 distinct users, %2 points in total.", nullptr, int(r.rows.size()))
                     .arg(l.toString(r.distinctUsers), l.toString(r.totalAmount));
    } else {
        totals = tr("%n recipient(s), %1 distinct users.", nullptr, int(r.rows.size())).arg(l.toString(r.distinctUsers));
        totals += QLatin1Char(' ')
                  + (r.messageMode == bulk::MessageMode::Chunks
                         ? tr("Sent with send-bulk-message, %1 recipients a call.").arg(l.toString(std::clamp(m_reportOptions.messageChunk, 1, bulk::MaxMessageChunk)))
                         : tr("Sent one by one (template variables: %1).").arg(r.variables.join(QStringLiteral(", "))));
    }
    totals += QLatin1Char('\n')
              + tr("Estimated duration: %1 at %2 calls a minute.").arg(durationText(r.estimatedSeconds), l.toString(m_reportOptions.pace.callsPerMinute));
    totalsLabel->setText(r.rows.isEmpty() && r.fileRefused ? QString() : totals);
    if (r.problems.isEmpty())
        checkStatusLabel->setText(r.rows.isEmpty() ? tr("The file has no rows.") : tr("No problems found."));
    else
        checkStatusLabel->setText(tr("%n problem(s): fix the file and load it again. Nothing was sent.", nullptr, int(r.problems.size())));
    checkStatusLabel->setStyleSheet(r.ok() ? QStringLiteral("color: #1e7d32;") : QStringLiteral("color: #b3261e;"));
    updateLoadState();
}

void BulkTab::updateLoadState()
{
    const QString code = codeEdit->text().trimmed();
    const bool payout = kind() == journal::Kind::Payout;
    const bool test = payout && ops::PayoutService::isTestCode(code);
    testLabel->setText(test ? tr("TEST_ promotion: a test run") : QString());
    testLabel->setVisible(test);
    encodingCombo->setEnabled(!m_bytes.isEmpty());
    exportProblemsButton->setEnabled(m_report && !m_report->problems.isEmpty());

    QString why;
    if (m_bytes.isEmpty())
        why = tr("Choose a file first.");
    else if (m_checking) // the same words again below, for a check that is about to start
        why = tr("The file is being checked."); // NOLINT(bugprone-branch-clone)
    else if (!m_report || !m_report->ok())
        why = tr("The file has problems.");
    else if (code.isEmpty())
        why = payout ? tr("Type the promotion code.") : tr("Type the template code.");
    else if (m_reportOptions.code != code || m_reportOptions.kind != kind())
        why = tr("The file is being checked.");
    else if (runGoing())
        why = tr("A batch is running: wait for it, pause or stop it.");
    continueButton->setEnabled(why.isEmpty());
    continueButton->setToolTip(why);
    resumeButton->setEnabled(!unfinishedTable->selectedItems().isEmpty() && !runGoing() && !m_starting);
}

void BulkTab::openConfirm()
{
    if (!m_report || !m_report->ok())
        return;
    // The code may have been typed without leaving the field: the check must be for this code.
    if (m_reportOptions.code != codeEdit->text().trimmed()) {
        recheck();
        return;
    }
    const bulk::CheckReport &r = *m_report;
    const bool payout = m_reportOptions.kind == journal::Kind::Payout;
    const QLocale l;
    const auto profile = m_session ? m_context.profiles.profile(m_session->profileId()) : std::nullopt;
    const bulk::RunSettings settings = bulk::RunSettings::fromSettings(m_context.settings);
    QStringList lines;
    lines << tr("Profile: <b>%1</b>").arg((profile ? profile->name : tr("none")).toHtmlEscaped());
    lines << tr("File: %1 (%2)").arg(r.sourceName.toHtmlEscaped(), bulk::encodingName(r.encoding));
    if (payout) {
        QString code = tr("Promotion: <b>%1</b>").arg(m_reportOptions.code.toHtmlEscaped());
        if (ops::PayoutService::isTestCode(m_reportOptions.code))
            code += QStringLiteral(" <span style=\"color:#b06000\"><b>%1</b></span>").arg(tr("TEST — a test run"));
        lines << code;
        lines << tr("%n row(s) to %1 distinct users: <b>%2 points</b> in total.", nullptr, int(r.rows.size()))
                     .arg(l.toString(r.distinctUsers), l.toString(r.totalAmount));
    } else {
        lines << tr("Template: <b>%1</b>").arg(m_reportOptions.code.toHtmlEscaped());
        lines << tr("<b>%n recipient(s)</b> (%1 distinct users).", nullptr, int(r.rows.size())).arg(l.toString(r.distinctUsers));
    }
    lines << tr("Pace: %1 calls a minute (this profile's share of the app's 3,000), at most %n call(s) in flight, %2 calls a minute per user.",
                nullptr, settings.pace.callsInFlight)
                 .arg(l.toString(settings.pace.callsPerMinute), l.toString(settings.pace.callsPerUserPerMinute));
    lines << tr("Estimated duration: %1.").arg(durationText(r.estimatedSeconds));
    summaryLabel->setText(lines.join(QStringLiteral("<br>")));
    confirmPromptLabel->setText(payout ? tr("To confirm, type the total points of the file:") : tr("To confirm, type the number of recipients:"));
    typedTotalEdit->clear();
    confirmErrorLabel->clear();
    showPage(Page::Confirm);
    typedTotalEdit->setFocus();
}

std::optional<qint64> BulkTab::typedTotal() const
{
    QString text = typedTotalEdit->text();
    // People type thousands separators: "12,500" and "12 500" mean 12500.
    text.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QLocale().groupSeparator());
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

void BulkTab::updateConfirmState()
{
    if (!m_report) {
        runButton->setEnabled(false);
        return;
    }
    const std::optional<qint64> typed = typedTotal();
    const qint64 expected = bulk::BulkService::confirmationTotal(*m_report, m_reportOptions.kind);
    QString why;
    if (!typed)
        why = m_reportOptions.kind == journal::Kind::Payout ? tr("Type the total points.") : tr("Type the number of recipients.");
    else if (*typed != expected)
        why = m_reportOptions.kind == journal::Kind::Payout ? tr("This is not the file's total.") : tr("This is not the number of recipients in the file.");
    else if (!m_session || m_session->state() != api::ProfileSession::State::Ready)
        why = tr("Choose a profile whose certificate is ready.");
    else if (runGoing() || m_starting)
        why = tr("A batch is running.");
    runButton->setEnabled(why.isEmpty());
    runButton->setToolTip(why);
    if (typed && *typed != expected)
        confirmErrorLabel->setText(why);
    else if (confirmErrorLabel->property("refusal").toBool() == false)
        confirmErrorLabel->clear();
}

void BulkTab::buildRequest(const QString &profileId, const QString &fingerprint,
                           std::function<void(std::optional<bulk::RunRequest>, QString)> then)
{
    const std::optional<profiles::Profile> profile = m_context.profiles.profile(profileId);
    if (!profile) {
        then(std::nullopt, tr("The profile no longer exists."));
        return;
    }
    QString chosen = fingerprint;
    if (chosen.isEmpty() || !profile->identity(chosen))
        chosen = profile->activeFingerprint;
    if (chosen.isEmpty()) {
        then(std::nullopt, api::ApiError::make(api::ApiError::Kind::NoIdentity).message);
        return;
    }
    m_context.profiles.loadIdentity(profileId, chosen, this, [this, profile = *profile, chosen, then](const keychain::StoreResult &result,
                                                                                                    profiles::LoadedIdentity identity) {
        if (!result.ok()) {
            then(std::nullopt, tr("The certificate cannot be read from the OS keychain: %1").arg(result.message));
            return;
        }
        const int timeoutSeconds = std::clamp(m_context.settings.value(QStringLiteral("network/timeoutSeconds"), 15).toInt(), 1, 300);
        const int deadlineSeconds = std::clamp(m_context.settings.value(QStringLiteral("network/deadlineSeconds"), 30).toInt(), timeoutSeconds, 600);
        bulk::RunRequest request;
        request.journal = bulk::JournalLocation::of(m_context.journal);
        request.client = api::ProfileSession::settingsFor(profile, {timeoutSeconds * 1000, deadlineSeconds * 1000});
        request.identity = std::move(identity);
        request.who = {profile.id, profile.name, chosen, m_context.settings.value(QStringLiteral("operator/name")).toString()};
        request.settings = bulk::RunSettings::fromSettings(m_context.settings);
        if (!request.journal.team) {
            then(std::move(request), {});
            return;
        }
        // The run opens the team journal on a connection of its own: with the password from the OS
        // keychain, read again here and kept only in the run's memory.
        auto pending = std::make_shared<bulk::RunRequest>(std::move(request));
        journal::readTeamPassword(m_context.secrets, *pending->journal.team, this,
                                  [pending, then](const keychain::StoreResult &stored, const QString &password) {
                                      if (!stored.ok() && stored.error != keychain::StoreError::NotFound) {
                                          then(std::nullopt, tr("The team journal's password cannot be read from the OS keychain: %1").arg(stored.message));
                                          return;
                                      }
                                      pending->journal.password = password;
                                      then(std::move(*pending), {});
                                  });
    });
}

void BulkTab::startRun()
{
    if (!runButton->isEnabled() || !m_report || !m_session)
        return;
    const qint64 typed = typedTotal().value_or(-1);
    m_starting = true;
    confirmErrorLabel->setProperty("refusal", false);
    confirmErrorLabel->setText(tr("Reading the certificate…"));
    updateConfirmState();
    const bulk::CheckReport report = *m_report;
    const bulk::CheckOptions options = m_reportOptions;
    buildRequest(m_session->profileId(), m_session->activeFingerprint(),
                 [this, report, options, typed](std::optional<bulk::RunRequest> request, const QString &problem) {
                     m_starting = false;
                     auto refuse = [this](const QString &why) {
                         confirmErrorLabel->setProperty("refusal", true);
                         confirmErrorLabel->setText(why);
                         updateConfirmState();
                     };
                     if (!request) {
                         refuse(problem);
                         return;
                     }
                     api::ApiError why;
                     bulk::BulkRun *run = m_context.money.bulk().confirm(std::move(*request), report, options, typed, &why);
                     if (!run) {
                         refuse(errorText(why));
                         return;
                     }
                     confirmErrorLabel->setProperty("refusal", false);
                     confirmErrorLabel->clear();
                     const QString title = options.kind == journal::Kind::Payout
                                               ? tr("Payouts from %1 for promotion %2").arg(report.sourceName, options.code)
                                               : tr("Messages from %1 with template %2").arg(report.sourceName, options.code);
                     attach(run, title, options.kind);
                     run->start();
                 });
}

void BulkTab::resumeBatch(qint64 batchId)
{
    if (batchId == 0) {
        const QList<QTableWidgetItem *> selected = unfinishedTable->selectedItems();
        if (selected.isEmpty())
            return;
        batchId = unfinishedTable->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong();
    }
    const std::optional<journal::Batch> batch = m_context.journal.batch(batchId);
    if (!batch || runGoing() || m_starting)
        return;
    const QString title = batch->kind == journal::Kind::Payout ? tr("Batch %1: payouts from %2 for promotion %3").arg(batchId).arg(batch->sourceName, batch->code)
                                                               : tr("Batch %1: messages from %2 with template %3").arg(batchId).arg(batch->sourceName, batch->code);
    // Already running in this program (the page was left and opened again): follow it.
    if (bulk::BulkRun *running = m_context.money.bulk().runOf(batchId)) {
        attach(running, title, batch->kind);
        return;
    }
    m_starting = true;
    updateLoadState();
    checkStatusLabel->setText(tr("Reading the certificate…"));
    buildRequest(batch->profileId, batch->identityFingerprint, [this, batchId, title, kind = batch->kind](std::optional<bulk::RunRequest> request,
                                                                                                       const QString &problem) {
        m_starting = false;
        if (!request) {
            checkStatusLabel->setText(problem);
            updateLoadState();
            return;
        }
        api::ApiError why;
        bulk::BulkRun *run = m_context.money.bulk().resume(std::move(*request), batchId, &why);
        if (!run) {
            checkStatusLabel->setText(errorText(why));
            updateLoadState();
            return;
        }
        checkStatusLabel->clear();
        attach(run, title, kind);
        run->start();
    });
}

void BulkTab::attach(bulk::BulkRun *run, const QString &title, journal::Kind kind)
{
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
    m_run = run;
    m_runKind = kind;
    m_batchId = run->batchId();
    ++m_resultsGeneration;
    m_results->clear(kind);
    decisionBox->hide();
    runTitleLabel->setText(title);
    runStatusLabel->clear();
    countsLabel->clear();
    paceLabel->clear();
    timeLeftLabel->clear();
    progressBar->setRange(0, 1);
    progressBar->setValue(0);
    connect(run, &bulk::BulkRun::batchRecorded, this, [this](qint64 id) {
        m_batchId = id;
        runTitleLabel->setText(tr("Batch %1 · %2").arg(id).arg(runTitleLabel->text()));
        loadResults(id);
    });
    connect(run, &bulk::BulkRun::progress, this, &BulkTab::showProgress);
    connect(run, &bulk::BulkRun::stateChanged, this, &BulkTab::showState);
    connect(run, &bulk::BulkRun::rowsSettled, m_results, &BulkResultsModel::update);
    connect(run, &bulk::BulkRun::decisionNeeded, this, &BulkTab::showDecision);
    connect(run, &bulk::BulkRun::finished, this, &BulkTab::finishedRun);
    if (m_batchId > 0) {
        runTitleLabel->setText(title);
        loadResults(m_batchId);
        showProgress(run->lastProgress());
        showState(run->state());
    }
    showPage(Page::Run);
}

void BulkTab::loadResults(qint64 batchId)
{
    const int generation = ++m_resultsGeneration;
    m_results->clear(m_runKind);
    // In pages, each its own event: a batch of 100,000 rows never holds the window up.
    auto next = std::make_shared<std::function<void(int)>>();
    *next = [this, batchId, generation, next](int fromRow) {
        if (generation != m_resultsGeneration || !m_context.journal.isOpen())
            return;
        const QList<journal::Operation> rows = m_context.journal.batchRows(batchId, fromRow, ResultsPage);
        m_results->append(rows);
        if (rows.size() == ResultsPage)
            QTimer::singleShot(0, this, [next, fromRow] { (*next)(fromRow + ResultsPage); });
        else
            *next = nullptr; // ends the cycle of the function holding itself
    };
    (*next)(1);
}

void BulkTab::showProgress(const bulk::Progress &p)
{
    const QLocale l;
    progressBar->setRange(0, std::max(1, p.counts.rows));
    progressBar->setValue(p.counts.settled());
    countsLabel->setText(tr("Succeeded %1 · Failed %2 · Unknown %3 · Left %4")
                             .arg(l.toString(p.counts.succeeded), l.toString(p.counts.failed), l.toString(p.counts.unknown),
                                  l.toString(p.counts.pending + p.active)));
    paceLabel->setText(tr("%1 calls in the last minute (pace %2)").arg(l.toString(p.callsInLastMinute), l.toString(p.pace)));
    const bool working = p.state == bulk::RunState::Running || p.state == bulk::RunState::Starting;
    timeLeftLabel->setText(working ? tr("About %1 left").arg(durationText(p.secondsLeft)) : QString());
}

void BulkTab::showState(bulk::RunState state)
{
    switch (state) {
    case bulk::RunState::Starting: runStatusLabel->setText(tr("Starting…")); break;
    case bulk::RunState::Running: runStatusLabel->setText(tr("Running.")); break;
    case bulk::RunState::Pausing: runStatusLabel->setText(tr("Pausing: calls in flight finish…")); break;
    case bulk::RunState::Paused: runStatusLabel->setText(tr("Paused. Resume continues with the next row.")); break;
    case bulk::RunState::WaitingForDecision: runStatusLabel->setText(tr("Waiting for your decision on messages whose answer was lost.")); break;
    case bulk::RunState::Stopping: runStatusLabel->setText(tr("Stopping: calls in flight finish…")); break;
    case bulk::RunState::Stopped:
    case bulk::RunState::Finished:
    case bulk::RunState::Failed: break; // said by finishedRun()
    }
    updateRunButtons();
}

void BulkTab::showDecision(const bulk::PendingDecision &d)
{
    decisionList->clear();
    for (int i = 0; i < d.rows.size(); ++i)
        decisionList->addItem(tr("Row %1: user %2").arg(d.rows.at(i)).arg(d.userKeys.value(i)));
    decisionLabel->setText(d.chunk ? tr("The answer to a send-bulk-message call with %n recipient(s) was lost. Nobody can look it up: decide what "
                                        "became of them.",
                                        nullptr, int(d.rows.size()))
                                   : tr("The answer for %n message(s) was lost. Nobody can look them up: decide what became of them.", nullptr,
                                        int(d.rows.size())));
    decisionBox->show();
    updateRunButtons();
}

void BulkTab::decide(bulk::Decision decision)
{
    if (!m_run)
        return;
    m_run->decide(decision);
    decisionBox->hide();
    updateRunButtons();
}

void BulkTab::finishedRun(const bulk::RunSummary &s)
{
    const QLocale l;
    decisionBox->hide();
    progressBar->setRange(0, std::max(1, s.counts.rows));
    progressBar->setValue(s.counts.settled());
    countsLabel->setText(tr("Succeeded %1 · Failed %2 · Unknown %3 · Left %4")
                             .arg(l.toString(s.counts.succeeded), l.toString(s.counts.failed), l.toString(s.counts.unknown), l.toString(s.counts.pending)));
    timeLeftLabel->clear();
    switch (s.state) {
    case bulk::RunState::Finished:
        runStatusLabel->setText(s.allSettled() ? tr("Finished: every row is settled.")
                                               : tr("Ended with rows whose outcome is unknown: resume the batch to settle them."));
        break;
    case bulk::RunState::Stopped: runStatusLabel->setText(tr("Stopped: rows not started were recorded as not sent.")); break;
    case bulk::RunState::Failed: runStatusLabel->setText(tr("The batch could not run: %1").arg(errorText(s.error))); break;
    default:
        // Paused by what the run cannot go on without (the journal's database, the batch's lease): said.
        runStatusLabel->setText(s.error.ok() ? tr("Paused with rows left: resume the batch from the Bulk page.")
                                             : tr("Paused: %1").arg(errorText(s.error)));
        break;
    }
    if (s.batchId > 0) {
        m_batchId = s.batchId;
        loadResults(s.batchId); // the journal's word, with every key
    }
    m_run = nullptr;
    reloadUnfinished();
    updateRunButtons();
    updateLoadState();
    emit runFinished(s);
}

void BulkTab::updateRunButtons()
{
    const bulk::RunState s = m_run ? m_run->state() : bulk::RunState::Finished;
    const bool deciding = decisionBox->isVisible();
    pauseButton->setEnabled(m_run && (s == bulk::RunState::Running || s == bulk::RunState::Starting) && !deciding);
    resumeRunButton->setEnabled(m_run && s == bulk::RunState::Paused);
    stopButton->setEnabled(m_run && (s == bulk::RunState::Running || s == bulk::RunState::Paused || s == bulk::RunState::Pausing
                                     || s == bulk::RunState::Starting || s == bulk::RunState::WaitingForDecision));
    newBatchButton->setEnabled(!runGoing());
    exportResultsButton->setEnabled(m_batchId > 0);
}

bool BulkTab::runGoing() const
{
    if (!m_run)
        return false;
    switch (m_run->state()) {
    case bulk::RunState::Starting:
    case bulk::RunState::Running:
    case bulk::RunState::Pausing:
    case bulk::RunState::WaitingForDecision:
    case bulk::RunState::Stopping: return true;
    case bulk::RunState::Paused:
    case bulk::RunState::Stopped:
    case bulk::RunState::Finished:
    case bulk::RunState::Failed: return false;
    }
    return false;
}

void BulkTab::pauseForQuit()
{
    if (runGoing())
        m_run->pause();
}

void BulkTab::reloadUnfinished()
{
    unfinishedTable->setRowCount(0);
    if (!m_context.journal.isOpen()) {
        updateLoadState();
        return;
    }
    const QList<journal::Batch> batches = m_context.journal.unfinishedBatches();
    const QLocale l;
    unfinishedTable->setRowCount(int(batches.size()));
    for (int i = 0; i < batches.size(); ++i) {
        const journal::Batch &b = batches.at(i);
        const journal::BatchCounts c = m_context.journal.batchCounts(b.id);
        auto *id = cell(QString::number(b.id));
        id->setData(Qt::UserRole, b.id);
        unfinishedTable->setItem(i, 0, id);
        unfinishedTable->setItem(i, 1, cell(b.kind == journal::Kind::Payout ? tr("Payouts") : tr("Messages")));
        unfinishedTable->setItem(i, 2, cell(b.test ? tr("%1 (test)").arg(b.code) : b.code));
        unfinishedTable->setItem(i, 3, cell(b.sourceName));
        unfinishedTable->setItem(i, 4, cell(journal::batchStateName(b.state)));
        unfinishedTable->setItem(i, 5, cell(tr("%1 of %2").arg(l.toString(c.settled()), l.toString(c.rows))));
        unfinishedTable->setItem(i, 6, cell(l.toString(b.createdAt.toLocalTime(), QLocale::ShortFormat)));
    }
    unfinishedTable->resizeColumnsToContents();
    if (!batches.isEmpty() && unfinishedTable->selectedItems().isEmpty())
        unfinishedTable->selectRow(0);
    updateLoadState();
}

bool BulkTab::exportProblems(const QString &path) const
{
    if (!m_report)
        return false;
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bulk::Check::problemsCsv(*m_report)) >= 0 && file.commit();
}

bool BulkTab::exportResults(const QString &path) const
{
    if (m_batchId <= 0 || !m_context.journal.isOpen())
        return false;
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && bulk::writeResultsCsv(m_context.journal, m_batchId, file) && file.commit();
}

void BulkTab::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && isCsvUrl(urls.first()) && page() == Page::Load)
        event->acceptProposedAction();
}

void BulkTab::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !isCsvUrl(urls.first()) || page() != Page::Load)
        return;
    event->acceptProposedAction();
    loadFile(urls.first().toLocalFile());
}

void BulkTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (page() == Page::Load && !m_starting)
        reloadUnfinished();
}

} // namespace ait::gui
