#pragma once

#include "appcontext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ait::gui {

// Edits one profile: name, environment, API base URLs, read-only, test-payment default, and the
// four-eyes approval threshold, the
// login decryption key + AAD (written to the OS keychain, never shown again).
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(AppContext &context, const QString &profileId, QWidget *parent = nullptr);

    // Checks the fields and returns the first problem, or an empty string.
    QString validate() const;

    QLineEdit *nameEdit, *appsUrlEdit, *payUrlEdit, *decryptionKeyEdit, *aadEdit;
    QComboBox *environmentCombo;
    QCheckBox *readOnlyBox, *testPaymentBox, *approveBatchesBox;
    QSpinBox *approvalAboveSpin; // four-eyes threshold (0: never)
    QLabel *errorLabel;
    QDialogButtonBox *buttons;

    void accept() override;

private:
    AppContext &m_context;
    QString m_profileId;
    bool m_saving = false;
};

} // namespace ait::gui
