#pragma once

#include "appcontext.h"

#include "core/bulk/bulkservice.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace ait::api {
class ProfileSession;
}

namespace ait::gui {

class BulkResultsModel;

// Bulk payouts and messages from a CSV file (issue 13), on the core's engine (bulk::BulkService):
// Load (picker or drag and drop, encoding shown and changeable, first rows previewed) → Check (a dry
// run: problems with their lines, totals) → Confirm (the operator types the total) → Run (progress,
// Pause / Resume / Stop, the operator's decision on messages whose answer was lost) → Results (per
// row, filtered, exported). Unfinished batches from the journal are listed with Resume. The run
// works on its own thread; this page only shows its signals.
class BulkTab : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Load, Confirm, Run };

    explicit BulkTab(AppContext &context, QWidget *parent = nullptr);
    ~BulkTab() override;

    void setSession(ait::api::ProfileSession *session);

    // Reads a file and checks it (in the background; checkFinished() follows).
    bool loadFile(const QString &path);
    bool exportProblems(const QString &path) const;
    bool exportResults(const QString &path) const;
    // Resumes an unfinished batch of the journal (the one selected in the list when 0).
    void resumeBatch(qint64 batchId = 0);
    void reloadUnfinished();

    Page page() const;
    const std::optional<bulk::CheckReport> &report() const { return m_report; }
    qint64 batchId() const { return m_batchId; }
    bulk::BulkRun *run() const { return m_run; }
    BulkResultsModel *resultsModel() const { return m_results; }
    QSortFilterProxyModel *resultsFilter() const { return m_filter; }

    // For the window: a run is working (quitting would leave it unfinished) …
    bool runGoing() const;
    // … and pausing it before the window closes (calls in flight finish on the run's thread).
    void pauseForQuit();

    // Load and check
    QComboBox *kindCombo, *encodingCombo;
    QLineEdit *codeEdit, *fileEdit;
    QPushButton *browseButton, *exportProblemsButton, *continueButton;
    QCheckBox *repeatsBox;
    QLabel *encodingLabel, *testLabel, *totalsLabel, *checkStatusLabel;
    QTableWidget *previewTable, *problemsTable;
    QTableWidget *unfinishedTable;
    QPushButton *resumeButton;
    // Confirm
    QLabel *summaryLabel, *confirmPromptLabel, *confirmErrorLabel;
    QLineEdit *typedTotalEdit;
    QPushButton *backButton, *runButton;
    // Run and results
    QLabel *runTitleLabel, *countsLabel, *paceLabel, *timeLeftLabel, *runStatusLabel;
    QProgressBar *progressBar;
    QPushButton *pauseButton, *resumeRunButton, *stopButton, *newBatchButton, *exportResultsButton;
    QGroupBox *decisionBox;
    QLabel *decisionLabel;
    QListWidget *decisionList;
    QPushButton *sendAgainButton, *markSentButton, *markNotSentButton;
    QComboBox *filterCombo;
    QTableView *resultsView;

signals:
    void checkFinished();
    void runFinished(const ait::bulk::RunSummary &summary);

protected:
    void dragEnterEvent(class QDragEnterEvent *event) override;
    void dropEvent(class QDropEvent *event) override;
    void showEvent(class QShowEvent *event) override;

private:
    QWidget *buildLoadPage();
    QWidget *buildConfirmPage();
    QWidget *buildRunPage();
    void showPage(Page page);
    bulk::CheckOptions checkOptions() const;
    journal::Kind kind() const;
    void recheck();
    void showReport();
    void showPreview();
    void updateLoadState();
    void openConfirm();
    void updateConfirmState();
    std::optional<qint64> typedTotal() const;
    void startRun();
    // Reads the identity of a profile from the keychain and builds a run's request.
    void buildRequest(const QString &profileId, const QString &fingerprint, std::function<void(std::optional<bulk::RunRequest>, QString)> then);
    void attach(bulk::BulkRun *run, const QString &title, journal::Kind kind);
    void showProgress(const bulk::Progress &progress);
    void showState(bulk::RunState state);
    void showDecision(const bulk::PendingDecision &decision);
    void decide(bulk::Decision decision);
    void finishedRun(const bulk::RunSummary &summary);
    void loadResults(qint64 batchId);
    void updateRunButtons();

    AppContext &m_context;
    QPointer<ait::api::ProfileSession> m_session;
    QStackedWidget *m_pages = nullptr;

    QByteArray m_bytes;      // the file as read
    QString m_sourceName;    // its name, without the folder
    std::optional<bulk::Encoding> m_chosenEncoding; // the operator's choice; detected when empty
    class QTimer *m_recheckDelay = nullptr; // a code being typed is checked when typing pauses
    int m_checkGeneration = 0; // a check started later makes an earlier one's answer stale
    bool m_checking = false;
    std::optional<bulk::CheckReport> m_report;
    bulk::CheckOptions m_reportOptions; // what m_report was checked with

    QPointer<bulk::BulkRun> m_run;
    qint64 m_batchId = 0;
    journal::Kind m_runKind = journal::Kind::Payout;
    bool m_starting = false;  // reading the identity before a run
    BulkResultsModel *m_results = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    int m_resultsGeneration = 0;
};

} // namespace ait::gui
