#pragma once

#include <cstddef>

namespace ait::security {

// What hardenProcess() could put in place on this platform.
struct HardeningStatus
{
    // No core file is written, and (Linux) other processes of the same user cannot ptrace us or
    // read our memory through /proc: prctl(PR_SET_DUMPABLE, 0) and RLIMIT_CORE 0; macOS: RLIMIT_CORE 0
    // and PT_DENY_ATTACH. Not on Windows (see processhardening.cpp).
    bool coreDumpsOff = false;
    // OpenSSL's freed and moved buffers (decoder copies of a key's DER, TLS records) are wiped.
    bool openSslFreesScrubbed = false;
    // OpenSSL's secure heap: private key numbers live in memory left out of core dumps
    // (MADV_DONTDUMP) and, when `secureHeapLocked`, never swapped out (mlock).
    bool secureHeap = false;
    bool secureHeapLocked = false;
};

// Call first thing in main(), before anything uses OpenSSL (or Qt's TLS): OpenSSL accepts its
// memory functions only before its first allocation. Keeps secrets out of core dumps and out of
// other processes of the same user; logs a warning (category ait.security) for what failed.
HardeningStatus hardenProcess();

// Size of OpenSSL's secure heap: room for the private numbers of many keys at once; a full heap
// makes OpenSSL's secure allocations fail, so it is generous.
constexpr std::size_t SecureHeapSize = std::size_t(1) << 20;

namespace detail {
// The memory functions hardenProcess() gives OpenSSL (exposed for tests).
void *scrubbingMalloc(std::size_t size, const char *file, int line);
void *scrubbingRealloc(void *block, std::size_t size, const char *file, int line);
void scrubbingFree(void *block, const char *file, int line);
} // namespace detail

} // namespace ait::security
