#!/usr/bin/env bash
# bench/guard.sh — the guard's cost (issue 15): intent commit latency (median, p99) of the journal on
# SQLite and on PostgreSQL, each against a bare autocommit INSERT in the same process
# (bench/guardbench.cpp). Writes bench/results/guard-<time>.json with the machine.
# Environment: BENCH_INTENTS (2000), BENCH_BUILD_DIR (build-release; `BENCH_BUILD_DIR=build` uses the dev build).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BENCH_BUILD_DIR:-$here/build-release}
case "$build" in /*) ;; *) build="$here/$build" ;; esac
if [ ! -f "$build/CMakeCache.txt" ]; then
  AIT_BUILD_DIR="$build" "$here/scripts/ait.sh" deps
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DAIT_BUILD_BENCH=ON -DAIT_BUILD_TESTS=OFF >/dev/null
else
  cmake -S "$here" -B "$build" -DAIT_BUILD_BENCH=ON >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)" --target ait-bench-guard >/dev/null
work=$(mktemp -d -t ait-bench-guard.XXXXXX)
trap 'rm -rf "$work"' EXIT
result=$(cd "$work" && HOME="$work" "$build/bench/ait-bench-guard" "${BENCH_INTENTS:-2000}")
stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
out="$here/bench/results/guard-$stamp.json"
python3 - "$result" "$out" "$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")" <<'PY'
import json, os, platform, sys
result = json.loads(sys.argv[1])
cpu = next((l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')), platform.processor())
doc = {"bench": "guard", "build": sys.argv[3], "machine": {"cpu": cpu, "cores": os.cpu_count()}, **result}
json.dump(doc, open(sys.argv[2], 'w'), indent=2)
print(json.dumps(doc, indent=2))
PY
