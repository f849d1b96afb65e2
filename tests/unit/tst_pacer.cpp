#include "core/bulk/pacer.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace ait::bulk;
using Call = ait::api::CallGate::Call;

// The pacer in real time, with a window of one second instead of a minute so the tests are short.
class TestPacer : public QObject
{
    Q_OBJECT

    static Pace fastPace(int perWindow, int perUser = 1000, int inFlight = 100)
    {
        Pace p;
        p.windowMs = 1000;
        p.marginMs = 50;
        p.callsPerMinute = perWindow; // per window
        p.callsPerUserPerMinute = perUser;
        p.callsInFlight = inFlight;
        p.firstBackoffMs = 300;
        p.maxBackoffMs = 2000;
        return p;
    }

    // The most entries of `times` inside any window of `windowMs` (half open, as the partner counts).
    static int maxInAnyWindow(QList<qint64> times, qint64 windowMs)
    {
        std::sort(times.begin(), times.end());
        int best = 0;
        for (int i = 0, j = 0; i < times.size(); ++i) {
            while (times[i] - times[j] >= windowMs)
                ++j;
            best = std::max(best, i - j + 1);
        }
        return best;
    }

private slots:
    void neverMoreThanThePaceInAnyWindowAndCloseToIt()
    {
        Pacer pacer(fastPace(20));
        QElapsedTimer clock;
        clock.start();
        QList<qint64> left;
        for (int i = 0; i < 60; ++i) {
            pacer.request({"/x", 0}, [&](bool go) {
                QVERIFY(go);
                left << clock.elapsed();
                pacer.ended({"/x", 0}, false); // answered at once
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(left.size(), 60, 10000);
        QVERIFY2(maxInAnyWindow(left, 1000) <= 20, qPrintable(QString::number(maxInAnyWindow(left, 1000))));
        QVERIFY(pacer.maxCallsInAnyWindow() <= 20);
        // Evenly spaced at the pace: 59 gaps of 1050/20 ms, a little under 3.1 s, never a burst.
        QVERIFY2(left.last() >= 2900, qPrintable(QString::number(left.last())));
        QVERIFY2(left.last() <= 4000, qPrintable(QString::number(left.last())));
        QCOMPARE(pacer.callsLeft(), 60);
        QVERIFY(maxInAnyWindow(left, 60) <= 3); // at most one call ahead of the even spacing
    }

    void boundedCallsInFlight()
    {
        Pacer pacer(fastPace(1000, 1000, 4));
        int leftCount = 0;
        for (int i = 0; i < 10; ++i)
            pacer.request({"/x", 0}, [&](bool) { ++leftCount; });
        QTRY_COMPARE(leftCount, 4);
        QVERIFY(!QTest::qWaitFor([&] { return leftCount > 4; }, 300)); // nothing more while four are unanswered
        QCOMPARE(pacer.inFlight(), 4);
        QCOMPARE(pacer.waiting(), 6);
        pacer.ended({"/x", 0}, false);
        QTRY_COMPARE(leftCount, 5);
    }

    void aUserAtTheirLimitLetsOthersGoFirst()
    {
        Pacer pacer(fastPace(1000, 3));
        QElapsedTimer clock;
        clock.start();
        QList<QPair<qint64, qint64>> left; // user, when
        auto ask = [&](qint64 user) {
            pacer.request({"/x", user}, [&, user](bool) {
                left.append({user, clock.elapsed()});
                pacer.ended({"/x", user}, false);
            });
        };
        for (int i = 0; i < 5; ++i)
            ask(1);
        ask(2);
        ask(2);
        QTRY_COMPARE(left.size(), 5);
        QCOMPARE(left[3].first, 2); // user 2 did not wait behind user 1's limit
        QCOMPARE(left[4].first, 2);
        QTRY_COMPARE_WITH_TIMEOUT(left.size(), 7, 5000);
        QVERIFY2(left[5].second - left[0].second >= 1000, qPrintable(QString::number(left[5].second - left[0].second)));
        QList<qint64> user1;
        for (const auto &[user, at] : left)
            if (user == 1)
                user1 << at;
        QVERIFY(maxInAnyWindow(user1, 1000) <= 3);
        QVERIFY(pacer.maxUserCallsInAnyWindow() <= 3);
    }

    void aLimitSignalSlowsDownAndPauses()
    {
        Pacer pacer(fastPace(100));
        QElapsedTimer clock;
        clock.start();
        QList<qint64> left;
        bool refuse = true;
        std::function<void()> ask = [&] {
            pacer.request({"/x", 0}, [&](bool) {
                left << clock.elapsed();
                const bool limited = refuse && left.size() <= 3;
                pacer.ended({"/x", 0}, limited);
                if (limited)
                    ask(); // the client sends the same call again
            });
        };
        ask();
        QTRY_COMPARE_WITH_TIMEOUT(left.size(), 4, 5000);
        QCOMPARE(pacer.limitSignals(), 3);
        // Pauses of 300, 600 and 1,200 ms after the three signals in a row.
        QVERIFY(left[1] - left[0] >= 290);
        QVERIFY(left[2] - left[1] >= 590);
        QVERIFY(left[3] - left[2] >= 1190);
        QVERIFY(pacer.slowdown() < 0.2);
        const double slowed = pacer.slowdown();
        for (int i = 0; i < 10; ++i)
            pacer.ended({"/x", 0}, false);
        QVERIFY(pacer.slowdown() > slowed); // answered calls bring the pace back
    }

    void oneUsersLimitSignalHoldsThatUserNotTheRun()
    {
        Pacer pacer(fastPace(1000, 10)); // a user's hold: 1000 / 10 = 100 ms, doubling
        QElapsedTimer clock;
        clock.start();
        QList<QPair<qint64, qint64>> left;
        int refusals = 0;
        std::function<void(qint64)> ask = [&](qint64 user) {
            pacer.request({"/x", user}, [&, user](bool) {
                left.append({user, clock.elapsed()});
                // The partner refuses user 7 three times (their window is full), nobody else.
                const bool limited = user == 7 && refusals < 3;
                refusals += limited;
                pacer.ended({"/x", user}, limited);
                if (limited)
                    ask(user);
            });
        };
        ask(7);
        for (qint64 user = 100; user < 120; ++user)
            ask(user);
        QTRY_COMPARE_WITH_TIMEOUT(left.size(), 24, 5000);
        QCOMPARE(pacer.limitSignals(), 3);
        QCOMPARE(pacer.slowdown(), 1.0); // the run's pace untouched
        QList<qint64> user7;
        for (const auto &[user, at] : left)
            if (user == 7)
                user7 << at;
        QCOMPARE(user7.size(), 4);
        QVERIFY(user7[1] - user7[0] >= 100);
        QVERIFY(user7[2] - user7[1] >= 200);
        QVERIFY(user7[3] - user7[2] >= 400);
        // Everybody else went while user 7 was held.
        for (int i = 1; i <= 20; ++i)
            QVERIFY(left.at(i).first != 7);
    }

    void refusalsInARowSlowTheWholeRun()
    {
        Pacer pacer(fastPace(1000, 100));
        int answered = 0;
        for (qint64 user = 1; user <= 3; ++user)
            pacer.request({"/x", user}, [&, user](bool) {
                ++answered;
                pacer.ended({"/x", user}, true); // three users refused at once: the app's limit
            });
        QTRY_COMPARE(answered, 3);
        QCOMPARE(pacer.slowdown(), 0.25); // halved twice (the first refusal alone holds only its user)
    }

    void waitingCallsCanBeWithdrawnAndTicketsNeverRunInsideRequest()
    {
        Pacer pacer(fastPace(1000, 1000, 1));
        int went = 0, withdrawn = 0;
        bool inside = true;
        pacer.request({"/x", 0}, [&](bool go) {
            QVERIFY(!inside);
            go ? ++went : ++withdrawn;
        });
        inside = false;
        for (int i = 0; i < 3; ++i)
            pacer.request({"/x", 0}, [&](bool go) { go ? ++went : ++withdrawn; });
        QTRY_COMPARE(went, 1);
        pacer.cancelWaiting();
        QCOMPARE(withdrawn, 3);
        QCOMPARE(pacer.waiting(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPacer)
#include "tst_pacer.moc"
