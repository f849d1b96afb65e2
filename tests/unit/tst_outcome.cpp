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
        QTest::newRow("approval required") << int(K::ApprovalRequired) << 3;
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

    void operationRows_data()
    {
        using S = journal::State;
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("succeeded") << int(S::Succeeded) << int(K::None) << 0;
        QTest::newRow("reconciled") << int(S::Reconciled) << int(K::None) << 0;
        QTest::newRow("refused by the partner") << int(S::Failed) << int(K::Partner) << 4;
        QTest::newRow("cancelled before sending") << int(S::Failed) << int(K::Cancelled) << 130;
        // A payout whose result checks were stopped: the row is open, the points may be paid.
        QTest::newRow("cancelled while open") << int(S::Unknown) << int(K::Cancelled) << 6;
        QTest::newRow("unknown") << int(S::Unknown) << int(K::OutcomeUnknown) << 6;
        QTest::newRow("sent, no answer yet") << int(S::Sent) << int(K::None) << 6;
        QTest::newRow("refused in core") << int(S::Failed) << int(K::ReadOnly) << 5;
        QTest::newRow("in progress elsewhere") << int(S::Unknown) << int(K::AlreadyInProgress) << 6;
        QTest::newRow("failed, no reason") << int(S::Failed) << int(K::None) << 4;
    }

    void operationRows()
    {
        QFETCH(int, state);
        QFETCH(int, kind);
        QFETCH(int, exitCode);
        QCOMPARE(ops::exitCode(ops::classify(journal::State(state), api::ApiError::make(K(kind)))), exitCode);
    }

    void stableNames()
    {
        QCOMPARE(ops::outcomeName(OutcomeClass::Done), QStringLiteral("done"));
        QCOMPARE(ops::outcomeName(OutcomeClass::Unknown), QStringLiteral("unknown"));
        QCOMPARE(ops::outcomeName(OutcomeClass::NotConfirmed), QStringLiteral("not-confirmed"));
        QCOMPARE(ops::outcomeName(OutcomeClass::Interrupted), QStringLiteral("interrupted"));
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
