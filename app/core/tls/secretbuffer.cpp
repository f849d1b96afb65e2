#include "secretbuffer.h"

#include <openssl/crypto.h>

#include <cstring>

namespace ait::tls {

SecretBuffer::SecretBuffer(qsizetype size)
    : m_data(size > 0 ? std::make_unique<char[]>(size_t(size)) : nullptr), m_size(size > 0 ? size : 0)
{
}

SecretBuffer::SecretBuffer(const char *data, qsizetype size) : SecretBuffer(size)
{
    if (m_size > 0)
        std::memcpy(m_data.get(), data, size_t(m_size));
}

SecretBuffer::~SecretBuffer()
{
    clear();
}

SecretBuffer::SecretBuffer(SecretBuffer &&other) noexcept
    : m_data(std::move(other.m_data)), m_size(std::exchange(other.m_size, 0))
{
}

SecretBuffer &SecretBuffer::operator=(SecretBuffer &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecretBuffer::truncate(qsizetype newSize)
{
    if (newSize < 0 || newSize >= m_size)
        return;
    OPENSSL_cleanse(m_data.get() + newSize, size_t(m_size - newSize));
    m_size = newSize;
}

void SecretBuffer::clear()
{
    if (m_data)
        OPENSSL_cleanse(m_data.get(), size_t(m_size));
    m_data.reset();
    m_size = 0;
}

bool SecretBuffer::operator==(const SecretBuffer &other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || CRYPTO_memcmp(m_data.get(), other.m_data.get(), size_t(m_size)) == 0;
}

} // namespace ait::tls
