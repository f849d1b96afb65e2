#pragma once

#include <QString>

namespace ait::journal {
class Journal;
}

namespace ait::test {

// Fills an open journal with `count` made-up operations in one transaction (a prepared statement,
// bound values: a million in seconds), for tests and the Activity bench. Deterministic from `seed`:
// kinds, states, operators (op-0 … op-4), profiles (p0 … p2), user keys, texts and creation times
// (one a minute, ending now) vary; one in `openOneIn` is still open (unknown, sent or intent), the
// rest settled. Returns false with `error` on a failure.
bool fillSynthetic(journal::Journal &journal, int count, quint32 seed = 1, QString *error = nullptr, int openOneIn = 2000);

} // namespace ait::test
