#include "memorybackend.h"

#include <QTimer>

namespace ait::keychain {

StoreError MemoryBackend::nextError()
{
    if (failWith != StoreError::None)
        return failWith;
    if (callsUntilFailure == 0)
        return StoreError::AccessDenied;
    if (callsUntilFailure > 0)
        --callsUntilFailure;
    return StoreError::None;
}

void MemoryBackend::writeEntry(const QString &name, const QByteArray &value, Done done)
{
    const StoreError error = nextError();
    if (error == StoreError::None) {
        entries.insert(name, value);
        ++writes;
    }
    QTimer::singleShot(0, [done, error] { done({error, {}}); });
}

void MemoryBackend::readEntry(const QString &name, Read done)
{
    StoreError error = nextError();
    QByteArray value;
    if (error == StoreError::None) {
        if (entries.contains(name))
            value = entries.value(name);
        else
            error = StoreError::NotFound;
    }
    QTimer::singleShot(0, [done, error, value] { done({error, {}}, value); });
}

void MemoryBackend::deleteEntry(const QString &name, Done done)
{
    const StoreError error = nextError();
    if (error == StoreError::None)
        entries.remove(name);
    QTimer::singleShot(0, [done, error] { done({error, {}}); });
}

} // namespace ait::keychain
