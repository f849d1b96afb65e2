#include "identityoptions.h"

#include <QFile>
#include <QTextStream>

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

IdentityOptions::IdentityOptions(QCommandLineParser &parser)
    : m_key(QStringLiteral("key"), tr("Private key file, when the certificate file holds none."), tr("file"))
    , m_passphraseFile(QStringLiteral("passphrase-file"), tr("File whose first line is the key's passphrase."), tr("file"))
{
    parser.addOption(m_key);
    parser.addOption(m_passphraseFile);
}

bool IdentityOptions::buildRequest(const QCommandLineParser &parser, const QString &certificatePath, QTextStream &err)
{
    if (parser.isSet(m_passphraseFile)) {
        m_passphrase = readPassphrase(parser.value(m_passphraseFile));
        if (!m_passphrase) {
            err << tr("The passphrase file %1 cannot be read.").arg(parser.value(m_passphraseFile)) << Qt::endl;
            return false;
        }
    }
    request.certificate = tls::MaterialSource::file(certificatePath);
    if (parser.isSet(m_key))
        request.key = tls::MaterialSource::file(parser.value(m_key));
    request.passphrase = m_passphrase ? &*m_passphrase : nullptr;
    return true;
}

} // namespace ait::cli
