#include "core/bulk/batchcheck.h"

#include <QStringEncoder>
#include <QtTest>

using namespace ait;
using namespace ait::bulk;

// The CSV corpus (made here, at test time) and the dry run's rules: each case with the rows it
// must give or the problems it must report, by line.
class TestBulkCheck : public QObject
{
    Q_OBJECT

    static CheckOptions payout(bool allowRepeats = false)
    {
        CheckOptions o;
        o.kind = journal::Kind::Payout;
        o.code = QStringLiteral("BULK_PROMO");
        o.allowRepeats = allowRepeats;
        o.maxAmount = 5000;
        return o;
    }

    static CheckOptions message()
    {
        CheckOptions o;
        o.kind = journal::Kind::Message;
        o.code = QStringLiteral("demo-template");
        return o;
    }

    static CheckReport check(const QByteArray &bytes, const CheckOptions &options = payout(), const CheckContext &context = {})
    {
        return Check::run(bytes, QStringLiteral("/somewhere/winners.csv"), options, context);
    }

    static QList<int> problemLines(const CheckReport &r)
    {
        QList<int> lines;
        for (const Problem &p : r.problems)
            lines << p.line;
        return lines;
    }

    static QByteArray cp949(const QString &text)
    {
        QStringEncoder encoder("windows-949");
        return encoder.encode(text);
    }

private slots:
    void aPlainFileGivesItsRowsAndTotals()
    {
        const CheckReport r = check("userKey,amount,name\n900000001,100,Kim\n900000002,250,Lee\n");
        QVERIFY2(r.ok(), qPrintable(r.problems.value(0).message));
        QCOMPARE(r.sourceName, QStringLiteral("winners.csv"));
        QCOMPARE(r.encoding, Encoding::Utf8);
        QCOMPARE(r.delimiter, QLatin1Char(','));
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows[0].line, 2);
        QCOMPARE(r.rows[1].userKey, 900000002);
        QCOMPARE(r.rows[1].amount, 250);
        QCOMPARE(r.rows[1].memo.value(QStringLiteral("name")).toString(), QStringLiteral("Lee"));
        QCOMPARE(r.memoColumns, QStringList{QStringLiteral("name")});
        QCOMPARE(r.distinctUsers, 2);
        QCOMPARE(r.totalAmount, 350);
        QCOMPARE(r.sha256, Check::sha256Hex("userKey,amount,name\n900000001,100,Kim\n900000002,250,Lee\n"));
        QVERIFY(r.estimatedSeconds > 0);
    }

    // The totals describe the rows that would run: a refused row's user is not counted (the Bulk
    // page showed "22 rows, 23 distinct users" for a file with a bad amount).
    void distinctUsersCountsTheRowsThatWouldRun()
    {
        const CheckReport r = check("userKey,amount\n900000001,100\n900000002,0\n900000003,5\n");
        QCOMPARE(problemLines(r), QList<int>{3});
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.distinctUsers, 2);
    }

    void byteOrderMarkIsNotPartOfTheHeader()
    {
        const CheckReport r = check(QByteArray("\xEF\xBB\xBF", 3) + "userKey,amount\r\n900000001,100\r\n");
        QVERIFY(r.ok());
        QCOMPARE(r.encoding, Encoding::Utf8Bom);
        QCOMPARE(r.columns.first(), QStringLiteral("userKey"));
    }

    void utf16FromExcelUnicodeText()
    {
        QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        const CheckReport r = check(encoder.encode(QStringLiteral("userKey\tamount\tmemo\r\n900000001\t100\t홍길동\r\n")));
        QVERIFY(r.ok());
        QCOMPARE(r.encoding, Encoding::Utf16Le);
        QCOMPARE(r.delimiter, QLatin1Char('\t'));
        QCOMPARE(r.rows[0].memo.value(QStringLiteral("memo")).toString(), QStringLiteral("홍길동"));
    }

    void cp949WithHangulInAMemoColumn()
    {
        QVERIFY(isAvailable(Encoding::Cp949));
        // 똠 is one of the syllables only Microsoft's CP949 has (not plain EUC-KR).
        const QByteArray bytes = cp949(QStringLiteral("userKey,amount,메모\r\n900000001,100,홍길동 똠방각하\r\n900000002,200,김토스\r\n"));
        QVERIFY(!decode(bytes, Encoding::Utf8)); // not UTF-8: the detection has something to do
        const CheckReport r = check(bytes);
        QVERIFY2(r.ok(), qPrintable(r.problems.value(0).message));
        QCOMPARE(r.encoding, Encoding::Cp949);
        QVERIFY(r.encodingDetected);
        QCOMPARE(r.rows[0].memo.value(QStringLiteral("메모")).toString(), QStringLiteral("홍길동 똠방각하"));
        QCOMPARE(r.rows[1].memo.value(QStringLiteral("메모")).toString(), QStringLiteral("김토스"));

        // Changeable: read as UTF-8 it is refused, with the encoding named.
        CheckOptions asUtf8 = payout();
        asUtf8.encoding = Encoding::Utf8;
        const CheckReport wrong = check(bytes, asUtf8);
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.fileRefused);
        QVERIFY(!wrong.encodingDetected);
        QVERIFY(wrong.problems.first().message.contains(QStringLiteral("UTF-8")));
        QCOMPARE(encodingFromName(QStringLiteral("euc-kr")), Encoding::Cp949);
        QCOMPARE(encodingFromName(QStringLiteral("MS949")), Encoding::Cp949);
        QCOMPARE(encodingFromName(QStringLiteral("utf8")), Encoding::Utf8);
        QVERIFY(!encodingFromName(QStringLiteral("latin-9")));
    }

    void quotedCommasQuotesAndNewlines()
    {
        const CheckReport r = check("userKey,amount,note\n"
                                    "900000001,100,\"Kim, Toss\"\n"
                                    "900000002,200,\"two\r\nlines and a \"\"quote\"\"\"\n"
                                    "900000003,x,third\n");
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows[0].memo.value(QStringLiteral("note")).toString(), QStringLiteral("Kim, Toss"));
        QCOMPARE(r.rows[1].memo.value(QStringLiteral("note")).toString(), QStringLiteral("two\nlines and a \"quote\""));
        // The line after a field with a line break is line 5 of the file, and the problem says so.
        QCOMPARE(problemLines(r), QList<int>{5});
    }

    void crlfSemicolonsAndBlankLines()
    {
        const CheckReport r = check("userKey;amount\r\n\r\n900000001;100\r\n;\r\n\r\n900000002;5000\r\n\r\n");
        QVERIFY2(r.ok(), qPrintable(r.problems.value(0).message));
        QCOMPARE(r.delimiter, QLatin1Char(';'));
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows[0].line, 3);
        QCOMPARE(r.rows[1].line, 6);
        QCOMPARE(r.totalAmount, 5100);
        // The delimiter is changeable too: read with commas, the header has no userKey column.
        CheckOptions commas = payout();
        commas.delimiter = QLatin1Char(',');
        QVERIFY(check("userKey;amount\r\n900000001;100\r\n", commas).fileRefused);
    }

    void aFormulaLookingCellIsKeptAndExportedInert()
    {
        const CheckReport r = check("userKey,amount,memo\n900000001,100,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n=1+2,100,+cmd\n");
        QCOMPARE(r.rows.size(), 1);
        QCOMPARE(r.rows[0].memo.value(QStringLiteral("memo")).toString(), QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"));
        QCOMPARE(problemLines(r), QList<int>{3});
        QCOMPARE(r.problems[0].column, QStringLiteral("userKey"));
        QCOMPARE(csvField(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
        QCOMPARE(csvField(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(csvField(QStringLiteral("-2")), QStringLiteral("'-2"));
        QCOMPARE(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        // The problems export never lets the file's own text run as a formula.
        const QByteArray exported = Check::problemsCsv(r);
        QVERIFY(exported.startsWith("line,column,value,problem\r\n"));
        QVERIFY(exported.contains("3,userKey,'=1+2,"));
    }

    void emptyTrailingColumns()
    {
        const CheckReport r = check("userKey,amount,,\n900000001,100,,\n900000002,200,,\n900000003,300,,surprise\n");
        QCOMPARE(r.columns, (QStringList{QStringLiteral("userKey"), QStringLiteral("amount")}));
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(problemLines(r), QList<int>{4}); // a value under no column
    }

    void numbersThatAreNotPositiveWholeNumbers_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("column");
        QTest::newRow("zero amount") << QByteArray("900000001,0") << QStringLiteral("amount");
        QTest::newRow("negative amount") << QByteArray("900000001,-5") << QStringLiteral("amount");
        QTest::newRow("decimal amount") << QByteArray("900000001,1.5") << QStringLiteral("amount");
        QTest::newRow("thousands separator") << QByteArray("900000001,\"1,000\"") << QStringLiteral("amount");
        QTest::newRow("21-digit amount") << QByteArray("900000001,123456789012345678901") << QStringLiteral("amount");
        QTest::newRow("above maxAmount") << QByteArray("900000001,5001") << QStringLiteral("amount");
        QTest::newRow("empty amount") << QByteArray("900000001,") << QStringLiteral("amount");
        QTest::newRow("zero user") << QByteArray("0,100") << QStringLiteral("userKey");
        QTest::newRow("negative user") << QByteArray("-900000001,100") << QStringLiteral("userKey");
        QTest::newRow("decimal user") << QByteArray("9.5,100") << QStringLiteral("userKey");
        QTest::newRow("21-digit user") << QByteArray("123456789012345678901,100") << QStringLiteral("userKey");
        QTest::newRow("20-digit user, past int64") << QByteArray("99999999999999999999,100") << QStringLiteral("userKey");
        QTest::newRow("text user") << QByteArray("kim,100") << QStringLiteral("userKey");
    }

    void numbersThatAreNotPositiveWholeNumbers()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, column);
        const CheckReport r = check("userKey,amount\n900000009,10\n" + row + "\n");
        QCOMPARE(r.rows.size(), 1); // the good row only
        QCOMPARE(problemLines(r), QList<int>{3});
        QCOMPARE(r.problems[0].column, column);
        QVERIFY(!r.problems[0].message.isEmpty());
        QVERIFY(!r.ok());
    }

    void aRepeatedUserIsRefusedUnlessAllowed()
    {
        const QByteArray file("userKey,amount\n900000001,100\n900000002,100\n900000001,300\n");
        const CheckReport refused = check(file);
        QCOMPARE(problemLines(refused), QList<int>{4});
        QVERIFY(refused.problems[0].message.contains(QStringLiteral("line 2")));
        const CheckReport allowed = check(file, payout(true));
        QVERIFY(allowed.ok());
        QCOMPARE(allowed.rows.size(), 3);
        QCOMPARE(allowed.distinctUsers, 2);
        QCOMPARE(allowed.maxRowsPerUser, 2);
        QCOMPARE(allowed.totalAmount, 500);
    }

    void aMissingHeaderIsRefused()
    {
        const CheckReport r = check("900000001,100\n900000002,200\n");
        QVERIFY(r.fileRefused);
        QCOMPARE(problemLines(r), QList<int>{1});
        QVERIFY(r.problems[0].message.contains(QStringLiteral("userKey, amount")));
        QVERIFY(check("userKey\n900000001\n").fileRefused); // a payout needs its amount column
        QVERIFY(check("").fileRefused);
        QVERIFY(!check("userKey,amount\n").ok()); // a header and nothing under it
        QVERIFY(!check("userKey,amount,userkey\n900000001,1,2\n").ok()); // a column named twice
    }

    void anUnclosedQuoteIsRefusedWithItsLine()
    {
        const CheckReport r = check("userKey,amount,memo\n900000001,100,ok\n900000002,100,\"never closed\n900000003,1,x\n");
        QVERIFY(r.fileRefused);
        QCOMPARE(problemLines(r), QList<int>{3});
    }

    void theRowAndSizeLimitsAreRefusedByName()
    {
        QByteArray file("userKey,amount\n");
        file.reserve(qsizetype{2} * 1024 * 1024);
        for (int i = 0; i < MaxRows; ++i)
            file += QByteArray::number(900000000 + i) + ",1\n";
        const CheckReport atLimit = check(file);
        QVERIFY2(atLimit.ok(), qPrintable(atLimit.problems.value(0).message));
        QCOMPARE(atLimit.rows.size(), MaxRows);
        QCOMPARE(atLimit.totalAmount, MaxRows);

        file += "999999999,1\n";
        const CheckReport over = check(file);
        QVERIFY(over.fileRefused);
        QVERIFY(over.rows.isEmpty());
        QCOMPARE(over.problems.size(), 1);
        QCOMPARE(over.problems[0].line, MaxRows + 2);
        QVERIFY(over.problems[0].message.contains(QStringLiteral("100,000")));

        QByteArray huge("userKey,amount,memo\n900000001,1,");
        huge += QByteArray(MaxFileBytes, 'x');
        const CheckReport tooBig = check(huge);
        QVERIFY(tooBig.fileRefused);
        QVERIFY(tooBig.problems[0].message.contains(QStringLiteral("20 MiB")));
        QTemporaryFile big;
        QVERIFY(big.open());
        big.write(huge);
        big.close();
        QString why;
        QVERIFY(!Check::readFile(big.fileName(), &why));
        QVERIFY(why.contains(QStringLiteral("20 MiB")));
    }

    void theAmountLimitAndTheCodeAreChecked()
    {
        CheckOptions badCode = payout();
        badCode.code = QStringLiteral("BULK PROMO;DROP");
        const CheckReport r = check("userKey,amount\n900000001,100\n", badCode);
        QCOMPARE(problemLines(r), QList<int>{0});
        CheckOptions noTemplate = message();
        noTemplate.code.clear();
        QVERIFY(!check("userKey\n900000001\n", noTemplate).ok());
    }

    void messagesPerUserVariablesOrChunks()
    {
        // Per-user variables: every one must have a value.
        const CheckReport perUser = check("userKey,productName,memo about it\n900000001,우유,a\n900000002,,b\n", message());
        QCOMPARE(perUser.messageMode, MessageMode::PerUser);
        QCOMPARE(perUser.variables, QStringList{QStringLiteral("productName")});
        QCOMPARE(perUser.memoColumns, QStringList{QStringLiteral("memo about it")});
        QCOMPARE(problemLines(perUser), QList<int>{3});
        QCOMPARE(perUser.rows[0].context.value(QStringLiteral("productName")).toString(), QStringLiteral("우유"));
        // Named variables: the other columns are memos, and a variable without a column is a problem.
        CheckOptions named = message();
        named.variables = {QStringLiteral("productName"), QStringLiteral("storeName")};
        const CheckReport missing = check("userKey,productName,note\n900000001,우유,x\n", named);
        QCOMPARE(problemLines(missing), QList<int>{1});
        QVERIFY(missing.problems[0].message.contains(QStringLiteral("storeName")));
        // No variables: one send-bulk-message per chunk of recipients.
        CheckOptions chunked = message();
        chunked.messageChunk = 2;
        chunked.pace.callsPerMinute = 60;
        const CheckReport chunks = check("userKey,#note\n900000001,a\n900000002,b\n900000003,c\n", chunked);
        QVERIFY(chunks.ok());
        QCOMPARE(chunks.messageMode, MessageMode::Chunks);
        QVERIFY(chunks.variables.isEmpty());
        QCOMPARE(chunks.rows.size(), 3);
        QCOMPARE(chunks.estimatedSeconds, 2); // two calls at one a second
    }

    void theEstimateFollowsThePaceAndTheUserLimit()
    {
        Pace pace;
        pace.callsPerMinute = 1500;
        // 1,000 payouts of 3 calls at 1,500 a minute: 120 s.
        QCOMPARE(Check::estimateSeconds(journal::Kind::Payout, 1000, 1, MessageMode::PerUser, pace, 500), 120);
        // One user with 30 rows: 90 calls at 10 a minute, the first 10 in the first minute.
        QCOMPARE(Check::estimateSeconds(journal::Kind::Payout, 30, 30, MessageMode::PerUser, pace, 500), 480);
        QCOMPARE(Check::estimateSeconds(journal::Kind::Message, 100000, 1, MessageMode::Chunks, pace, 500), 8);
    }

    void theSameFileForTheSameCodeAndOpenPayoutsAreProblems()
    {
        CheckContext context;
        journal::Batch earlier;
        earlier.id = 7;
        earlier.code = QStringLiteral("BULK_PROMO");
        earlier.createdAt = QDateTime(QDate(2026, 11, 30), QTime(9, 30), Qt::UTC);
        earlier.operatorName = QStringLiteral("Park");
        earlier.osUser = QStringLiteral("park");
        context.sameSource << earlier;
        context.usersWithOpenPayout << 900000002;
        const CheckReport r = check("userKey,amount\n900000001,100\n900000002,100\n", payout(), context);
        QCOMPARE(problemLines(r), (QList<int>{0, 3}));
        QVERIFY(r.problems[0].message.contains(QStringLiteral("batch 7")));
        QVERIFY(r.problems[0].message.contains(QStringLiteral("Park")));
        QVERIFY(r.problems[1].message.contains(QStringLiteral("already in progress")));
        QVERIFY(check("userKey,amount\n900000001,100\n900000002,100\n").ok());
    }

    void theCheckRunsInTheBackground()
    {
        QObject receiver;
        std::optional<CheckReport> report;
        Check::runInBackground("userKey,amount\n900000001,7\n", QStringLiteral("bg.csv"), payout(), {}, &receiver,
                               [&](const CheckReport &r) {
            QCOMPARE(QThread::currentThread(), receiver.thread());
            report = r;
        });
        QVERIFY(!report); // never at once
        QTRY_VERIFY(report.has_value());
        QCOMPARE(report->totalAmount, 7);
    }
};

QTEST_GUILESS_MAIN(TestBulkCheck)
#include "tst_bulkcheck.moc"
