#include "gui/dialogs.h"
#include "gui/importwizard.h"
#include "gui/mainwindow.h"
#include "support/async.h"
#include "support/guifixture.h"
#include "support/testpki.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QtTest>

using namespace ait;
using ait::gui::Dialogs;
using ait::gui::ImportWizard;
using ait::test::TestPki;

// Drives the import wizard as a person would, through its buttons, with file pickers and
// questions answered through the Dialogs seam.
class TestImportWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_pkiDir;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<test::GuiFixture> m_f;
    QPointer<ImportWizard> m_wizard;

    QString p(const char *name) const { return m_pki->path(QString::fromLatin1(name)); }
    template <typename T>
    T *find(const char *name) const { return m_wizard->findChild<T *>(QString::fromLatin1(name)); }
    QAbstractButton *button(QWizard::WizardButton which) const { return m_wizard->button(which); }

    // Clicks Next (only if enabled, as a person could) and reports the page it lands on.
    int next()
    {
        if (!button(QWizard::NextButton)->isEnabled() || !button(QWizard::NextButton)->isVisible())
            return -1;
        button(QWizard::NextButton)->click();
        return m_wizard->currentId();
    }

    void open(const QString &profileId = {})
    {
        m_wizard = new ImportWizard(m_f->context, profileId);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    }

    void choosePair(const char *cert, const char *key)
    {
        find<QRadioButton>("pairRadio")->setChecked(true);
        Dialogs::setNextFileName(p(cert));
        find<QAbstractButton>("certificateEditBrowse")->click();
        Dialogs::setNextFileName(p(key));
        find<QAbstractButton>("keyEditBrowse")->click();
    }

    void chooseNewProfile(const QString &name)
    {
        find<QRadioButton>("newProfileRadio")->setChecked(true);
        find<QLineEdit>("profileNameEdit")->setText(name);
    }

    // Waits on the Store page until storing finished; returns whether Finish is possible.
    bool finishStoring()
    {
        if (m_wizard->currentId() != ImportWizard::StorePageId)
            return false;
        if (!QTest::qWaitFor([&] { return button(QWizard::FinishButton)->isEnabled() || find<QAbstractButton>("retryButton")->isVisible(); }, 20000))
            return false;
        if (!button(QWizard::FinishButton)->isEnabled())
            return false;
        button(QWizard::FinishButton)->click();
        return true;
    }

    int storedIdentities() const
    {
        int n = 0;
        for (const auto &profile : m_f->profiles.profiles())
            n += int(profile.identities.size());
        return n;
    }

