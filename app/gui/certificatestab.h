#pragma once

#include "appcontext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace ait::gui {

// Profiles and their identities: state, days left, the active one; every field of the selected
// identity; import, set active, copy fingerprint, export the public chain, remove.
class CertificatesTab : public QWidget
{
    Q_OBJECT

public:
    explicit CertificatesTab(AppContext &context, QWidget *parent = nullptr);

    void reload();
    // Selects a profile (and identity, when given) in the tree.
    void select(const QString &profileId, const QString &fingerprint = {});
    QString selectedProfileId() const;
    QString selectedFingerprint() const;

signals:
    void importRequested(const QString &profileId);
    void statusMessage(const QString &text);

private:
    void showDetails();
    void setActive();
    void copyFingerprint();
    void exportChain();
    void removeSelected();
    void editProfile();
    void setBusy(bool busy);

    AppContext &m_context;
    QTreeWidget *m_tree;
    QTextBrowser *m_details;
    QLabel *m_error;
    QPushButton *m_importButton, *m_settingsButton, *m_activeButton, *m_copyButton, *m_exportButton, *m_removeButton;
    bool m_busy = false;
};

} // namespace ait::gui
