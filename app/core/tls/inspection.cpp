#include "inspection.h"

#include "core/i18n.h"

#include "../clock.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <cmath>

namespace ait::tls {

namespace {

LoadedMaterial load(const MaterialSource &source, const SecretBuffer *passphrase)
{
    if (source.isFile())
        return MaterialLoader::readFile(source.path, passphrase);
    return MaterialLoader::parse(source.bytes ? source.bytes->clone() : SecretBuffer(), passphrase);
}

QString formatName(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Pem: return QStringLiteral("pem");
    case SourceFormat::Der: return QStringLiteral("der");
    case SourceFormat::Pkcs12: return QStringLiteral("pkcs12");
    case SourceFormat::Unknown: break;
    }
    return QStringLiteral("unknown");
}

bool isInsideGitWorkTree(const QString &filePath)
{
    QDir dir = QFileInfo(filePath).absoluteDir();
    for (;;) {
        if (QFileInfo::exists(dir.filePath(QStringLiteral(".git"))))
            return true;
        if (!dir.cdUp())
            return false;
    }
}

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

QString Finding::id() const
{
    switch (code) {
    case Code::CertificateFileNotFound: return QStringLiteral("certificate-file-not-found");
    case Code::KeyFileNotFound: return QStringLiteral("key-file-not-found");
    case Code::FileNotReadable: return QStringLiteral("file-not-readable");
    case Code::EmptyFile: return QStringLiteral("empty-file");
    case Code::FileTooLarge: return QStringLiteral("file-too-large");
    case Code::NotRecognised: return QStringLiteral("not-recognised");
    case Code::Damaged: return QStringLiteral("damaged");
    case Code::UnsupportedAlgorithm: return QStringLiteral("unsupported-algorithm");
    case Code::NoCertificate: return QStringLiteral("no-certificate");
    case Code::NoKeyInKeyFile: return QStringLiteral("no-key-in-key-file");
    case Code::PassphraseRequired: return QStringLiteral("passphrase-required");
    case Code::WrongPassphrase: return QStringLiteral("wrong-passphrase");
    case Code::KeyMismatch: return QStringLiteral("key-mismatch");
    case Code::Expired: return QStringLiteral("expired");
    case Code::NotYetValid: return QStringLiteral("not-yet-valid");
    case Code::ExpiresSoon: return QStringLiteral("expires-soon");
    case Code::NoClientAuth: return QStringLiteral("no-client-auth");
    case Code::KeyFileReadableByOthers: return QStringLiteral("key-file-readable-by-others");
    case Code::KeyFileInGitRepository: return QStringLiteral("key-file-in-git-repository");
    case Code::ChainSignatureInvalid: return QStringLiteral("chain-signature-invalid");
    case Code::ChainCertificateExpired: return QStringLiteral("chain-certificate-expired");
    case Code::UnrelatedCertificates: return QStringLiteral("unrelated-certificates");
    case Code::NoPrivateKey: return QStringLiteral("no-private-key");
    }
    return QStringLiteral("unknown");
}

bool InspectionReport::has(Finding::Code code) const
{
    return std::any_of(findings.cbegin(), findings.cend(), [code](const Finding &f) { return f.code == code; });
}

Inspector::Inspector(const Clock &clock) : m_clock(clock) {}

QString Inspector::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ready: return QStringLiteral("ready");
    case Verdict::Warning: return QStringLiteral("warning");
    case Verdict::Blocked: return QStringLiteral("blocked");
    case Verdict::Unreadable: return QStringLiteral("unreadable");
    case Verdict::WrongPassphrase: return QStringLiteral("wrong-passphrase");
    }
    return {};
}

QString Inspector::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ready: return tr("Ready: this certificate and key can be used.");
    case Verdict::Warning: return tr("Usable, with warnings.");
    case Verdict::Blocked: return tr("Blocked: this certificate cannot be used.");
    case Verdict::Unreadable: return tr("Unreadable: no usable certificate or key was found.");
    case Verdict::WrongPassphrase: return tr("Passphrase needed: the key is protected and could not be unlocked.");
    }
    return {};
}

