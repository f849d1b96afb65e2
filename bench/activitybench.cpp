// Activity with a million operations (issue 15): bench/activity.sh runs this program once per
// measurement, so that each one's resident memory is its own. Modes (each prints one JSON object):
//   fill JOURNAL N        N synthetic operations, one transaction
//   open JOURNAL          the console's window with Activity shown: time to its first rows, a filter
//                         change (kind, text, Mine, back to all), scrolling to the end, resident memory
//   export JOURNAL OUT    the CSV export of everything, streamed: time, rows, peak resident memory
// The journal comes from openJournal(): this computer's SQLite file today; a team journal
// (PostgreSQL) plugs in there.
#include "core/clock.h"
#include "core/journal/journal.h"
#include "core/journal/journalpager.h"
#include "core/keychain/credentialstore.h"
#include "core/ops/moneyservices.h"
#include "core/profiles/profilestore.h"
#include "gui/activitymodel.h"
#include "gui/activitytab.h"
#include "gui/appcontext.h"
#include "gui/mainwindow.h"
#include "support/memorybackend.h"
#include "support/syntheticjournal.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSaveFile>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>

using namespace ait;

namespace {

// The journal under test. `spec` is a file path; a "postgresql://…" spec would open a team journal.
std::unique_ptr<journal::Journal> openJournal(const QString &spec)
{
    auto journal = std::make_unique<journal::Journal>(spec);
    QString error;
    if (!journal->open(&error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(spec), qPrintable(error));
        return nullptr;
    }
    return journal;
}

// kB from /proc/self/status ("VmRSS", "VmHWM").
qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// CPU time of this process (user + system), ms: steadier than the wall clock on a shared machine.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void print(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
}

int fill(const QString &spec, int count)
{
    auto journal = openJournal(spec);
    if (!journal)
        return 1;
    QElapsedTimer t;
    t.start();
    QString error;
    if (!test::fillSynthetic(*journal, count, 1, &error)) {
        std::fprintf(stderr, "fill: %s\n", qPrintable(error));
        return 1;
    }
    const double fillMs = ms(t); // into schema 3, whose indexes are kept up as rows go in
    print({{QStringLiteral("mode"), QStringLiteral("fill")}, {QStringLiteral("rows"), count}, {QStringLiteral("ms"), fillMs}});
    return 0;
}

// Everything painted that is pending: what the operator waits for.
void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

