#include "operation.h"

namespace ait::ops {

api::ApiError refusal(const QString &message, const QString &hint)
{
    api::ApiError e = api::ApiError::make(api::ApiError::Kind::InvalidInput);
    e.message = message;
    e.hint = hint;
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