private slots:
    void initTestCase()
    {
        m_pki = std::make_unique<TestPki>(m_pkiDir.path());
        m_pki->writeAll();
    }

    void init()
    {
        m_f = std::make_unique<test::GuiFixture>();
    }

    void cleanup()
    {
        if (m_wizard)
            m_wizard->close();
        QCOMPARE(Dialogs::pendingAnswers(), 0);
    }

    void pemPairIntoANewProfile()
    {
        open();
        QVERIFY(!button(QWizard::NextButton)->isEnabled()); // nothing chosen yet
        choosePair("client-cert.pem", "client-key.pem");
        QCOMPARE(find<QLineEdit>("certificateEdit")->text(), p("client-cert.pem"));
        QCOMPARE(next(), int(ImportWizard::ReviewPageId));
        QVERIFY(find<QLabel>("verdictLabel")->text().startsWith(QStringLiteral("Ready")));
        QVERIFY(!find<QCheckBox>("acknowledgeBox")->isVisible());
        chooseNewProfile(QStringLiteral("Production"));
        QVERIFY(m_f->backend->entries.isEmpty()); // nothing touched the keychain before the Store page
        QCOMPARE(next(), int(ImportWizard::StorePageId));
        QSignalSpy stored(m_wizard.data(), &ImportWizard::identityStored);
        QVERIFY(finishStoring());
        QCOMPARE(stored.size(), 1);

        const auto profile = m_f->profiles.profileByName(QStringLiteral("Production"));
        QVERIFY(profile);
        QCOMPARE(profile->activeFingerprint, m_pki->rsaClient.certificate.sha256Fingerprint());
        QVERIFY(!m_f->backend->entries.isEmpty());
    }

    void tellsToDeleteTheOriginals()
    {
        open();
        choosePair("client-cert.pem", "client-key.pem");
        QCOMPARE(next(), int(ImportWizard::ReviewPageId));
        chooseNewProfile(QStringLiteral("P"));
        QCOMPARE(next(), int(ImportWizard::StorePageId));
        QTRY_VERIFY(button(QWizard::FinishButton)->isEnabled());
        const QString status = find<QLabel>("storeStatus")->text();
        QVERIFY(status.contains(QStringLiteral("OS keychain")));
        QVERIFY(status.contains(p("client-key.pem")));
        button(QWizard::FinishButton)->click();
    }

    void bundleFile()
    {
        open();
        find<QRadioButton>("singleRadio")->setChecked(true);
        find<QLineEdit>("singleEdit")->setText(p("bundle.pem"));
        QCOMPARE(next(), int(ImportWizard::ReviewPageId));
        QVERIFY(find<QWidget>("reviewDetails")->property("plainText").toString().contains(QStringLiteral("ait Test Root CA")));
        chooseNewProfile(QStringLiteral("Bundle"));
        QCOMPARE(next(), int(ImportWizard::StorePageId));
        QVERIFY(finishStoring());
        QCOMPARE(m_f->profiles.profileByName(QStringLiteral("Bundle"))->identities.first().chainSubjects.size(), 3);
    }

    void pkcs12WithAWrongPassphraseFirst()
    {
        open();
        find<QRadioButton>("singleRadio")->setChecked(true);
        find<QLineEdit>("singleEdit")->setText(p("client-legacy.p12"));
        QCOMPARE(next(), int(ImportWizard::PassphrasePageId));
        QVERIFY(!button(QWizard::NextButton)->isEnabled()); // empty passphrase
        find<QLineEdit>("passphraseEdit")->setText(QStringLiteral("wrong"));
        QCOMPARE(next(), int(ImportWizard::PassphrasePageId)); // asked again
        QVERIFY(find<QLabel>("passphraseError")->text().contains(QStringLiteral("wrong")));
        QVERIFY(find<QLineEdit>("passphraseEdit")->text().isEmpty());
        find<QLineEdit>("passphraseEdit")->setText(QString::fromLatin1(TestPki::passphrase()));
        QCOMPARE(next(), int(ImportWizard::ReviewPageId));
        chooseNewProfile(QStringLiteral("From PKCS#12"));
        QCOMPARE(next(), int(ImportWizard::StorePageId));
        QVERIFY(finishStoring());
        QCOMPARE(storedIdentities(), 1);
    }

    void pastedText()
    {
        open();
        find<QRadioButton>("pasteRadio")->setChecked(true);
        find<QPlainTextEdit>("pasteEdit")->setPlainText(QString::fromLatin1(
            m_pki->rsaClient.certificate.toPem() + test::pkcs8Pem(m_pki->rsaClient.key)));
        QCOMPARE(next(), int(ImportWizard::ReviewPageId));
        chooseNewProfile(QStringLiteral("Pasted"));
        QCOMPARE(next(), int(ImportWizard::StorePageId));
        QVERIFY(finishStoring());
        QCOMPARE(storedIdentities(), 1);
    }

    void droppedFiles()
    {
        open();
        // Dropped in the "wrong" order: the wizard tells the key from the certificate by content.
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(p("client-key.pem")), QUrl::fromLocalFile(p("client-cert.pem"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_wizard, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_wizard, &drop);
        delete mime;
        QVERIFY(find<QRadioButton>("pairRadio")->isChecked());
        QCOMPARE(find<QLineEdit>("certificateEdit")->text(), p("client-cert.pem"));
        QCOMPARE(find<QLineEdit>("keyEdit")->text(), p("client-key.pem"));
        QCOMPARE(next(), int(ImportWizard::ReviewPageId));
        chooseNewProfile(QStringLiteral("Dropped"));
        QCOMPARE(next(), int(ImportWizard::StorePageId));
        QVERIFY(finishStoring());
    }

    void cannotStoreWhatIsBlocked_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("verdictStart");
        QTest::newRow("mismatched key") << "client-cert.pem" << "other-key.pem" << "Blocked";
        QTest::newRow("expired") << "expired-cert.pem" << "expired-key.pem" << "Blocked";
        QTest::newRow("garbage") << "random.bin" << "client-key.pem" << "Unreadable";
    }

    void cannotStoreWhatIsBlocked()
    {
        QFETCH(QString, cert);
        QFETCH(QString, key);
        QFETCH(QString, verdictStart);
        open();
        choosePair(cert.toLatin1().constData(), key.toLatin1().constData());
        QCOMPARE(next(), int(ImportWizard::ReviewPageId));
        QVERIFY2(find<QLabel>("verdictLabel")->text().startsWith(verdictStart), qPrintable(find<QLabel>("verdictLabel")->text()));
        QVERIFY(!find<QWidget>("newProfileRadio")->isVisible());
        QCOMPARE(next(), -1); // Next stays disabled
        m_wizard->reject();
        QCOMPARE(storedIdentities(), 0);
        QVERIFY(m_f->backend->entries.isEmpty());
    }

    void warningsNeedOneAcknowledgement()
    {
        open();
        choosePair("soon-cert.pem", "soon-key.pem");
        QCOMPARE(next(), int(ImportWizard::ReviewPageId));
        chooseNewProfile(QStringLiteral("Soon"));
        QVERIFY(find<QCheckBox>("acknowledgeBox")->isVisible());
        QCOMPARE(next(), -1);
        find<QCheckBox>("acknowledgeBox")->setChecked(true);
        QCOMPARE(next(), int(ImportWizard::StorePageId));
        QVERIFY(finishStoring());
    }

    void cancelAtEveryPageStoresNothing_data()
    {
        QTest::addColumn<int>("page");
        QTest::newRow("select") << int(ImportWizard::SelectPageId);
        QTest::newRow("passphrase") << int(ImportWizard::PassphrasePageId);
        QTest::newRow("review") << int(ImportWizard::ReviewPageId);
    }

    void cancelAtEveryPageStoresNothing()
    {
        QFETCH(int, page);
        open();
        find<QRadioButton>("singleRadio")->setChecked(true);
        find<QLineEdit>("singleEdit")->setText(p("client.p12"));
        if (page >= ImportWizard::PassphrasePageId)
            QCOMPARE(next(), int(ImportWizard::PassphrasePageId));
        if (page >= ImportWizard::ReviewPageId) {
            find<QLineEdit>("passphraseEdit")->setText(QString::fromLatin1(TestPki::passphrase()));
            QCOMPARE(next(), int(ImportWizard::ReviewPageId));
            chooseNewProfile(QStringLiteral("Cancelled"));
        }
        QCOMPARE(m_wizard->currentId(), page);
        button(QWizard::CancelButton)->click();
        QTRY_VERIFY(!m_wizard);
        QCOMPARE(m_f->profiles.profiles().size(), 0);
        QVERIFY(m_f->backend->entries.isEmpty());
    }

    void replacingTheActiveIdentityAsksFirst()
    {
        const auto profile = m_f->profiles.createProfile(QStringLiteral("Live"), profiles::Environment::Live);
        open(profile->id);
        choosePair("client-cert.pem", "client-key.pem");
        QCOMPARE(next(), int(ImportWizard::ReviewPageId));
        QVERIFY(find<QRadioButton>("existingProfileRadio")->isChecked());
        QCOMPARE(next(), int(ImportWizard::StorePageId)); // nothing active yet: no question
        QVERIFY(finishStoring());

        // A second certificate for the same profile: "No" keeps the current one active.
        open(profile->id);
        choosePair("ec-cert.pem", "ec-key-sec1.pem");
        QCOMPARE(next(), int(ImportWizard::ReviewPageId));
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        QCOMPARE(next(), int(ImportWizard::ReviewPageId)); // Cancel: stays on Review
        Dialogs::setNextAnswer(QMessageBox::No);
        QCOMPARE(next(), int(ImportWizard::StorePageId));
        QVERIFY(Dialogs::lastQuestion().contains(QStringLiteral("mini-app client")));
        // The buttons say what they do.
        QStringList buttons;
        for (const auto &choice : Dialogs::lastAsked().choices)
            buttons << choice.text;
        QCOMPARE(buttons, (QStringList{QStringLiteral("Make the new one active"), QStringLiteral("Keep \"mini-app client\" active"),
                                       QStringLiteral("Cancel")}));
        QVERIFY(finishStoring());
        const auto after = m_f->profiles.profile(profile->id);
        QCOMPARE(after->identities.size(), 2);
        QCOMPARE(after->activeFingerprint, m_pki->rsaClient.certificate.sha256Fingerprint());
    }

    // Storing never moves the console to another profile behind the operator's back; the last page
    // offers it, unticked.
    void storingDoesNotSwitchTheConsoleUnlessAsked()
    {
        const QString sandbox = m_f->profiles.createProfile(QStringLiteral("Emulator"), profiles::Environment::Sandbox)->id;
        gui::MainWindow window(m_f->context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setCurrentProfile(sandbox);
        m_wizard = window.openImportWizard();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
        choosePair("client-cert.pem", "client-key.pem");
        QCOMPARE(next(), int(ImportWizard::ReviewPageId));
        chooseNewProfile(QStringLiteral("Production"));
        find<QComboBox>("environmentCombo")->setCurrentIndex(find<QComboBox>("environmentCombo")->findData(int(profiles::Environment::Live)));
        QCOMPARE(next(), int(ImportWizard::StorePageId));
        QTRY_VERIFY(button(QWizard::FinishButton)->isEnabled());
        auto *switchBox = find<QCheckBox>("switchProfileBox");
        QVERIFY(switchBox && switchBox->isVisible());
        QVERIFY(!switchBox->isChecked());
        QVERIFY(switchBox->text().contains(QStringLiteral("Production")));
        QVERIFY(!button(QWizard::CancelButton)->isEnabled()); // stored: Finish is the way out
        button(QWizard::FinishButton)->click();
        QCOMPARE(window.currentProfileId(), sandbox);

        // Asked for: the console switches.
        m_wizard = window.openImportWizard();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
        choosePair("ec-cert.pem", "ec-key-sec1.pem");
        QCOMPARE(next(), int(ImportWizard::ReviewPageId));
        chooseNewProfile(QStringLiteral("Production 2"));
        QCOMPARE(next(), int(ImportWizard::StorePageId));
        QTRY_VERIFY(button(QWizard::FinishButton)->isEnabled());
        find<QCheckBox>("switchProfileBox")->setChecked(true);
        button(QWizard::FinishButton)->click();
        QCOMPARE(window.currentProfileId(), m_f->profiles.profileByName(QStringLiteral("Production 2"))->id);
    }

    void theReviewPageExplainsItself()
    {
        m_f->profiles.createProfile(QStringLiteral("Taken"), profiles::Environment::Live);
        open();
        choosePair("client-cert.pem", "client-key.pem");
        QCOMPARE(next(), int(ImportWizard::ReviewPageId));
        find<QRadioButton>("newProfileRadio")->setChecked(true);
        QCOMPARE(find<QLineEdit>("profileNameEdit")->text(), QStringLiteral("mini-app client"));
        // A name in use: Next is disabled and the page says why.
        find<QLineEdit>("profileNameEdit")->setText(QStringLiteral("Taken"));
        QVERIFY(!button(QWizard::NextButton)->isEnabled());
        auto *why = find<QLabel>("targetError");
        QVERIFY(why && why->isVisible());
        QVERIFY2(why->text().contains(QStringLiteral("already exists")), qPrintable(why->text()));
        find<QLineEdit>("profileNameEdit")->setText(QStringLiteral("mini-app client"));
        QVERIFY(why->text().isEmpty());
        QVERIFY(button(QWizard::NextButton)->isEnabled());

        // Back and another certificate: the suggested name follows it.
        button(QWizard::BackButton)->click();
        QCOMPARE(m_wizard->currentId(), int(ImportWizard::SelectPageId));
        choosePair("ec-cert.pem", "ec-key-sec1.pem");
        QCOMPARE(next(), int(ImportWizard::ReviewPageId));
        find<QRadioButton>("newProfileRadio")->setChecked(true);
        QCOMPARE(find<QLineEdit>("profileNameEdit")->text(), QStringLiteral("mini-app EC client"));
        // A name the operator typed stays.
        find<QLineEdit>("profileNameEdit")->setText(QStringLiteral("Mine"));
        button(QWizard::BackButton)->click();
        choosePair("client-cert.pem", "client-key.pem");
        QCOMPARE(next(), int(ImportWizard::ReviewPageId));
        QCOMPARE(find<QLineEdit>("profileNameEdit")->text(), QStringLiteral("Mine"));

        // A blocked certificate shows no "Store into:" at all.
        button(QWizard::BackButton)->click();
        choosePair("client-cert.pem", "other-key.pem");
        QCOMPARE(next(), int(ImportWizard::ReviewPageId));
        QVERIFY(!find<QLabel>("storeIntoLabel")->isVisible());
        QVERIFY(!find<QLabel>("targetError")->isVisible());
        m_wizard->reject();
    }

    void keychainRefusalCanBeRetried()
    {
        open();
        choosePair("client-cert.pem", "client-key.pem");
        QCOMPARE(next(), int(ImportWizard::ReviewPageId));
        chooseNewProfile(QStringLiteral("Retry"));
        m_f->backend->failWith = keychain::StoreError::NoBackend;
        QCOMPARE(next(), int(ImportWizard::StorePageId));
        QTRY_VERIFY(find<QAbstractButton>("retryButton")->isVisible());
        QVERIFY(find<QLabel>("storeStatus")->text().contains(QStringLiteral("No OS keychain")));
        QVERIFY(!button(QWizard::FinishButton)->isEnabled());
        QVERIFY(!m_f->profiles.profileByName(QStringLiteral("Retry"))); // the new, empty profile is gone again

        m_f->backend->failWith = keychain::StoreError::None;
        find<QAbstractButton>("retryButton")->click();
        QVERIFY(finishStoring());
        QCOMPARE(m_f->profiles.profileByName(QStringLiteral("Retry"))->identities.size(), 1);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
