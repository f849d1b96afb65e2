#!/usr/bin/env bash
# bench/run.sh — builds Release, starts ait-sandbox on loopback, and measures:
#   1. start-up: launch → main window mapped (polling xdotool --onlyvisible, under Xvfb), ait-console
#      against a bare Qt window with the same seven tabs, alternated, and resident memory 1 s later;
#   2. cold call: one partner call on a new connection (full mutual-TLS handshake), PartnerClient vs curl;
#   3. warm calls: sequential calls on one kept-alive connection, PartnerClient vs one curl process;
#   4. in flight: N calls with 6 in flight, PartnerClient vs curl --parallel --parallel-max 6.
# Prints a table of medians and ratios and writes bench/results/<date>.json with the machine.
# Options through the environment: BENCH_STARTUP_RUNS (10), BENCH_COLD (30), BENCH_WARM (1000),
# BENCH_INFLIGHT (1000).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$here/build-release"
runs=${BENCH_STARTUP_RUNS:-10}
cold=${BENCH_COLD:-30}
warm=${BENCH_WARM:-1000}
inflight=${BENCH_INFLIGHT:-1000}

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Everything the build needs, plus the measuring tools (Debian packages).
AIT_BUILD_DIR="$build" "$here/scripts/ait.sh" deps
missing=()
for p in curl xdotool xvfb xauth python3; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "Installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

say "Building Release in $build"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DAIT_BUILD_BENCH=ON -DAIT_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target ait-console ait-sandbox ait-bench-baseline ait-bench-calls >/dev/null

work=$(mktemp -d -t ait-bench.XXXXXX)
sandbox_pid=
cleanup() { [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"

# --- 1. start-up -------------------------------------------------------------------------------
say "Start-up: $runs runs each, alternated, under Xvfb"
cat > "$work/startup.sh" <<'INNER'
#!/usr/bin/env bash
# Runs inside xvfb-run: prints "name ms rss_kb" per launch.
set -euo pipefail
runs=$1 console=$2 baseline=$3
for i in $(seq 1 "$runs"); do
  for name in baseline console; do
    bin=$baseline; [ "$name" = console ] && bin=$console
    start=$(date +%s%N)
    "$bin" >/dev/null 2>&1 &
    pid=$!
    # `xdotool search --sync` polls only every 0.5 s; poll ourselves for ~10 ms resolution.
    until xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; do sleep 0.005; done
    end=$(date +%s%N)
    sleep 1
    rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "$name $(( (end - start) / 1000 )) $rss"
  done
done
INNER
chmod +x "$work/startup.sh"
xvfb-run -a -s "-screen 0 1280x900x24" "$work/startup.sh" "$runs" "$build/app/ait-console" \
  "$build/bench/ait-bench-baseline" > "$work/startup.txt"

# --- 2-4. calls ---------------------------------------------------------------------------------
say "Starting ait-sandbox"
# --qpm 0: these runs measure speed, thousands of calls a minute; the partner's 3,000-a-minute
# limit (the emulator's default) would refuse most of them.
"$build/app/ait-sandbox" --data-dir "$work/sandbox" --qpm 0 > "$work/ready.json" 2>"$work/sandbox.log" &
sandbox_pid=$!
for _ in $(seq 1 100); do [ -s "$work/ready.json" ] && break; sleep 0.1; done
read -r url ca cert key < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r["url"], r["ca"], r["client_cert"], r["client_key"])' "$work/ready.json")
endpoint="$url/api-partner/v1/apps-in-toss/pay/get-payment-status"
body='{"payToken":"demo-pay-complete-1","isTestPayment":true}'
curl_common=(--silent --show-error --cert "$cert" --key "$key" --cacert "$ca" -H 'x-toss-user-key: 443731103'
             -H 'Content-Type: application/json' --data "$body")
calls=("$build/bench/ait-bench-calls" --url "$url" --ca "$ca" --cert "$cert" --key "$key")

say "Cold calls: $cold each"
"${calls[@]}" --mode cold --count "$cold" > "$work/cold-ait.json"
for _ in $(seq 1 "$cold"); do
  curl "${curl_common[@]}" -o /dev/null -w '%{time_total}\n' "$endpoint"
done > "$work/cold-curl.txt"

say "Warm calls: $warm sequential on one connection each"
"${calls[@]}" --mode warm --count "$warm" > "$work/warm-ait.json"
{ for _ in $(seq 0 "$warm"); do echo "url = \"$endpoint\""; echo 'output = "/dev/null"'; done; } > "$work/urls.cfg"
curl "${curl_common[@]}" -w '%{time_total}\n' -K "$work/urls.cfg" > "$work/warm-curl.txt"

say "In flight: $inflight calls, 6 at a time"
"${calls[@]}" --mode inflight --count "$inflight" --parallel 6 > "$work/inflight-ait.json"
{ for _ in $(seq 1 "$inflight"); do echo "url = \"$endpoint\""; echo 'output = "/dev/null"'; done; } > "$work/urls-inflight.cfg"
start=$(date +%s%N)
curl "${curl_common[@]}" --no-progress-meter --parallel --parallel-max 6 -K "$work/urls-inflight.cfg"
end=$(date +%s%N)
echo "$(( end - start ))" > "$work/inflight-curl.txt"

mkdir -p "$here/bench/results"
python3 "$here/bench/report.py" "$work" "$here/bench/results" "$build"
