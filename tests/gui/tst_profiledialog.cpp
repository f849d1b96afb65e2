#include "gui/profiledialog.h"
#include "support/guifixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace ait;
using ait::gui::ProfileDialog;

class TestProfileDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::GuiFixture> m_f;
    QString m_id;

    static void save(ProfileDialog &d) { d.buttons->button(QDialogButtonBox::Save)->click(); }

private slots:
    void init()
    {
        m_f = std::make_unique<test::GuiFixture>();
        m_id = m_f->profiles.createProfile(QStringLiteral("Partner"), profiles::Environment::Live)->id;
        m_f->profiles.createProfile(QStringLiteral("Other"), profiles::Environment::Live);
    }

    void savesEveryField()
    {
        ProfileDialog d(m_f->context, m_id);
        d.nameEdit->setText(QStringLiteral("Emulator"));
        d.environmentCombo->setCurrentIndex(d.environmentCombo->findData(int(profiles::Environment::Sandbox)));
        d.appsUrlEdit->setText(QStringLiteral("https://127.0.0.1:9443"));
        d.payUrlEdit->setText(QStringLiteral("https://localhost:9443"));
        d.readOnlyBox->setChecked(true);
        d.testPaymentBox->setChecked(true);
        save(d);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        const auto p = m_f->profiles.profile(m_id);
        QCOMPARE(p->name, QStringLiteral("Emulator"));
        QCOMPARE(p->environment, profiles::Environment::Sandbox);
        QCOMPARE(p->appsBaseUrl, QUrl(QStringLiteral("https://127.0.0.1:9443")));
        QCOMPARE(p->payBaseUrl, QUrl(QStringLiteral("https://localhost:9443")));
        QVERIFY(p->readOnly);
        QVERIFY(p->defaultTestPayment);
    }

    // Four-eyes (issue 15): the threshold and the batch switch are saved, and shown again as saved.
    void roundTripsTheApprovalThreshold()
    {
        {
            ProfileDialog d(m_f->context, m_id);
            QCOMPARE(d.approvalAboveSpin->value(), 0); // off by default
            QVERIFY(!d.approveBatchesBox->isChecked());
            d.approvalAboveSpin->setValue(250000);
            d.approveBatchesBox->setChecked(true);
            save(d);
            QCOMPARE(d.result(), int(QDialog::Accepted));
        }
        QCOMPARE(m_f->profiles.profile(m_id)->approvalAbove, 250000);
        QVERIFY(m_f->profiles.profile(m_id)->approveBatches);
        ProfileDialog again(m_f->context, m_id);
        QCOMPARE(again.approvalAboveSpin->value(), 250000);
        QVERIFY(again.approveBatchesBox->isChecked());
        again.approvalAboveSpin->setValue(0);
        again.approveBatchesBox->setChecked(false);
        save(again);
        QCOMPARE(m_f->profiles.profile(m_id)->approvalAbove, 0);
        QVERIFY(!m_f->profiles.profile(m_id)->approveBatches);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("aad");
        const QString goodKey = QString::fromLatin1(QByteArray(32, 'k').toBase64());
        QTest::newRow("empty name") << "" << "https://a.example" << "" << "";
        QTest::newRow("taken name") << "other" << "https://a.example" << "" << "";
        QTest::newRow("plain http") << "P" << "http://a.example" << "" << "";
        QTest::newRow("no host") << "P" << "https://" << "" << "";
        QTest::newRow("short key") << "P" << "https://a.example" << QString::fromLatin1(QByteArray(16, 'k').toBase64()) << "AAD";
        QTest::newRow("key without AAD") << "P" << "https://a.example" << goodKey << "";
    }

    void refusesBadInput()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, key);
        QFETCH(QString, aad);
        ProfileDialog d(m_f->context, m_id);
        d.nameEdit->setText(name);
        d.appsUrlEdit->setText(url);
        d.decryptionKeyEdit->setText(key);
        d.aadEdit->setText(aad);
        save(d);
        QVERIFY(d.result() != QDialog::Accepted);
        QVERIFY(!d.errorLabel->text().isEmpty());
        QCOMPARE(m_f->profiles.profile(m_id)->name, QStringLiteral("Partner"));
        QVERIFY(m_f->backend->entries.isEmpty());
    }

    void storesTheDecryptionKeyInTheKeychainOnly()
    {
        ProfileDialog d(m_f->context, m_id);
        d.decryptionKeyEdit->setText(QString::fromLatin1(QByteArray(32, 'k').toBase64()));
        d.aadEdit->setText(QStringLiteral("TOSS"));
        save(d);
        QTRY_COMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(m_f->profiles.profile(m_id)->hasDecryptionKey);
        QVERIFY(d.decryptionKeyEdit->text().isEmpty());
        bool found = false;
        for (const QString &name : m_f->backend->entries.keys())
            found |= name.contains(QStringLiteral("login/decryption-key"));
        QVERIFY(found);
        m_f->settings.sync();
        QFile settings(m_f->settings.fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(QByteArray(32, 'k').toBase64()));

        ProfileDialog again(m_f->context, m_id);
        QVERIFY(again.decryptionKeyEdit->text().isEmpty()); // never shown again
        QVERIFY(again.decryptionKeyEdit->placeholderText().contains(QStringLiteral("stored")));
    }
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
