#pragma once

#include "async.h"
#include "guifixture.h"
#include "sandboxprocess.h"

#include "core/tls/inspection.h"

#include <QFile>

namespace ait::test {

// A profile in the fixture's keychain pointing at the running ait-sandbox: its demo identity, its
// CA as the only trusted one, and the login decryption key. Empty on success; *id gets its id.
inline QString addSandboxProfile(GuiFixture &f, const SandboxProcess &sandbox, const QString &name = QStringLiteral("Sandbox"),
                                 QString *id = nullptr)
{
    auto profile = f.profiles.createProfile(name, profiles::Environment::Sandbox);
    if (!profile)
        return QStringLiteral("profile not created");
    profile->appsBaseUrl = profile->payBaseUrl = sandbox.url();
    QFile ca(sandbox.file("ca"));
    if (!ca.open(QIODevice::ReadOnly))
        return QStringLiteral("no sandbox CA");
    profile->trustedCaPem = ca.readAll();
    if (!f.profiles.updateProfile(*profile))
        return QStringLiteral("profile not updated");
    tls::InspectionRequest request;
    request.certificate = tls::MaterialSource::file(sandbox.file("client_cert"));
    request.key = tls::MaterialSource::file(sandbox.file("client_key"));
    const auto report = tls::Inspector(f.clock).inspect(request);
    if (!await([&](auto done) { f.profiles.storeIdentity(profile->id, report, true, nullptr, done); }).ok())
        return QStringLiteral("identity not stored");
    QFile key(sandbox.file("decryption_key_file")), aad(sandbox.file("aad_file"));
    if (!key.open(QIODevice::ReadOnly) || !aad.open(QIODevice::ReadOnly))
        return QStringLiteral("no decryption key files");
    if (!await([&](auto done) {
            f.profiles.storeDecryptionKey(profile->id, QString::fromLatin1(key.readAll().trimmed()), aad.readAll().trimmed(), nullptr, done);
        }).ok())
        return QStringLiteral("decryption key not stored");
    if (id)
        *id = profile->id;
    return {};
}

} // namespace ait::test
