// libFuzzer target: the partner answer envelope (api::Envelope::parse) for a state-changing call
// and for a lookup, then every model parser (api::parse*) on its payload — and on the whole
// document, so the parsers meet any JSON, not only what survives the envelope.
// Input: one byte choosing the HTTP status, then the body.
#include "core/api/envelope.h"
#include "core/api/models.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <cstdint>

using namespace ait::api;

namespace {

void parseEveryModel(const QJsonValue &value)
{
    (void)parseTokens(value);
    (void)parseLoginMe(value);
    (void)parsePaymentStatus(value);
    (void)parsePaymentExecution(value);
    (void)parseRefund(value);
    (void)parseOrderStatus(value);
    (void)parseMessageResult(value);
    (void)parsePromotionKey(value);
    (void)parsePromotionOutcome(value);
    (void)parseUserKey(value);
    (void)readInt64(value);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static constexpr std::array<int, 16> Statuses{200, 201, 204, 302, 307, 400, 401, 403, 404, 409, 429, 500, 502, 503, 504, 0};
    if (size == 0)
        return 0;
    const int status = Statuses[data[0] % Statuses.size()];
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    for (const bool changesState : {false, true}) {
        const Envelope envelope = Envelope::parse(body, status, changesState);
        (void)envelope.error.kindName();
        if (envelope.success)
            parseEveryModel(envelope.payload);
    }
    const QJsonDocument document = QJsonDocument::fromJson(body);
    parseEveryModel(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    return 0;
}
