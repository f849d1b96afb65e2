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
#include "support/sandboxconsole.h"
#include "gui/paymentstab.h"
#include "gui/activitytab.h"
#include "gui/bulkresultsmodel.h"
#include "gui/bulktab.h"
#include "gui/dialogs.h"
#include "gui/iaptab.h"
#include "gui/logintab.h"
#include "gui/messagestab.h"
#include "gui/promotionstab.h"
#include "gui/testpaymentpanel.h"
#include <QCheckBox>
#include <QComboBox>
#include <QTabWidget>
#include <QSpinBox>
#include <QTableWidget>
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
    // Shown on the X server, and every pending layout and update applied: then grab() paints what
    // the operator would see.
    if (!QTest::qWaitForWindowExposed(widget->window(), 5000))
        qFatal("not shown: %s", qPrintable(file));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    widget->grab().save(file);
    qInfo("wrote %s", qPrintable(file));
}

// Waits for something the screenshot needs; a screenshot of an unfinished state is useless.
void waitFor(const std::function<bool()> &done, const char *what)
{
    if (!QTest::qWaitFor(done, 20000))
        qFatal("timed out: %s", what);
}

void store(test::GuiFixture &f, const QString &profileId, const test::TestPki &pki, const char *cert, const char *key)
{
    tls::InspectionRequest request;
    request.certificate = tls::MaterialSource::file(pki.path(QString::fromLatin1(cert)));
    request.key = tls::MaterialSource::file(pki.path(QString::fromLatin1(key)));
    test::await([&](auto done) { f.profiles.storeIdentity(profileId, tls::Inspector(f.clock).inspect(request), true, nullptr, done); });
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
    QString sandboxId;
    if (const QString problem = test::addSandboxProfile(f, emulator, QStringLiteral("ait-sandbox"), &sandboxId); !problem.isEmpty())
        qFatal("sandbox profile: %s", qPrintable(problem));
    window.setCurrentProfile(sandboxId);
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
    window.inspector()->hide();
    window.resize(1100, 720);

    // Every operator tab on the emulator, in this language.
    gui::LoginTab *login = window.loginTab();
    window.showTab(gui::MainWindow::Tab::Login);
    login->codeEdit->setText(QStringLiteral("demo-code-1"));
    login->referrerEdit->setText(QStringLiteral("sandbox"));
    login->exchangeButton->click();
    waitFor([&] { return login->meButton->isEnabled(); }, "login token");
    login->meButton->click();
    waitFor([&] { return login->fieldsTable->rowCount() > 0; }, "login-me");
    save(&window, QStringLiteral("%1/login-%2.png").arg(out, language));

    gui::PaymentsTab *payments = window.paymentsTab();
    window.setDeveloperTools(true);
    window.showTab(gui::MainWindow::Tab::Payments);
    payments->testPaymentPanel()->userKeyEdit->setText(QStringLiteral("443731104"));
    payments->testPaymentPanel()->payButton->click();
    waitFor([&] { return payments->statusLabel->toolTip().contains(QLatin1String("PAY_COMPLETE")); }, "test payment");
    payments->reasonEdit->setText(language == QLatin1String("ko") ? QStringLiteral("고객 요청") : QStringLiteral("Customer request"));
    save(&window, QStringLiteral("%1/payments-%2.png").arg(out, language));
    window.setDeveloperTools(false);

    gui::IapTab *iap = window.iapTab();
    window.showTab(gui::MainWindow::Tab::InAppPurchases);
    iap->orderIdEdit->setText(QStringLiteral("demo-order-payment-completed"));
    iap->userKeyEdit->setText(QStringLiteral("443731103"));
    iap->lookupButton->click();
    waitFor([&] { return !iap->statusLabel->text().isEmpty(); }, "order status");
    save(&window, QStringLiteral("%1/iap-%2.png").arg(out, language));

    gui::MessagesTab *messages = window.messagesTab();
    window.showTab(gui::MainWindow::Tab::Messages);
    messages->templateEdit->setText(QStringLiteral("demo-template"));
    messages->userKeyEdit->setText(QStringLiteral("443731103"));
    messages->deploymentEdit->setText(QStringLiteral("0f6b2c1e-1111-2222-3333-444455556666"));
    messages->addRowButton->click();
    messages->contextTable->setItem(0, 0, new QTableWidgetItem(QStringLiteral("productName")));
    messages->contextTable->setItem(0, 1, new QTableWidgetItem(language == QLatin1String("ko") ? QStringLiteral("커피") : QStringLiteral("Coffee")));
    messages->testButton->click();
    waitFor([&] { return messages->testButton->isEnabled() && !messages->resultLabel->text().isEmpty(); }, "test message");
    save(&window, QStringLiteral("%1/messages-%2.png").arg(out, language));

    gui::PromotionsTab *promotions = window.promotionsTab();
    window.showTab(gui::MainWindow::Tab::Promotions);
    promotions->codeEdit->setText(QStringLiteral("DEMO_PROMO"));
    promotions->userKeyEdit->setText(QStringLiteral("443731103"));
    promotions->amountSpin->setValue(1000);
    gui::Dialogs::setNextAnswer(QMessageBox::Yes);
    promotions->payButton->click();
    waitFor([&] { return !promotions->resultLabel->text().isEmpty(); }, "payout");
    save(&window, QStringLiteral("%1/promotions-%2.png").arg(out, language));

    // One payout whose answer is lost, so Activity shows an unknown outcome to reconcile.
    emulator.setFaults({{QStringLiteral("applyThenDrop"), 1}, {QStringLiteral("applyThenDropPath"), QStringLiteral("/promotion/execute-promotion")}});
    promotions->codeEdit->setText(QStringLiteral("TEST_DEMO_PROMO"));
    promotions->userKeyEdit->setText(QStringLiteral("443731105"));
    gui::Dialogs::setNextAnswer(QMessageBox::Yes);
    promotions->payButton->click();
    waitFor([&] { return promotions->reconcileButton->isVisible(); }, "lost payout");
    window.showTab(gui::MainWindow::Tab::Activity);
    window.activityTab()->selectOperation(f.journal.unresolved().first().id);
    save(&window, QStringLiteral("%1/activity-%2.png").arg(out, language));
    emulator.setFaults({{QStringLiteral("applyThenDrop"), 0}});

    // The Bulk page: a file checked (two problems), a clean one confirmed, running, and its results.
    auto *bulk = window.findChild<gui::BulkTab *>();
    window.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("bulkScroll"))); // the page sits in a scroll area
    window.resize(1100, 760);
    auto writeFile = [&](const QString &name, const QByteArray &bytes) {
        const QString path = pkiDir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    };
    const QByteArray memo = language == QLatin1String("ko") ? QByteArray("당첨자") : QByteArray("winner");
    QByteArray problems("userKey,amount,memo\n");
    QByteArray winners("userKey,amount,memo\n");
    for (int i = 1; i <= 24; ++i) {
        const QByteArray user = QByteArray::number(900300000 + i), amount = QByteArray::number(100 * (i % 5 + 1));
        winners += user + ',' + amount + ',' + memo + ' ' + QByteArray::number(i) + '\n';
        problems += (i == 3 ? QByteArray("90030x003") : user) + ',' + (i == 6 ? QByteArray("0") : amount) + ',' + memo + ' ' + QByteArray::number(i) + '\n';
    }
    bulk->codeEdit->setText(QStringLiteral("BULK_PROMO"));
    bulk->loadFile(writeFile(QStringLiteral("winners-draft.csv"), problems));
    waitFor([&] { return bulk->report() && !bulk->report()->problems.isEmpty(); }, "bulk check");
    save(&window, QStringLiteral("%1/bulk-check-%2.png").arg(out, language));

    f.settings.setValue(QStringLiteral("bulk/callsInFlight"), 1); // slow enough to see it running
    emulator.setFaults({{QStringLiteral("latencyMs"), 250}});
    bulk->loadFile(writeFile(QStringLiteral("winners.csv"), winners));
    waitFor([&] { return bulk->continueButton->isEnabled(); }, "bulk check of the clean file");
    bulk->continueButton->click();
    bulk->typedTotalEdit->setText(QString::number(bulk->report()->totalAmount));
    waitFor([&] { return bulk->runButton->isEnabled(); }, "bulk confirmation");
    save(&window, QStringLiteral("%1/bulk-confirm-%2.png").arg(out, language));
    bulk->runButton->click();
    waitFor([&] { return bulk->run() && bulk->batchId() > 0 && f.journal.batchCounts(bulk->batchId()).succeeded >= 6; }, "bulk run");
    save(&window, QStringLiteral("%1/bulk-run-%2.png").arg(out, language));
    emulator.setFaults({{QStringLiteral("latencyMs"), 0}});
    if (!QTest::qWaitFor([&] { return !bulk->run() && bulk->resultsModel()->rowCount() == 24; }, 120000))
        qFatal("timed out: bulk results");
    save(&window, QStringLiteral("%1/bulk-results-%2.png").arg(out, language));
    return 0;
}