void Inspector::add(InspectionReport &report, Finding::Code code, Verdict severity, QString message,
                    QString hint, QString technical) const
{
    // Korean particles after inserted names ("%2은(는)") are settled once the text is whole.
    Finding finding{code, false, severity, i18n::resolveKoParticles(message), i18n::resolveKoParticles(hint), std::move(technical)};
    report.findings << finding;
    if (severity > report.verdict)
        report.verdict = severity;
}

InspectionReport Inspector::inspect(const InspectionRequest &request) const
{
    InspectionReport report;
    const LoadedMaterial main = load(request.certificate, request.passphrase);
    report.format = main.format;
    if (!main.ok()) {
        addLoadError(report, main, false);
        return report;
    }

    QList<Certificate> certificates = main.certificates;
    report.key = main.key;
    if (!main.key.isNull() && request.certificate.isFile())
        report.keyPath = request.certificate.path;

    if (request.key) {
        const LoadedMaterial keySource = load(*request.key, request.passphrase);
        if (!keySource.ok()) {
            addLoadError(report, keySource, true);
        } else if (keySource.key.isNull()) {
            add(report, Finding::Code::NoKeyInKeyFile, Verdict::Unreadable,
                keySource.certificates.isEmpty() ? tr("The key file holds no private key.")
                                                 : tr("The key file holds a certificate, not a private key."),
                tr("Choose the private key file (often named client-key.pem or *_private.key). Were the two files swapped?"));
        } else {
            report.key = keySource.key;
            report.keyPath = request.key->path;
            for (const Certificate &c : keySource.certificates) {
                if (!certificates.contains(c))
                    certificates << c;
            }
        }
    }

    if (certificates.isEmpty()) {
        add(report, Finding::Code::NoCertificate, Verdict::Unreadable,
            report.key.isNull() ? tr("No certificate was found.")
                                : tr("This file holds a private key but no certificate."),
            tr("Choose the certificate file (often named client-cert.pem or *_public.crt)."));
        return report;
    }

    judgeIdentity(report, certificates);
    judgeKeyFile(report);
    return report;
}

void Inspector::addLoadError(InspectionReport &report, const LoadedMaterial &material, bool isKeySource) const
{
    const QString what = isKeySource ? tr("The key file") : tr("The certificate file");
    const QString detail = material.technicalDetail;
    using C = Finding::Code;
    switch (material.error) {
    case LoadError::None:
        return;
    case LoadError::FileNotFound:
        add(report, isKeySource ? C::KeyFileNotFound : C::CertificateFileNotFound, Verdict::Unreadable,
            tr("%1 does not exist.").arg(what), tr("Check the path and try again."));
        return;
    case LoadError::FileNotReadable:
        add(report, C::FileNotReadable, Verdict::Unreadable, tr("%1 cannot be read.").arg(what),
            tr("Check that the file is not a folder and that you have permission to read it."), detail);
        return;
    case LoadError::Empty:
        add(report, C::EmptyFile, Verdict::Unreadable, tr("%1 is empty.").arg(what),
            tr("Download the file again from the Apps in Toss console."));
        return;
    case LoadError::TooLarge:
        add(report, C::FileTooLarge, Verdict::Unreadable,
            tr("%1 is larger than 1 MiB, far too large for a certificate or key.").arg(what),
            tr("Check that you chose the right file."));
        return;
    case LoadError::NotRecognised:
        add(report, C::NotRecognised, Verdict::Unreadable,
            material.pemLabels.isEmpty()
                ? tr("%1 is not a certificate, a private key or a PKCS#12 file.").arg(what)
                : tr("%1 holds %2, which is not a certificate or a private key.")
                      .arg(what, material.pemLabels.join(QStringLiteral(", "))),
            tr("Use the certificate and key downloaded from the Apps in Toss console (PEM), or a .p12/.pfx file."),
            detail);
        return;
    case LoadError::Damaged:
        add(report, C::Damaged, Verdict::Unreadable, tr("%1 is damaged or cut off.").arg(what),
            tr("Download the file again, or copy the whole text including the BEGIN and END lines."), detail);
        return;
    case LoadError::UnsupportedAlgorithm:
        add(report, C::UnsupportedAlgorithm, Verdict::Unreadable,
            tr("%1 uses a key type that cannot be used here (%2). Only RSA and EC keys are supported.")
                .arg(what, detail.isEmpty() ? tr("unknown") : detail),
            tr("Issue a new certificate in the Apps in Toss console."));
        return;
    case LoadError::PassphraseRequired:
        add(report, C::PassphraseRequired, Verdict::WrongPassphrase,
            tr("The private key is protected by a passphrase."), tr("Enter the passphrase to unlock it."));
        return;
    case LoadError::WrongPassphrase:
        add(report, C::WrongPassphrase, Verdict::WrongPassphrase, tr("The passphrase is wrong."),
            tr("Check the keyboard layout and Caps Lock, then try again."), detail);
        return;
    }
}

