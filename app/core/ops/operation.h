#pragma once

#include "core/api/partnerclient.h"
#include "core/journal/journal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace ait::ops {

// Who and what a money operation is done for, as the journal records it.
struct OperationContext
{
    QString profileId, profileName, identityFingerprint, operatorName;
    qint64 approvalAbove = 0; // the profile's four-eyes threshold (0: none)
    bool approveBatches = false; // every bulk batch needs a second operator
};

// Whether `amount` needs a second operator's approval under `who`'s profile (test operations never do).
bool needsApproval(const OperationContext &who, qint64 amount, bool test);

// A journal row for an operation done on behalf of `who`.
journal::Operation newOperation(journal::Kind kind, const OperationContext &who);

// Records the answer to a sent operation and returns the row's new state: succeeded with
// `successDigest`, unknown when the outcome cannot be known, failed otherwise. One rule for every
// kind of money operation.
journal::State settle(journal::Journal &journal, qint64 operationId, const api::ApiError &error,
                      const QString &successDigest);

// Errors for a request refused before anything was sent.
api::ApiError refusal(const QString &message, const QString &hint = {});
api::ApiError alreadyInProgress(const QString &message);
// The same, naming who started the open operation and when ("kim started it at 2026-12-03 14:02").
api::ApiError alreadyInProgress(const QString &message, const journal::Operation &open);
QString startedBy(const journal::Operation &open);
api::ApiError journalUnavailable(const QString &detail);
// The same, worded for the journal in use (the team journal names its server).
api::ApiError journalUnavailable(const journal::Journal &journal, const QString &detail);

// Records the intent of `operation`, refusing when the journal cannot record it. Empty when nothing
// was recorded; `error` then says why.
std::optional<qint64> recordIntent(journal::Journal &journal, const journal::Operation &operation, api::ApiError *error,
                                   qint64 approvalId = 0);
// recordIntent(), then marks it sent: the one way a single-call money request gets permission to leave.
// With `approvalId`, the intent spends that approved request (Journal::recordApprovedIntent).
std::optional<qint64> recordAndMarkSent(journal::Journal &journal, const journal::Operation &operation, api::ApiError *error,
                                        qint64 approvalId = 0);

// Four-eyes: journals `target` as awaiting a second operator's approval with `request` (what to
// send once approved), or says why not: `inProgress` when an operation on the target is open,
// `awaiting` when another request for it waits already.
std::optional<qint64> requestApproval(journal::Journal &journal, const journal::Operation &target, const QJsonObject &request,
                                      const QString &inProgress, const QString &awaiting, api::ApiError *error);

// Whether `who` sends with the certificate an approval was asked with: what was approved is a
// change on that partner app and environment, not on whichever profile the sender has open.
bool sameCertificate(const journal::Approval &approval, const OperationContext &who);

// Whoever asked for an operation (a widget, a command): told about the outcome only while it exists.
// The service that runs the operation settles it in the journal either way.
class Caller
{
public:
    explicit Caller(QObject *context) : m_context(context), m_hadContext(context != nullptr) {}
    bool alive() const { return !m_hadContext || m_context; }

private:
    QPointer<QObject> m_context;
    bool m_hadContext;
};

// Calls done(outcome) on `owner`'s thread after the current call returns — callbacks are never
// called at once — unless the caller is gone by then.
template <typename Outcome>
void answerLater(QObject *owner, const Caller &caller, std::function<void(const Outcome &)> done, Outcome outcome)
{
    QTimer::singleShot(0, owner, [caller, done = std::move(done), outcome = std::move(outcome)] {
        if (caller.alive() && done)
            done(outcome);
    });
}

} // namespace ait::ops
