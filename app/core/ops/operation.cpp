#include "operation.h"

#include <QJsonDocument>

namespace ait::ops {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ait::ops::Operation)
};
} // namespace

api::ApiError refusal(const QString &message, const QString &hint)
{
    api::ApiError e = api::ApiError::make(api::ApiError::Kind::InvalidInput);
    e.message = message;
    e.hint = hint;
    return e;
}

api::ApiError alreadyInProgress(const QString &message)
{
    api::ApiError e = api::ApiError::make(api::ApiError::Kind::AlreadyInProgress);
    e.message = message;
    return e;
}

QString startedBy(const journal::Operation &open)
{
    const QString who = !open.operatorName.isEmpty() ? open.operatorName : open.osUser;
    return Text::tr("%1 started it at %2 (operation #%3).").arg(who, open.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        .arg(open.id);
}

api::ApiError alreadyInProgress(const QString &message, const journal::Operation &open)
{
    return alreadyInProgress(message + QLatin1Char(' ') + startedBy(open));
}

api::ApiError journalUnavailable(const QString &detail)
{
    return api::ApiError::make(api::ApiError::Kind::JournalUnavailable, detail);
}

api::ApiError journalUnavailable(const journal::Journal &journal, const QString &detail)
{
    api::ApiError e = journalUnavailable(detail);
    // A team journal is a server: say which one is out of reach, and that the console does not
    // turn to this computer's journal instead.
    if (journal.isTeam()) {
        e.message = QCoreApplication::translate("ait::ops::Operation", "Nothing was sent: the team journal (%1) cannot be reached, so the operation could not be recorded first.")
                        .arg(journal.path());
        e.hint = QCoreApplication::translate("ait::ops::Operation",
                                             "Refunds, payouts and messages stay disabled until the team database answers again; the "
                                             "console does not switch to this computer's journal on its own. Lookups still work.");
    }
    return e;
}

journal::Operation newOperation(journal::Kind kind, const OperationContext &who)
{
    journal::Operation op;
    op.kind = kind;
    op.profileId = who.profileId;
    op.profileName = who.profileName;
    op.identityFingerprint = who.identityFingerprint;
    op.operatorName = who.operatorName;
    return op;
}

bool needsApproval(const OperationContext &who, qint64 amount, bool test)
{
    return !test && who.approvalAbove > 0 && amount > who.approvalAbove;
}

std::optional<qint64> recordIntent(journal::Journal &journal, const journal::Operation &operation, api::ApiError *error, qint64 approvalId)
{
    if (!journal.isOpen() || !journal.stillOnDisk()) {
        *error = journalUnavailable(journal, journal.isOpen() ? QStringLiteral("the journal file was removed or replaced") : journal.health().detail);
        return std::nullopt;
    }
    QString why;
    const std::optional<qint64> id = approvalId ? journal.recordApprovedIntent(approvalId, operation, &why) : journal.recordIntent(operation, &why);
    if (id)
        return id;
    // The journal's own guard: an operation on the same target was recorded first, by another
    // console of the team or another process of this computer, between our check and our intent.
    if (const std::optional<journal::Operation> &open = journal.lastConflict())
        *error = alreadyInProgress(Text::tr("Another operation on this target is already in progress or its outcome is unknown."), *open);
    else if (const qint64 awaiting = journal.lastAwaitingApproval())
        *error = alreadyInProgress(Text::tr("Request #%1 for the same target is waiting for a second operator's approval: nothing else is "
                                            "sent on it until it is decided and sent.").arg(awaiting));
    else if (approvalId && journal.isOpen())
        *error = refusal(Text::tr("Request #%1 cannot be sent: it is not approved, or it was sent already.").arg(approvalId));
    else
        *error = journalUnavailable(journal, why);
    return std::nullopt;
}

std::optional<qint64> requestApproval(journal::Journal &journal, const journal::Operation &target, const QJsonObject &request,
                                      const QString &inProgress, const QString &awaiting, api::ApiError *error)
{
    QString why;
    const auto id = journal.requestApproval(target, QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)), 0, &why);
    if (id)
        return id;
    if (const auto &open = journal.lastConflict())
        *error = alreadyInProgress(inProgress, *open);
    else if (!journal.isTeam())
        *error = refusal(Text::tr("Approval by a second operator works only with the team journal (Settings → Journal)."));
    else if (!journal.isOpen())
        *error = journalUnavailable(journal, why);
    else
        *error = alreadyInProgress(awaiting);
    return std::nullopt;
}

bool sameCertificate(const journal::Approval &approval, const OperationContext &who)
{
    const QString asked = QJsonDocument::fromJson(approval.request.toUtf8()).object().value(QStringLiteral("identityFingerprint")).toString();
    return asked == who.identityFingerprint;
}

std::optional<qint64> recordAndMarkSent(journal::Journal &journal, const journal::Operation &operation, api::ApiError *error, qint64 approvalId)
{
    const std::optional<qint64> id = recordIntent(journal, operation, error, approvalId);
    if (!id)
        return std::nullopt;
    if (!journal.markSent(*id)) {
        // On record as an intent that never left: close it so it does not wait for a reconcile.
        journal.markOutcome(*id, journal::State::Failed, QStringLiteral("journal"), QStringLiteral("not sent: could not be marked as sent"));
        *error = journalUnavailable(QStringLiteral("the intent could not be marked as sent"));
        return std::nullopt;
    }
    return id;
}

journal::State settle(journal::Journal &journal, qint64 operationId, const api::ApiError &error, const QString &successDigest)
{
    if (error.ok()) {
        journal.markOutcome(operationId, journal::State::Succeeded, {}, successDigest);
        return journal::State::Succeeded;
    }
    if (error.outcomeUnknown()) {
        journal.markOutcome(operationId, journal::State::Unknown, error.partnerCode, error.kindName());
        return journal::State::Unknown;
    }
    journal.markOutcome(operationId, journal::State::Failed, error.partnerCode.isEmpty() ? error.kindName() : error.partnerCode,
                        error.partnerReason);
    return journal::State::Failed;
}

} // namespace ait::ops
