#pragma once

#include "core/keychain/credentialstore.h"

#include <QtTest>

#include <optional>
#include "sourcelocation.h"

namespace ait::test {

// Every helper here waits for a callback with QTest::qWaitFor (no fixed sleep). A timeout fails
// the running test on the spot: a made-up result could otherwise pass a check that expects an
// error (a "timed out" StoreError::Other reads like the keychain's own OtherError).

// Starts an asynchronous store operation and waits until its callback ran.
inline keychain::StoreResult await(const std::function<void(keychain::CredentialStore::Done)> &start, int ms = 30000,
                                   SourceLocation where = SourceLocation::current())
{
    std::optional<keychain::StoreResult> result;
    start([&result](const keychain::StoreResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, ms)) {
        QTest::qFail("timed out waiting for the keychain", where.file_name(), int(where.line()));
        return {keychain::StoreError::Other, QStringLiteral("timed out waiting for the keychain"), {}, {}};
    }
    return *result;
}

inline std::pair<keychain::StoreResult, tls::SecretBuffer> awaitRead(keychain::CredentialStore &store, const QString &name,
                                                                     SourceLocation where = SourceLocation::current())
{
    std::optional<keychain::StoreResult> result;
    tls::SecretBuffer value;
    store.read(name, nullptr, [&](const keychain::StoreResult &r, tls::SecretBuffer v) {
        value = std::move(v);
        result = r;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000)) {
        QTest::qFail("timed out waiting for the keychain", where.file_name(), int(where.line()));
        return {keychain::StoreResult{keychain::StoreError::Other, QStringLiteral("timed out waiting for the keychain"), {}, {}},
                tls::SecretBuffer()};
    }
    return {*result, std::move(value)};
}

// Starts an operation that reports one value through its callback and waits for it. Empty when
// it never came: the caller checks that first (QVERIFY(outcome)), so a timeout can never read as
// a default-constructed outcome (whose state is Failed).
template <typename T>
std::optional<T> awaitOutcome(const std::function<void(std::function<void(const T &)>)> &start, int ms = 30000)
{
    std::optional<T> outcome;
    start([&outcome](const T &o) { outcome = o; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, ms))
        return std::nullopt;
    return outcome;
}

} // namespace ait::test
