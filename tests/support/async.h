#pragma once

#include "core/keychain/credentialstore.h"

#include <QtTest>

#include <optional>

namespace ait::test {

// Starts an asynchronous store operation and waits (without a nested blocking call) until its
// callback ran. Fails the test with a clear message on timeout.
inline keychain::StoreResult await(const std::function<void(keychain::CredentialStore::Done)> &start, int ms = 30000)
{
    std::optional<keychain::StoreResult> result;
    start([&result](const keychain::StoreResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, ms))
        return {keychain::StoreError::Other, QStringLiteral("timed out waiting for the keychain"), {}, {}};
    return *result;
}

inline std::pair<keychain::StoreResult, tls::SecretBuffer> awaitRead(keychain::CredentialStore &store, const QString &name)
{
    std::optional<keychain::StoreResult> result;
    tls::SecretBuffer value;
    store.read(name, nullptr, [&](const keychain::StoreResult &r, tls::SecretBuffer v) {
        value = std::move(v);
        result = r;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return {keychain::StoreResult{keychain::StoreError::Other, QStringLiteral("timed out waiting for the keychain"), {}, {}}, tls::SecretBuffer()};
    return {*result, std::move(value)};
}

// Starts an operation that reports one value through its callback and waits for it; a
// default-constructed value (which the test's checks then reject) if it never comes.
template <typename T>
T awaitOutcome(const std::function<void(std::function<void(const T &)>)> &start, int ms = 30000)
{
    std::optional<T> outcome;
    start([&outcome](const T &o) { outcome = o; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, ms))
        return T{};
    return *outcome;
}

} // namespace ait::test
