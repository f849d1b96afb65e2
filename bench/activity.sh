#!/usr/bin/env bash
# bench/activity.sh — Activity with a million operations (issue 15): fills an SQLite journal with
# BENCH_OPERATIONS (1,000,000) synthetic operations in one transaction and creates the indexes schema
# v3 is to have, then runs bench/activitybench.cpp once per measurement (offscreen): the console's
# window opening Activity (time to the first rows, filter changes, scrolling to the end, resident
# memory) on the full journal and on an empty one, and the CSV export of everything. Writes
# bench/results/activity-<time>.json with the machine.
# Environment: BENCH_OPERATIONS, BENCH_BUILD_DIR (build-release; built Release unless it is
# configured already — `BENCH_BUILD_DIR=build` uses the dev build).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BENCH_BUILD_DIR:-$here/build-release}
case "$build" in /*) ;; *) build="$here/$build" ;; esac
operations=${BENCH_OPERATIONS:-1000000}
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

if [ ! -f "$build/CMakeCache.txt" ]; then
  AIT_BUILD_DIR="$build" "$here/scripts/ait.sh" deps
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DAIT_BUILD_BENCH=ON -DAIT_BUILD_TESTS=OFF >/dev/null
else
  cmake -S "$here" -B "$build" -DAIT_BUILD_BENCH=ON >/dev/null
fi
say "Building in $build ($(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt"))"
cmake --build "$build" --parallel "$(nproc)" --target ait-bench-activity >/dev/null

work=$(mktemp -d -t ait-bench-activity.XXXXXX)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE=en
mkdir -p "$XDG_CONFIG_HOME"
bench="$build/bench/ait-bench-activity"
# The journal on the same disk as a user's (not a RAM disk).
say "Filling $operations operations"
fill=$("$bench" fill "$work/full.sqlite" "$operations" 2>/dev/null)
"$bench" fill "$work/empty.sqlite" 0 >/dev/null 2>&1
say "Opening Activity: full journal, then empty"
full=$("$bench" open "$work/full.sqlite" 2>/dev/null)
empty=$("$bench" open "$work/empty.sqlite" 2>/dev/null)
say "Exporting everything"
export_all=$("$bench" export "$work/full.sqlite" "$work/all.csv" 2>/dev/null)

mkdir -p "$here/bench/results"
out="$here/bench/results/activity-$(date -u +%Y-%m-%dT%H%M%SZ).json"
python3 - "$out" "$fill" "$full" "$empty" "$export_all" <<'PY'
import json, os, platform, subprocess, sys
out, fill, full, empty, exp = sys.argv[1], *(json.loads(a) for a in sys.argv[2:])
cpu = next((l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')), platform.processor())
result = {
    'machine': {'cpu': cpu, 'cores': os.cpu_count(), 'kernel': platform.release(),
                'load_average_at_end': os.getloadavg()},
    'fill': fill, 'open_full': full, 'open_empty': empty, 'export': exp,
    'summary': {
        'open_to_first_rows_ms': round(full['open_ms'], 1),
        'filter_change_ms': {k[len('filter_'):-3]: round(v, 1) for k, v in full.items() if k.startswith('filter_')},
        'scroll_to_end_ms': round(full['scroll_to_end_ms']),
        'export_all_s': round(exp['ms'] / 1000, 1), 'export_cpu_s': round(exp['cpu_ms'] / 1000, 1),
        'export_peak_rss_mb': round(exp['peak_rss_kb'] / 1024, 1),
        'export_peak_rss_growth_after_100k_rows_mb': round((exp['peak_rss_kb'] - exp['peak_rss_at_100k_rows_kb']) / 1024, 1),
        'rss_tab_open_over_empty_mb': round((full['rss_open_kb'] - empty['rss_open_kb']) / 1024, 1),
        'rss_after_scroll_to_end_over_empty_mb': round((full['rss_after_scroll_kb'] - empty['rss_open_kb']) / 1024, 1),
    },
}
json.dump(result, open(out, 'w'), indent=2)
print(json.dumps(result['summary'], indent=2))
print('written', out)
PY
