#include "wipe.h"

#include <QStringEncoder>

#include <openssl/crypto.h>

namespace ait::security {

namespace {

// The whole allocation, also the capacity beyond size() (a string that shrank keeps old bytes
// there), without detaching.
template <typename String>
void cleanseAllocation(String &value)
{
    auto &d = value.data_ptr();
    using Char = std::remove_pointer_t<decltype(d.data())>;
    Char *allocationStart = d.data() - d.freeSpaceAtBegin();
    OPENSSL_cleanse(allocationStart, size_t(d.constAllocatedCapacity()) * sizeof(Char));
}

template <typename String>
bool wipeString(String &value)
{
    // isDetached(): one holder, and memory we own (fromRawData() and the shared empty string are
    // never "detached").
    const bool wiped = value.isDetached();
    if (wiped)
        cleanseAllocation(value);
    value = String();
    return wiped;
}

} // namespace

bool wipe(QByteArray &value)
{
    return wipeString(value);
}

bool wipe(QString &value)
{
    return wipeString(value);
}

void wipeInPlace(QByteArray &value)
{
    // Only memory with an allocation header: not fromRawData(), not the shared empty array.
    if (value.data_ptr().d_ptr())
        cleanseAllocation(value);
    value = QByteArray();
}

tls::SecretBuffer utf8Secret(QStringView text)
{
    QStringEncoder encoder(QStringEncoder::Utf8);
    tls::SecretBuffer buffer(encoder.requiredSpace(text.size()));
    char *end = encoder.appendToBuffer(buffer.data(), text);
    buffer.truncate(end - buffer.data());
    return buffer;
}

tls::SecretBuffer takeUtf8Secret(QString &text)
{
    tls::SecretBuffer buffer = utf8Secret(text);
    wipe(text);
    return buffer;
}

} // namespace ait::security
