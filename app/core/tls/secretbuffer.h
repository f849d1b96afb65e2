#pragma once

#include <QByteArrayView>

#include <memory>

namespace ait::tls {

// Owns secret bytes (private keys, passphrases). Never implicitly shared, never converted to
// QString, wiped with OPENSSL_cleanse when destroyed or cleared. Copies must be explicit (clone()).
class SecretBuffer
{
public:
    SecretBuffer() = default;
    explicit SecretBuffer(qsizetype size);
    SecretBuffer(const char *data, qsizetype size);
    explicit SecretBuffer(QByteArrayView bytes) : SecretBuffer(bytes.data(), bytes.size()) {}
    ~SecretBuffer();

    SecretBuffer(SecretBuffer &&other) noexcept;
    SecretBuffer &operator=(SecretBuffer &&other) noexcept;
    SecretBuffer(const SecretBuffer &) = delete;
    SecretBuffer &operator=(const SecretBuffer &) = delete;

    SecretBuffer clone() const { return SecretBuffer(data(), size()); }

    char *data() { return m_data.get(); }
    const char *data() const { return m_data.get(); }
    const unsigned char *bytes() const { return reinterpret_cast<const unsigned char *>(m_data.get()); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return {data(), size()}; }

    // Shrinks the logical size, wiping the bytes cut off.
    void truncate(qsizetype newSize);
    void clear();

    // Constant-time comparison.
    bool operator==(const SecretBuffer &other) const;

private:
    std::unique_ptr<char[]> m_data;
    qsizetype m_size = 0;
};

} // namespace ait::tls
