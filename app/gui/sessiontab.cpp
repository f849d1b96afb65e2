#include "sessiontab.h"

#include "core/api/profilesession.h"
#include "core/profiles/profilestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace ait::gui {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ait::gui::SessionTab)
};
} // namespace

QPushButton *makeShowUserButton(QLineEdit *userKeyEdit, const QString &objectName, std::function<void(qint64)> show)
{
    auto *button = new QPushButton(Text::tr("Show everything for this user"));
    button->setObjectName(objectName);
    button->setToolTip(Text::tr("Activity: every operation on record for this user key."));
    auto userKey = [userKeyEdit] { return userKeyEdit->text().trimmed().toLongLong(); };
    auto update = [button, userKey] { button->setEnabled(userKey() > 0); };
    QObject::connect(userKeyEdit, &QLineEdit::textChanged, button, update);
    QObject::connect(button, &QPushButton::clicked, button, [userKey, show = std::move(show)] {
        if (const qint64 key = userKey(); key > 0)
            show(key);
    });
    update();
    return button;
}

ops::OperationContext operationContext(const AppContext &context, const api::ProfileSession &session)
{
    const auto profile = context.profiles.profile(session.profileId());
    return {session.profileId(), profile ? profile->name : QString(), session.activeFingerprint(),
            context.settings.value(QStringLiteral("operator/name")).toString(), profile ? profile->approvalAbove : 0,
            profile && profile->approveBatches};
}

bool isReadOnly(const AppContext &context, const api::ProfileSession *session)
{
    const auto profile = session ? context.profiles.profile(session->profileId()) : std::nullopt;
    return profile && profile->readOnly;
}

Dialogs::Question moneyConfirmation(const AppContext &context, const api::ProfileSession *session, const QString &title,
                                    const QString &text, const QString &action)
{
    Dialogs::Question question = Dialogs::confirmation(title, text, action);
    if (const auto profile = session ? context.profiles.profile(session->profileId()) : std::nullopt) {
        question.environment = profile->environment;
        question.profileName = profile->name;
    }
    return question;
}

void warnFirst(Dialogs::Question &question, const ops::RecentlySettled &recent, const QString &goOn)
{
    if (!recent.found())
        return;
    question.text = recent.warning + QStringLiteral("\n\n") + question.text;
    for (Dialogs::Choice &choice : question.choices) {
        if (choice.answer != QMessageBox::Cancel)
            choice.text = goOn;
    }
    question.defaultAnswer = QMessageBox::Cancel;
}

QString errorDetails(const QString &what, const api::ApiError &error)
{
    QStringList lines{what, QStringLiteral("time: %1").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)), errorText(error),
                      QStringLiteral("kind: %1").arg(error.kindName())};
    if (!error.partnerCode.isEmpty())
        lines << QStringLiteral("partner code: %1").arg(error.partnerCode);
    if (!error.partnerReason.isEmpty())
        lines << QStringLiteral("partner's words: %1").arg(error.partnerReason);
    if (error.httpStatus > 0)
        lines << QStringLiteral("HTTP status: %1").arg(error.httpStatus);
    if (!error.technicalDetail.isEmpty())
        lines << QStringLiteral("technical: %1").arg(error.technicalDetail);
    return lines.join(QLatin1Char('\n'));
}

QString errorText(const api::ApiError &error)
{
    // What happened (with the partner's code, which a developer asks for), then what to do. Toss's own
    // words only when the console does not know the code: otherwise they repeat the first sentence.
    QString text = error.message;
    if (!error.partnerCode.isEmpty() && !text.contains(error.partnerCode))
        text += QStringLiteral(" (%1)").arg(error.partnerCode);
    if (!error.hint.isEmpty())
        text += QLatin1Char('\n') + error.hint;
    if (!error.partnerReason.isEmpty() && api::ApiError::explainPartnerCode(error.partnerCode).isEmpty())
        text += QLatin1Char('\n') + Text::tr("Toss said: %1").arg(error.partnerReason);
    return text;
}

} // namespace ait::gui
