#include "core/ops/outcome.h"

#include <QtTest>

using namespace ait;
using K = api::ApiError::Kind;
using ops::OutcomeClass;

// The one mapping from errors to what a script sees (exit codes) and a bulk run does with a row.
class TestOutcome : public QObject
{
    Q_OBJECT

private slots:
    void mapping_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("done") << int(K::None) << 0;
        QTest::newRow("bad input") << int(K::InvalidInput) << 2;
        QTest::newRow("partner refused") << int(K::Partner) << 4;
        QTest::newRow("limit signal: not applied") << int(K::RateLimited) << 4;
        QTest::newRow("invalid_grant") << int(K::InvalidGrant) << 4;
        QTest::newRow("read-only profile") << int(K::ReadOnly) << 5;
        QTest::newRow("no identity") << int(K::NoIdentity) << 5;
        QTest::newRow("journal") << int(K::JournalUnavailable) << 5;
        QTest::newRow("outcome unknown") << int(K::OutcomeUnknown) << 6;
        QTest::newRow("already in progress") << int(K::AlreadyInProgress) << 6;
        QTest::newRow("dns") << int(K::Dns) << 7;
        QTest::newRow("client certificate rejected") << int(K::ClientCertificateRejected) << 7;
        QTest::newRow("cancelled") << int(K::Cancelled) << 130;
    }

    void mapping()
    {
        QFETCH(int, kind);
        QFETCH(int, exitCode);
        QCOMPARE(ops::exitCode(ops::classify(api::ApiError::make(K(kind)))), exitCode);
    }

    void everyKindHasAClass()
    {
        for (int k = int(K::None); k <= int(K::Cancelled); ++k)
            QVERIFY(ops::exitCode(ops::classify(api::ApiError::make(K(k)))) >= 0);
        QCOMPARE(ops::exitCode(OutcomeClass::NotConfirmed), 3);
    }
};

QTEST_GUILESS_MAIN(TestOutcome)
#include "tst_outcome.moc"
