// ait-screenshots: renders the windows the README shows, with throw-away test PKI and an
// in-memory keychain, in one language. Run through scripts/screenshots.sh (under Xvfb).
//   ait-screenshots OUTPUT_DIR LANGUAGE
#include "core/i18n.h"
#include "core/tls/inspection.h"
#include "gui/certificatestab.h"
#include "gui/importwizard.h"
#include "gui/mainwindow.h"
#include "support/async.h"
#include "support/guifixture.h"
#include "support/sandboxprocess.h"
#include "gui/paymentstab.h"
#include "gui/inspectordock.h"
#include "core/api/profilesession.h"
#include <QFile>
#include <QPushButton>
#include <QLabel>
#include "support/testpki.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QRadioButton>
#include <QAbstractButton>
#include <QScreen>

using namespace ait;

namespace {

void save(QWidget *widget, const QString &file)
{
    QTest::qWait(300);
    widget->grab().save(file);
    qInfo("wrote %s", qPrintable(file));
}

void store(test::GuiFixture &f, const QString &profileId, const test::TestPki &pki, const char *cert, const char *key)
{
    tls::InspectionRequest request;
    request.certificate = tls::MaterialSource::file(pki.path(QString::fromLatin1(cert)));
    request.key = tls::MaterialSource::file(pki.path(QString::fromLatin1(key)));
    test::await([&](auto done) { f.profiles.storeIdentity(profileId, tls::Inspector(f.clock).inspect(request), true, nullptr, done); });
}

QString sandbox_id(test::GuiFixture &f, test::SandboxProcess &sandbox)
{
    auto profile = f.profiles.createProfile(QStringLiteral("ait-sandbox"), profiles::Environment::Sandbox);
    profile->appsBaseUrl = profile->payBaseUrl = sandbox.url();
    QFile ca(sandbox.file("ca"));
    ca.open(QIODevice::ReadOnly);
    profile->trustedCaPem = ca.readAll();
    f.profiles.updateProfile(*profile);
    tls::InspectionRequest request;
    request.certificate = tls::MaterialSource::file(sandbox.file("client_cert"));
    request.key = tls::MaterialSource::file(sandbox.file("client_key"));
    test::await([&](auto done) { f.profiles.storeIdentity(profile->id, tls::Inspector(f.clock).inspect(request), true, nullptr, done); });
    return profile->id;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 3)
        qFatal("usage: ait-screenshots OUTPUT_DIR LANGUAGE");
    const QString out = QString::fromLocal8Bit(argv[1]);
    const QString language = QString::fromLocal8Bit(argv[2]);
    QLocale::setDefault(QLocale(language == QLatin1String("ko") ? QStringLiteral("ko_KR") : QStringLiteral("en_US")));
    i18n::install(app, language);
    QDir().mkpath(out);

    QTemporaryDir pkiDir;
    test::TestPki pki(pkiDir.path());
    pki.writeAll();
    test::GuiFixture f;
    f.clock.set(pki.now());

    const auto live = f.profiles.createProfile(QStringLiteral("Partner (live)"), profiles::Environment::Live);
    store(f, live->id, pki, "client-chain.pem", "client-key.pem");
    store(f, live->id, pki, "soon-cert.pem", "soon-key.pem");
    const auto sandbox = f.profiles.createProfile(QStringLiteral("Sandbox"), profiles::Environment::Sandbox);
    store(f, sandbox->id, pki, "ec-cert.pem", "ec-key-sec1.pem");

    gui::MainWindow window(f.context);
    window.resize(1100, 640);
    window.setCurrentProfile(live->id);
    window.show();
    window.certificatesTab()->select(live->id, pki.rsaClient.certificate.sha256Fingerprint());
    save(&window, QStringLiteral("%1/certificates-%2.png").arg(out, language));

    // The banner, with the expiring certificate active.
    f.profiles.setActiveIdentity(live->id, f.profiles.profile(live->id)->identities.last().fingerprint);
    window.certificatesTab()->select(live->id, f.profiles.profile(live->id)->activeFingerprint);
    save(&window, QStringLiteral("%1/expiry-banner-%2.png").arg(out, language));

    gui::ImportWizard *wizard = window.openImportWizard(live->id);
    wizard->resize(760, 640);
    wizard->findChild<QRadioButton *>(QStringLiteral("singleRadio"))->setChecked(true);
    wizard->findChild<QLineEdit *>(QStringLiteral("singleEdit"))->setText(pki.path(QStringLiteral("bundle.pem")));
    save(wizard, QStringLiteral("%1/wizard-select-%2.png").arg(out, language));
    wizard->button(QWizard::NextButton)->click();
    save(wizard, QStringLiteral("%1/wizard-review-%2.png").arg(out, language));
    wizard->reject();

    // A payment lookup against ait-sandbox, with its entry in the request inspector.
    test::SandboxProcess emulator;
    if (!emulator.isReady())
        qFatal("ait-sandbox: %s", qPrintable(emulator.error()));
    window.setCurrentProfile(sandbox_id(f, emulator));
    if (!QTest::qWaitFor([&] { return window.session() && window.session()->client(); }, 20000))
        qFatal("the sandbox profile's session did not get ready");
    window.showTab(gui::MainWindow::Tab::Payments);
    window.paymentsTab()->userKeyEdit->setText(QStringLiteral("443731103"));
    window.paymentsTab()->payTokenEdit->setText(QStringLiteral("demo-pay-complete-1"));
    window.paymentsTab()->lookupButton->click();
    if (!QTest::qWaitFor([&] { return window.inspector()->count() > 0; }, 20000))
        qFatal("the payment lookup did not finish");
    window.resize(1100, 820);
    save(&window, QStringLiteral("%1/payments-inspector-%2.png").arg(out, language));
    return 0;
}
