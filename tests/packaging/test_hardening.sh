#!/usr/bin/env bash
# The compiler hardening of cmake/AitBuildFlags.cmake, checked on the built programs the way
# Debian's hardening-check does: PIE, full RELRO (relro + bind now), a stack protector, no
# executable stack, and fortified libc calls (_FORTIFY_SOURCE=2).
#   test_hardening.sh BINARY...
set -uo pipefail
passed=0 failed=0
check() {
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "PASS   : $what"
  else failed=$((failed + 1)); echo "FAIL!  : $what"; fi
}
fortified=0
for binary in "$@"; do
  name=$(basename "$binary")
  header=$(readelf -hW "$binary") dynamic=$(readelf -dW "$binary") segments=$(readelf -lW "$binary")
  symbols=$(readelf --dyn-syms -W "$binary")
  check "$name is a position-independent executable" \
    bash -c 'grep -q "Type: *DYN" <<<"$0" && grep -E "FLAGS_1" <<<"$1" | grep -q PIE' "$header" "$dynamic"
  check "$name has RELRO" grep -q GNU_RELRO <<<"$segments"
  check "$name binds every symbol at start-up (now)" grep -qE "BIND_NOW|FLAGS_1.*NOW" <<<"$dynamic"
  check "$name has a stack protector" grep -q " __stack_chk_fail" <<<"$symbols"
  check "$name has no executable stack" bash -c 'grep GNU_STACK <<<"$0" | grep -qv RWE' "$segments"
  if grep -qE " __[a-z0-9_]+_chk(@|$)" <<<"$symbols"; then fortified=$((fortified + 1)); fi
done
# A program without a call whose size the compiler can see has nothing to fortify (hardening-check
# says "unknown"); at least one of ours has.
check "fortified libc calls (_FORTIFY_SOURCE) in at least one program" test "$fortified" -gt 0
echo "Totals: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
