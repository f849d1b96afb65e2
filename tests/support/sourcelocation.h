#pragma once

// std::source_location where the library provides it; Clang 14 (the sanitizer and fuzz build)
// lacks the builtin that libstdc++ 12's <source_location> needs, so it gets the TS version,
// which has the same members.
#if __has_include(<source_location>)
#include <source_location>
#endif
#if defined(__cpp_lib_source_location)
namespace ait::test {
using SourceLocation = std::source_location;
}
#else
#include <experimental/source_location>
namespace ait::test {
using SourceLocation = std::experimental::source_location;
}
#endif
