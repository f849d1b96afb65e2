#pragma once

#include <QByteArray>

#include <functional>

namespace ait::api {

// What a PartnerClient consults before each call leaves, when one is set (PartnerClient::setGate):
// the one place a bulk run keeps the partner's limits (calls per minute per app, per user, calls
// in flight). Used from the client's thread only.
class CallGate
{
public:
    struct Call
    {
        QByteArray path;     // the endpoint's path
        qint64 userKey = 0;  // the x-toss-user-key of the call (0: none)
    };
    // Called with true when the call may leave now, or with false when it was withdrawn before it
    // left (cancelWaiting()).
    using Ticket = std::function<void(bool mayLeave)>;

    virtual ~CallGate() = default;

    // The call waits until the gate lets it leave; the ticket is called later, never inside request().
    virtual void request(const Call &call, Ticket ticket) = 0;
    // A call that left has ended. `limitSignal`: the partner refused it with its limit signal (429 or
    // 4095), which means nothing was applied; the client then asks again with request().
    virtual void ended(const Call &call, bool limitSignal) = 0;
    // Withdraws every call still waiting (their tickets are called with false).
    virtual void cancelWaiting() = 0;
};

} // namespace ait::api
