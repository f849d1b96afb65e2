#pragma once

#include "core/api/partnerclient.h"
#include "core/journal/journal.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace ait::ops {

// Who and what a money operation is done for, as the journal records it.
struct OperationContext
{
    QString profileId, profileName, identityFingerprint, operatorName;
};

// A journal row for an operation done on behalf of `who`.
journal::Operation newOperation(journal::Kind kind, const OperationContext &who);

// Records the answer to a sent operation and returns the row's new state: succeeded with
// `successDigest`, unknown when the outcome cannot be known, failed otherwise. One rule for every
// kind of money operation.
journal::State settle(journal::Journal &journal, qint64 operationId, const api::ApiError &error,
                      const QString &successDigest);

// An error for a request refused before anything was sent.
api::ApiError refusal(const QString &message, const QString &hint = {});

} // namespace ait::ops
