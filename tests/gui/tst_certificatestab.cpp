#include "gui/certificatestab.h"
#include "gui/dialogs.h"
#include "support/async.h"
#include "support/guifixture.h"
#include "support/testpki.h"

#include "core/api/profilesession.h"
#include "core/tls/inspection.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace ait;
using ait::gui::CertificatesTab;
using ait::gui::Dialogs;

class TestCertificatesTab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_pkiDir;
    std::unique_ptr<test::TestPki> m_pki;
    std::unique_ptr<test::GuiFixture> m_f;
    QString m_profileId;

    void store(const char *cert, const char *key, bool active)
    {
        tls::InspectionRequest request;
        request.certificate = tls::MaterialSource::file(m_pki->path(QString::fromLatin1(cert)));
        request.key = tls::MaterialSource::file(m_pki->path(QString::fromLatin1(key)));
        const auto report = tls::Inspector(m_f->clock).inspect(request);
        QVERIFY(test::await([&](auto done) { m_f->profiles.storeIdentity(m_profileId, report, active, nullptr, done); }).ok());
    }

    QPushButton *button(CertificatesTab &tab, const char *name) { return tab.findChild<QPushButton *>(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        m_pki = std::make_unique<test::TestPki>(m_pkiDir.path());
        m_pki->writeAll();
    }

    void init()
    {
        m_f = std::make_unique<test::GuiFixture>();
        m_f->clock.set(m_pki->now());
        m_profileId = m_f->profiles.createProfile(QStringLiteral("Partner"), profiles::Environment::Live)->id;
        store("client-chain.pem", "client-key.pem", true);
        store("soon-cert.pem", "soon-key.pem", false);
    }

    void listsProfilesWithStateAndActiveMarker()
    {
        CertificatesTab tab(m_f->context);
        auto *tree = tab.findChild<QTreeWidget *>(QStringLiteral("profilesTree"));
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem *profile = tree->topLevelItem(0);
        QCOMPARE(profile->text(0), QStringLiteral("Partner"));
        QCOMPARE(profile->childCount(), 2);
        // Longest-lasting first; the active one is marked.
        QVERIFY(profile->child(0)->text(0).contains(QStringLiteral("★ mini-app client")));
        QCOMPARE(profile->child(0)->text(1), QStringLiteral("Valid · active"));
        QCOMPARE(profile->child(0)->text(2), QStringLiteral("390"));
        QCOMPARE(profile->child(1)->text(1), QStringLiteral("Expires soon"));
        QCOMPARE(profile->child(1)->text(2), QStringLiteral("10"));
    }

    // The State column is as wide as its words: "Expires soon · active" used to be clipped
    // (issue 14 item 25).
    void stateColumnIsNotClipped()
    {
        QVERIFY(m_f->profiles.setActiveIdentity(m_profileId, m_f->profiles.profile(m_profileId)->identities.at(1).fingerprint));
        CertificatesTab tab(m_f->context);
        tab.resize(900, 500);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        auto *tree = tab.findChild<QTreeWidget *>(QStringLiteral("profilesTree"));
        QTreeWidgetItem *soon = tree->topLevelItem(0)->child(1);
        QVERIFY2(soon->text(1).contains(QStringLiteral("active")), qPrintable(soon->text(1)));
        const int needed = tree->fontMetrics().horizontalAdvance(soon->text(1));
        const QAbstractItemView *view = tree; // sizeHintForColumn is public there: what the contents need
        for (int column = 1; column <= 3; ++column)
            QTRY_VERIFY2(tree->columnWidth(column) >= view->sizeHintForColumn(column),
                         qPrintable(QStringLiteral("column %1: %2 < %3").arg(column).arg(tree->columnWidth(column)).arg(view->sizeHintForColumn(column))));
        QVERIFY(tree->columnWidth(1) > needed);
    }

    void detailPaneShowsEveryField()
    {
        CertificatesTab tab(m_f->context);
        tab.select(m_profileId, m_pki->rsaClient.certificate.sha256Fingerprint());
        const QString text = tab.findChild<QTextBrowser *>(QStringLiteral("identityDetails"))->toPlainText();
        for (const QString &expected : {m_pki->rsaClient.certificate.sha256Fingerprint(), QStringLiteral("clientAuth"),
                                        QStringLiteral("CN=ait Test Intermediate CA"), QStringLiteral("RSA, 2048 bits")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in ") + text));
    }

    void setActiveAndCopyFingerprint()
    {
        CertificatesTab tab(m_f->context);
        const QString soon = m_f->profiles.profile(m_profileId)->identities.last().fingerprint;
        tab.select(m_profileId, soon);
        QVERIFY(button(tab, "setActiveButton")->isEnabled());
        button(tab, "setActiveButton")->click();
        QCOMPARE(m_f->profiles.profile(m_profileId)->activeFingerprint, soon);
        QCOMPARE(tab.selectedFingerprint(), soon); // selection survives the reload
        QVERIFY(!button(tab, "setActiveButton")->isEnabled());
        button(tab, "copyFingerprintButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), soon);
    }

    void exportsThePublicChainOnly()
    {
        CertificatesTab tab(m_f->context);
        tab.select(m_profileId, m_pki->rsaClient.certificate.sha256Fingerprint());
        const QString file = m_f->dir.filePath(QStringLiteral("exported.pem"));
        Dialogs::setNextFileName(file);
        QSignalSpy status(&tab, &CertificatesTab::statusMessage);
        button(tab, "exportChainButton")->click();
        QTRY_COMPARE(status.size(), 1);
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray pem = exported.readAll();
        QCOMPARE(pem, tls::chainToPem(m_pki->rsaClient.fullChain()));
        QVERIFY(!pem.contains("PRIVATE KEY"));
    }

    void removeAsksFirst()
    {
        CertificatesTab tab(m_f->context);
        const QString soon = m_f->profiles.profile(m_profileId)->identities.last().fingerprint;
        tab.select(m_profileId, soon);
        const qsizetype entries = m_f->backend->entries.size();
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        button(tab, "removeButton")->click();
        // The profile's list changes only when the keychain answers, later; a removal that had
        // started would already have deleted its first entry and made the tab busy.
        QCOMPARE(m_f->backend->entries.size(), entries);
        QVERIFY(button(tab, "removeButton")->isEnabled());
        QCOMPARE(m_f->profiles.profile(m_profileId)->identities.size(), 2);

        Dialogs::setNextAnswer(QMessageBox::Yes);
        button(tab, "removeButton")->click();
        QTRY_COMPARE(m_f->profiles.profile(m_profileId)->identities.size(), 1);

        // The whole profile, with everything it stored in the keychain.
        tab.select(m_profileId);
        QCOMPARE(button(tab, "removeButton")->text(), QStringLiteral("&Remove profile…"));
        Dialogs::setNextAnswer(QMessageBox::Yes);
        button(tab, "removeButton")->click();
        QTRY_VERIFY(!m_f->profiles.profile(m_profileId));
        QVERIFY(m_f->backend->entries.isEmpty());
        QCOMPARE(tab.findChild<QTreeWidget *>(QStringLiteral("profilesTree"))->topLevelItemCount(), 0);
    }

    // Issue 11 item 6: a damaged identity showed "Valid · active". When the session's load finds
    // the keychain entries damaged, the tab says so, with what to do, until it is imported again.
    void damagedIdentityIsShownDamaged()
    {
        CertificatesTab tab(m_f->context);
        auto *tree = tab.findChild<QTreeWidget *>(QStringLiteral("profilesTree"));
        const QString active = m_pki->rsaClient.certificate.sha256Fingerprint();
        const QString storageId = m_f->profiles.profile(m_profileId)->identity(active)->storageId();
        QString keyChunk;
        for (const QString &name : m_f->backend->entries.keys()) {
            if (name.contains(storageId) && name.endsWith(QLatin1String("/key#0")))
                keyChunk = name;
        }
        QVERIFY(!keyChunk.isEmpty());
        m_f->backend->entries[keyChunk][20] = char(m_f->backend->entries[keyChunk][20] ^ 0x5a);

        api::ProfileSession session(m_f->profiles, m_profileId);
        QSignalSpy failed(&session, &api::ProfileSession::failed);
        session.start();
        QVERIFY(failed.wait());
        QCOMPARE(session.failure().error, keychain::StoreError::Damaged);

        QTreeWidgetItem *item = tree->topLevelItem(0)->child(0);
        QCOMPARE(item->data(0, Qt::UserRole + 1).toString(), active);
        QCOMPARE(item->text(1), QStringLiteral("Damaged · active"));
        QVERIFY(item->toolTip(1).contains(QStringLiteral("import the certificate again")));
        QCOMPARE(tree->topLevelItem(0)->child(1)->text(1), QStringLiteral("Expires soon")); // only that one
        tab.select(m_profileId, active);
        const QString details = tab.findChild<QTextBrowser *>(QStringLiteral("identityDetails"))->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("damaged")) && details.contains(QStringLiteral("import the certificate again")),
                 qPrintable(details));

        // Imported again: intact, and shown so.
        store("client-chain.pem", "client-key.pem", true);
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(1), QStringLiteral("Valid · active"));
        QVERIFY(!m_f->profiles.isDamaged(m_profileId, active));
    }

    void importButtonAsksForTheWizard()
    {
        CertificatesTab tab(m_f->context);
        tab.select(m_profileId);
        QSignalSpy requested(&tab, &CertificatesTab::importRequested);
        button(tab, "importButton")->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), m_profileId);
    }
};

QTEST_MAIN(TestCertificatesTab)
#include "tst_certificatestab.moc"