void Inspector::judgeIdentity(InspectionReport &report, QList<Certificate> certificates) const
{
    using C = Finding::Code;

    // The leaf is the certificate of our key; without a key, the one that issued no other.
    qsizetype leafIndex = -1;
    if (!report.key.isNull()) {
        for (qsizetype i = 0; i < certificates.size() && leafIndex < 0; ++i) {
            if (report.key.matches(certificates[i]))
                leafIndex = i;
        }
        report.keyMatches = leafIndex >= 0;
        if (!report.keyMatches) {
            add(report, C::KeyMismatch, Verdict::Blocked,
                tr("The private key does not belong to this certificate."),
                tr("Use the key file that was downloaded together with this certificate."));
        }
    }
    if (leafIndex < 0) {
        auto issuesAnother = [&](const Certificate &candidate) {
            return std::any_of(certificates.cbegin(), certificates.cend(), [&](const Certificate &other) {
                return !(other == candidate) && candidate.namesAsIssuerOf(other);
            });
        };
        leafIndex = 0;
        for (qsizetype i = 0; i < certificates.size(); ++i) {
            if (!issuesAnother(certificates[i])) {
                leafIndex = i;
                break;
            }
        }
    }

    report.chain << certificates.takeAt(leafIndex);
    while (!report.chain.last().isSelfSigned()) {
        const Certificate &child = report.chain.last();
        const auto parent = std::find_if(certificates.begin(), certificates.end(), [&](const Certificate &c) {
            return c.namesAsIssuerOf(child);
        });
        if (parent == certificates.end())
            break;
        report.chain << *parent;
        certificates.erase(parent);
    }
    report.unrelated = certificates;

    const CertificateDetails leaf = report.leaf().details();
    const QDateTime now = m_clock.now();
    report.daysLeft = int(std::floor(double(now.secsTo(leaf.notAfter)) / 86400.0));
    if (now > leaf.notAfter) {
        add(report, C::Expired, Verdict::Blocked,
            tr("The certificate expired on %1.").arg(utc(leaf.notAfter)),
            tr("Issue a new certificate in the Apps in Toss console and import it."));
    } else if (now < leaf.notBefore) {
        add(report, C::NotYetValid, Verdict::Blocked,
            tr("The certificate is not valid before %1.").arg(utc(leaf.notBefore)),
            tr("Check the computer's date and time, or wait until the certificate becomes valid."));
    } else if (report.daysLeft <= ExpiryWarningDays) {
        add(report, C::ExpiresSoon, Verdict::Warning,
            tr("The certificate expires in %n day(s).", nullptr, report.daysLeft),
            tr("Issue a new certificate in the Apps in Toss console before it expires; several can be active at once."));
    }
    if (!leaf.allowsClientAuth) {
        add(report, C::NoClientAuth, Verdict::Warning,
            tr("The certificate is not marked for client authentication (extended key usage: %1).")
                .arg(leaf.extendedKeyUsage.join(QStringLiteral(", "))),
            tr("Servers may refuse it. Use the client certificate issued by the Apps in Toss console."));
    }

    report.chainVerified = true;
    for (qsizetype i = 0; i + 1 < report.chain.size(); ++i) {
        if (!report.chain[i].isSignedBy(report.chain[i + 1])) {
            report.chainVerified = false;
            add(report, C::ChainSignatureInvalid, Verdict::Warning,
                tr("The signature on \"%1\" does not verify with its issuer's key.")
                    .arg(report.chain[i].details().subject),
                tr("The chain in the file is inconsistent; download it again."));
        }
    }
    for (qsizetype i = 1; i < report.chain.size(); ++i) {
        const CertificateDetails ca = report.chain[i].details();
        if (now > ca.notAfter || now < ca.notBefore) {
            add(report, C::ChainCertificateExpired, Verdict::Warning,
                tr("The issuing certificate \"%1\" is outside its validity period.").arg(ca.subject),
                tr("Download the current certificate chain."));
        }
    }
    if (!report.unrelated.isEmpty()) {
        add(report, C::UnrelatedCertificates, Verdict::Warning,
            tr("%n certificate(s) in the input do not belong to this certificate's chain.", nullptr,
               int(report.unrelated.size())),
            tr("They will be left out."));
    }
    if (report.key.isNull() && !report.has(C::NoKeyInKeyFile) && report.verdict < Verdict::Unreadable) {
        Finding info{C::NoPrivateKey, true, Verdict::Ready,
                     tr("No private key was given, so whether it matches was not checked."),
                     tr("Give the key file too (--key) to check the pair."), {}};
        report.findings << info;
    }
}

