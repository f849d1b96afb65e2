#include "core/i18n.h"
#include "gui/inspectordock.h"

#include <QTableWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QtTest>

using namespace ait;
using api::CallRecord;

// The request inspector reports what happened in words, and lines its details up with a layout.
class TestInspectorView : public QObject
{
    Q_OBJECT

    static CallRecord record(CallRecord::Connection connection, const QString &errorKind, const QString &partnerResult,
                             bool sent, int httpStatus)
    {
        CallRecord r;
        r.startedAt = QDateTime::currentDateTimeUtc();
        r.profileName = QStringLiteral("Production");
        r.method = "POST";
        r.url = QUrl(QStringLiteral("https://pay-apps-in-toss-api.toss.im/api-partner/v1/apps-in-toss/pay/get-payment-status"));
        r.connection = connection;
        r.handshakeMs = connection == CallRecord::Connection::New ? 42 : -1;
        r.errorKind = errorKind;
        r.partnerResult = partnerResult;
        r.requestSent = sent;
        r.httpStatus = httpStatus;
        if (connection != CallRecord::Connection::None && httpStatus > 0)
            r.tlsProtocol = QStringLiteral("TLS 1.3");
        return r;
    }

    static QTableWidget *table(gui::InspectorDock &dock) { return dock.findChild<QTableWidget *>(QStringLiteral("inspectorTable")); }

private slots:
    void initTestCase()
    {
        QVERIFY(i18n::install(*qApp, QStringLiteral("en")));
    }

    void theConnectionIsWhatHappened()
    {
        gui::InspectorDock dock;
        dock.add(record(CallRecord::Connection::None, QStringLiteral("dns"), QStringLiteral("dns"), false, 0));
        QCOMPARE(table(dock)->item(0, 7)->text(), QStringLiteral("none"));
        QVERIFY2(dock.detailsText().contains(QStringLiteral("none (no connection was made)")), qPrintable(dock.detailsText()));
        QVERIFY(!dock.detailsText().contains(QStringLiteral("reused")));
        QVERIFY(dock.detailsText().contains(QStringLiteral("not established")));

        // Dropped after it was sent on a connection kept from an earlier call.
        dock.add(record(CallRecord::Connection::Reused, QStringLiteral("outcome-unknown"), QStringLiteral("outcome-unknown"), true, 0));
        QCOMPARE(table(dock)->item(1, 7)->text(), QStringLiteral("reused"));
        QVERIFY(dock.detailsText().contains(QStringLiteral("reused (no handshake)")));
        QVERIFY(!dock.detailsText().contains(QStringLiteral("not established")));

        dock.add(record(CallRecord::Connection::New, QStringLiteral("none"), QStringLiteral("SUCCESS"), true, 200));
        QCOMPARE(table(dock)->item(2, 7)->text(), QStringLiteral("new"));
        QVERIFY(dock.detailsText().contains(QStringLiteral("handshake 42 ms")));
    }

    void resultsAreWordsWithTheCodeBehindThem()
    {
        gui::InspectorDock dock;
        dock.add(record(CallRecord::Connection::None, QStringLiteral("dns"), QStringLiteral("dns"), false, 0));
        dock.add(record(CallRecord::Connection::Reused, QStringLiteral("outcome-unknown"), QStringLiteral("outcome-unknown"), true, 0));
        dock.add(record(CallRecord::Connection::Reused, QStringLiteral("partner"), QStringLiteral("4109"), true, 200));
        dock.add(record(CallRecord::Connection::Reused, QStringLiteral("none"), QStringLiteral("SUCCESS"), true, 200));
        const QStringList expected{QStringLiteral("server name not found (DNS)"), QStringLiteral("outcome unknown"),
                                   QStringLiteral("refused by Toss (4109)"), QStringLiteral("success")};
        for (int row = 0; row < expected.size(); ++row) {
            QCOMPARE(table(dock)->item(row, 5)->text(), expected[row]);
            QVERIFY(!table(dock)->item(row, 5)->toolTip().isEmpty()); // the code behind the words
        }
        QVERIFY(table(dock)->item(0, 5)->toolTip().contains(QStringLiteral("dns")));
    }

    // Labels and values in two columns of a table: Hangul labels (twice as wide) cannot push values
    // out of line.
    void detailsAreLaidOutNotPadded()
    {
        QVERIFY(i18n::install(*qApp, QStringLiteral("ko")));
        gui::InspectorDock dock;
        dock.add(record(CallRecord::Connection::New, QStringLiteral("none"), QStringLiteral("SUCCESS"), true, 200));
        auto *details = dock.findChild<QTextBrowser *>(QStringLiteral("inspectorDetails"));
        QVERIFY(details);
        QTextTable *found = nullptr;
        for (QTextFrame *frame : details->document()->rootFrame()->childFrames()) {
            if (auto *t = qobject_cast<QTextTable *>(frame))
                found = t;
        }
        if (!found) // not QVERIFY: the analyzer cannot tie its result to the pointer
            QFAIL("the details hold no table");
        QCOMPARE(found->columns(), 2);
        QVERIFY(found->rows() >= 10);
        // No label is padded with spaces to line values up.
        for (int row = 0; row < found->rows(); ++row) {
            const QTextTableCell cell = found->cellAt(row, 0);
            QTextCursor cursor = cell.firstCursorPosition();
            cursor.setPosition(cell.lastPosition(), QTextCursor::KeepAnchor);
            const QString label = cursor.selectedText();
            QVERIFY(!label.isEmpty());
            QVERIFY2(!label.endsWith(QStringLiteral("  ")), qPrintable(label));
        }
        QVERIFY(i18n::install(*qApp, QStringLiteral("en")));
    }
};

QTEST_MAIN(TestInspectorView)
#include "tst_inspectorview.moc"
