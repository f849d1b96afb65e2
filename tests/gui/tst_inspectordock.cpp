#include "gui/inspectordock.h"

#include <QTableWidget>
#include <QtTest>

#include <algorithm>

using ait::api::CallRecord;
using ait::gui::InspectorDock;

// The request inspector keeps the last MaxRecords calls: the oldest goes when one more comes, and
// the table, the records behind it and the details pane never drift apart.
class TestInspectorDock : public QObject
{
    Q_OBJECT

    static CallRecord call(int n)
    {
        CallRecord r;
        r.id = quint64(n);
        r.startedAt = QDateTime::currentDateTimeUtc();
        r.profileName = QStringLiteral("Sandbox");
        r.method = "POST";
        r.url = QUrl(QStringLiteral("https://127.0.0.1:8443/api-partner/v1/call-%1").arg(n));
        r.httpStatus = 200;
        r.partnerResult = QStringLiteral("SUCCESS");
        r.errorKind = QStringLiteral("none");
        return r;
    }

    static QTableWidget *table(InspectorDock &dock) { return dock.findChild<QTableWidget *>(QStringLiteral("inspectorTable")); }

    // Each row's Endpoint cell names the record current() gives for that row, and the details pane
    // shows that record.
    static bool inStep(InspectorDock &dock, int row)
    {
        QTableWidget *t = table(dock);
        t->setCurrentCell(row, 0);
        const CallRecord *r = dock.current();
        return r && t->item(row, 3)->text() == QStringLiteral("v1/call-%1").arg(r->id)
            && dock.detailsText().contains(r->url.toString() + QLatin1Char('\n'));
    }

private slots:
    void the501stCallEvictsTheFirst()
    {
        InspectorDock dock;
        for (int n = 1; n <= InspectorDock::MaxRecords; ++n)
            dock.add(call(n));
        QCOMPARE(dock.count(), InspectorDock::MaxRecords);
        QCOMPARE(table(dock)->rowCount(), InspectorDock::MaxRecords);

        // The operator looks at the oldest call when one more comes in.
        table(dock)->setCurrentCell(0, 0);
        QCOMPARE(dock.current()->id, quint64(1));
        dock.add(call(InspectorDock::MaxRecords + 1));

        QCOMPARE(dock.count(), InspectorDock::MaxRecords);
        QCOMPARE(table(dock)->rowCount(), InspectorDock::MaxRecords);
        QCOMPARE(table(dock)->item(0, 3)->text(), QStringLiteral("v1/call-2"));
        QCOMPARE(table(dock)->item(InspectorDock::MaxRecords - 1, 3)->text(), QStringLiteral("v1/call-%1").arg(InspectorDock::MaxRecords + 1));
        // The selection follows the newest call, never the evicted one.
        QCOMPARE(table(dock)->currentRow(), InspectorDock::MaxRecords - 1);
        QCOMPARE(dock.current()->id, quint64(InspectorDock::MaxRecords + 1));
        QVERIFY(!dock.detailsText().contains(QStringLiteral("/call-1\n")));
        QVERIFY(dock.detailsText().contains(call(InspectorDock::MaxRecords + 1).url.toString()));

        for (int row : {0, 1, 250, InspectorDock::MaxRecords - 2, InspectorDock::MaxRecords - 1})
            QVERIFY2(inStep(dock, row), qPrintable(QStringLiteral("row %1").arg(row)));
    }

    void keepsEvictingInStep()
    {
        InspectorDock dock;
        const int total = InspectorDock::MaxRecords + 120;
        for (int n = 1; n <= total; ++n) {
            dock.add(call(n));
            if (n % 97 == 0) // the operator clicks around while calls come in
                table(dock)->setCurrentCell(std::min(n, InspectorDock::MaxRecords) / 2, 0);
        }
        QCOMPARE(dock.count(), InspectorDock::MaxRecords);
        QCOMPARE(table(dock)->rowCount(), InspectorDock::MaxRecords);
        QCOMPARE(dock.current()->id, quint64(total));
        QCOMPARE(table(dock)->item(0, 3)->text(), QStringLiteral("v1/call-%1").arg(total - InspectorDock::MaxRecords + 1));
        for (int row = 0; row < InspectorDock::MaxRecords; row += 37)
            QVERIFY2(inStep(dock, row), qPrintable(QStringLiteral("row %1").arg(row)));
    }

    // The Result column is as wide as its words, never clipped (issue 14 item 25).
    void resultColumnIsNotClipped()
    {
        InspectorDock dock;
        dock.resize(1000, 300);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        CallRecord failed = call(1);
        failed.httpStatus = 0;
        failed.partnerResult.clear();
        failed.errorKind = QStringLiteral("dns");
        dock.add(call(2));
        dock.add(failed);
        QTableWidget *t = table(dock);
        const QString words = t->item(1, 5)->text();
        QVERIFY2(words.size() > 20, qPrintable(words));
        const QAbstractItemView *view = t; // sizeHintForColumn is public there: what the contents need
        QTRY_VERIFY2(t->columnWidth(5) >= view->sizeHintForColumn(5),
                     qPrintable(QStringLiteral("%1 < %2").arg(t->columnWidth(5)).arg(view->sizeHintForColumn(5))));
        QVERIFY(t->columnWidth(5) > t->fontMetrics().horizontalAdvance(words));
    }
};

QTEST_MAIN(TestInspectorDock)
#include "tst_inspectordock.moc"
