#include "callrecord.h"

#include "core/security/wipe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ait::api {

namespace {

bool isSecretHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "x-toss-user-key" || lower == "x-anon-key";
}

bool isSecretField(const QString &name)
{
    static const QStringList fields{QStringLiteral("accessToken"), QStringLiteral("refreshToken"),
                                    QStringLiteral("authorizationCode"), QStringLiteral("key"),
                                    QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("birthday"),
                                    QStringLiteral("ci"), QStringLiteral("gender"), QStringLiteral("nationality"),
                                    QStringLiteral("email"), QStringLiteral("userKey")};
    return fields.contains(name);
}

QJsonValue maskValue(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (isSecretField(it.key()) && (it.value().isString() || it.value().isDouble()))
                it.value() = CallRecord::mask(it.value().isDouble() ? QString::number(it.value().toInteger()) : it.value().toString());
            else
                it.value() = maskValue(it.value());
        }
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = maskValue(*it);
        return a;
    }
    return value;
}

QString bodyText(const QByteArray &body, bool reveal)
{
    if (body.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isNull())
        return reveal ? QString::fromUtf8(body) : CallRecord::mask(QString::fromUtf8(body));
    if (reveal)
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    const QJsonValue masked = maskValue(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    return QString::fromUtf8((masked.isObject() ? QJsonDocument(masked.toObject()) : QJsonDocument(masked.toArray())).toJson(QJsonDocument::Indented));
}

QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

} // namespace

CallRecord::~CallRecord()
{
    // The list itself is shared between copies too; iterating a shared one would detach it.
    if (requestHeaders.isDetached()) {
        for (auto &[name, value] : requestHeaders)
            security::wipe(value);
    }
    security::wipe(requestBody);
    security::wipe(responseBody);
}

QStringList CallRecord::serverChain() const
{
    QStringList subjects;
    for (const QSslCertificate &c : serverCertificates)
        subjects << c.subjectDisplayName();
    return subjects;
}

QJsonValue CallRecord::maskJson(const QJsonValue &value)
{
    return maskValue(value);
}

QString CallRecord::mask(const QString &secret)
{
    if (secret.size() <= 4)
        return QStringLiteral("••••");
    return secret.left(4) + QStringLiteral("…(%1)").arg(secret.size());
}

QString CallRecord::headersText(bool reveal) const
{
    QStringList lines;
    for (const auto &[name, value] : requestHeaders) {
        QString v = QString::fromUtf8(value);
        if (!reveal && isSecretHeader(name))
            v = name.toLower() == "authorization" && v.startsWith(QLatin1String("Bearer ")) ? QStringLiteral("Bearer ") + mask(v.mid(7)) : mask(v);
        lines << QString::fromUtf8(name) + QStringLiteral(": ") + v;
    }
    return lines.join(QLatin1Char('\n'));
}

QString CallRecord::requestBodyText(bool reveal) const
{
    return bodyText(requestBody, reveal);
}

QString CallRecord::responseBodyText(bool reveal) const
{
    return bodyText(responseBody, reveal);
}

QString CallRecord::curlCommand() const
{
    // Secrets never leave as text: each becomes a shell variable, double-quoted so the shell expands
    // it, spliced into the single-quoted JSON body as '"${NAME}"'.
    static const QList<std::pair<QString, QString>> secretFields{{QStringLiteral("accessToken"), QStringLiteral("ACCESS_TOKEN")},
                                                                 {QStringLiteral("refreshToken"), QStringLiteral("REFRESH_TOKEN")},
                                                                 {QStringLiteral("authorizationCode"), QStringLiteral("AUTHORIZATION_CODE")}};
    auto marker = [](const QString &variable) { return QStringLiteral("@@AIT_VARIABLE_%1@@").arg(variable); };
    QStringList parts;
    if (changesState)
        parts << QStringLiteral("# Running this sends the %1 call again: it changes state (use the sandbox, or mean it).")
                     .arg(url.path().section(QLatin1Char('/'), -1));
    QString first = QStringLiteral("curl --fail-with-body --cert \"${AIT_CERT}\" --key \"${AIT_KEY}\"");
    if (ownCa)
        first += QStringLiteral(" --cacert \"${AIT_CA}\"");
    parts << first;
    if (method != "GET" && method != "POST")
        parts << QStringLiteral("-X ") + QString::fromLatin1(method);
    if (method == "POST")
        parts << QStringLiteral("-H 'Content-Type: application/json'");
    for (const auto &[name, value] : requestHeaders) {
        const QByteArray lower = name.toLower();
        if (lower == "authorization")
            parts << QStringLiteral("-H \"Authorization: Bearer ${ACCESS_TOKEN}\"");
        else if (lower == "x-anon-key")
            parts << QStringLiteral("-H \"x-anon-key: ${ANON_KEY}\"");
        else
            parts << QStringLiteral("-H ") + shellQuote(QString::fromUtf8(name) + QStringLiteral(": ") + QString::fromUtf8(value));
    }
    if (method == "POST") {
        const QJsonDocument doc = QJsonDocument::fromJson(requestBody);
        QString data = QString::fromUtf8(requestBody);
        if (doc.isObject()) {
            QJsonObject body = doc.object();
            for (const auto &[field, variable] : secretFields) {
                if (body.contains(field))
                    body[field] = marker(variable);
            }
            data = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
        }
        QString quoted = shellQuote(data);
        for (const auto &[field, variable] : secretFields)
            quoted.replace(marker(variable), QStringLiteral("'\"${%1}\"'").arg(variable));
        parts << QStringLiteral("--data ") + quoted;
    }
    parts << shellQuote(url.toString());
    // The comment stands on its own line; the command's lines are joined with continuations.
    const QString comment = changesState ? parts.takeFirst() + QLatin1Char('\n') : QString();
    return comment + parts.join(QStringLiteral(" \\\n  "));
}

} // namespace ait::api