int open(const QString &spec)
{
    auto journal = openJournal(spec);
    if (!journal)
        return 1;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("operator/name"), QStringLiteral("op-3"));
    keychain::CredentialStore secrets(std::make_unique<keychain::MemoryBackend>(), settings);
    profiles::ProfileStore profiles(secrets, settings);
    const Clock &clock = Clock::system();
    ops::MoneyServices money(*journal, clock);
    gui::AppContext context{settings, secrets, profiles, clock, *journal, money};
    gui::MainWindow window(context);
    window.show();
    settle();
    const qint64 rssWindow = statusKb("VmRSS");

    QElapsedTimer t;
    t.start();
    window.showTab(gui::MainWindow::Tab::Activity);
    gui::ActivityTab *tab = window.activityTab();
    tab->table->repaint();
    settle();
    const double openMs = ms(t);
    const int firstRows = tab->model->rowCount();
    const qint64 rssOpen = statusKb("VmRSS");

    const auto timed = [&](const std::function<void()> &change) {
        QElapsedTimer c;
        c.start();
        change();
        tab->table->repaint();
        settle();
        return ms(c);
    };
    const double kindMs = timed([&] { tab->kindFilter->setCurrentIndex(tab->kindFilter->findData(int(journal::Kind::Payout))); });
    const double allMs = timed([&] { tab->clearFilters(); });
    const double mineMs = timed([&] { tab->scopeFilter->setCurrentIndex(1); });
    tab->clearFilters();
    const double stateMs = timed([&] { tab->stateFilter->setCurrentIndex(tab->stateFilter->findData(int(journal::State::Unknown))); });
    tab->clearFilters();
    // A text search scans (no index serves LIKE '%…%'): the worst filter, measured apart.
    const double textMs = timed([&] { tab->textFilter->setText(QStringLiteral("pt-99999")); });
    const double textRareMs = timed([&] { tab->textFilter->setText(QStringLiteral("nothing-like-this")); });
    tab->clearFilters();
    const double refreshMs = timed([&] { tab->reload(); }); // what a change elsewhere costs

    // To the end: the view asks for the next page each time it reaches the bottom.
    QElapsedTimer s;
    s.start();
    int pages = 0;
    while (tab->model->canFetchMore({})) {
        tab->table->scrollToBottom();
        tab->model->fetchMore({});
        ++pages;
    }
    tab->table->repaint();
    settle();
    const double scrollMs = ms(s);
    print({{QStringLiteral("mode"), QStringLiteral("open")},
           {QStringLiteral("operations"), journal->lastId()},
           {QStringLiteral("rss_window_kb"), rssWindow},
           {QStringLiteral("open_ms"), openMs},
           {QStringLiteral("first_rows"), firstRows},
           {QStringLiteral("rss_open_kb"), rssOpen},
           {QStringLiteral("filter_kind_ms"), kindMs},
           {QStringLiteral("filter_clear_ms"), allMs},
           {QStringLiteral("filter_mine_ms"), mineMs},
           {QStringLiteral("filter_state_unknown_ms"), stateMs},
           {QStringLiteral("filter_text_ms"), textMs},
           {QStringLiteral("filter_text_nomatch_ms"), textRareMs},
           {QStringLiteral("refresh_ms"), refreshMs},
           {QStringLiteral("scroll_to_end_ms"), scrollMs},
           {QStringLiteral("scroll_pages"), pages},
           {QStringLiteral("rows_listed"), tab->model->rowCount()},
           {QStringLiteral("operations_held"), tab->model->cachedOperations()},
           {QStringLiteral("rss_after_scroll_kb"), statusKb("VmRSS")}});
    return 0;
}

int exportAll(const QString &spec, const QString &out)
{
    auto journal = openJournal(spec);
    if (!journal)
        return 1;
    const qint64 rssBefore = statusKb("VmRSS");
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    journal::CsvExport csv(*journal, {}, file, true);
    QElapsedTimer t;
    t.start();
    const double cpuStart = cpuMs();
    qint64 hwmMid = 0;
    const bool ok = csv.run([&](qint64 rows, double) {
        if (rows > 100000 && !hwmMid)
            hwmMid = statusKb("VmHWM"); // after 100,000 rows: the peak should not grow after this
        return true;
    });
    if (!ok || !file.commit()) {
        std::fprintf(stderr, "export: %s\n", qPrintable(csv.error()));
        return 1;
    }
    print({{QStringLiteral("mode"), QStringLiteral("export")},
           {QStringLiteral("rows"), csv.rowsWritten()},
           {QStringLiteral("ms"), ms(t)},
           {QStringLiteral("cpu_ms"), cpuMs() - cpuStart},
           {QStringLiteral("bytes"), QFile(out).size()},
           {QStringLiteral("rss_before_kb"), rssBefore},
           {QStringLiteral("peak_rss_at_100k_rows_kb"), hwmMid},
           {QStringLiteral("peak_rss_kb"), statusKb("VmHWM")}});
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 3 && args[0] == QLatin1String("fill"))
        return fill(args[1], args[2].toInt());
    if (args.size() == 2 && args[0] == QLatin1String("open"))
        return open(args[1]);
    if (args.size() == 3 && args[0] == QLatin1String("export"))
        return exportAll(args[1], args[2]);
    std::fprintf(stderr, "usage: ait-bench-activity fill JOURNAL N | open JOURNAL | export JOURNAL OUT.csv\n");
    return 2;
}
