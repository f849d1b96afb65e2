#include "core/journal/journalexport.h"
#include "core/journal/journalpager.h"
#include "support/syntheticjournal.h"

#include <QBuffer>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace ait;
using journal::ActivityFilter;
using journal::Journal;
using journal::JournalPager;
using journal::Kind;
using journal::State;

// Activity's paging (issue 15, "a million operations"): every page together is exactly what the
// old whole-journal query returned, whatever the filter, and a streamed export writes the same CSV.
class TestJournalPager : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;

    static QList<qint64> ids(const QList<journal::Operation> &operations)
    {
        QList<qint64> result;
        for (const journal::Operation &o : operations)
            result << o.id;
        return result;
    }

    // Every page after another, `pageSize` at a time.
    QList<journal::Operation> allPages(const ActivityFilter &filter, int pageSize, int *pages = nullptr)
    {
        JournalPager pager(*m_journal);
        QList<journal::Operation> result;
        qint64 cursor = 0;
        int count = 0;
        for (;;) {
            const JournalPager::Page page = pager.page(filter, cursor, pageSize);
            [&] { QVERIFY2(page.ok, qPrintable(pager.lastError())); }();
            ++count;
            result << page.operations;
            if (!page.more)
                break;
            cursor = page.operations.last().id;
        }
        if (pages)
            *pages = count;
        return result;
    }

    // What Journal::query gave Activity before, with Activity's own filters applied after it.
    QList<journal::Operation> oldWay(const ActivityFilter &filter)
    {
        QList<journal::Operation> rows = m_journal->query(filter.filter);
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [&](const journal::Operation &o) {
                                      return (filter.openOnly && !o.isOpen())
                                          || (filter.operatorName && o.operatorName != *filter.operatorName)
                                          || (filter.operatorName && filter.operatorName->isEmpty() && !filter.osUser.isEmpty()
                                              && o.osUser != filter.osUser);
                                  }),
                   rows.end());
        return rows;
    }

private slots:
    void initTestCase()
    {
        m_journal = std::make_unique<Journal>(m_dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(m_journal->open());
        QString error;
        QVERIFY2(test::fillSynthetic(*m_journal, 3000, 7, &error, 8), qPrintable(error));
    }

    void everyRowOnceAcrossPagesWhileOthersAreRecorded()
    {
        JournalPager pager(*m_journal);
        const qint64 newestBefore = m_journal->lastId();
        QList<qint64> seen;
        qint64 cursor = 0;
        for (int n = 0;; ++n) {
            const JournalPager::Page page = pager.page({}, cursor, 128);
            QVERIFY(page.ok);
            QVERIFY(page.operations.size() <= 128);
            seen << ids(page.operations);
            // Someone records an operation between two pages: it is newer than the cursor, so it
            // neither shifts the pages nor shows twice.
            journal::Operation op;
            op.kind = Kind::Refund;
            op.payToken = QStringLiteral("concurrent-%1").arg(n);
            QVERIFY(m_journal->recordIntent(op));
            if (!page.more)
                break;
            cursor = page.operations.last().id;
        }
        QCOMPARE(QSet<qint64>(seen.begin(), seen.end()).size(), seen.size()); // no row twice
        QCOMPARE(seen.size(), 3000);                                             // none missing
        QCOMPARE(seen.first(), newestBefore);
        QVERIFY(std::is_sorted(seen.rbegin(), seen.rend()));
        // The ones recorded meanwhile are there from the top, for the next look.
        const JournalPager::Page top = pager.since({}, newestBefore + 1, 1000);
        QVERIFY(!top.operations.isEmpty());
        QVERIFY(top.operations.first().payToken.startsWith(QStringLiteral("concurrent-")));
    }

    void filtersMatchTheWholeJournalQuery_data()
    {
        QTest::addColumn<int>("which");
        for (int i = 0; i < 11; ++i)
            QTest::newRow(qPrintable(QString::number(i))) << i;
    }

    void filtersMatchTheWholeJournalQuery()
    {
        QFETCH(int, which);
        ActivityFilter f;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        switch (which) {
        case 0: break;
        case 1: f.filter.kind = Kind::Payout; break;
        case 2: f.filter.state = State::Failed; break;
        case 3: f.filter.text = QStringLiteral("pt-12"); break;
        case 4: f.filter.text = QStringLiteral("고객 요청 3"); break;
        case 5: f.operatorName = QStringLiteral("op-3"); break;
        case 6: f.filter.from = now.addSecs(-60 * 1000); f.filter.to = now.addSecs(-60 * 400); break;
        case 7: f.openOnly = true; f.filter.kind = Kind::Refund; break;
        case 8: f.filter.profileId = QStringLiteral("p1"); f.filter.state = State::Succeeded; f.operatorName = QStringLiteral("op-0"); break;
        case 9: f.filter.userKey = m_journal->find(1500)->userKey; break;
        case 10: f.operatorName = QString(); f.osUser = QStringLiteral("support"); break; // nobody nameless here
        }
        const QList<qint64> expected = ids(oldWay(f));
        if (which != 10)
            QVERIFY2(!expected.isEmpty(), "a filter that matches nothing proves little");
        int pages = 0;
        const QList<qint64> paged = ids(allPages(f, 50, &pages));
        QCOMPARE(paged, expected);
        QCOMPARE(pages, int(std::max<qsizetype>(1, (expected.size() + 49) / 50))); // pages of 50, none empty but a first
        QCOMPARE(JournalPager(*m_journal).count(f).value_or(-1), expected.size());
    }

    void streamedCsvIsTheSameCsv()
    {
        ActivityFilter f;
        f.filter.kind = Kind::Refund;
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        journal::CsvExport csv(*m_journal, f, out, false);
        int progressCalls = 0;
        double last = 0;
        QVERIFY(csv.run([&](qint64, double fraction) {
            ++progressCalls;
            [&] { QVERIFY(fraction >= last && fraction <= 1.0); }();
            last = fraction;
            return true;
        }));
        QVERIFY(csv.done());
        QCOMPARE(csv.fraction(), 1.0);
        const QList<journal::Operation> rows = oldWay(f);
        QCOMPARE(csv.rowsWritten(), rows.size());
        QCOMPARE(out.data(), journal::toCsvFile(rows, false));
        QVERIFY(progressCalls >= 1);
    }

    void aCancelledExportStops()
    {
        // More ids than one slice, so the export needs several steps.
        QTemporaryDir dir;
        Journal big(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(big.open());
        QVERIFY(test::fillSynthetic(big, int(journal::CsvExport::SliceIds) * 3, 3));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        journal::CsvExport csv(big, {}, out, false);
        QVERIFY(csv.step(0)); // one slice
        const qint64 written = csv.rowsWritten();
        QCOMPARE(written, journal::CsvExport::SliceIds);
        QVERIFY(csv.fraction() > 0 && csv.fraction() < 1);
        csv.cancel();
        QVERIFY(!csv.step());
        QVERIFY(csv.cancelled());
        QVERIFY(!csv.done());
        QCOMPARE(csv.rowsWritten(), written);
    }

    void anEmptyJournalExportsTheHeader()
    {
        QTemporaryDir dir;
        Journal empty(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(empty.open());
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        journal::CsvExport csv(empty, {}, out, false);
        QVERIFY(csv.run());
        QCOMPARE(out.data(), journal::toCsvFile({}, false));
        const JournalPager::Page page = JournalPager(empty).page({}, 0, 10);
        QVERIFY(page.ok && page.operations.isEmpty() && !page.more);
    }
};

QTEST_GUILESS_MAIN(TestJournalPager)
#include "tst_journalpager.moc"
