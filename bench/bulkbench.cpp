// ait-bench-bulk: one bulk payout run against a running ait-sandbox, measured from inside:
// achieved calls per minute against the pace, the longest stall of a thread that stands for the
// GUI thread (the run's controller lives on it and receives every signal, as the console's window
// would), resident-memory growth, and journal bytes per row. Prints one JSON object.
//
//   ait-bench-bulk --ready READY.json --rows 10000 --pace 10000 [--in-flight 6] [--work DIR]
//
// READY.json is the line ait-sandbox prints when it is ready (url, control_url, control_token, …).
#include "core/bulk/bulkservice.h"
#include "core/tls/materialloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace ait;

namespace {

qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

QJsonObject control(const QJsonObject &ready, const QString &path)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(ready.value(QStringLiteral("control_url")).toString() + path));
    request.setRawHeader("Authorization", "Bearer " + ready.value(QStringLiteral("control_token")).toString().toLatin1());
    QNetworkReply *reply = path == QLatin1String("/stats/reset") ? nam.post(request, QByteArray("{}")) : nam.get(request);
    QEventLoop loop; // a measuring tool, not the GUI: waiting here stalls nothing that matters
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return o;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption readyOption(QStringLiteral("ready"), {}, QStringLiteral("file"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), {}, QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption paceOption(QStringLiteral("pace"), {}, QStringLiteral("calls"), QStringLiteral("10000"));
    const QCommandLineOption inFlightOption(QStringLiteral("in-flight"), {}, QStringLiteral("n"), QStringLiteral("6"));
    const QCommandLineOption workOption(QStringLiteral("work"), {}, QStringLiteral("dir"));
    parser.addOptions({readyOption, rowsOption, paceOption, inFlightOption, workOption});
    parser.process(app);
    QFile readyFile(parser.value(readyOption));
    if (!readyFile.open(QIODevice::ReadOnly))
        qFatal("--ready: cannot read %s", qPrintable(parser.value(readyOption)));
    const QJsonObject ready = QJsonDocument::fromJson(readyFile.readAll()).object();
    const int rows = parser.value(rowsOption).toInt();
    const int pace = parser.value(paceOption).toInt();
    QTemporaryDir tmp;
    const QString work = parser.isSet(workOption) ? parser.value(workOption) : tmp.path();
    QDir().mkpath(work);

    // The file: distinct synthetic users, amounts 1 … 5,000.
    QByteArray file("userKey,amount,memo\r\n");
    for (int i = 0; i < rows; ++i)
        file += QByteArray::number(900700000 + i) + ',' + QByteArray::number(1 + (i * 7919) % 5000) + ",bench row " + QByteArray::number(i + 1) + "\r\n";
    bulk::CheckOptions options;
    options.code = QStringLiteral("BULK_PROMO");
    options.pace.callsPerMinute = pace;
    const bulk::CheckReport report = bulk::Check::run(file, QStringLiteral("bench.csv"), options);
    if (!report.ok())
        qFatal("the bench file has problems: %s", qPrintable(report.problems.value(0).message));

    const QString journalPath = work + QStringLiteral("/journal.sqlite");
    QFile::remove(journalPath);
    journal::Journal journal(journalPath);
    if (!journal.open())
        qFatal("cannot open the journal");
    const qint64 emptyJournalBytes = QFileInfo(journalPath).size();

    bulk::RunRequest request;
    request.client.profileName = QStringLiteral("bench");
    request.client.appsBaseUrl = QUrl(ready.value(QStringLiteral("url")).toString());
    request.client.payBaseUrl = request.client.appsBaseUrl;
    request.client.trustedCas = QSslCertificate::fromPath(ready.value(QStringLiteral("ca")).toString());
    request.identity.chain = tls::MaterialLoader::readFile(ready.value(QStringLiteral("client_cert")).toString()).certificates;
    request.identity.key = tls::MaterialLoader::readFile(ready.value(QStringLiteral("client_key")).toString()).key;
    request.who = {QStringLiteral("bench"), QStringLiteral("bench"), request.identity.chain.value(0).sha256Fingerprint(), QStringLiteral("bench")};
    request.settings.pace.callsPerMinute = pace;
    request.settings.pace.callsInFlight = parser.value(inFlightOption).toInt();

    control(ready, QStringLiteral("/stats/reset"));
    const qint64 rssBefore = rssKb();
    qint64 rssMax = rssBefore;

    // The stand-in for the GUI thread: a 5 ms timer whose lateness is the stall.
    QElapsedTimer sinceTick;
    qint64 longestStallMs = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (sinceTick.isValid())
            longestStallMs = std::max(longestStallMs, sinceTick.elapsed() - 5);
        sinceTick.restart();
    });
    QTimer rssTimer;
    QObject::connect(&rssTimer, &QTimer::timeout, [&] { rssMax = std::max(rssMax, rssKb()); });

    bulk::BulkService service(journal);
    api::ApiError why;
    bulk::BulkRun *run = service.confirm(request, report, options, report.totalAmount, &why);
    if (!run)
        qFatal("refused: %s", qPrintable(why.message));
    QElapsedTimer wall;
    qint64 firstCallMs = -1;
    int rowsSeen = 0;
    std::optional<bulk::RunSummary> summary;
    QEventLoop loop;
    QObject::connect(run, &bulk::BulkRun::progress, [&](const bulk::Progress &p) {
        if (firstCallMs < 0 && p.calls > 0)
            firstCallMs = wall.elapsed();
    });
    QObject::connect(run, &bulk::BulkRun::rowsSettled, [&](const QList<bulk::RowResult> &r) { rowsSeen += int(r.size()); });
    QObject::connect(run, &bulk::BulkRun::finished, [&](const bulk::RunSummary &s) {
        summary = s;
        loop.quit();
    });
    wall.start();
    tick.start(5);
    rssTimer.start(250);
    run->start();
    loop.exec();
    tick.stop();
    const double seconds = wall.elapsed() / 1000.0;

    const QJsonObject stats = control(ready, QStringLiteral("/stats"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("measure"));
        db.setDatabaseName(journalPath);
        if (db.open())
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("measure"));
    const qint64 journalBytes = QFileInfo(journalPath).size() + QFileInfo(journalPath + QStringLiteral("-wal")).size();

    const double achieved = summary->calls / (seconds / 60.0);
    const QJsonObject result{
        {QStringLiteral("rows"), rows},
        {QStringLiteral("pace"), pace},
        {QStringLiteral("callsInFlight"), request.settings.pace.callsInFlight},
        {QStringLiteral("state"), bulk::runStateName(summary->state)},
        {QStringLiteral("succeeded"), summary->counts.succeeded},
        {QStringLiteral("rowsSignalled"), rowsSeen},
        {QStringLiteral("calls"), summary->calls},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("achievedCallsPerMinute"), achieved},
        {QStringLiteral("achievedOverPace"), achieved / pace},
        {QStringLiteral("busiestMinuteAtEmulator"), stats.value(QStringLiteral("maxCallsInAnyMinute"))},
        {QStringLiteral("busiestMinuteOverPace"), stats.value(QStringLiteral("maxCallsInAnyMinute")).toDouble() / pace},
        {QStringLiteral("busiestUserMinuteAtEmulator"), stats.value(QStringLiteral("maxUserCallsInAnyMinute"))},
        {QStringLiteral("limitRejections"), stats.value(QStringLiteral("limitRejections"))},
        {QStringLiteral("longestStallMs"), longestStallMs},
        {QStringLiteral("rssBeforeMB"), rssBefore / 1024.0},
        {QStringLiteral("rssGrowthMB"), (rssMax - rssBefore) / 1024.0},
        {QStringLiteral("journalBytesPerRow"), double(journalBytes - emptyJournalBytes) / rows},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return summary->state == bulk::RunState::Finished ? 0 : 1;
}
