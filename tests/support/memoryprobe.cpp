#include "memoryprobe.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <utility>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace ait::test {

namespace {

// Neither a secret character nor a UTF-16 zero byte maps to itself under the mask, so the
// masked forms never match clear memory by accident.
constexpr char Mask = char(0x5a);

} // namespace

MemoryProbe::MemoryProbe(qsizetype length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    m_masked.resize(length);
    for (qsizetype i = 0; i < length; ++i)
        m_masked[i] = char(alphabet[QRandomGenerator::global()->bounded(64)] ^ Mask);
}

QByteArray MemoryProbe::toByteArray(QByteArrayView prefix, QByteArrayView suffix) const
{
    QByteArray out(prefix.size() + m_masked.size() + suffix.size(), Qt::Uninitialized);
    char *at = out.data();
    if (!prefix.isEmpty()) // memcpy from an empty view's null pointer is undefined (UBSan)
        std::memcpy(at, prefix.data(), size_t(prefix.size()));
    at += prefix.size();
    for (const char c : m_masked)
        *at++ = char(c ^ Mask);
    if (!suffix.isEmpty())
        std::memcpy(at, suffix.data(), size_t(suffix.size()));
    return out;
}

QString MemoryProbe::toString() const
{
    QString out(m_masked.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < m_masked.size(); ++i)
        out[i] = QChar(char16_t(uchar(m_masked[i] ^ Mask)));
    return out;
}

int MemoryProbe::occurrences() const
{
#ifdef Q_OS_LINUX
    // Nothing here allocates on the heap: a freed block of the code under test must not be
    // reused (and overwritten) by the scan itself. Everything lives in one private mapping,
    // left out of the scan: the memory map, the needles, and masked copies of memory.
    constexpr size_t MapsSize = 1 << 20, ChunkSize = 1 << 20, Overlap = 8192;
    const size_t needleSize = size_t(m_masked.size());
    const size_t total = MapsSize + 3 * needleSize + ChunkSize + Overlap;
    void *mapping = mmap(nullptr, total, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapping == MAP_FAILED || needleSize * 2 > Overlap)
        return -1;
    char *maps = static_cast<char *>(mapping);
    char *needleBytes = maps + MapsSize;
    char *needleUtf16 = needleBytes + needleSize; // each character followed by a zero byte, masked
    char *scratch = needleUtf16 + 2 * needleSize;
    std::memcpy(needleBytes, m_masked.constData(), needleSize);
    for (size_t i = 0; i < needleSize; ++i) {
        needleUtf16[2 * i] = m_masked[qsizetype(i)];
        needleUtf16[2 * i + 1] = Mask;
    }
    const auto ownStart = quintptr(mapping), ownEnd = ownStart + total;

    size_t mapsLength = 0;
    const int mapsFd = ::open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
    const int mem = ::open("/proc/self/mem", O_RDONLY | O_CLOEXEC);
    if (mapsFd >= 0) {
        ssize_t got = 0;
        while (mapsLength < MapsSize - 1 && (got = ::read(mapsFd, maps + mapsLength, MapsSize - 1 - mapsLength)) > 0)
            mapsLength += size_t(got);
        ::close(mapsFd);
    }
    int found = mapsFd >= 0 && mem >= 0 ? 0 : -1;
    for (char *line = maps; found >= 0 && line < maps + mapsLength;) {
        char *lineEnd = static_cast<char *>(std::memchr(line, '\n', size_t(maps + mapsLength - line)));
        if (!lineEnd)
            lineEnd = maps + mapsLength;
        *lineEnd = '\0';
        unsigned long long start = 0, end = 0;
        char perms[8] = {};
        const bool parsed = std::sscanf(line, "%llx-%llx %7s", &start, &end, perms) == 3;
        line = lineEnd + 1;
        // Secrets are written, so they live in writable mappings; skip ours and huge
        // reservations (sanitizer shadow memory) that hold no heap.
        if (!parsed || perms[0] != 'r' || perms[1] != 'w' || (start < ownEnd && ownStart < end)
            || end - start > (1ULL << 30))
            continue;
        size_t carried = 0;
        for (unsigned long long at = start; at < end; at += ChunkSize) {
            const size_t want = size_t(std::min<unsigned long long>(ChunkSize, end - at));
            const ssize_t got = pread(mem, scratch + carried, want, off_t(at));
            if (got <= 0)
                break;
            const size_t length = carried + size_t(got);
            for (size_t i = carried; i < length; ++i)
                scratch[i] ^= Mask;
            for (const auto &[needle, size] : {std::pair{needleBytes, needleSize}, std::pair{needleUtf16, 2 * needleSize}}) {
                for (char *from = scratch; from + size <= scratch + length; ++from) {
                    from = static_cast<char *>(memmem(from, size_t(scratch + length - from), needle, size));
                    if (!from)
                        break;
                    // A match wholly inside the carried-over tail was counted with the last chunk.
                    if (size_t(from - scratch) + size > carried)
                        ++found;
                }
            }
            carried = std::min(Overlap, length);
            std::memmove(scratch, scratch + length - carried, carried);
        }
    }
    if (mem >= 0)
        ::close(mem);
    munmap(mapping, total);
    return found;
#else
    return -1;
#endif
}

} // namespace ait::test