void Inspector::judgeKeyFile(InspectionReport &report) const
{
    if (report.keyPath.isEmpty() || report.key.isNull())
        return;
#ifdef Q_OS_UNIX
    const auto permissions = QFileInfo(report.keyPath).permissions();
    if (permissions & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) {
        add(report, Finding::Code::KeyFileReadableByOthers, Verdict::Warning,
            tr("The private key file can be read by other users of this computer."),
            tr("Restrict it with: chmod 600 \"%1\" — or delete it once the key is in the keychain.")
                .arg(report.keyPath));
    }
#endif
    if (isInsideGitWorkTree(report.keyPath)) {
        add(report, Finding::Code::KeyFileInGitRepository, Verdict::Warning,
            tr("The private key file is inside a Git working tree."),
            tr("Move it out and make sure it was never committed (*.pem, *.key and *.crt belong in .gitignore)."));
    }
}

QJsonObject InspectionReport::toJson() const
{
    QJsonObject json;
    json[QStringLiteral("verdict")] = Inspector::verdictName(verdict);
    json[QStringLiteral("exitCode")] = int(verdict);
    json[QStringLiteral("format")] = formatName(format);

    QJsonArray findingList, warnings;
    for (const Finding &f : findings) {
        QJsonObject o;
        o[QStringLiteral("id")] = f.id();
        o[QStringLiteral("severity")] = f.informational ? QStringLiteral("info") : Inspector::verdictName(f.severity);
        o[QStringLiteral("message")] = f.message;
        if (!f.hint.isEmpty())
            o[QStringLiteral("hint")] = f.hint;
        if (!f.technicalDetail.isEmpty())
            o[QStringLiteral("detail")] = f.technicalDetail;
        findingList << o;
        if (!f.informational && f.severity == Verdict::Warning)
            warnings << f.id();
    }
    json[QStringLiteral("findings")] = findingList;
    json[QStringLiteral("warnings")] = warnings;

    if (hasLeaf()) {
        const CertificateDetails d = leaf().details();
        json[QStringLiteral("subject")] = d.subject;
        json[QStringLiteral("commonName")] = d.commonName;
        json[QStringLiteral("issuer")] = d.issuer;
        json[QStringLiteral("serialNumber")] = d.serialNumber;
        json[QStringLiteral("notBefore")] = utc(d.notBefore);
        json[QStringLiteral("notAfter")] = utc(d.notAfter);
        json[QStringLiteral("daysLeft")] = daysLeft;
        json[QStringLiteral("publicKey")] = QJsonObject{{QStringLiteral("algorithm"), d.keyAlgorithm},
                                                        {QStringLiteral("bits"), d.keyBits},
                                                        {QStringLiteral("curve"), d.curve}};
        json[QStringLiteral("sha256Fingerprint")] = d.sha256Fingerprint;
        json[QStringLiteral("sha1Fingerprint")] = d.sha1Fingerprint;
        json[QStringLiteral("spkiSha256")] = d.spkiSha256;
        json[QStringLiteral("keyUsage")] = QJsonArray::fromStringList(d.keyUsage);
        json[QStringLiteral("extendedKeyUsage")] = QJsonArray::fromStringList(d.extendedKeyUsage);
        json[QStringLiteral("clientAuth")] = d.allowsClientAuth;
        json[QStringLiteral("subjectAltNames")] = QJsonArray::fromStringList(d.subjectAltNames);
        QJsonArray chainList;
        for (const Certificate &c : chain) {
            const CertificateDetails cd = c.details();
            chainList << QJsonObject{{QStringLiteral("subject"), cd.subject},
                                     {QStringLiteral("issuer"), cd.issuer},
                                     {QStringLiteral("notAfter"), utc(cd.notAfter)},
                                     {QStringLiteral("sha256Fingerprint"), cd.sha256Fingerprint}};
        }
        json[QStringLiteral("chain")] = chainList;
        json[QStringLiteral("chainVerified")] = chainVerified;
        json[QStringLiteral("unrelatedCertificates")] = int(unrelated.size());
    }
    json[QStringLiteral("privateKey")] = QJsonObject{
        {QStringLiteral("provided"), !key.isNull()},
        {QStringLiteral("algorithm"), key.algorithm()},
        {QStringLiteral("bits"), key.bits()},
        {QStringLiteral("matchesCertificate"), keyMatches},
    };
    return json;
}

