#pragma once

#include "operation.h"

#include <QPointer>

namespace ait::ops {

struct PayoutRequest
{
    qint64 userKey = 0;
    QString promotionCode; // a TEST_ prefix makes it a test payout (no money, no real points)
    qint64 amount = 0;     // points
};

struct PayoutOutcome
{
    qint64 operationId = 0; // 0 when nothing was recorded (refused before the journal)
    journal::State state = journal::State::Failed;
    api::ApiError error;
    std::optional<api::PromotionOutcome> result; // the last execution-result answer, if any
    bool applied = false;                        // succeeded, or reconciled as paid
    bool reopened = false;                       // reconcile(…, Reopen): the key paid nothing, the row is an intent again
};

// Toss points payouts with the journal's rules (docs/partner-api.md §6.5): the intent is recorded, then
// the promotion key is recorded before execute-promotion leaves, and the result is polled with
// backoff until SUCCESS or FAILED. The key is the idempotency handle: an unknown outcome is settled
// by asking for the result of the *same* key (Reconcile); this service never gets a second key for
// an operation, and refuses a new payout to a user from a promotion while one is still open.
class PayoutService : public QObject
{
    Q_OBJECT

public:
    enum class Step { GettingKey, Paying, WaitingForResult };
    using Done = std::function<void(const PayoutOutcome &)>;
    using Progress = std::function<void(Step step, int check)>;

    struct Polling
    {
        int firstDelayMs = 500;
        int maxDelayMs = 8000;
        int maxChecks = 10; // then the row is left unknown, to be reconciled later
        // The first check right after execute-promotion answered (a person is waiting), or only
        // after firstDelayMs (a bulk run: every check counts against the user's 10 calls a minute).
        bool checkAtOnce = true;
    };

    explicit PayoutService(journal::Journal &journal, QObject *parent = nullptr);

    void setPolling(const Polling &polling) { m_polling = polling; }
    const Polling &polling() const { return m_polling; }

    static bool isTestCode(const QString &promotionCode);
    // The open (unanswered or unknown) payout to this user from this promotion, if any: while there
    // is one, no other payout to them from it may start.
    static std::optional<journal::Operation> openPayout(const journal::Journal &journal, qint64 userKey, const QString &promotionCode);
    // The first problem with the request, or empty. Promotion codes are letters, digits, _ and -.
    static QString validate(const PayoutRequest &request);

    // Cancelling the client's calls (PartnerClient::cancelAll) also stops the polling; the row is
    // then left unknown, to be reconciled.
    void pay(api::PartnerClient &client, const OperationContext &who, const PayoutRequest &request, QObject *context,
             Progress progress, Done done);
    // Pays a payout already on record as an intent (a bulk row, recorded when its batch was
    // confirmed), with the same steps as pay(): get-key → key recorded → execute → result.
    void payRecorded(api::PartnerClient &client, qint64 operationId, QObject *context, Progress progress, Done done);
    // Four-eyes: journals the payout as awaiting a second operator (team journal only) instead of
    // paying it. The request's id, or empty with `error` saying why.
    std::optional<qint64> requestApproval(const OperationContext &who, const PayoutRequest &request, api::ApiError *error);
    // Pays an approved request through the same intent → send → settle path as pay(); the approval
    // is spent with the intent, so it is paid once whichever console sends it.
    void payApproved(api::PartnerClient &client, const OperationContext &who, qint64 approvalId, QObject *context, Progress progress,
                     Done done);
    // The request an approval carries, if it is a payout's.
    static std::optional<PayoutRequest> requestOf(const journal::Approval &approval);

    // What reconcile() does when the partner proves the key paid nothing (4111, or no key ever
    // obtained): settle the operation as not paid (a single payout), or put it back to intent so it
    // can be paid with a new key (a bulk row; the old key stays on record as superseded).
    enum class NothingPaid { Settle, Reopen };
    // Asks for the result of the operation's own key; never pays.
    void reconcile(api::PartnerClient &client, qint64 operationId, QObject *context, Done done,
                   NothingPaid nothingPaid = NothingPaid::Settle);

    // A bulk row that never got a key (nothing can have been paid) and will not be tried again.
    bool settleUnpaid(qint64 operationId, const QString &partnerCode, const QString &digest);

private:
    void payAfterApproval(api::PartnerClient &client, const OperationContext &who, const PayoutRequest &request, qint64 approvalId,
                          QObject *context, Progress progress, Done done);
    struct Run;
    void start(api::PartnerClient &client, const std::shared_ptr<Run> &run);
    void execute(const std::shared_ptr<Run> &run);
    void poll(const std::shared_ptr<Run> &run);
    void pollLater(const std::shared_ptr<Run> &run);
    void finish(const std::shared_ptr<Run> &run, journal::State state, const api::ApiError &error, const QString &code,
                const QString &digest);

    journal::Journal &m_journal;
    Polling m_polling;
};

} // namespace ait::ops
