#include "core/security/processhardening.h"
#include "core/security/wipe.h"
#include "gui/importwizard.h"
#include "gui/secretfields.h"
#include "support/guifixture.h"
#include "support/memoryprobe.h"
#include "support/testpki.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QtTest>

#include <openssl/crypto.h>

using namespace ait;
using test::MemoryProbe;

// Secrets typed, pasted or shown in widgets leave no copy the application could have wiped: each
// test puts a random secret (MemoryProbe) in and searches this process's memory afterwards.
class TestSecretFields : public QObject
{
    Q_OBJECT

    // What a test holds itself is let go before it counts.
    static void setText(QLineEdit *edit, const MemoryProbe &probe)
    {
        QString text = probe.toString();
        edit->setText(text);
        security::wipe(text); // shared with the field: only released
    }

private slots:
    void initTestCase()
    {
        MemoryProbe probe;
        QByteArray held = probe.toByteArray();
        QVERIFY2(probe.occurrences() >= 1, "the probe does not find a secret that is held");
        security::wipe(held);
    }

    void takeSecretLeavesOnlyTheSecretBuffer()
    {
        MemoryProbe probe;
        QLineEdit edit;
        edit.setEchoMode(QLineEdit::Password);
        setText(&edit, probe);
        QCOMPARE(probe.occurrences(), 1); // the field's text
        tls::SecretBuffer secret = gui::takeSecret(&edit);
        QVERIFY(edit.text().isEmpty());
        QCOMPARE(secret.size(), 48);
        QCOMPARE(probe.occurrences(), 1); // the SecretBuffer, and nothing else
        secret.clear();
        QCOMPARE(probe.occurrences(), 0);
    }

    void wipeFieldLeavesNothing()
    {
        MemoryProbe probe;
        QLineEdit edit;
        // A password field: one with normal echo also lays the text out in a copy of its own,
        // which only Qt can reach.
        edit.setEchoMode(QLineEdit::Password);
        setText(&edit, probe);
        QCOMPARE(probe.occurrences(), 1);
        gui::wipeField(&edit);
        QVERIFY(edit.text().isEmpty());
        QVERIFY(!edit.isUndoAvailable());
        QCOMPARE(probe.occurrences(), 0);
    }

    void secretTextAddsOnlyTheSecretBuffer()
    {
        MemoryProbe probe;
        QPlainTextEdit edit;
        gui::secretTextEdit(&edit);
        {
            QString pasted = probe.toString();
            edit.setPlainText(pasted);
            security::wipe(pasted);
        }
        const int inWidget = probe.occurrences(); // the document's own buffers: Qt's, out of reach
        QVERIFY(inWidget >= 1);
        tls::SecretBuffer secret = gui::secretText(&edit);
        QCOMPARE(secret.size(), 48);
        QCOMPARE(probe.occurrences(), inWidget + 1);
        secret.clear();
        QCOMPARE(probe.occurrences(), inWidget);
        QVERIFY(!edit.document()->isUndoAvailable());
    }

    void setSecretTextWipesWhatTheLabelShowed()
    {
        MemoryProbe probe;
        QLabel label;
        {
            QString shown = probe.toString();
            label.setText(shown);
            security::wipe(shown);
        }
        QCOMPARE(probe.occurrences(), 1);
        gui::setSecretText(&label, QStringLiteral("ey…(48)"));
        QCOMPARE(label.text(), QStringLiteral("ey…(48)"));
        QCOMPARE(probe.occurrences(), 0);
    }

    void wizardPassphraseLeavesNoCopy()
    {
        MemoryProbe probe(400); // long: a freed copy this size is not reused by chance before the check
        QTemporaryDir pkiDir;
        test::TestPki pki(pkiDir.path());
        pki.write(QStringLiteral("client-cert.pem"), pki.rsaClient.certificate.toPem());
        {
            QByteArray passphrase = probe.toByteArray();
            pki.write(QStringLiteral("probe-key.pem"), test::encryptedPkcs8Pem(pki.rsaClient.key, passphrase));
            security::wipe(passphrase);
        }
        QCOMPARE(probe.occurrences(), 0); // OpenSSL wiped what it freed (as set up in main)

        test::GuiFixture f;
        gui::ImportWizard wizard(f.context, QString());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QRadioButton *>(QStringLiteral("pairRadio"))->setChecked(true);
        wizard.findChild<QLineEdit *>(QStringLiteral("certificateEdit"))->setText(pki.path(QStringLiteral("client-cert.pem")));
        wizard.findChild<QLineEdit *>(QStringLiteral("keyEdit"))->setText(pki.path(QStringLiteral("probe-key.pem")));
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(gui::ImportWizard::PassphrasePageId));

        setText(wizard.findChild<QLineEdit *>(QStringLiteral("passphraseEdit")), probe);
        QCOMPARE(probe.occurrences(), 1);
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(gui::ImportWizard::ReviewPageId)); // the passphrase was right
        QVERIFY(wizard.report().keyMatches);
        QCOMPARE(probe.occurrences(), 0);
    }
};

int main(int argc, char *argv[])
{
    // As ait-console's main does: OpenSSL wipes what it frees. (Not hardenProcess() itself: a
    // non-dumpable test could not read its own /proc/self/mem unless run as root.)
    CRYPTO_set_mem_functions(security::detail::scrubbingMalloc, security::detail::scrubbingRealloc,
                             security::detail::scrubbingFree);
    CRYPTO_secure_malloc_init(security::SecureHeapSize, 32);
    QApplication app(argc, argv);
    TestSecretFields test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretfields.moc"
