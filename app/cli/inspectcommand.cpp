#include "inspectcommand.h"

#include "core/clock.h"
#include "core/tls/inspection.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <optional>

namespace ait::cli {

namespace {

// The passphrase file's first line, without its line ending, in wiped memory.
std::optional<tls::SecretBuffer> readPassphrase(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || file.size() > 4096)
        return std::nullopt;
    tls::SecretBuffer buffer(file.size());
    if (file.read(buffer.data(), buffer.size()) != buffer.size())
        return std::nullopt;
    qsizetype end = buffer.view().indexOf('\n');
    if (end < 0)
        end = buffer.size();
    if (end > 0 && buffer.data()[end - 1] == '\r')
        --end;
    buffer.truncate(end);
    return buffer;
}

} // namespace

int InspectCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks a client certificate (and its key) for use with Apps in Toss."));
    parser.addHelpOption();
    const QCommandLineOption keyOption(QStringLiteral("key"), tr("Private key file, when the certificate file holds none."),
                                       tr("file"));
    const QCommandLineOption passphraseOption(QStringLiteral("passphrase-file"),
                                              tr("File whose first line is the key's passphrase."), tr("file"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the report as JSON."));
    parser.addOptions({keyOption, passphraseOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("certificate"),
                                 tr("Certificate, PEM bundle or PKCS#12 (.p12/.pfx) file."));

    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << tr("Usage: ait-cli inspect CERTIFICATE [--key KEY] [--passphrase-file FILE] [--json]") << Qt::endl;
        return UsageError;
    }

    std::optional<tls::SecretBuffer> passphrase;
    if (parser.isSet(passphraseOption)) {
        passphrase = readPassphrase(parser.value(passphraseOption));
        if (!passphrase) {
            err << tr("The passphrase file %1 cannot be read.").arg(parser.value(passphraseOption)) << Qt::endl;
            return UsageError;
        }
    }

    tls::InspectionRequest request;
    request.certificate = tls::MaterialSource::file(positional.first());
    if (parser.isSet(keyOption))
        request.key = tls::MaterialSource::file(parser.value(keyOption));
    request.passphrase = passphrase ? &*passphrase : nullptr;

    const tls::InspectionReport report = tls::Inspector(Clock::system()).inspect(request);
    if (parser.isSet(jsonOption))
        out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        out << report.toText();
    return int(report.verdict);
}

} // namespace ait::cli
