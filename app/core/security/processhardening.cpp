#include "processhardening.h"

#include "core/logging.h"

#include <QtGlobal>

#include <openssl/crypto.h>

#include <cstdlib>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <malloc.h>
#include <sys/prctl.h>
#elif defined(Q_OS_MACOS)
#include <malloc/malloc.h>
#include <sys/ptrace.h>
#include <sys/types.h>
#elif defined(Q_OS_WIN)
#include <malloc.h>
#endif

// Windows: there is no core file to turn off. What would apply is a process DACL that denies
// PROCESS_VM_READ and PROCESS_QUERY_INFORMATION to other processes of the same user (as KeePassXC's
// createWindowsDACL does; an administrator can still read us), and Windows Error Reporting's
// LocalDumps, which is machine policy set by administrators. Not done yet: coreDumpsOff stays false.

namespace ait::security {

namespace {

// The usable size of a block from std::malloc: a free that wipes must know how much to wipe.
#if defined(Q_OS_LINUX)
constexpr bool KnowsBlockSize = true;
std::size_t blockSize(void *block)
{
    return malloc_usable_size(block);
}
#elif defined(Q_OS_MACOS)
constexpr bool KnowsBlockSize = true;
std::size_t blockSize(void *block)
{
    return malloc_size(block);
}
#elif defined(Q_OS_WIN)
constexpr bool KnowsBlockSize = true;
std::size_t blockSize(void *block)
{
    return _msize(block);
}
#else
constexpr bool KnowsBlockSize = false;
std::size_t blockSize(void *)
{
    return 0;
}
#endif

bool disableCoreDumps()
{
    bool ok = true;
#if defined(Q_OS_UNIX)
    // The hard limit too, so nothing in this process can raise it again.
    const rlimit none{0, 0};
    ok = setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#endif
#if defined(Q_OS_LINUX)
    // Besides no core file: other processes of the same user may no longer ptrace us or read
    // /proc/PID/mem (only CAP_SYS_PTRACE can).
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#elif defined(Q_OS_MACOS)
    // Signed builds use the hardened runtime (no task port for other processes); this also
    // refuses a debugger.
    ok = ptrace(PT_DENY_ATTACH, 0, nullptr, 0) == 0 && ok;
#elif defined(Q_OS_WIN)
    ok = false;
#endif
    return ok;
}

} // namespace

namespace detail {

void *scrubbingMalloc(std::size_t size, const char *, int)
{
    return std::malloc(size);
}

void scrubbingFree(void *block, const char *, int)
{
    if (!block)
        return;
    OPENSSL_cleanse(block, blockSize(block));
    std::free(block);
}

void *scrubbingRealloc(void *block, std::size_t size, const char *file, int line)
{
    if (!block)
        return std::malloc(size);
    if (size == 0) {
        scrubbingFree(block, file, line);
        return nullptr;
    }
    const std::size_t old = blockSize(block);
    if (size <= old)
        return block;
    // Never let the C library move the bytes and free the old block unwiped.
    void *moved = std::malloc(size);
    if (!moved)
        return nullptr; // like realloc: the old block stays valid
    std::memcpy(moved, block, old);
    scrubbingFree(block, file, line);
    return moved;
}

} // namespace detail

HardeningStatus hardenProcess()
{
    HardeningStatus status;
    status.coreDumpsOff = disableCoreDumps();
    // Before the secure heap: setting it up is OpenSSL's first allocation.
    status.openSslFreesScrubbed = KnowsBlockSize
        && CRYPTO_set_mem_functions(detail::scrubbingMalloc, detail::scrubbingRealloc, detail::scrubbingFree) == 1;
    // Minimum block 32 bytes: the heap's own bookkeeping needs 16.
    const int secure = CRYPTO_secure_malloc_init(SecureHeapSize, 32);
    status.secureHeap = secure != 0;
    status.secureHeapLocked = secure == 1;

    if (!status.coreDumpsOff)
        qCWarning(lcSecurity) << "core dumps could not be turned off on this system";
    if (!status.openSslFreesScrubbed)
        qCWarning(lcSecurity) << "OpenSSL's freed memory is not wiped (its memory functions were already in use)";
    if (!status.secureHeap)
        qCWarning(lcSecurity) << "OpenSSL's secure heap is not available: private key numbers stay in ordinary memory";
    else if (!status.secureHeapLocked)
        qCInfo(lcSecurity) << "OpenSSL's secure heap could not be locked in memory (RLIMIT_MEMLOCK)";
    return status;
}

} // namespace ait::security
