#include "inspectcommand.h"

#include "identityoptions.h"

#include "core/clock.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace ait::cli {

int InspectCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks a client certificate (and its key) for use with Apps in Toss."));
    parser.addHelpOption();
    IdentityOptions identity(parser);
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the report as JSON."));
    parser.addOption(jsonOption);
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
    if (parser.positionalArguments().size() != 1) {
        err << tr("Usage: ait-cli inspect CERTIFICATE [--key KEY] [--passphrase-file FILE] [--json]") << Qt::endl;
        return UsageError;
    }
    if (!identity.buildRequest(parser, parser.positionalArguments().first(), err))
        return UsageError;

    const tls::InspectionReport report = tls::Inspector(Clock::system()).inspect(identity.request);
    if (parser.isSet(jsonOption))
        out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        out << report.toText();
    return int(report.verdict);
}

} // namespace ait::cli
