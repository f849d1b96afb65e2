#!/usr/bin/env bash
# bench/bulk.sh — one bulk payout run against ait-sandbox (issue 13's measurement): 10,000 rows,
# the emulator answering after 30 ms and allowing 60,000 calls a minute. Measures, from inside the
# run (bench/bulkbench.cpp): achieved calls per minute against the pace (and the busiest minute the
# emulator saw), the longest stall of the thread that stands for the GUI thread, resident-memory
# growth, journal bytes per row. Writes bench/results/bulk-<time>.json with the machine.
# Environment: BENCH_ROWS (10000), BENCH_PACE (10000 calls a minute), BENCH_IN_FLIGHT (6),
# BENCH_BUILD_DIR (build-release; built Release unless it is configured already).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BENCH_BUILD_DIR:-$here/build-release}
rows=${BENCH_ROWS:-10000}
pace=${BENCH_PACE:-10000}
inflight=${BENCH_IN_FLIGHT:-6}
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if [ ! -f "$build/CMakeCache.txt" ]; then
  AIT_BUILD_DIR="$build" "$here/scripts/ait.sh" deps
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DAIT_BUILD_BENCH=ON -DAIT_BUILD_TESTS=OFF >/dev/null
else
  cmake -S "$here" -B "$build" -DAIT_BUILD_BENCH=ON >/dev/null
fi
say "Building in $build ($(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt"))"
cmake --build "$build" --parallel "$(nproc)" --target ait-sandbox ait-bench-bulk >/dev/null

work=$(mktemp -d -t ait-bench-bulk.XXXXXX)
sandbox_pid=
cleanup() { [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
say "Starting ait-sandbox --latency 30 --qpm 60000"
"$build/app/ait-sandbox" --data-dir "$work/sandbox" --latency ${BENCH_LATENCY:-30} --qpm 60000 > "$work/ready.json" 2>"$work/sandbox.log" &
sandbox_pid=$!
for _ in $(seq 1 100); do [ -s "$work/ready.json" ] && break; sleep 0.1; done

say "Running $rows payouts at $pace calls a minute, $inflight in flight"
# The journal on the same disk as a user's (not a RAM disk): its fsyncs are part of the cost.
mkdir -p "$work/journal"
"$build/bench/ait-bench-bulk" --ready "$work/ready.json" --rows "$rows" --pace "$pace" --in-flight "$inflight" \
  --work "$work/journal" > "$work/result.json"
cat "$work/result.json"

stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
mkdir -p "$here/bench/results"
python3 - "$work/result.json" "$here/bench/results/bulk-$stamp.json" "$build" <<'PY'
import json, os, platform, subprocess, sys
def cmd(*args):
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=20).stdout.strip()
    except Exception:
        return ""
result = json.load(open(sys.argv[1]))
cache = open(os.path.join(sys.argv[3], "CMakeCache.txt")).read()
build_type = next((l.split("=", 1)[1] for l in cache.splitlines() if l.startswith("CMAKE_BUILD_TYPE:")), "")
machine = {
    "cpu": cmd("sh", "-c", "lscpu | sed -n 's/^Model name: *//p'") or platform.processor(),
    "cores": os.cpu_count(),
    "load": os.getloadavg()[0],
    "kernel": platform.release(),
    "qt": cmd("sh", "-c", "dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null"),
    "openssl": cmd("openssl", "version"),
    "build": build_type,
}
json.dump({"date": sys.argv[2].split("bulk-")[-1][:-5], "machine": machine,
           "sandbox": "--latency 30 --qpm 60000", "result": result}, open(sys.argv[2], "w"), indent=2)
print("wrote", sys.argv[2])
PY
