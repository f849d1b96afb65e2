#include "inspectordock.h"
#include "formatting.h"

#include "copybutton.h"

#include "core/api/apierror.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ait::gui {

namespace {

QString connectionWord(api::CallRecord::Connection connection)
{
    switch (connection) {
    case api::CallRecord::Connection::New: return InspectorDock::tr("new");
    case api::CallRecord::Connection::Reused: return InspectorDock::tr("reused");
    case api::CallRecord::Connection::None: return InspectorDock::tr("none");
    }
    return {};
}

// The result in words; the codes behind it (error kind, partner result) go in the tooltip.
QString resultWords(const api::CallRecord &record)
{
    const auto kind = api::ApiError::kindFromName(record.errorKind);
    if (!kind || *kind == api::ApiError::Kind::None)
        return api::ApiError::kindText(api::ApiError::Kind::None);
    const QString words = api::ApiError::kindText(*kind);
    const bool partnerCode = !record.partnerResult.isEmpty() && record.partnerResult != record.errorKind
                             && record.partnerResult != QLatin1String("FAIL");
    return partnerCode && (*kind == api::ApiError::Kind::Partner || *kind == api::ApiError::Kind::RateLimited)
               ? InspectorDock::tr("%1 (%2)").arg(words, record.partnerResult)
               : words;
}

} // namespace

InspectorDock::InspectorDock(QWidget *parent) : QDockWidget(tr("Request inspector"), parent)
{
    setObjectName(QStringLiteral("inspectorDock"));
    m_table = new QTableWidget(0, 8);
    m_table->setObjectName(QStringLiteral("inspectorTable"));
    m_table->setAccessibleName(tr("Calls"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Profile"), tr("Method"), tr("Endpoint"), tr("HTTP"), tr("Result"),
                                        tr("ms"), tr("Connection")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The endpoint takes the room left; the short columns, the Result's words among them ("server
    // name not found (DNS)"), are as wide as their contents (measured on the rows in view).
    for (const int column : {0, 2, 4, 5, 6, 7})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("inspectorDetails"));
    m_details->setAccessibleName(tr("Call details"));
    m_details->setLineWrapMode(QTextEdit::NoWrap);
    m_reveal = new QCheckBox(tr("Show tokens and personal fields in these calls"));
    m_reveal->setObjectName(QStringLiteral("revealBox"));
    m_curlButton = new QPushButton(tr("Copy as curl"));
    m_curlButton->setObjectName(QStringLiteral("copyCurlButton"));
    m_curlButton->setToolTip(tr("Copies the call as a curl command for a terminal. Before running it, set AIT_CERT and AIT_KEY to the "
                                "certificate and key files (and AIT_CA to the sandbox CA for a sandbox profile); tokens are "
                                "variables too (ACCESS_TOKEN, REFRESH_TOKEN, AUTHORIZATION_CODE), never copied."));

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
        resultWords(record),
        QString::number(record.durationMs),
        connectionWord(record.connection),
    };
    for (int c = 0; c < cells.size(); ++c)
        m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    m_table->item(row, 5)->setToolTip(QStringLiteral("%1 · %2").arg(record.errorKind, record.partnerResult));
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
    const bool reveal = m_reveal->isChecked();
    // A two-column table, not padded text: Hangul is twice as wide as Latin, so padding by
    // character count cannot line values up.
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    auto line = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style='padding-right:12px' valign='top'><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(tr("URL:"), r->url.toString());
    line(tr("Profile:"), r->profileName);
    line(tr("Started:"), dateTimeText(r->startedAt));
    line(tr("Duration:"), tr("%1 ms").arg(r->durationMs));
    line(tr("HTTP status:"), r->httpStatus > 0 ? QString::number(r->httpStatus) : tr("no answer"));
    line(tr("Result:"), resultWords(*r));
    if (!r->partnerResult.isEmpty())
        line(tr("Partner result:"), r->partnerResult);
    if (r->errorKind != QLatin1String("none"))
        line(tr("Error:"), QStringLiteral("%1 (%2)").arg(r->errorMessage, r->errorKind));
    line(tr("Request sent:"), r->requestSent ? tr("yes") : tr("no"));
    using C = api::CallRecord::Connection;
    line(tr("Connection:"), r->connection == C::New      ? tr("new (connect + TLS handshake %1 ms)").arg(r->handshakeMs)
                            : r->connection == C::Reused ? tr("reused (no handshake)")
                                                         : tr("none (no connection was made)"));
    line(tr("TLS:"), r->connection == C::None    ? tr("not established")
                     : r->tlsProtocol.isEmpty() ? tr("not reported for this call")
                                                : r->tlsProtocol + QStringLiteral(", ") + r->cipher);
    line(tr("Server chain:"), r->serverChain().join(QStringLiteral(" → ")));
    line(tr("Client certificate:"), r->clientCertificatePresented ? tr("offered: SHA-256 %1").arg(r->identityFingerprint) : tr("none"));
    html += QStringLiteral("</table>");
    auto block = [&html](const QString &title, const QString &text) {
        html += QStringLiteral("<p><b>%1</b></p><pre>%2</pre>").arg(title.toHtmlEscaped(), text.toHtmlEscaped());
    };
    block(tr("Request headers:"), r->headersText(reveal));
    if (!r->requestBody.isEmpty())
        block(tr("Request body:"), r->requestBodyText(reveal));
    block(tr("Response body:"), r->responseBodyText(reveal));
    m_details->setHtml(html);
}

void InspectorDock::copyCurl()
{
    if (const api::CallRecord *r = current())
        copyWithFeedback(m_curlButton, r->curlCommand());
}

} // namespace ait::gui
