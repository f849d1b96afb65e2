#include "core/bulk/csv.h"
#include "core/i18n.h"
#include "gui/bulkresultsmodel.h"
#include "gui/bulktab.h"
#include "support/guifixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStringDecoder>
#include <QTableWidget>
#include <QtTest>

using namespace ait;

// The Bulk page without the emulator: loading a file (picker path and drag and drop), the encoding
// shown and changed, the dry run's problems and totals, exporting problems, the confirmation's typed
// total, and the unfinished batches of the journal. (tst_console_bulk runs batches against ait-sandbox.)
class TestBulkTab : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::GuiFixture> m_f;
    std::unique_ptr<gui::BulkTab> m_tab;

    // Loads a file and waits for its check.
    bool load(const QString &path)
    {
        QSignalSpy checked(m_tab.get(), &gui::BulkTab::checkFinished);
        if (!m_tab->loadFile(path))
            return false;
        return checked.wait(10000);
    }

    QStringList column(QTableWidget *table, int c)
    {
        QStringList values;
        for (int r = 0; r < table->rowCount(); ++r)
            values << (table->item(r, c) ? table->item(r, c)->text() : QString());
        return values;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(i18n::install(*qApp, QStringLiteral("en")));
    }

    void init()
    {
        m_f = std::make_unique<test::GuiFixture>();
        QVERIFY(m_f->journalOpen);
        m_tab = std::make_unique<gui::BulkTab>(m_f->context);
        m_tab->resize(1000, 700);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    }

    void cleanup()
    {
        m_tab.reset();
        m_f.reset();
    }

    void aFileWithProblemsShowsEachWithItsLineAndCannotContinue()
    {
        m_tab->codeEdit->setText(QStringLiteral("EVENT_PROMO"));
        const QString path = m_f->writeFile(QStringLiteral("winners.csv"), "userKey,amount,memo\n"
                                                                  "900000001,100,ok\n"
                                                                  "abc,100,bad user\n"
                                                                  "900000002,0,zero\n"
                                                                  "900000001,50,repeat\n"
                                                                  "900000003,250,ok\n");
        QVERIFY(load(path));
        QVERIFY(m_tab->report().has_value());
        QCOMPARE(m_tab->fileEdit->text(), QDir::toNativeSeparators(path));
        // The preview holds the file's first rows as read, with their line numbers.
        QCOMPARE(m_tab->previewTable->columnCount(), 3);
        QCOMPARE(m_tab->previewTable->rowCount(), 5);
        QCOMPARE(m_tab->previewTable->item(1, 0)->text(), QStringLiteral("abc"));
        QCOMPARE(m_tab->previewTable->verticalHeaderItem(1)->text(), QStringLiteral("3"));
        QCOMPARE(m_tab->encodingCombo->currentText(), QStringLiteral("UTF-8"));
        QVERIFY(m_tab->encodingLabel->text().contains(QStringLiteral("detected")));

        // Lines 3 (userKey), 4 (amount) and 5 (repeated user), each with a sentence.
        const QStringList lines = column(m_tab->problemsTable, 0);
        QVERIFY2(lines.contains(QStringLiteral("3")) && lines.contains(QStringLiteral("4")) && lines.contains(QStringLiteral("5")),
                 qPrintable(lines.join(QLatin1Char(','))));
        for (const QString &sentence : column(m_tab->problemsTable, 3))
            QVERIFY(sentence.size() > 10);
        QVERIFY(m_tab->checkStatusLabel->text().contains(QStringLiteral("problem")));
        QVERIFY(!m_tab->continueButton->isEnabled());
        QVERIFY(m_tab->exportProblemsButton->isEnabled());

        // Exported as CSV, one line per problem.
        const QString out = m_f->dir.filePath(QStringLiteral("problems.csv"));
        QVERIFY(m_tab->exportProblems(out));
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(exported.readAll());
        QVERIFY(text.contains(QStringLiteral("abc")));
        QCOMPARE(text.trimmed().split(QLatin1Char('\n')).size(), m_tab->problemsTable->rowCount() + 1);

        // Repeats allowed: the repeated user is no longer a problem, the others still are.
        QSignalSpy checked(m_tab.get(), &gui::BulkTab::checkFinished);
        m_tab->repeatsBox->setChecked(true);
        QVERIFY(checked.wait(10000));
        QVERIFY(!column(m_tab->problemsTable, 0).contains(QStringLiteral("5")));
        QVERIFY(column(m_tab->problemsTable, 0).contains(QStringLiteral("4")));
    }

    void aCleanFileShowsItsTotalsAndTheTypedTotalMustMatch()
    {
        const QString path = m_f->writeFile(QStringLiteral("clean.csv"), "userKey;amount\r\n900000011;1200\r\n900000012;300\r\n900000013;1500\r\n");
        QVERIFY(load(path));
        QVERIFY(m_tab->report()->ok());
        QVERIFY(m_tab->problemsTable->isHidden());
        QVERIFY2(m_tab->totalsLabel->text().contains(QStringLiteral("3 rows, 3 distinct users, 3,000 points")),
                 qPrintable(m_tab->totalsLabel->text()));
        QVERIFY(m_tab->totalsLabel->text().contains(QStringLiteral("Estimated duration")));
        QVERIFY(m_tab->encodingLabel->text().contains(QStringLiteral("semicolon")));
        // No code yet: nothing to confirm.
        QVERIFY(!m_tab->continueButton->isEnabled());
        m_tab->codeEdit->setText(QStringLiteral("TEST_EVENT"));
        QVERIFY(m_tab->testLabel->isVisible());
        QTRY_VERIFY(m_tab->continueButton->isEnabled());
        m_tab->continueButton->click();
        QTRY_COMPARE(m_tab->page(), gui::BulkTab::Page::Confirm);
        QVERIFY(m_tab->summaryLabel->text().contains(QStringLiteral("3,000 points")));
        QVERIFY(m_tab->summaryLabel->text().contains(QStringLiteral("TEST")));
        QVERIFY(m_tab->summaryLabel->text().contains(QStringLiteral("1,500 calls a minute")));

        QTest::keyClicks(m_tab->typedTotalEdit, QStringLiteral("2999"));
        QVERIFY(!m_tab->runButton->isEnabled());
        QVERIFY(m_tab->confirmErrorLabel->text().contains(QStringLiteral("not the file's total")));
        m_tab->typedTotalEdit->setText(QStringLiteral("3,000"));
        QVERIFY(!m_tab->confirmErrorLabel->text().contains(QStringLiteral("not the file's total")));
        // Right total, but no profile session here: still nothing to run with.
        QVERIFY(!m_tab->runButton->isEnabled());
        QVERIFY(m_tab->runButton->toolTip().contains(QStringLiteral("profile")));
        m_tab->backButton->click();
        QCOMPARE(m_tab->page(), gui::BulkTab::Page::Load);
    }

    void messagesCountRecipients()
    {
        m_tab->kindCombo->setCurrentIndex(m_tab->kindCombo->findData(int(journal::Kind::Message)));
        QVERIFY(m_tab->repeatsBox->isHidden());
        m_tab->codeEdit->setText(QStringLiteral("notice-template"));
        QVERIFY(load(m_f->writeFile(QStringLiteral("notice.csv"), "userKey,productName\n900000021,Coffee\n900000022,Tea\n")));
        QVERIFY(m_tab->report()->ok());
        QVERIFY2(m_tab->totalsLabel->text().contains(QStringLiteral("2 recipients")), qPrintable(m_tab->totalsLabel->text()));
        QVERIFY(m_tab->totalsLabel->text().contains(QStringLiteral("productName")));
        QTRY_VERIFY(m_tab->continueButton->isEnabled());
        m_tab->continueButton->click();
        QVERIFY(m_tab->confirmPromptLabel->text().contains(QStringLiteral("recipients")));
        m_tab->typedTotalEdit->setText(QStringLiteral("3"));
        QVERIFY(m_tab->confirmErrorLabel->text().contains(QStringLiteral("number of recipients")));
    }

    void theEncodingIsDetectedShownAndChangeable()
    {
        if (!bulk::isAvailable(bulk::Encoding::Cp949))
            QSKIP("this Qt cannot decode CP949 (no ICU)");
        auto encoder = QStringEncoder("windows-949");
        QVERIFY(encoder.isValid());
        const QByteArray bytes = encoder.encode(QStringLiteral("userKey,amount,메모\n900000031,100,당첨자\n"));
        m_tab->codeEdit->setText(QStringLiteral("EVENT_PROMO"));
        QVERIFY(load(m_f->writeFile(QStringLiteral("excel.csv"), bytes)));
        QCOMPARE(m_tab->encodingCombo->currentText(), QStringLiteral("CP949"));
        QCOMPARE(m_tab->previewTable->horizontalHeaderItem(2)->text(), QStringLiteral("메모"));
        QCOMPARE(m_tab->previewTable->item(0, 2)->text(), QStringLiteral("당첨자"));
        QVERIFY(m_tab->report()->ok());

        // The operator says UTF-8: the file is read again that way, and these bytes are not UTF-8.
        QSignalSpy checked(m_tab.get(), &gui::BulkTab::checkFinished);
        const int utf8 = m_tab->encodingCombo->findData(int(bulk::Encoding::Utf8));
        m_tab->encodingCombo->setCurrentIndex(utf8);
        emit m_tab->encodingCombo->activated(utf8);
        QVERIFY(checked.wait(10000));
        QCOMPARE(m_tab->report()->encoding, bulk::Encoding::Utf8);
        QVERIFY(!m_tab->report()->ok());
        QCOMPARE(m_tab->encodingCombo->currentText(), QStringLiteral("UTF-8"));
        QVERIFY(m_tab->encodingLabel->text().contains(QStringLiteral("chosen")));
        QVERIFY(!m_tab->continueButton->isEnabled());
    }

    void aDroppedCsvIsLoaded()
    {
        const QString path = m_f->writeFile(QStringLiteral("dropped.csv"), "userKey,amount\n900000041,10\n");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = m_tab->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_tab.get(), &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy checked(m_tab.get(), &gui::BulkTab::checkFinished);
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_tab.get(), &drop);
        QVERIFY(checked.wait(10000));
        QCOMPARE(m_tab->report()->sourceName, QStringLiteral("dropped.csv"));
        QCOMPARE(m_tab->report()->totalAmount, 10);

        // Anything but one .csv file is not taken.
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(m_f->dir.filePath(QStringLiteral("notes.txt")))});
        QDragEnterEvent refused(at, Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QCoreApplication::sendEvent(m_tab.get(), &refused);
        QVERIFY(!refused.isAccepted());
    }

    void unfinishedBatchesAreListedWithResume()
    {
        QVERIFY(m_tab->unfinishedTable->rowCount() == 0);
        QVERIFY(!m_tab->resumeButton->isEnabled());
        journal::Batch b;
        b.kind = journal::Kind::Payout;
        b.profileId = QStringLiteral("p1");
        b.profileName = QStringLiteral("Live");
        b.code = QStringLiteral("EVENT_PROMO");
        b.sourceName = QStringLiteral("winners.csv");
        b.sourceSha256 = QStringLiteral("00");
        b.rowCount = 2;
        b.totalAmount = 300;
        QList<journal::Operation> rows;
        for (int i = 0; i < 2; ++i) {
            journal::Operation o;
            o.kind = journal::Kind::Payout;
            o.profileId = b.profileId;
            o.userKey = 900000051 + i;
            o.amount = 100 + 100 * i;
            o.promotionCode = b.code;
            rows << o;
        }
        const std::optional<qint64> id = m_f->journal.createBatch(b, rows);
        QVERIFY(id);
        m_tab->reloadUnfinished();
        QCOMPARE(m_tab->unfinishedTable->rowCount(), 1);
        QCOMPARE(m_tab->unfinishedTable->item(0, 0)->text(), QString::number(*id));
        QCOMPARE(m_tab->unfinishedTable->item(0, 3)->text(), QStringLiteral("winners.csv"));
        QCOMPARE(m_tab->unfinishedTable->item(0, 5)->text(), QStringLiteral("0 of 2"));
        QVERIFY(m_tab->resumeButton->isEnabled());

        // Its profile is gone: Resume says so and nothing runs.
        m_tab->resumeButton->click();
        QVERIFY(!m_tab->run());
        QVERIFY(m_tab->checkStatusLabel->text().contains(QStringLiteral("profile")));
        QCOMPARE(m_tab->page(), gui::BulkTab::Page::Load);

        QVERIFY(m_f->journal.setBatchState(*id, journal::BatchState::Stopped));
        m_tab->reloadUnfinished();
        QCOMPARE(m_tab->unfinishedTable->rowCount(), 0);
    }

    void theResultsModelFiltersByOutcome()
    {
        gui::BulkResultsModel model;
        QSortFilterProxyModel filter;
        filter.setSourceModel(&model);
        filter.setFilterKeyColumn(gui::BulkResultsModel::OutcomeColumn);
        filter.setFilterRole(Qt::UserRole);
        QList<journal::Operation> rows;
        for (int i = 1; i <= 4; ++i) {
            journal::Operation o;
            o.kind = journal::Kind::Payout;
            o.batchRow = i;
            o.userKey = 900000060 + i;
            o.amount = 10;
            rows << o;
        }
        model.clear(journal::Kind::Payout);
        model.append(rows);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.outcomeAt(0), bulk::RowOutcome::Class::Pending);
        bulk::RowResult paid;
        paid.row = 2;
        paid.state = journal::State::Succeeded;
        bulk::RowResult refused;
        refused.row = 3;
        refused.state = journal::State::Failed;
        refused.partnerCode = QStringLiteral("4100");
        model.update({paid, refused});
        QCOMPARE(model.outcomeAt(1), bulk::RowOutcome::Class::Succeeded);
        QCOMPARE(model.outcomeAt(2), bulk::RowOutcome::Class::Failed);
        QCOMPARE(model.index(2, gui::BulkResultsModel::PartnerCodeColumn).data().toString(), QStringLiteral("4100"));
        QVERIFY(!model.index(2, gui::BulkResultsModel::ExplanationColumn).data().toString().isEmpty());
        filter.setFilterRegularExpression(QRegularExpression(QStringLiteral("^pending$")));
        QCOMPARE(filter.rowCount(), 2);
        filter.setFilterRegularExpression(QRegularExpression(QStringLiteral("^failed$")));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, gui::BulkResultsModel::RowColumn).data().toInt(), 3);
    }
};

QTEST_MAIN(TestBulkTab)
#include "tst_bulktab.moc"
