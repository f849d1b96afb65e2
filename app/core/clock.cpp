#include "clock.h"

namespace ait {

const Clock &Clock::system()
{
    static const Clock clock;
    return clock;
}

} // namespace ait
