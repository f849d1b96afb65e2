#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time over seeds generated now (ctest label "fuzz"):
#   run-fuzzer.sh FUZZER SECONDS SEEDS [DICT]
# SEEDS is gen:KIND (written by $AIT_FUZZ_SEEDS KIND DIR, e.g. from the test PKI) or a folder of
# committed seeds (only for formats that hold no secret). A crash, leak, timeout or sanitizer
# report fails the test and leaves the input in $AIT_FUZZ_ARTIFACTS (default: the current folder)
# as NAME-crash-<sha1>; reproduce it with `FUZZER that-file`.
set -euo pipefail
fuzzer=$1 seconds=$2 seeds=$3 dict=${4:-}
name=$(basename "$fuzzer")
artifacts=${AIT_FUZZ_ARTIFACTS:-$PWD}
work=$(mktemp -d -t ait-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$work/seeds" "$artifacts"

case $seeds in
  gen:*) "${AIT_FUZZ_SEEDS:?AIT_FUZZ_SEEDS names the seed generator}" "${seeds#gen:}" "$work/seeds" ;;
  *) cp -r "$seeds"/. "$work/seeds/" ;;
esac

args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=256 -max_len=65536
      -print_final_stats=1 -artifact_prefix="$artifacts/$name-")
[ -n "$dict" ] && args+=(-dict="$dict")
echo "$name: ${seconds}s from $(ls "$work/seeds" | wc -l) seeds"
exec "$fuzzer" "${args[@]}" "$work/corpus" "$work/seeds"
