// ait-secretscan FILE < WINDOWS
// Counts where pieces of a secret occur in a large file (a core dump), in one pass.
// WINDOWS: one hex-encoded window per line, each 16 to 64 bytes. Prints one line per window: its
// number of occurrences. Used by tests/keychain/tst_coredump.py; a test tool, not shipped.
//
// Any occurrence of a window of at least 16 bytes contains a whole 8-byte-aligned word of the
// file, at one of the window's first 8 offsets: so only aligned words are looked up, in a table of
// every window's 8-byte pieces at offsets 0..7, and each hit is checked in full.

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

struct Candidate
{
    std::size_t window;
    std::size_t offset; // of the aligned word inside the window
};

bool fromHex(const std::string &hex, std::string &bytes)
{
    if (hex.size() % 2 != 0)
        return false;
    bytes.clear();
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        unsigned value = 0;
        if (std::sscanf(hex.c_str() + i, "%2x", &value) != 1)
            return false;
        bytes.push_back(char(value));
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: ait-secretscan FILE < WINDOWS\n");
        return 2;
    }
    std::vector<std::string> windows;
    for (std::string line; std::getline(std::cin, line);) {
        std::string bytes;
        if (!fromHex(line, bytes) || bytes.size() < 16 || bytes.size() > 64) {
            std::fprintf(stderr, "ait-secretscan: bad window line\n");
            return 2;
        }
        windows.push_back(bytes);
    }

    std::unordered_multimap<std::uint64_t, Candidate> pieces;
    for (std::size_t w = 0; w < windows.size(); ++w) {
        for (std::size_t k = 0; k < 8; ++k) {
            std::uint64_t word = 0;
            std::memcpy(&word, windows[w].data() + k, 8);
            pieces.emplace(word, Candidate{w, k});
        }
    }

    const int fd = open(argv[1], O_RDONLY | O_CLOEXEC);
    struct stat info {};
    if (fd < 0 || fstat(fd, &info) != 0) {
        std::perror("ait-secretscan");
        return 2;
    }
    const std::size_t size = std::size_t(info.st_size);
    std::vector<std::size_t> counts(windows.size(), 0);
    if (size >= 8) {
        void *mapping = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (mapping == MAP_FAILED) {
            std::perror("ait-secretscan");
            return 2;
        }
        const auto *data = static_cast<const unsigned char *>(mapping);
        for (std::size_t at = 0; at + 8 <= size; at += 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, data + at, 8);
            const auto [first, last] = pieces.equal_range(word);
            for (auto it = first; it != last; ++it) {
                const std::string &window = windows[it->second.window];
                if (at < it->second.offset)
                    continue;
                const std::size_t start = at - it->second.offset;
                if (start + window.size() <= size && std::memcmp(data + start, window.data(), window.size()) == 0)
                    ++counts[it->second.window];
            }
        }
        munmap(mapping, size);
    }
    close(fd);
    for (const std::size_t count : counts)
        std::printf("%zu\n", count);
    return 0;
}
