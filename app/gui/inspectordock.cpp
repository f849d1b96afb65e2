#include "inspectordock.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ait::gui {

InspectorDock::InspectorDock(QWidget *parent) : QDockWidget(tr("Request inspector"), parent)
{
    setObjectName(QStringLiteral("inspectorDock"));
    m_table = new QTableWidget(0, 8);
    m_table->setObjectName(QStringLiteral("inspectorTable"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Profile"), tr("Method"), tr("Endpoint"), tr("HTTP"), tr("Result"),
                                        tr("ms"), tr("Connection")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("inspectorDetails"));
    m_details->setLineWrapMode(QTextEdit::NoWrap);
    m_reveal = new QCheckBox(tr("Reveal tokens and personal fields"));
    m_reveal->setObjectName(QStringLiteral("revealBox"));
    m_curlButton = new QPushButton(tr("Copy as curl"));
    m_curlButton->setObjectName(QStringLiteral("copyCurlButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reveal);
    buttons->addStretch();
    buttons->addWidget(m_curlButton);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_table, &QTableWidget::currentCellChanged, this, &InspectorDock::showCurrent);
    connect(m_reveal, &QCheckBox::toggled, this, &InspectorDock::showCurrent);
    connect(m_curlButton, &QPushButton::clicked, this, &InspectorDock::copyCurl);
    showCurrent();
}

void InspectorDock::add(const api::CallRecord &record)
{
    if (m_records.size() >= MaxRecords) {
        m_records.removeFirst();
        m_table->removeRow(0);
    }
    m_records << record;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList cells{
        QLocale().toString(record.startedAt.toLocalTime().time(), QStringLiteral("HH:mm:ss")),
        record.profileName,
        QString::fromLatin1(record.method),
        record.url.path().section(QLatin1Char('/'), -2),
        record.httpStatus > 0 ? QString::number(record.httpStatus) : QStringLiteral("—"),
        record.errorKind == QLatin1String("none") ? record.partnerResult : record.errorKind,
        QString::number(record.durationMs),
        record.newConnection ? tr("new") : tr("reused"),
    };
    for (int c = 0; c < cells.size(); ++c)
        m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    m_table->setCurrentCell(row, 0);
}

const api::CallRecord *InspectorDock::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_records.size() ? &m_records[row] : nullptr;
}

QString InspectorDock::detailsText() const
{
    return m_details->toPlainText();
}

void InspectorDock::showCurrent()
{
    const api::CallRecord *r = current();
    m_curlButton->setEnabled(r != nullptr);
    if (!r) {
        m_details->setPlainText(tr("Partner calls appear here as they happen."));
        return;
    }
    if (!m_fixedFont) {
        // Looked up on first use: a fontconfig match at start-up would delay the first paint.
        m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_fixedFont = true;
    }
    const bool reveal = m_reveal->isChecked();
    QStringList lines;
    auto line = [&lines](const QString &label, const QString &value) { lines << label.leftJustified(22) + value; };
    line(tr("URL:"), r->url.toString());
    line(tr("Profile:"), r->profileName);
    line(tr("Started:"), QLocale().toString(r->startedAt.toLocalTime(), QLocale::LongFormat));
    line(tr("Duration:"), tr("%1 ms").arg(r->durationMs));
    line(tr("HTTP status:"), r->httpStatus > 0 ? QString::number(r->httpStatus) : tr("no answer"));
    line(tr("Partner result:"), r->partnerResult);
    if (r->errorKind != QLatin1String("none"))
        line(tr("Error:"), r->errorKind + QStringLiteral(" — ") + r->errorMessage);
    line(tr("Request sent:"), r->requestSent ? tr("yes") : tr("no"));
    line(tr("Connection:"), r->newConnection ? tr("new (connect + TLS handshake %1 ms)").arg(r->handshakeMs) : tr("reused (no handshake)"));
    line(tr("TLS:"), r->tlsProtocol.isEmpty() ? tr("not established") : r->tlsProtocol + QStringLiteral(", ") + r->cipher);
    line(tr("Server chain:"), r->serverChain().join(QStringLiteral(" → ")));
    line(tr("Client certificate:"), r->clientCertificatePresented ? tr("offered: SHA-256 %1").arg(r->identityFingerprint) : tr("none"));
    lines << QString() << tr("Request headers:") << r->headersText(reveal);
    if (!r->requestBody.isEmpty())
        lines << QString() << tr("Request body:") << r->requestBodyText(reveal);
    lines << QString() << tr("Response body:") << r->responseBodyText(reveal);
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

void InspectorDock::copyCurl()
{
    if (const api::CallRecord *r = current())
        QGuiApplication::clipboard()->setText(r->curlCommand(m_reveal->isChecked()));
}

} // namespace ait::gui
