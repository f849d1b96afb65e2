#include "importcommand.h"

#include "identityoptions.h"

#include "core/clock.h"
#include "core/keychain/credentialstore.h"
#include "core/profiles/profilestore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSslCertificate>
#include <QTextStream>

namespace ait::cli {

void ImportCommand::start()
{
    QTextStream &out = output().out();
    QTextStream &err = output().err();
    const QStringList arguments = QStringList{QStringLiteral("ait-cli")} + Command::arguments();
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks a client certificate and stores it, with its key, in the OS keychain."));
    parser.addHelpOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"), tr("Profile to store into (created when missing)."), tr("name"));
    const QCommandLineOption certOption(QStringLiteral("cert"), tr("Certificate, PEM bundle or PKCS#12 (.p12/.pfx) file."), tr("file"));
    const QCommandLineOption replaceOption(QStringLiteral("replace"), tr("Make the new identity the active one even when the profile already has one."));
    const QCommandLineOption environmentOption(QStringLiteral("environment"),
                                               tr("Environment of a new profile: live, sandbox or custom (default: live)."),
                                               tr("environment"), QStringLiteral("live"));
    const QCommandLineOption appsUrlOption(QStringLiteral("apps-url"), tr("Apps API base URL of the profile (https)."), tr("url"));
    const QCommandLineOption payUrlOption(QStringLiteral("pay-url"), tr("Pay API base URL of the profile (https)."), tr("url"));
    const QCommandLineOption caOption(QStringLiteral("ca"), tr("CA certificate (PEM) a sandbox or custom profile trusts."), tr("file"));
    const QCommandLineOption decryptionKeyOption(QStringLiteral("decryption-key-file"),
                                                 tr("File with the login decryption key (base64)."), tr("file"));
    const QCommandLineOption aadOption(QStringLiteral("aad-file"), tr("File with the login AAD."), tr("file"));
    parser.addOptions({profileOption, certOption, replaceOption, environmentOption, appsUrlOption, payUrlOption, caOption,
                       decryptionKeyOption, aadOption});
    IdentityOptions identity(parser);

    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return finish(UsageError);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return finish(0);
    }
    const std::optional<profiles::Environment> environment = profiles::environmentFromName(parser.value(environmentOption));
    if (!parser.isSet(profileOption) || parser.value(profileOption).trimmed().isEmpty() || !parser.isSet(certOption)
        || !parser.positionalArguments().isEmpty() || !environment) {
        err << tr("Usage: ait-cli import --profile NAME --cert FILE [--key FILE] [--passphrase-file FILE] [--replace] "
                  "[--environment live|sandbox|custom]")
            << Qt::endl;
        return finish(UsageError);
    }
    if (!identity.buildRequest(parser, parser.value(certOption), err))
        return finish(UsageError);
    auto readSmallFile = [](const QString &path) -> std::optional<QByteArray> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > qint64{64} * 1024)
            return std::nullopt;
        return file.readAll().trimmed();
    };
    std::optional<QByteArray> caPem, decryptionKey, aad;
    for (const auto &[option, target] : {std::pair{&caOption, &caPem}, std::pair{&decryptionKeyOption, &decryptionKey},
                                         std::pair{&aadOption, &aad}}) {
        if (parser.isSet(*option) && !(*target = readSmallFile(parser.value(*option)))) {
            err << tr("The file %1 cannot be read.").arg(parser.value(*option)) << Qt::endl;
            return finish(UsageError);
        }
    }
    if (caPem && QSslCertificate::fromData(*caPem, QSsl::Pem).isEmpty()) {
        err << tr("%1 holds no PEM certificate.").arg(parser.value(caOption)) << Qt::endl;
        return finish(UsageError);
    }
    if (decryptionKey.has_value() != aad.has_value()) {
        err << tr("Give --decryption-key-file and --aad-file together.") << Qt::endl;
        return finish(UsageError);
    }

    const tls::InspectionReport report = tls::Inspector(Clock::system()).inspect(identity.request);
    out << report.toText();
    if (report.verdict > tls::Verdict::Warning)
        return finish(int(report.verdict));
    if (report.key.isNull()) {
        err << tr("No private key was found: give the key file with --key.") << Qt::endl;
        return finish(int(tls::Verdict::Unreadable));
    }

    profiles::ProfileStore &store = workspace().profiles();
    const QString profileName = parser.value(profileOption).trimmed();
    std::optional<profiles::Profile> profile = store.profileByName(profileName);
    const QString fingerprint = report.leaf().sha256Fingerprint();
    if (profile && profile->activeIdentity() && profile->activeFingerprint != fingerprint && !parser.isSet(replaceOption)) {
        err << tr("Profile \"%1\" already has an active identity (%2, valid until %3). Add --replace to make the new "
                  "certificate the active one; the old one stays available for rotation.")
                   .arg(profile->name, profile->activeIdentity()->commonName,
                        profile->activeIdentity()->notAfter.toString(Qt::ISODate))
            << Qt::endl;
        return finish(ActiveIdentityExists);
    }
    const bool created = !profile;
    if (created)
        profile = store.createProfile(profileName, *environment);
    if (parser.isSet(appsUrlOption) || parser.isSet(payUrlOption) || caPem) {
        profiles::Profile updated = *profile;
        if (parser.isSet(appsUrlOption))
            updated.appsBaseUrl = QUrl(parser.value(appsUrlOption));
        if (parser.isSet(payUrlOption))
            updated.payBaseUrl = QUrl(parser.value(payUrlOption));
        if (caPem)
            updated.trustedCaPem = *caPem;
        if (updated.appsBaseUrl.scheme() != QLatin1String("https") || updated.payBaseUrl.scheme() != QLatin1String("https")
            || !store.updateProfile(updated)) {
            err << tr("The API URLs must start with https://.") << Qt::endl;
            return finish(UsageError);
        }
    }

    // The keychain steps, one after the other in this command's event loop.
    const QString profileId = profile->id, name = profile->name;
    const int verdict = int(report.verdict);
    const bool inGitTree = report.has(tls::Finding::Code::KeyFileInGitRepository);
    auto stored = [this, name, verdict, inGitTree] {
        QTextStream &stdOut = output().out();
        stdOut << Qt::endl
            << tr("Stored in profile \"%1\" as the active identity.").arg(name) << Qt::endl
            << tr("The private key now lives in the OS keychain. Delete the original key file or lock it away.") << Qt::endl;
        if (inGitTree)
            stdOut << tr("The key file is inside a Git working tree: make sure it was never committed.") << Qt::endl;
        finish(verdict);
    };
    store.storeIdentity(profileId, report, true, this,
                        [this, &store, profileId, created, decryptionKey, aad, stored](const keychain::StoreResult &result) {
        if (!result.ok()) {
            auto refused = [this, result] {
                QTextStream &stdErr = output().err();
                stdErr << tr("The OS keychain refused to store the identity: %1").arg(result.message) << Qt::endl;
                if (!result.hint.isEmpty())
                    stdErr << result.hint << Qt::endl;
                finish(KeychainRefused);
            };
            if (!created)
                return refused();
            // Leave no empty profile behind.
            return store.removeProfile(profileId, this, [refused](const keychain::StoreResult &) { refused(); });
        }
        if (!decryptionKey)
            return stored();
        store.storeDecryptionKey(profileId, QString::fromLatin1(*decryptionKey), *aad, this,
                                 [this, stored](const keychain::StoreResult &keyResult) {
            if (!keyResult.ok()) {
                output().err() << keyResult.message << Qt::endl;
                return finish(keyResult.error == keychain::StoreError::Other ? UsageError : KeychainRefused);
            }
            stored();
        });
    });
}

} // namespace ait::cli