QString InspectionReport::toText() const
{
    QString out;
    auto line = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out += label.leftJustified(24) + value + QLatin1Char('\n');
    };
    out += Inspector::verdictText(verdict) + QLatin1Char('\n');
    if (hasLeaf()) {
        const CertificateDetails d = leaf().details();
        out += QLatin1Char('\n');
        line(Inspector::tr("Subject:"), d.subject);
        line(Inspector::tr("Issuer:"), d.issuer);
        line(Inspector::tr("Serial number:"), d.serialNumber);
        line(Inspector::tr("Valid from:"), utc(d.notBefore));
        line(Inspector::tr("Valid until:"), daysLeft >= 0 ? Inspector::tr("%1 (%n day(s) left)", nullptr, daysLeft).arg(utc(d.notAfter))
                                                          : Inspector::tr("%1 (expired %n day(s) ago)", nullptr, -daysLeft).arg(utc(d.notAfter)));
        line(Inspector::tr("Public key:"), d.curve.isEmpty() ? Inspector::tr("%1, %2 bits").arg(d.keyAlgorithm).arg(d.keyBits)
                                                             : Inspector::tr("%1, %2 bits (%3)").arg(d.keyAlgorithm).arg(d.keyBits).arg(d.curve));
        line(Inspector::tr("Private key:"), key.isNull() ? Inspector::tr("not given")
                                           : keyMatches  ? Inspector::tr("%1, matches the certificate").arg(key.algorithm())
                                                         : Inspector::tr("%1, does NOT match the certificate").arg(key.algorithm()));
        line(Inspector::tr("SHA-256 fingerprint:"), d.sha256Fingerprint);
        line(Inspector::tr("SHA-1 fingerprint:"), d.sha1Fingerprint);
        line(Inspector::tr("SPKI SHA-256:"), d.spkiSha256);
        line(Inspector::tr("Key usage:"), d.keyUsage.join(QStringLiteral(", ")));
        line(Inspector::tr("Extended key usage:"), d.hasExtendedKeyUsage ? d.extendedKeyUsage.join(QStringLiteral(", "))
                                                                         : Inspector::tr("(none: any use)"));
        line(Inspector::tr("Alternative names:"), d.subjectAltNames.join(QStringLiteral(", ")));
        for (qsizetype i = 0; i < chain.size(); ++i)
            line(i == 0 ? Inspector::tr("Chain:") : QString(), QStringLiteral("%1. %2").arg(i + 1).arg(chain[i].details().subject));
    }
    if (!findings.isEmpty()) {
        out += QLatin1Char('\n');
        for (const Finding &f : findings) {
            const QString tag = f.informational ? Inspector::tr("note") : Inspector::verdictName(f.severity);
            out += QStringLiteral("[%1] %2\n").arg(tag, f.message);
            if (!f.hint.isEmpty())
                out += QStringLiteral("    %1\n").arg(f.hint);
        }
    }
    return out;
}

} // namespace ait::tls
