#include "core/clock.h"
#include "core/journal/journal.h"
#include "core/ops/moneyservices.h"
#include "support/async.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using namespace ait;
using journal::Journal;
using P = Journal::Health::Problem;

// Issue 11 item 9: a damaged, cut, vanished or emptied journal is noticed at start-up, never
// silently replaced, and money operations are refused while no intent can be recorded.
class TestJournalHealth : public QObject
{
    Q_OBJECT

    static qint64 recordSome(const QString &path, int n)
    {
        Journal j(path);
        if (!j.open())
            return -1;
        journal::Operation op;
        op.kind = journal::Kind::Refund;
        for (int i = 0; i < n; ++i) {
            op.payToken = QStringLiteral("pt-%1").arg(i); // one open refund per payment (the journal's guard)
            j.recordIntent(op);
        }
        return j.lastId();
    }

    static QStringList movedAside(const QString &dir)
    {
        return QDir(dir).entryList({QStringLiteral("journal.sqlite.*")}, QDir::Files);
    }

private slots:
    void aNewJournalIsFine()
    {
        QTemporaryDir dir;
        Journal j(dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(j.openChecked(0).ok());
        QVERIFY(j.isOpen());
        QVERIFY(j.stillOnDisk());
    }

    void randomBytesAreMovedAsideAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray junk(qsizetype{64} * 1024, Qt::Uninitialized);
        for (char &c : junk)
            c = char(QRandomGenerator::global()->bounded(256));
        f.write(junk);
        f.close();

        Journal j(path);
        const Journal::Health h = j.openChecked(5);
        QCOMPARE(h.problem, P::Damaged);
        QVERIFY(!j.isOpen());
        QVERIFY(!QFile::exists(path)); // not left where a new journal would overwrite it
        QVERIFY(QFile::exists(h.movedTo));
        QFile moved(h.movedTo);
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), junk); // kept byte for byte
    }

    void aCutFileIsDamaged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        QVERIFY(recordSome(path, 300) > 0);
        QFile f(path);
        const qint64 size = f.size();
        QVERIFY(size > 8192);
        QVERIFY(f.resize(size / 2));
        Journal j(path);
        const Journal::Health h = j.openChecked(300);
        QCOMPARE(h.problem, P::Damaged);
        QVERIFY(h.detail.contains(QStringLiteral("cut short")));
        QCOMPARE(movedAside(dir.path()).size(), 1);
    }

    void aJournalTruncatedToNothingIsNotSilentlyReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        const qint64 last = recordSome(path, 3);
        QFile f(path);
        QVERIFY(f.resize(0));
        QFile::remove(path + QStringLiteral("-wal"));
        Journal j(path);
        const Journal::Health h = j.openChecked(last);
        QCOMPARE(h.problem, P::Emptied);
        QVERIFY(!j.isOpen());
        QCOMPARE(h.expectedLastId, last);
    }

    void aVanishedJournalIsMissing()
    {
        QTemporaryDir dir;
        Journal j(dir.filePath(QStringLiteral("journal.sqlite")));
        const Journal::Health h = j.openChecked(19);
        QCOMPARE(h.problem, P::Missing);
        QVERIFY(!j.isOpen());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("journal.sqlite")))); // nothing created behind the operator's back
    }

    void fewerOperationsThanRecordedCanBeAcceptedAsFound()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        const qint64 last = recordSome(path, 4);
        Journal j(path);
        qint64 kept = -1;
        j.setLastIdKeeper([&kept](qint64 id) { kept = id; });
        const Journal::Health h = j.openChecked(last + 10); // e.g. restored from an older backup
        QCOMPARE(h.problem, P::Emptied);
        QCOMPARE(h.foundLastId, last);
        QVERIFY(h.movedTo.isEmpty()); // a valid journal is not moved
        QVERIFY(!j.isOpen());
        QVERIFY(j.acceptAsFound());
        QVERIFY(j.isOpen());
        QCOMPARE(kept, last);
        QCOMPARE(j.unresolved().size(), 4);
    }

    void startingFreshKeepsWhatWasThere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        const qint64 last = recordSome(path, 2);
        Journal j(path);
        qint64 kept = -1;
        j.setLastIdKeeper([&kept](qint64 id) { kept = id; });
        QCOMPARE(j.openChecked(last + 1).problem, P::Emptied);
        QVERIFY(j.startFresh());
        QVERIFY(j.isOpen());
        QCOMPARE(j.lastId(), 0);
        QCOMPARE(kept, 0);
        const QStringList aside = movedAside(dir.path());
        QVERIFY(!aside.isEmpty());
        Journal old(dir.filePath(aside.first()));
        QVERIFY(old.open());
        QCOMPARE(old.lastId(), last); // the old operations are still there
    }

    void moneyIsRefusedWhileTheJournalCannotRecord()
    {
        QTemporaryDir dir;
        Journal j(dir.filePath(QStringLiteral("journal.sqlite")));
        QCOMPARE(j.openChecked(7).problem, P::Missing);
        ops::MoneyServices money(j, Clock::system());
        QVERIFY(!money.whyRefused().isEmpty());
        api::PartnerClient client(api::ClientSettings{});
        const auto outcome = test::awaitOutcome<ops::RefundOutcome>([&](auto done) {
            money.refunds().refund(client, {}, {443731103, QStringLiteral("pt"), {}, QStringLiteral("사유"), true, 100}, nullptr, done);
        });
        QVERIFY(outcome);
        QCOMPARE(outcome->error.kind, api::ApiError::Kind::JournalUnavailable);
        QCOMPARE(outcome->operationId, 0);
        QCOMPARE(client.callsInFlight(), 0);
    }

    void aJournalDeletedUnderTheConsoleStopsMoney()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        Journal j(path);
        QVERIFY(j.openChecked(0).ok());
        ops::MoneyServices money(j, Clock::system());
        QVERIFY(money.whyRefused().isEmpty());
        QVERIFY(QFile::remove(path));
        QVERIFY(!j.stillOnDisk());
        QVERIFY(!money.whyRefused().isEmpty());
        api::PartnerClient client(api::ClientSettings{});
        const auto outcome = test::awaitOutcome<ops::MessageOutcome>([&](auto done) {
            money.messages().send(client, {}, {443731103, QStringLiteral("demo-template"), {}, {}, false}, nullptr, done);
        });
        QVERIFY(outcome);
        QCOMPARE(outcome->error.kind, api::ApiError::Kind::JournalUnavailable);
    }
};

QTEST_GUILESS_MAIN(TestJournalHealth)
#include "tst_journalhealth.moc"
