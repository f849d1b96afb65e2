#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTextStream>

namespace ait::cli {

// Where a command's results and words go. Results go to stdout: human-readable lines, or with
// --json one compact JSON object per line and nothing else. Progress, problems and questions go to
// stderr in both modes. Secrets (tokens, decrypted fields, promotion keys) are masked unless the
// operator asked for them with --show-secrets.
class Output
{
public:
    Output();

    void setJson(bool json) { m_json = json; }
    bool json() const { return m_json; }
    void setReveal(bool reveal) { m_reveal = reveal; }
    bool reveal() const { return m_reveal; }

    QString secret(const QString &value) const;
    QJsonValue secretJson(const QJsonValue &value) const;

    // With --json: `object` as one line on stdout. Without: nothing.
    void result(const QJsonObject &object);
    // Without --json: `text` (one or more lines) on stdout. With --json: nothing.
    void text(const QString &text);
    // On stderr, in both modes.
    void note(const QString &text);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    bool m_reveal = false;
};

} // namespace ait::cli
