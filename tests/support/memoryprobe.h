#pragma once

#include <QByteArray>
#include <QString>

namespace ait::test {

// A random secret the test itself never holds in clear, so the test can ask "is it anywhere in
// this process's memory?" and get an answer about the code under test only. The probe keeps the
// secret masked; toByteArray()/toString() write the clear text straight into a new buffer for the
// code under test, and occurrences() scans every writable mapping of this process (live and freed
// heap, stacks) through /proc/self/mem, comparing masked with masked. Linux only.
class MemoryProbe
{
public:
    // `length` printable ASCII characters (a token's alphabet), random per probe.
    explicit MemoryProbe(qsizetype length = 48);

    // prefix + the secret (Latin-1) + suffix, in one allocation: nothing else is left behind.
    QByteArray toByteArray(QByteArrayView prefix = {}, QByteArrayView suffix = {}) const;
    QString toString() const;                                  // the secret, UTF-16

    // How many times the secret is in memory, as Latin-1/UTF-8 bytes and as UTF-16 text.
    // -1 when this process's memory cannot be read.
    int occurrences() const;

private:
    QByteArray m_masked; // secret XOR Mask
};

} // namespace ait::test
