#pragma once

#include "appcontext.h"

#include "core/tls/inspection.h"

#include <QWizard>

#include <memory>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTextBrowser;

namespace ait::gui {

// Select → Passphrase (only when needed) → Review → Store. Nothing touches the keychain before the
// Store page; Cancel anywhere before it stores nothing.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { SelectPageId, PassphrasePageId, ReviewPageId, StorePageId };
    enum class Source { CertificateAndKey, SingleFile, PastedText };

    ImportWizard(AppContext &context, const QString &preferredProfileId, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Used by the pages.
    AppContext &context() { return m_context; }
    const tls::InspectionReport &report() const { return m_report; }
    void inspect(const tls::SecretBuffer *passphrase);
    bool needsPassphrase() const { return m_report.verdict == tls::Verdict::WrongPassphrase; }
    Source source() const;
    QString certificatePath() const;
    QString keyPath() const;
    bool makeActive = true;

    // Files dropped on any page: one goes to the single-file field, two are a certificate + key.
    void acceptFiles(const QStringList &paths);

    // The profile the console works in now: storing never changes it, unless the operator ticks
    // "switch to it" on the last page.
    void setConsoleProfileId(const QString &profileId) { m_consoleProfileId = profileId; }
    QString consoleProfileId() const { return m_consoleProfileId; }

signals:
    void identityStored(const QString &profileId, const QString &fingerprint);
    // Finished with "switch the console to this profile" ticked.
    void switchToProfileRequested(const QString &profileId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    friend class SelectPage;
    AppContext &m_context;
    tls::InspectionReport m_report;
    class SelectPage *m_select = nullptr;
    QString m_consoleProfileId;
};

class SelectPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SelectPage(ImportWizard *wizard);
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    QRadioButton *pairRadio, *singleRadio, *pasteRadio;
    QLineEdit *certificateEdit, *keyEdit, *singleEdit;
    QPlainTextEdit *pasteEdit;

private:
    QPushButton *browseButton(QLineEdit *target, const QString &caption, const QString &filter);
    void updateEnabled();
    ImportWizard *m_wizard;
};

class PassphrasePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PassphrasePage(ImportWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    QLineEdit *passphraseEdit;
    QLabel *errorLabel;

private:
    ImportWizard *m_wizard;
};

class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(ImportWizard *wizard, const QString &preferredProfileId);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override { return ImportWizard::StorePageId; }

    QLabel *verdictLabel;
    QTextBrowser *details;
    QCheckBox *acknowledgeBox;
    QRadioButton *newProfileRadio, *existingProfileRadio;
    QLineEdit *profileNameEdit;
    QComboBox *environmentCombo, *profileCombo;
    QLabel *targetError, *storeIntoLabel;

    // Chosen on this page, used by the Store page.
    QString targetProfileId() const;

private:
    void targetChanged();
    ImportWizard *m_wizard;
    QString m_preferredProfileId;
    QString m_suggestedName; // the certificate's CN put in the name field (replaced when the certificate changes)
};

class StorePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit StorePage(ImportWizard *wizard, ReviewPage *review);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override { return m_stored; }

    QLabel *statusLabel;
    QPushButton *retryButton;
    QCheckBox *switchBox; // after storing into another profile than the console's: switch to it (default: stay)
    QString storedProfileId() const { return m_storedProfileId; }

private:
    void store();
    ImportWizard *m_wizard;
    ReviewPage *m_review;
    bool m_stored = false;
    bool m_busy = false;
    QString m_createdProfileId;
    QString m_storedProfileId;
};

} // namespace ait::gui
