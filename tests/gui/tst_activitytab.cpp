#include "core/i18n.h"
#include "gui/activitymodel.h"
#include "gui/activitytab.h"
#include "gui/dialogs.h"
#include "gui/mainwindow.h"
#include "support/guifixture.h"
#include "support/syntheticjournal.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QScrollBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QtTest>

using namespace ait;
using journal::Kind;
using journal::State;

class TestActivityTab : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::GuiFixture> m_f;
    qint64 m_unknown = 0;

    qint64 add(Kind kind, const QString &target, State end, const QString &reason = {})
    {
        journal::Operation op;
        op.kind = kind;
        op.profileId = QStringLiteral("p1");
        op.profileName = QStringLiteral("Live");
        op.userKey = 443731103;
        op.amount = 1000;
        op.reason = reason;
        if (kind == Kind::Refund) {
            op.payToken = target;
            op.idempotencyKey = target;
        } else {
            op.promotionCode = target;
        }
        const qint64 id = *m_f->journal.recordIntent(op);
        if (end != State::Intent) {
            m_f->journal.markSent(id);
            m_f->journal.markOutcome(id, end);
        }
        return id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(i18n::install(*qApp, QStringLiteral("en"))); // English plural forms
    }

    void init()
    {
        m_f = std::make_unique<test::GuiFixture>();
        QVERIFY(m_f->journalOpen);
        add(Kind::Refund, QStringLiteral("pt-ok"), State::Succeeded, QStringLiteral("고객 요청"));
        m_unknown = add(Kind::Refund, QStringLiteral("pt-lost"), State::Unknown, QStringLiteral("=HYPERLINK(\"x\")"));
        add(Kind::Payout, QStringLiteral("DEMO_PROMO"), State::Succeeded);
    }

    void listsAndFilters()
    {
        gui::ActivityTab tab(m_f->context);
        QCOMPARE(tab.model->rowCount(), 3);
        tab.kindFilter->setCurrentIndex(tab.kindFilter->findData(int(Kind::Payout)));
        QCOMPARE(tab.model->rowCount(), 1);
        tab.kindFilter->setCurrentIndex(0);
        tab.textFilter->setText(QStringLiteral("pt-ok"));
        QCOMPARE(tab.model->rowCount(), 1);
        tab.textFilter->clear();
        tab.openOnlyBox->setChecked(true);
        QCOMPARE(tab.model->rowCount(), 1);
        QCOMPARE(tab.model->index(0, 2).data().toString(), QStringLiteral("Outcome unknown"));
        QCOMPARE(tab.model->index(0, 0).data(Qt::BackgroundRole).value<QBrush>().color(), QColor(0xfe, 0xf7, 0xe0)); // highlighted
        QVERIFY(tab.details->toPlainText().contains(QStringLiteral("pt-lost")));
        QVERIFY(tab.reconcileButton->isEnabled());
        // Its history from the audit trail, in order: recorded, sent, outcome unknown.
        const QString text = tab.details->toPlainText();
        const qsizetype history = text.indexOf(QStringLiteral("History:"));
        QVERIFY2(history >= 0, qPrintable(text));
        const qsizetype recorded = text.indexOf(QStringLiteral("recorded before sending"), history);
        const qsizetype sent = text.indexOf(QStringLiteral("sent ·"), recorded);
        const qsizetype unknown = text.indexOf(QStringLiteral("outcome unknown ·"), sent);
        QVERIFY2(recorded > history && sent > recorded && unknown > sent, qPrintable(text));
    }

    void reconcileNeedsTheRightProfile()
    {
        gui::ActivityTab tab(m_f->context);
        tab.selectOperation(m_unknown);
        tab.reconcileButton->click();
        QVERIFY(tab.messageLabel->text().contains(QStringLiteral("Switch to profile \"Live\"")));
        QCOMPARE(m_f->journal.find(m_unknown)->state, State::Unknown);
    }

    void anUnknownMessageIsSettledByTheOperator()
    {
        const qint64 message = add(Kind::Message, QString(), State::Unknown);
        gui::ActivityTab tab(m_f->context);
        tab.selectOperation(message);
        QVERIFY(tab.reconcileButton->isEnabled()); // no session needed: nothing is looked up
        gui::Dialogs::setNextAnswer(QMessageBox::Cancel);
        tab.reconcileButton->click();
        QVERIFY(gui::Dialogs::lastQuestion().contains(QStringLiteral("443731103")));
        QStringList buttons;
        for (const auto &choice : gui::Dialogs::lastAsked().choices)
            buttons << choice.text;
        QCOMPARE(buttons, (QStringList{QStringLiteral("It arrived"), QStringLiteral("It did not arrive"), QStringLiteral("Cancel")}));
        QCOMPARE(m_f->journal.find(message)->state, State::Unknown);
        gui::Dialogs::setNextAnswer(QMessageBox::No);
        tab.reconcileButton->click();
        const journal::Operation row = *m_f->journal.find(message);
        QCOMPARE(row.state, State::Reconciled);
        QVERIFY(!row.applied);
        QCOMPARE(row.responseDigest, QStringLiteral("checked by the operator"));
        QVERIFY(tab.messageLabel->text().contains(QStringLiteral("not applied")));
    }

    void filtersByProfileAndDate()
    {
        auto profile = m_f->profiles.createProfile(QStringLiteral("Other"), profiles::Environment::Live);
        QVERIFY(profile);
        journal::Operation other;
        other.kind = Kind::Payout;
        other.profileId = profile->id;
        other.profileName = profile->name;
        other.promotionCode = QStringLiteral("OTHER_PROMO");
        QVERIFY(m_f->journal.recordIntent(other));
        gui::ActivityTab tab(m_f->context);
        QCOMPARE(tab.model->rowCount(), 4);
        // Profiles come from the profile store; rows are matched by profile id, not by name.
        QCOMPARE(tab.profileFilter->count(), 2);
        QCOMPARE(tab.profileFilter->itemText(1), QStringLiteral("Other"));
        tab.profileFilter->setCurrentIndex(1);
        QCOMPARE(tab.model->rowCount(), 1);
        QVERIFY(tab.model->index(0, 4).data().toString().contains(QStringLiteral("OTHER_PROMO")));
        tab.profileFilter->setCurrentIndex(0);
        QCOMPARE(tab.model->rowCount(), 4);

        QVERIFY(!tab.fromDate->isEnabled());
        tab.datesBox->setChecked(true);
        QVERIFY(tab.fromDate->isEnabled());
        const QDate today = QDateTime::currentDateTime().date();
        tab.fromDate->setDate(today);
        tab.toDate->setDate(today);
        QCOMPARE(tab.model->rowCount(), 4); // both days included
        tab.fromDate->setDate(today.addDays(1));
        tab.toDate->setDate(today.addDays(3));
        QCOMPARE(tab.model->rowCount(), 0);
        tab.datesBox->setChecked(false);
        QCOMPARE(tab.model->rowCount(), 4);
    }

    // File pickers open in Documents (home when there is none), then in the folder last used, kept
    // in the settings: never the process's working directory (issue 14 item 27).
    void filePickersStartInDocumentsThenTheLastFolder()
    {
        test::GuiFixture f;
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString expectedFirst = QFileInfo(documents).isDir() ? documents : QDir::homePath();
        QVERIFY(expectedFirst != QDir::currentPath());
        gui::ActivityTab tab(f.context);
        QTemporaryDir elsewhere;
        const QString file = QDir(elsewhere.path()).filePath(QStringLiteral("activity.csv"));
        gui::Dialogs::setNextFileName(file);
        tab.exportButton->click();
        QCOMPARE(gui::Dialogs::lastStartFolder(), expectedFirst);
        QVERIFY(QFileInfo::exists(file));
        gui::Dialogs::setNextFileName(QString()); // cancelled: remembers nothing
        tab.exportButton->click();
        QCOMPARE(gui::Dialogs::lastStartFolder(), QFileInfo(file).absolutePath());
        QCOMPARE(f.settings.value(QStringLiteral("ui/lastFolder")).toString(), QFileInfo(file).absolutePath());
        gui::Dialogs::setNextFileName(QString());
        tab.exportButton->click();
        QCOMPARE(gui::Dialogs::lastStartFolder(), QFileInfo(file).absolutePath());
    }

    void exportsCsvSafely()
    {
        gui::ActivityTab tab(m_f->context);
        const QString file = m_f->dir.filePath(QStringLiteral("activity.csv"));
        gui::Dialogs::setNextFileName(file);
        tab.exportButton->click();
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFid,created_utc,kind,state")); // BOM, so spreadsheets read UTF-8
        QVERIFY(bytes.contains(",promotion_code,template_code,amount,"));
        const QString text = QString::fromUtf8(bytes);
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(text.contains(QStringLiteral("\"고객 요청\"")));
        // A formula in a reason is neutralised and quotes are doubled.
        QVERIFY(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"")));
        QVERIFY(tab.messageLabel->text().contains(QStringLiteral("3 operations")));
    }

    // The applied column says what the operation did: 1 for succeeded and reconciled-as-applied,
    // 0 for failed and reconciled-as-not-applied, empty while nobody knows.
    void csvAppliedSaysWhatHappened()
    {
        const qint64 failed = add(Kind::Refund, QStringLiteral("pt-failed"), State::Failed);
        const qint64 applied = add(Kind::Refund, QStringLiteral("pt-rec-yes"), State::Unknown);
        const qint64 notApplied = add(Kind::Refund, QStringLiteral("pt-rec-no"), State::Unknown);
        QVERIFY(m_f->journal.markReconciled(applied, true));
        QVERIFY(m_f->journal.markReconciled(notApplied, false));
        gui::ActivityTab tab(m_f->context);
        QMap<QString, QString> appliedByTarget;
        const QStringList lines = tab.csv().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        const QStringList header = lines.first().split(QLatin1Char(','));
        const int appliedColumn = int(header.indexOf(QStringLiteral("applied")));
        const int payTokenColumn = int(header.indexOf(QStringLiteral("pay_token")));
        const int promotionColumn = int(header.indexOf(QStringLiteral("promotion_code")));
        QVERIFY(appliedColumn >= 0 && payTokenColumn >= 0);
        for (const QString &line : lines.mid(1)) {
            const QStringList fields = line.mid(1, line.size() - 2).split(QStringLiteral("\",\"")); // no commas in these rows
            const QString target = fields[payTokenColumn].isEmpty() ? fields[promotionColumn] : fields[payTokenColumn];
            appliedByTarget.insert(target, fields[appliedColumn]);
        }
        QCOMPARE(appliedByTarget.value(QStringLiteral("pt-ok")), QStringLiteral("1"));
        QCOMPARE(appliedByTarget.value(QStringLiteral("DEMO_PROMO")), QStringLiteral("1"));
        QCOMPARE(appliedByTarget.value(QStringLiteral("pt-rec-yes")), QStringLiteral("1"));
        QCOMPARE(appliedByTarget.value(QStringLiteral("pt-failed")), QStringLiteral("0"));
        QCOMPARE(appliedByTarget.value(QStringLiteral("pt-rec-no")), QStringLiteral("0"));
        QCOMPARE(appliedByTarget.value(QStringLiteral("pt-lost"), QStringLiteral("missing")), QString()); // not known yet
        Q_UNUSED(failed);
    }

    // An empty list says what the filters hide, never that nothing was ever sent.
    void anEmptyListSaysWhatTheFiltersHide()
    {
        gui::ActivityTab tab(m_f->context);
        auto *clear = tab.findChild<QPushButton *>(QStringLiteral("clearFiltersButton"));
        QVERIFY(clear);
        QVERIFY(!clear->isEnabled());
        tab.textFilter->setText(QStringLiteral("nothing-like-this"));
        QCOMPARE(tab.model->rowCount(), 0);
        QVERIFY2(tab.details->toPlainText().contains(QStringLiteral("No operation matches these filters")),
                 qPrintable(tab.details->toPlainText()));
        QVERIFY(!tab.details->toPlainText().contains(QStringLiteral("has been sent from this computer yet")));
        QVERIFY(clear->isEnabled());
        clear->click();
        QCOMPARE(tab.model->rowCount(), 3);
        QVERIFY(tab.textFilter->text().isEmpty());

        // Reconciling the last unresolved row with "Unresolved only" ticked.
        tab.openOnlyBox->setChecked(true);
        QCOMPARE(tab.model->rowCount(), 1);
        QVERIFY(m_f->journal.markReconciled(m_unknown, false));
        tab.reload();
        QCOMPARE(tab.model->rowCount(), 0);
        QVERIFY(tab.details->toPlainText().contains(QStringLiteral("No operation matches these filters")));

        // With nothing on record at all, it says so.
        test::GuiFixture empty;
        gui::ActivityTab fresh(empty.context);
        QVERIFY(fresh.details->toPlainText().contains(QStringLiteral("has been sent from this computer yet")));
    }

    // The journal's codes and records in words; the codes behind them in a tooltip and the details
    // (issue 14 item 10); times with four-digit years (item 16).
    void codesAndAnswersInWords()
    {
        journal::Operation message;
        message.kind = Kind::Message;
        message.profileId = QStringLiteral("p1");
        message.userKey = 443731104;
        message.templateCode = QStringLiteral("demo-template");
        const qint64 delivered = *m_f->journal.recordIntent(message);
        QVERIFY(m_f->journal.markSent(delivered));
        QVERIFY(m_f->journal.markOutcome(delivered, State::Succeeded, {}, QStringLiteral("push=1 inbox=1 failures=0")));
        const qint64 dns = *m_f->journal.recordIntent(message);
        QVERIFY(m_f->journal.markOutcome(dns, State::Failed, QStringLiteral("dns")));
        const qint64 lost = *m_f->journal.recordIntent(message);
        QVERIFY(m_f->journal.markSent(lost));
        QVERIFY(m_f->journal.markOutcome(lost, State::Unknown, {}, QStringLiteral("outcome-unknown")));

        gui::ActivityTab tab(m_f->context);
        tab.selectOperation(delivered);
        QVERIFY2(tab.details->toPlainText().contains(QStringLiteral("push 1 · inbox 1 · not delivered 0")), qPrintable(tab.details->toPlainText()));
        tab.selectOperation(dns);
        const int row = tab.table->currentIndex().row();
        QCOMPARE(tab.model->index(row, 7).data().toString(), QStringLiteral("server name not found (DNS)"));
        QVERIFY(tab.model->index(row, 7).data(Qt::ToolTipRole).toString().contains(QStringLiteral("dns")));
        tab.selectOperation(lost);
        QVERIFY(tab.details->toPlainText().contains(QStringLiteral("Answer: outcome unknown")));
        QVERIFY(!tab.details->toPlainText().contains(QStringLiteral("Response: outcome-unknown")));

        static const QRegularExpression fourDigitYear(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"));
        QVERIFY2(fourDigitYear.match(tab.model->index(0, 0).data().toString()).hasMatch(), qPrintable(tab.model->index(0, 0).data().toString()));
        QVERIFY(tab.fromDate->displayFormat().contains(QStringLiteral("yyyy")));
        QVERIFY(tab.details->toPlainText().contains(QRegularExpression(QStringLiteral("Created: \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} \\S+"))));
    }

    // A big journal is read a page at a time: opening shows one page, scrolling to the bottom reads
    // the next, and the model never holds more than its window of operations (issue 15).
    void pagesAreReadAsTheViewScrolls()
    {
        QVERIFY(test::fillSynthetic(m_f->journal, 3 * gui::ActivityModel::DefaultPageSize + 5, 11));
        const int all = 3 * gui::ActivityModel::DefaultPageSize + 5 + 3;
        gui::ActivityTab tab(m_f->context);
        tab.resize(900, 600);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        const int page = tab.model->pageSize();
        QCOMPARE(tab.model->rowCount(), page);
        QVERIFY(tab.model->canFetchMore({}));
        QVERIFY(tab.countLabel->text().contains(QStringLiteral("more below")));
        QCoreApplication::processEvents(); // layout and paint do not read further
        QCOMPARE(tab.model->rowCount(), page);
        QScrollBar *bar = tab.table->verticalScrollBar();
        bar->setValue(bar->maximum());
        QCOMPARE(tab.model->rowCount(), 2 * page); // one more page, no more
        for (int pages = 3; pages <= 4; ++pages) {
            QTRY_VERIFY(bar->maximum() > bar->value()); // the view has laid out the new rows
            bar->setValue(bar->maximum());
            QCOMPARE(tab.model->rowCount(), std::min(pages * page, all));
        }
        QVERIFY(!tab.model->canFetchMore({}));
        QVERIFY(tab.model->cachedOperations() <= 8 * page);
        // The oldest ones are the fixture's three, newest first as everywhere.
        QVERIFY(tab.model->index(all - 1, gui::ActivityModel::Target).data().toString().contains(QStringLiteral("pt-ok")));
        // A row outside the window is read again when it is shown.
        QCOMPARE(tab.model->operation(0)->id, m_f->journal.lastId());
        // Selecting an operation further down reads the pages up to it.
        tab.textFilter->setText(QStringLiteral("pt-"));
        tab.clearFilters(); // a new filter starts from one page again
        QCOMPARE(tab.model->rowCount(), page);
        tab.selectOperation(1);
        QCOMPARE(tab.model->rowCount(), all);
        QCOMPARE(tab.model->index(tab.table->currentIndex().row(), 0).data(gui::ActivityModel::OperationIdRole).toLongLong(), 1);
    }

    // Mine is what the operator on record recorded (the console's operator name on this computer's
    // journal); Team is everyone's, and says who in the Operator column.
    void mineAndTeam()
    {
        int n = 0;
        for (const QString &who : {QStringLiteral("kim"), QStringLiteral("lee"), QStringLiteral("kim")}) {
            journal::Operation op;
            op.kind = Kind::Payout;
            op.operatorName = who;
            op.promotionCode = QStringLiteral("PROMO_%1_%2").arg(who).arg(++n); // one open payout per target
            QVERIFY(m_f->journal.recordIntent(op));
        }
        m_f->settings.setValue(QStringLiteral("operator/name"), QStringLiteral("kim"));
        gui::ActivityTab tab(m_f->context);
        QCOMPARE(tab.mine(), QStringLiteral("kim"));
        QCOMPARE(tab.model->rowCount(), 6);
        QCOMPARE(tab.model->headerData(gui::ActivityModel::Operator, Qt::Horizontal).toString(), QStringLiteral("Operator"));
        QCOMPARE(tab.model->index(0, gui::ActivityModel::Operator).data().toString(), QStringLiteral("kim"));
        QCOMPARE(tab.model->index(1, gui::ActivityModel::Operator).data().toString(), QStringLiteral("lee"));
        tab.scopeFilter->setCurrentIndex(1);
        QVERIFY(tab.filtersActive());
        QCOMPARE(tab.model->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(tab.model->index(row, gui::ActivityModel::Operator).data().toString(), QStringLiteral("kim"));
        // With no name given, Mine is what this computer's user recorded without one.
        m_f->settings.remove(QStringLiteral("operator/name"));
        tab.reload();
        QCOMPARE(tab.model->rowCount(), 3); // the fixture's three
        tab.clearFilters();
        QCOMPARE(tab.scopeFilter->currentIndex(), 0);
        QCOMPARE(tab.model->rowCount(), 6);
    }

    // Reading the first page again keeps the selection on its operation, shows new ones on top and
    // drops the ones that no longer match.
    void aRefreshKeepsTheSelection()
    {
        gui::ActivityTab tab(m_f->context);
        tab.openOnlyBox->setChecked(false);
        tab.selectOperation(m_unknown);
        const int before = tab.table->currentIndex().row();
        const qint64 added = add(Kind::Refund, QStringLiteral("pt-new"), State::Unknown);
        tab.reload();
        QCOMPARE(tab.model->rowCount(), 4);
        QCOMPARE(tab.model->index(0, 0).data(gui::ActivityModel::OperationIdRole).toLongLong(), added);
        QCOMPARE(tab.table->currentIndex().row(), before + 1);
        QCOMPARE(tab.table->currentIndex().data(gui::ActivityModel::OperationIdRole).toLongLong(), m_unknown);
        tab.openOnlyBox->setChecked(true);
        tab.selectOperation(m_unknown);
        QCOMPARE(tab.model->rowCount(), 2);
        QVERIFY(m_f->journal.markReconciled(added, true));
        tab.reload();
        QCOMPARE(tab.model->rowCount(), 1);
        QCOMPARE(tab.table->currentIndex().data(gui::ActivityModel::OperationIdRole).toLongLong(), m_unknown);
    }

    // Another process writing this computer's journal (ait-cli, a second console): Activity sees it
    // through the file, not through this process's Journal object, within the 2 s it may wait.
    void anotherProcessesOperationsShowUp()
    {
        gui::ActivityTab tab(m_f->context);
        QCOMPARE(tab.model->rowCount(), 3);
        QProcess helper;
        helper.start(QStringLiteral(AIT_CRASH_HELPER),
                     {m_f->journal.path(), QStringLiteral("--intents"), QStringLiteral("2"), QStringLiteral("--tag"), QStringLiteral("elsewhere")});
        QVERIFY(helper.waitForStarted());
        QTRY_VERIFY(helper.canReadLine());
        QCOMPARE(helper.readLine().trimmed(), QByteArray("ready"));
        helper.write("go\n");
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitCode(), 0);
        QCOMPARE(tab.model->rowCount(), 3); // not polled: it comes from the file's change
        QTRY_COMPARE_WITH_TIMEOUT(tab.model->rowCount(), 5, gui::ActivityTab::MinRefreshMs + 3000);
        QVERIFY(tab.model->index(0, gui::ActivityModel::Target).data().toString().contains(QStringLiteral("elsewhere-")));
    }

    // A large export runs in slices with a progress dialog, the window free meanwhile; Cancel leaves
    // no file behind.
    void aLargeExportRunsInSlicesAndCanBeCancelled()
    {
        QVERIFY(test::fillSynthetic(m_f->journal, 60000, 5));
        gui::ActivityTab tab(m_f->context);
        const QString file = m_f->dir.filePath(QStringLiteral("big.csv"));
        gui::Dialogs::setNextFileName(file);
        tab.exportButton->click();
        QVERIFY(tab.exporting()); // not done within the click
        QVERIFY(!tab.exportButton->isEnabled());
        auto *progress = tab.findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
        QVERIFY(progress);
        progress->cancel();
        QTRY_VERIFY(!tab.exporting());
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(tab.messageLabel->text().contains(QStringLiteral("cancelled")));

        gui::Dialogs::setNextFileName(file);
        tab.exportButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(!tab.exporting(), 60000);
        QVERIFY2(tab.messageLabel->text().contains(QStringLiteral("60003 operations")), qPrintable(tab.messageLabel->text()));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        int lines = 0;
        while (!f.atEnd()) {
            f.readLine();
            ++lines;
        }
        QCOMPARE(lines, 60003 + 1);
        QVERIFY(tab.exportButton->isEnabled());
    }

    void openActivityFromTheBannerShowsTheUnresolvedWhateverWasTyped()
    {
        gui::MainWindow window(m_f->context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        gui::ActivityTab *tab = window.activityTab();
        tab->textFilter->setText(QStringLiteral("pt-ok"));
        tab->kindFilter->setCurrentIndex(tab->kindFilter->findData(int(Kind::Payout)));
        QCOMPARE(tab->model->rowCount(), 0);
        window.findChild<QPushButton *>(QStringLiteral("openActivityButton"))->click();
        QCOMPARE(window.currentTab(), gui::MainWindow::Tab::Activity);
        QVERIFY(tab->openOnlyBox->isChecked());
        QVERIFY(tab->textFilter->text().isEmpty());
        QCOMPARE(tab->kindFilter->currentIndex(), 0);
        QCOMPARE(tab->model->rowCount(), 1);
        QVERIFY(tab->details->toPlainText().contains(QStringLiteral("pt-lost")));
    }

    // The unknown-outcome notice appears and clears without moving the tabs (issue 14 item 14).
    void theNoticeMovesNothing()
    {
        gui::MainWindow window(m_f->context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        auto *banner = window.findChild<QWidget *>(QStringLiteral("unresolvedBanner"));
        QVERIFY(banner->isVisible());
        const QPoint at = tabs->mapTo(&window, QPoint(0, 0));
        QVERIFY(m_f->journal.markReconciled(m_unknown, false));
        QTRY_VERIFY(!banner->isVisible());
        QCoreApplication::sendPostedEvents();
        QCOMPARE(tabs->mapTo(&window, QPoint(0, 0)), at);
        add(Kind::Refund, QStringLiteral("pt-lost-again"), State::Unknown);
        QTRY_VERIFY(banner->isVisible());
        QCoreApplication::sendPostedEvents();
        QCOMPARE(tabs->mapTo(&window, QPoint(0, 0)), at);
    }

    // English grammar follows the count.
    void theBannerSpeaksInTheRightNumber()
    {
        gui::MainWindow window(m_f->context);
        const QString one = window.findChild<QLabel *>(QStringLiteral("unresolvedLabel"))->text();
        QVERIFY2(one.startsWith(QStringLiteral("1 operation has no known outcome")) && one.contains(QStringLiteral("Reconcile it "))
                     && !one.contains(QStringLiteral("them")),
                 qPrintable(one));
        add(Kind::Refund, QStringLiteral("pt-lost-2"), State::Unknown);
        const QString two = window.findChild<QLabel *>(QStringLiteral("unresolvedLabel"))->text();
        QVERIFY2(two.startsWith(QStringLiteral("2 operations have no known outcome")) && two.contains(QStringLiteral("Reconcile them ")),
                 qPrintable(two));
    }

    void unresolvedOperationsAreAnnouncedAtStartUp()
    {
        gui::MainWindow window(m_f->context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<QWidget *>(QStringLiteral("unresolvedBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("unresolvedLabel"))->text().contains(QStringLiteral("1 operation")));
        window.findChild<QPushButton *>(QStringLiteral("openActivityButton"))->click();
        QCOMPARE(window.currentTab(), gui::MainWindow::Tab::Activity);
        QCOMPARE(window.activityTab()->model->rowCount(), 1);

        m_f->journal.markReconciled(m_unknown, false);
        gui::MainWindow later(m_f->context);
        later.show();
        QVERIFY(QTest::qWaitForWindowExposed(&later));
        QVERIFY(!later.findChild<QWidget *>(QStringLiteral("unresolvedBanner"))->isVisible());
    }
};

QTEST_MAIN(TestActivityTab)
#include "tst_activitytab.moc"
