#include "commands.h"

#include "core/api/connectiontest.h"
#include "core/profiles/profilestore.h"

#include <QJsonArray>

namespace ait::cli {

QString ProfilesCommand::summary()
{
    return tr("list the profiles; test a profile's certificate against the partner API");
}

void ProfilesCommand::start()
{
    dispatch(QStringLiteral("profiles"), {{QStringLiteral("list"), tr("the profiles, their environment and active certificate"), [this] { list(); }},
                                          {QStringLiteral("test"), tr("one harmless call, with the handshake evidence"), [this] { test(); }}});
}

void ProfilesCommand::list()
{
    CommandLine cl(QStringLiteral("profiles list [--json]"),
                   tr("Lists the profiles (shared with ait-console) with their environment, hosts and active certificate. "
                      "Reads only the settings: the keychain is not opened."),
                   CommandLine::Json);
    if (!cl.parse(arguments(), output()))
        return finish(cl.exitCode());
    if (!cl.positional().isEmpty())
        cl.fail(tr("ait-cli profiles list takes no arguments."));
    if (cl.failed())
        return finish(cl.exitCode());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<profiles::Profile> all = workspace().profiles().profiles();
    if (all.isEmpty())
        output().text(tr("No profiles yet. ait-cli import --profile NAME --cert FILE --key FILE makes one."));
    for (const profiles::Profile &p : all) {
        const profiles::IdentityInfo *active = p.activeIdentity();
        QJsonObject object{{QStringLiteral("profile"), p.name},
                           {QStringLiteral("id"), p.id},
                           {QStringLiteral("environment"), profiles::environmentName(p.environment)},
                           {QStringLiteral("readOnly"), p.readOnly},
                           {QStringLiteral("testPaymentsByDefault"), p.defaultTestPayment},
                           {QStringLiteral("appsUrl"), p.appsBaseUrl.toString()},
                           {QStringLiteral("payUrl"), p.payBaseUrl.toString()},
                           {QStringLiteral("decryptionKey"), p.hasDecryptionKey},
                           {QStringLiteral("identities"), int(p.identities.size())}};
        if (active)
            object.insert(QStringLiteral("active"), QJsonObject{{QStringLiteral("fingerprint"), active->fingerprint},
                                                                {QStringLiteral("commonName"), active->commonName},
                                                                {QStringLiteral("notAfter"), active->notAfter.toUTC().toString(Qt::ISODate)},
                                                                {QStringLiteral("daysLeft"), active->daysLeft(now)}});
        else
            object.insert(QStringLiteral("active"), QJsonValue::Null);
        output().result(object);
        QString flags = profiles::environmentName(p.environment);
        if (p.readOnly)
            flags += QStringLiteral(", ") + tr("read-only");
        QString line = QStringLiteral("%1  (%2)\n").arg(p.name, flags);
        line += active ? tr("  certificate %1, valid until %2 (%n day(s) left)", nullptr, active->daysLeft(now))
                             .arg(active->commonName, QLocale().toString(active->notAfter.toLocalTime(), QLocale::ShortFormat))
                       : tr("  no certificate");
        line += QLatin1Char('\n') + tr("  apps %1 · pay %2").arg(p.appsBaseUrl.toString(), p.payBaseUrl.toString());
        output().text(line);
    }
    finish(ops::exit_codes::Done);
}

void ProfilesCommand::test()
{
    CommandLine cl(QStringLiteral("profiles test --profile NAME [--json]"),
                   tr("Loads the profile's certificate from the OS keychain and makes one harmless call (an IAP order "
                      "status lookup for an order that does not exist) over a fresh connection. Prints the evidence: the "
                      "certificate presented and accepted, TLS version and cipher, handshake and call time, the server's "
                      "certificate chain. Exit 0 when the partner API answered."),
                   CommandLine::Profile | CommandLine::Json);
    if (!cl.parse(arguments(), output()))
        return finish(cl.exitCode());
    const QString profile = cl.required(QStringLiteral("profile"), tr("the profile to test"));
    if (cl.failed())
        return finish(cl.exitCode());
    withProfile(profile, [this](api::PartnerClient &client) {
        output().note(tr("Testing the connection…"));
        api::testConnection(client, this, [this](const api::ConnectionEvidence &e) {
            const QJsonObject result{{QStringLiteral("profile"), e.profileName},
                                     {QStringLiteral("ok"), e.ok()},
                                     {QStringLiteral("url"), e.url.toString()},
                                     {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("certificate"), e.clientFingerprint},
                                     {QStringLiteral("certificatePresented"), e.certificatePresented},
                                     {QStringLiteral("certificateAccepted"), e.certificateAccepted},
                                     {QStringLiteral("partnerAnswered"), e.partnerAnswered},
                                     {QStringLiteral("tls"), e.tlsProtocol},
                                     {QStringLiteral("cipher"), e.cipher},
                                     {QStringLiteral("newConnection"), e.newConnection},
                                     {QStringLiteral("handshakeMs"), e.handshakeMs},
                                     {QStringLiteral("durationMs"), e.durationMs},
                                     {QStringLiteral("httpStatus"), e.httpStatus},
                                     {QStringLiteral("partnerResult"), e.partnerResult},
                                     {QStringLiteral("serverChain"), QJsonArray::fromStringList(e.serverChain)}};
            const QString yes = tr("yes"), no = tr("no");
            output().text(tr("Connection test of profile \"%1\": %2\n"
                             "  Certificate presented:  %3 (SHA-256 %4)\n"
                             "  Certificate accepted:   %5\n"
                             "  TLS:                    %6 %7\n"
                             "  Handshake:              %8\n"
                             "  Call:                   %9 ms, HTTP %10, answer %11\n"
                             "  Server:                 %12\n"
                             "  Time:                   %13")
                              .arg(e.profileName, e.url.toString(), e.certificatePresented ? yes : no, e.clientFingerprint,
                                   e.certificateAccepted ? yes : no, e.tlsProtocol, e.cipher,
                                   e.handshakeMs >= 0 ? tr("%1 ms (new connection)").arg(e.handshakeMs) : tr("connection reused"))
                              .arg(e.durationMs)
                              .arg(e.httpStatus)
                              .arg(e.partnerResult, e.serverChain.join(QStringLiteral(" ← ")),
                                   QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat)));
            if (e.ok()) {
                output().text(tr("The partner API accepted the certificate and answered."));
                return finishWith(ops::OutcomeClass::Done, {}, result);
            }
            finishWithError(e.error, result);
        });
    });
}

} // namespace ait::cli
