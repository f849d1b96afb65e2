#pragma once

#include "core/api/callrecord.h"

#include <QDockWidget>

class QCheckBox;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace ait::gui {

// Every partner call of this session: status, timing, connection reuse, TLS details, the
// certificates on both sides, and the bodies, with tokens and personal fields masked until
// "Reveal" is ticked. "Copy as curl" never copies the key or an unmasked token.
class InspectorDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit InspectorDock(QWidget *parent = nullptr);

    void add(const ait::api::CallRecord &record);
    int count() const { return int(m_records.size()); }
    const ait::api::CallRecord *current() const;
    QString detailsText() const;

    static constexpr int MaxRecords = 500;

private:
    void showCurrent();
    void copyCurl();

    QList<ait::api::CallRecord> m_records;
    QTableWidget *m_table;
    QTextBrowser *m_details;
    QCheckBox *m_reveal;
    QPushButton *m_curlButton;
};

} // namespace ait::gui
