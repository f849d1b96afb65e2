#include "output.h"

#include "core/api/callrecord.h"

#include <QJsonDocument>

#include <cstdio>

namespace ait::cli {

Output::Output() : m_out(stdout), m_err(stderr) {}

QString Output::secret(const QString &value) const
{
    return m_reveal || value.isEmpty() ? value : api::CallRecord::mask(value);
}

QJsonValue Output::secretJson(const QJsonValue &value) const
{
    return m_reveal ? value : api::CallRecord::maskJson(value);
}

void Output::result(const QJsonObject &object)
{
    if (m_json)
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

void Output::text(const QString &text)
{
    if (!m_json && !text.isEmpty())
        m_out << text << Qt::endl;
}

void Output::note(const QString &text)
{
    if (!text.isEmpty())
        m_err << text << Qt::endl;
}

} // namespace ait::cli
