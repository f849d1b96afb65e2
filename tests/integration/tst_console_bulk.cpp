#include "core/api/profilesession.h"
#include "core/journal/journal.h"
#include "gui/bulkresultsmodel.h"
#include "gui/bulktab.h"
#include "gui/dialogs.h"
#include "gui/mainwindow.h"
#include "support/guifixture.h"
#include "support/sandboxconsole.h"
#include "support/sandboxprocess.h"

#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace ait;

// The console's Bulk page against ait-sandbox: a file loaded, checked, confirmed by its typed total
// and run to the end with the ledger agreeing; pause and resume; the read-only refusal; a message
// chunk whose answer was lost, decided by the operator; results filtered and exported.
class TestConsoleBulk : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxProcess> m_sandbox;
    std::unique_ptr<test::GuiFixture> m_f;
    std::unique_ptr<gui::MainWindow> m_window;
    QString m_profileId;
    gui::BulkTab *m_tab = nullptr;
    qint64 m_nextUser = 900200000; // users no other test of this emulator touched (per-user limits)

    // Payouts of 1, 2, … n points to n new users.
    QString payoutFile(const QString &name, int n, QList<qint64> *users)
    {
        QByteArray bytes("userKey,amount,memo\n");
        for (int i = 1; i <= n; ++i) {
            *users << m_nextUser;
            bytes += QByteArray::number(m_nextUser++) + ',' + QByteArray::number(i) + ",winner " + QByteArray::number(i) + '\n';
        }
        return m_f->writeFile(name, bytes);
    }

    // Load → check → confirm page with the typed total.
    bool loadAndConfirm(journal::Kind kind, const QString &code, const QString &path)
    {
        m_tab->newBatchButton->click();
        m_tab->kindCombo->setCurrentIndex(m_tab->kindCombo->findData(int(kind)));
        m_tab->codeEdit->setText(code);
        QSignalSpy checked(m_tab, &gui::BulkTab::checkFinished);
        if (!m_tab->loadFile(path) || !checked.wait(10000) || !m_tab->report()->ok())
            return false;
        if (!QTest::qWaitFor([&] { return m_tab->continueButton->isEnabled(); }, 5000))
            return false;
        m_tab->continueButton->click();
        return m_tab->page() == gui::BulkTab::Page::Confirm;
    }

    QHash<qint64, QList<qint64>> paidByUser(const QString &code)
    {
        QHash<qint64, QList<qint64>> paid;
        for (const QJsonValue &v : m_sandbox->ledger(QStringLiteral("payout"))) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("promotionCode")).toString() == code)
                paid[e.value(QStringLiteral("userKey")).toInteger()] << e.value(QStringLiteral("amount")).toInteger();
        }
        return paid;
    }

    int shown(const QString &outcome)
    {
        m_tab->filterCombo->setCurrentIndex(m_tab->filterCombo->findData(outcome));
        return m_tab->resultsFilter()->rowCount();
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<test::SandboxProcess>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        m_f = std::make_unique<test::GuiFixture>();
        const QString problem = test::addSandboxProfile(*m_f, *m_sandbox, QStringLiteral("Sandbox"), &m_profileId);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_f->settings.setValue(QStringLiteral("bulk/callsPerMinute"), 6000);
        m_window = std::make_unique<gui::MainWindow>(m_f->context);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(m_window->session() && m_window->session()->client());
        // The window has the page, and gives it the window's session.
        m_tab = m_window->findChild<gui::BulkTab *>();
        QVERIFY(m_tab);
        m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentWidget(m_window->findChild<QWidget *>(QStringLiteral("bulkScroll"))); // the page sits in a scroll area
        QVERIFY(m_tab->isVisible());
    }

    void cleanup()
    {
        m_sandbox->setFaults({{QStringLiteral("applyThenDrop"), 0}, {QStringLiteral("closeWithoutAnswer"), 0}, {QStringLiteral("latencyMs"), 0}});
        m_f->settings.remove(QStringLiteral("bulk/callsInFlight"));
        QCOMPARE(gui::Dialogs::pendingAnswers(), 0);
    }

    void aConfirmedFileRunsToTheEndAndTheLedgerAgrees()
    {
        QList<qint64> users;
        const QString path = payoutFile(QStringLiteral("winners.csv"), 12, &users);
        QVERIFY(loadAndConfirm(journal::Kind::Payout, QStringLiteral("BULK_PROMO"), path));
        const qint64 total = 12 * 13 / 2;

        // A wrong total keeps Run disabled; the file's total enables it.
        m_tab->typedTotalEdit->setText(QString::number(total - 1));
        QVERIFY(!m_tab->runButton->isEnabled());
        m_tab->typedTotalEdit->setText(QString::number(total + 1));
        QVERIFY(!m_tab->runButton->isEnabled());
        m_tab->typedTotalEdit->setText(QString::number(total));
        QVERIFY(m_tab->runButton->isEnabled());
        QVERIFY(paidByUser(QStringLiteral("BULK_PROMO")).isEmpty()); // nothing left before Run

        QSignalSpy finished(m_tab, &gui::BulkTab::runFinished);
        m_tab->runButton->click();
        QTRY_COMPARE(m_tab->page(), gui::BulkTab::Page::Run);
        QVERIFY(finished.wait(60000));
        const auto summary = finished.first().first().value<bulk::RunSummary>();
        QCOMPARE(summary.state, bulk::RunState::Finished);
        QVERIFY(summary.allSettled());
        QCOMPARE(m_tab->progressBar->maximum(), 12);
        QCOMPARE(m_tab->progressBar->value(), 12);
        QVERIFY(m_tab->countsLabel->text().contains(QStringLiteral("Succeeded 12")));
        QVERIFY(m_tab->runStatusLabel->text().contains(QStringLiteral("every row")));

        // The ledger: each user paid once, with the file's amount.
        const auto paid = paidByUser(QStringLiteral("BULK_PROMO"));
        QCOMPARE(paid.size(), 12);
        for (int i = 0; i < users.size(); ++i)
            QCOMPARE(paid.value(users[i]), QList<qint64>{i + 1});
        const journal::Batch batch = *m_f->journal.batch(m_tab->batchId());
        QCOMPARE(batch.state, journal::BatchState::Finished);
        QCOMPARE(batch.totalAmount, total);

        // Results: every row with its key, filtered by outcome.
        QTRY_COMPARE(m_tab->resultsModel()->rowCount(), 12);
        QCOMPARE(shown(QStringLiteral("succeeded")), 12);
        QCOMPARE(shown(QStringLiteral("failed")), 0);
        QCOMPARE(shown(QStringLiteral("pending")), 0);
        QCOMPARE(shown(QString()), 12);
        const QString key = m_tab->resultsModel()->index(0, gui::BulkResultsModel::KeyColumn).data().toString();
        QVERIFY(!key.isEmpty());

        const QString out = m_f->dir.filePath(QStringLiteral("results.csv"));
        QVERIFY(m_tab->exportResults(out));
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(exported.readAll());
        QCOMPARE(text.trimmed().split(QLatin1Char('\n')).size(), 13);
        QVERIFY(text.contains(key));
        QVERIFY(text.contains(QString::number(users.last())));

        // The same file for the same promotion is now refused by the check, saying which batch ran it.
        m_tab->newBatchButton->click();
        QSignalSpy checked(m_tab, &gui::BulkTab::checkFinished);
        QVERIFY(m_tab->loadFile(path));
        QVERIFY(checked.wait(10000));
        QVERIFY(!m_tab->report()->ok());
        QVERIFY(!m_tab->continueButton->isEnabled());
        QVERIFY(m_tab->problemsTable->item(0, 3)->text().contains(QString::number(batch.id)));
    }

    void pauseStopsNewRowsAndResumeFinishes()
    {
        // One call at a time, each answered after 150 ms: time to pause mid-run.
        m_f->settings.setValue(QStringLiteral("bulk/callsInFlight"), 1);
        m_sandbox->setFaults({{QStringLiteral("latencyMs"), 150}});
        QList<qint64> users;
        QVERIFY(loadAndConfirm(journal::Kind::Payout, QStringLiteral("BULK_PROMO"), payoutFile(QStringLiteral("slow.csv"), 20, &users)));
        m_tab->typedTotalEdit->setText(QString::number(20 * 21 / 2));
        QSignalSpy finished(m_tab, &gui::BulkTab::runFinished);
        m_tab->runButton->click();
        QTRY_VERIFY(m_tab->run() && m_tab->batchId() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_f->journal.batchCounts(m_tab->batchId()).succeeded >= 1, 30000);
        QVERIFY(m_tab->runGoing());
        QVERIFY(m_tab->pauseButton->isEnabled());
        // Quitting during a run asks first; "Keep working" leaves it running …
        QVERIFY(m_window->whatQuittingLeaves().value(0).startsWith(QStringLiteral("A bulk run is going.")));
        gui::Dialogs::setNextAnswer(QMessageBox::Cancel);
        m_window->close();
        QCOMPARE(gui::Dialogs::pendingAnswers(), 0);
        QVERIFY(m_window->isVisible());
        QVERIFY(m_tab->runGoing());
        // … and "Quit anyway" pauses it before the window closes.
        gui::Dialogs::setNextAnswer(QMessageBox::Yes);
        m_window->close();
        QVERIFY(!m_window->isVisible());
        m_window->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_tab->run() && m_tab->run()->state() == bulk::RunState::Paused, 30000);
        QVERIFY(!m_tab->runGoing());
        QVERIFY(m_tab->resumeRunButton->isEnabled());
        QVERIFY(!m_tab->pauseButton->isEnabled());
        QVERIFY(m_tab->runStatusLabel->text().contains(QStringLiteral("Paused")));
        // Paused: calls in flight have finished, so the ledger holds exactly the rows recorded as paid,
        // and rows are left.
        const journal::BatchCounts paused = m_f->journal.batchCounts(m_tab->batchId());
        QVERIFY(paused.pending > 0);
        QCOMPARE(paused.unknown, 0);
        QCOMPARE(paidByUser(QStringLiteral("BULK_PROMO")).size() - 12, paused.succeeded);
        QCOMPARE(m_f->journal.batch(m_tab->batchId())->state, journal::BatchState::Paused);
        // The journal lists it as unfinished.
        QVERIFY(!m_f->journal.unfinishedBatches().isEmpty());

        m_sandbox->setFaults({{QStringLiteral("latencyMs"), 0}});
        m_tab->resumeRunButton->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<bulk::RunSummary>().state, bulk::RunState::Finished);
        const auto paid = paidByUser(QStringLiteral("BULK_PROMO"));
        for (int i = 0; i < users.size(); ++i)
            QCOMPARE(paid.value(users[i]), QList<qint64>{i + 1});
        QVERIFY(m_f->journal.unfinishedBatches().isEmpty());
        QTRY_COMPARE(m_tab->resultsModel()->rowCount(), 20);
        QCOMPARE(shown(QStringLiteral("succeeded")), 20);
    }

    void aReadOnlyProfileIsRefusedWithTheCoresSentence()
    {
        auto profile = *m_f->profiles.profile(m_profileId);
        profile.readOnly = true;
        QVERIFY(m_f->profiles.updateProfile(profile));
        QList<qint64> users;
        QVERIFY(loadAndConfirm(journal::Kind::Payout, QStringLiteral("BULK_PROMO"), payoutFile(QStringLiteral("readonly.csv"), 2, &users)));
        m_tab->typedTotalEdit->setText(QStringLiteral("3"));
        QTRY_VERIFY(m_tab->runButton->isEnabled());
        const qint64 batchesBefore = m_f->journal.batches().size();
        m_tab->runButton->click();
        const QString sentence = api::ApiError::make(api::ApiError::Kind::ReadOnly).message;
        QTRY_VERIFY(m_tab->confirmErrorLabel->text().contains(sentence));
        QCOMPARE(m_tab->page(), gui::BulkTab::Page::Confirm);
        QCOMPARE(m_f->journal.batches().size(), batchesBefore);
        profile.readOnly = false;
        QVERIFY(m_f->profiles.updateProfile(profile));
        QTRY_VERIFY(m_window->session() && m_window->session()->client());
    }

    void aLostChunkShowsItsRecipientsAndWaitsForTheOperator()
    {
        m_f->settings.setValue(QStringLiteral("bulk/messageChunk"), 3);
        QByteArray bytes("userKey\n");
        QList<qint64> users;
        for (int i = 0; i < 5; ++i) {
            users << m_nextUser;
            bytes += QByteArray::number(m_nextUser++) + '\n';
        }
        QVERIFY(loadAndConfirm(journal::Kind::Message, QStringLiteral("demo-template"), m_f->writeFile(QStringLiteral("notice.csv"), bytes)));
        m_tab->typedTotalEdit->setText(QStringLiteral("5"));
        m_sandbox->setFaults({{QStringLiteral("applyThenDrop"), 1}, {QStringLiteral("applyThenDropPath"), QStringLiteral("/messenger/send-bulk-message")}});
        QSignalSpy finished(m_tab, &gui::BulkTab::runFinished);
        m_tab->runButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_tab->decisionBox->isVisible(), 60000);
        m_sandbox->setFaults({{QStringLiteral("applyThenDrop"), 0}});
        QCOMPARE(m_tab->decisionList->count(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_tab->decisionList->item(i)->text().contains(QString::number(users[i])));
        QVERIFY(m_tab->runGoing()); // waiting for the operator: quitting would leave it
        QVERIFY(!m_tab->pauseButton->isEnabled());
        m_tab->markSentButton->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<bulk::RunSummary>().state, bulk::RunState::Finished);
        QVERIFY(m_tab->decisionBox->isHidden());
        // Applied once: marking it sent sent nothing again.
        QHash<qint64, int> delivered;
        for (const QJsonValue &v : m_sandbox->ledger(QStringLiteral("message")))
            ++delivered[v.toObject().value(QStringLiteral("userKey")).toInteger()];
        for (qint64 user : users)
            QCOMPARE(delivered.value(user), 1);
        QTRY_COMPARE(m_tab->resultsModel()->rowCount(), 5);
        QCOMPARE(shown(QStringLiteral("succeeded")), 5);
        m_f->settings.remove(QStringLiteral("bulk/messageChunk"));
    }
};

QTEST_MAIN(TestConsoleBulk)
#include "tst_console_bulk.moc"
