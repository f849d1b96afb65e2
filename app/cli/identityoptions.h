#pragma once

#include "core/tls/inspection.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

class QTextStream;

namespace ait::cli {

constexpr int UsageError = 64;

// The options inspect and import share: CERTIFICATE [--key KEY] [--passphrase-file FILE].
class IdentityOptions
{
    Q_DECLARE_TR_FUNCTIONS(ait::cli::IdentityOptions)

public:
    explicit IdentityOptions(QCommandLineParser &parser);

    // After parser.parse(): builds the request, or prints why not and returns false.
    bool buildRequest(const QCommandLineParser &parser, const QString &certificatePath, QTextStream &err);

    tls::InspectionRequest request;

private:
    QCommandLineOption m_key;
    QCommandLineOption m_passphraseFile;
    std::optional<tls::SecretBuffer> m_passphrase;
};

} // namespace ait::cli
