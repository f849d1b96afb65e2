// ait-bench-calls: partner calls through PartnerClient against ait-sandbox, for bench/run.sh.
//   ait-bench-calls --mode cold|warm|inflight --url URL --ca CA --cert CERT --key KEY [--count N] [--parallel P]
// Prints JSON: {"mode":…, "ms":[per-call milliseconds]} or {"mode":"inflight","seconds":total,"calls":N}.
#include "core/api/partnerclient.h"
#include "core/tls/materialloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTextStream>

using namespace ait;

namespace {

struct Setup
{
    api::ClientSettings settings;
    QList<tls::Certificate> chain;
    tls::PrivateKey key;
};

std::unique_ptr<api::PartnerClient> makeClient(const Setup &s)
{
    auto client = std::make_unique<api::PartnerClient>(s.settings);
    client->setIdentity(s.chain, s.key);
    return client;
}

// One lookup; returns the milliseconds it took, or -1 on failure.
double timedCall(api::PartnerClient &client)
{
    QElapsedTimer timer;
    timer.start();
    bool done = false, ok = false;
    client.getPaymentStatus(443731103, QStringLiteral("demo-pay-complete-1"), {}, true, nullptr,
                            [&](const api::Result<api::PaymentStatus> &r) { ok = r.ok(); done = true; });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return ok ? double(timer.nsecsElapsed()) / 1e6 : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption mode(QStringLiteral("mode"), QStringLiteral("cold, warm or inflight"), QStringLiteral("mode"));
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("sandbox URL"), QStringLiteral("url"));
    const QCommandLineOption ca(QStringLiteral("ca"), QStringLiteral("CA file"), QStringLiteral("file"));
    const QCommandLineOption cert(QStringLiteral("cert"), QStringLiteral("client chain"), QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("client key"), QStringLiteral("file"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("calls"), QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption parallel(QStringLiteral("parallel"), QStringLiteral("calls in flight"), QStringLiteral("n"), QStringLiteral("6"));
    parser.addOptions({mode, url, ca, cert, key, count, parallel});
    parser.process(app);

    Setup s;
    s.settings.appsBaseUrl = s.settings.payBaseUrl = QUrl(parser.value(url));
    s.settings.trustedCas = QSslCertificate::fromPath(parser.value(ca));
    s.chain = tls::MaterialLoader::readFile(parser.value(cert)).certificates;
    s.key = tls::MaterialLoader::readFile(parser.value(key)).key;
    const int n = parser.value(count).toInt();
    QJsonObject out{{QStringLiteral("mode"), parser.value(mode)}};

    if (parser.value(mode) == QLatin1String("cold")) {
        // Every call on a new client: TCP connect + full mutual-TLS handshake + the request.
        QJsonArray ms;
        for (int i = 0; i < n; ++i) {
            auto client = makeClient(s);
            ms << timedCall(*client);
        }
        out[QStringLiteral("ms")] = ms;
    } else if (parser.value(mode) == QLatin1String("warm")) {
        auto client = makeClient(s);
        timedCall(*client); // opens the connection; not counted
        QJsonArray ms;
        for (int i = 0; i < n; ++i)
            ms << timedCall(*client);
        out[QStringLiteral("ms")] = ms;
    } else {
        // `parallel` calls in flight until `n` are done, from a fresh client (like curl --parallel).
        auto client = makeClient(s);
        int started = 0, finished = 0, failures = 0;
        QElapsedTimer timer;
        timer.start();
        std::function<void()> startOne = [&] {
            ++started;
            client->getPaymentStatus(443731103, QStringLiteral("demo-pay-complete-1"), {}, true, nullptr,
                                     [&](const api::Result<api::PaymentStatus> &r) {
                ++finished;
                failures += !r.ok();
                if (started < n)
                    startOne();
            });
        };
        for (int i = 0; i < std::min(n, parser.value(parallel).toInt()); ++i)
            startOne();
        while (finished < n)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        out[QStringLiteral("seconds")] = double(timer.nsecsElapsed()) / 1e9;
        out[QStringLiteral("calls")] = n;
        out[QStringLiteral("failures")] = failures;
    }
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}
