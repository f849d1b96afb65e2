#pragma once

#include "certificate.h"
#include "materialloader.h"
#include "privatekey.h"
#include "secretbuffer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace ait {
class Clock;
}

namespace ait::tls {

// Ordered by severity: the verdict of a report is its most severe finding. The numeric values are
// ait-cli's exit codes.
enum class Verdict { Ready = 0, Warning = 1, Blocked = 2, Unreadable = 3, WrongPassphrase = 4 };

struct Finding
{
    enum class Code {
        // unreadable
        CertificateFileNotFound, KeyFileNotFound, FileNotReadable, EmptyFile, FileTooLarge,
        NotRecognised, Damaged, UnsupportedAlgorithm, NoCertificate, NoKeyInKeyFile,
        // wrong passphrase
        PassphraseRequired, WrongPassphrase,
        // blocked
        KeyMismatch, Expired, NotYetValid,
        // warning
        ExpiresSoon, NoClientAuth, KeyFileReadableByOthers, KeyFileInGitRepository, ChainSignatureInvalid,
        ChainCertificateExpired, UnrelatedCertificates,
        // information only: does not change the verdict
        NoPrivateKey,
    };

    Code code;
    bool informational = false;
    Verdict severity = Verdict::Ready;
    QString message;          // one sentence a person understands, translated
    QString hint;             // what to do about it, translated (may be empty)
    QString technicalDetail;  // OpenSSL's words or similar, for "copy details"

    QString id() const;       // stable kebab-case name for JSON and scripts
};

// Where a certificate or key comes from: a file, or bytes (pasted text, drag and drop).
struct MaterialSource
{
    QString path;                         // empty for bytes
    std::shared_ptr<const SecretBuffer> bytes;

    static MaterialSource file(const QString &path) { return {path, nullptr}; }
    static MaterialSource text(SecretBuffer data)
    {
        return {QString(), std::make_shared<const SecretBuffer>(std::move(data))};
    }
    bool isFile() const { return !path.isEmpty(); }
};

struct InspectionRequest
{
    MaterialSource certificate;          // a certificate, a PEM bundle or a PKCS#12 file
    std::optional<MaterialSource> key;   // a separate key, when the first source holds none
    const SecretBuffer *passphrase = nullptr;
};

struct InspectionReport
{
    Verdict verdict = Verdict::Ready;
    QList<Finding> findings;

    SourceFormat format = SourceFormat::Unknown;
    QList<Certificate> chain;        // leaf first, each signed by the next
    QList<Certificate> unrelated;    // certificates in the input that are not in the chain
    PrivateKey key;                  // null when none was given or it could not be read
    bool keyMatches = false;
    bool chainVerified = false;      // every link's signature checked
    int daysLeft = 0;                // whole days until the leaf expires (negative when expired)
    QString keyPath;                 // the file the key came from, if any

    bool hasLeaf() const { return !chain.isEmpty(); }
    const Certificate &leaf() const { return chain.first(); }
    bool has(Finding::Code code) const;
    bool canBeStored() const { return verdict <= Verdict::Warning && !key.isNull() && keyMatches; }

    QJsonObject toJson() const;      // never contains key material
    QString toText() const;          // the same, for a terminal
};

// Reads a client identity and judges whether it can be used for mutual TLS with Apps in Toss.
class Inspector
{
    Q_DECLARE_TR_FUNCTIONS(ait::tls::Inspector)

public:
    explicit Inspector(const Clock &clock);

    InspectionReport inspect(const InspectionRequest &request) const;

    static constexpr int ExpiryWarningDays = 30; // Toss reminds at 30, 7 and 1 days
    static QString verdictName(Verdict verdict); // "ready", "warning", …
    static QString verdictText(Verdict verdict); // translated

private:
    void addLoadError(InspectionReport &report, const LoadedMaterial &material, bool isKeySource) const;
    void judgeIdentity(InspectionReport &report, QList<Certificate> certificates) const;
    void judgeKeyFile(InspectionReport &report) const;
    void add(InspectionReport &report, Finding::Code code, Verdict severity, QString message,
             QString hint = {}, QString technical = {}) const;

    const Clock &m_clock;
};

} // namespace ait::tls
