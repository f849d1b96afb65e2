#!/usr/bin/env bash
# One entry point for a fresh Debian/Ubuntu machine:
#   scripts/ait.sh setup   install missing system packages, configure and build
#   scripts/ait.sh run     setup, then start the console
#   scripts/ait.sh test    setup, then run the whole ctest suite (unit, gui, keychain, integration,
#                          packaging); then the sanitizer build (Clang: ASan + UBSan + LSan) and the
#                          suite again under it; then each fuzz target for AIT_FUZZ_SECONDS (default
#                          30 here, keeping CI near 20 minutes on 2 cores; 60 for `ctest --preset fuzz`).
#                          This is what CI runs (.ci/run). AIT_SANITIZERS=0 stops after the first suite.
#   scripts/ait.sh lint    clang-tidy (.clang-tidy) over our sources (app/, tests/, bench/, fuzz/)
# Builds are Release at -O2 without debug information (AIT_BUILD_TYPE to change it); the suites run
# AIT_TEST_JOBS tests at a time (default twice the cores).
# Safe to run twice: packages already present are not reinstalled, the builds are incremental.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${AIT_BUILD_DIR:-"$here/build"}
# Optimised at Debian's -O2 without debug information: the debug information made the GCC build take
# twice as long on 2 cores (for debugging: `cmake --preset dev`, RelWithDebInfo).
build_type=${AIT_BUILD_TYPE:-Release}
asan_dir=$here/build-asan # CMakePresets.json "asan"
lint_dir=${AIT_LINT_BUILD_DIR:-"$here/build-lint"}
jobs=${AIT_JOBS:-$(nproc)}
# Tests mostly wait (for the emulator, timers, child processes): the GCC suite took 205 s at 2 at a
# time on 2 cores while using 74 s of CPU; at twice the cores it took 84 s.
test_jobs=${AIT_TEST_JOBS:-$((jobs * 2))}

# Build and runtime packages (Debian 12 names). Keep in sync with the packages' dependencies (cmake/AitPackaging.cmake) and README "Install".
packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite
  qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n libgl-dev
  qtkeychain-qt6-dev libssl-dev openssl
  postgresql libqt6sql6-psql
  dbus dbus-x11 gnome-keyring libsecret-tools
  xvfb xauth fonts-nanum
  curl python3 python3-cryptography gdb
  dpkg-dev file desktop-file-utils appstream python3-yaml
  clang-14 libclang-rt-14-dev llvm-14 clang-tidy-14
)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# phase NAME COMMAND...: runs one phase, times it, and remembers a failure for the summary.
phase_report=()
failed_phases=0
phase() {
  local name=$1; shift
  local start=$SECONDS status=0
  say "$name"
  "$@" || status=$?
  local took=$((SECONDS - start))
  phase_report+=("$(printf '%-22s %4d:%02d  %s' "$name" $((took / 60)) $((took % 60)) "$([ $status -eq 0 ] && echo ok || echo "FAILED ($status)")")")
  if [ $status -ne 0 ]; then failed_phases=$((failed_phases + 1)); fi
  return $status
}

summary() {
  say "Summary"
  printf '  %s\n' "${phase_report[@]}"
  [ "$failed_phases" -eq 0 ]
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
  if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
    say "Not a Debian/Ubuntu system: install the equivalents of these packages yourself: ${packages[*]}"
    return 0
  fi
  local missing=()
  for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "System packages: all present"
    return 0
  fi
  say "Installing system packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
  local extra=()
  if [ "${CI:-}" = true ]; then extra+=(-DAIT_WERROR=ON); fi
  say "Configuring ($build_type) in $build_dir"
  if [ "$build_type" = Release ]; then extra+=("-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG"); fi
  cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "${extra[@]}"
  say "Building"
  cmake --build "$build_dir" --parallel "$jobs"
}

run_tests() {
  # Each test isolates itself (tests/run-isolated.sh): a throw-away HOME, and for keychain tests a
  # private D-Bus session with a throw-away GNOME Keyring, so a developer's keyring is never touched.
  QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure --timeout 300 -j "$test_jobs"
}

# The sanitizer build also carries the libFuzzer targets: one Clang build for both.
build_sanitizers() {
  (cd "$here" && cmake --preset asan -DAIT_FUZZ_SECONDS="${AIT_FUZZ_SECONDS:-30}" >/dev/null) &&
    cmake --build "$asan_dir" --parallel "$jobs"
}

run_sanitizer_tests() {
  # Left out (CMakePresets.json): the .deb check (it packages, it does not run our code) and
  # tst_coredump (a gcore of an ASan process writes its tens of GB of shadow memory) and tst_bulk_run
  # (its limit-storm timing model assumes an unsanitized speed; the engine runs in tst_cli_bulk here).
  (cd "$here" && ctest --preset asan --timeout 600 -j "$test_jobs")
}

run_fuzzers() {
  (cd "$here" && ctest --preset fuzz -j "$jobs")
}

# clang-tidy over compile_commands.json of a Clang configuration without precompiled headers.
# Nothing is compiled: only the generated headers (moc, uic) are made.
lint() {
  # Autogen without waiting for the libraries (AUTOGEN_ORIGIN_DEPENDS off): moc and uic only.
  cmake -S "$here" -B "$lint_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=Debug \
        -DAIT_PCH=OFF -DAIT_SANITIZE="address;undefined" -DAIT_FUZZ=ON -DAIT_BUILD_BENCH=ON \
        -DCMAKE_AUTOGEN_ORIGIN_DEPENDS=OFF >/dev/null
  local generated
  mapfile -t generated < <(ninja -C "$lint_dir" -t targets all | sed -n 's/^\([A-Za-z0-9_.-]*_autogen\): phony$/\1/p')
  ninja -C "$lint_dir" "${generated[@]}" >/dev/null
  run-clang-tidy-14 -p "$lint_dir" -j "$jobs" -quiet "^$here/(app|tests|bench|fuzz)/.*\.cpp$"
}

run_all_tests() {
  phase "Build (GCC)" configure_and_build || { summary; return 1; }
  phase "Tests" run_tests || true
  if [ "${AIT_SANITIZERS:-1}" != 0 ]; then
    if phase "Build (sanitizers)" build_sanitizers; then
      phase "Tests (sanitizers)" run_sanitizer_tests || true
      phase "Fuzzing" run_fuzzers || true
    fi
  fi
  summary
}

run_console() {
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "ait-console needs a display, and neither DISPLAY nor WAYLAND_DISPLAY is set." >&2
    echo "Hint: run it from a desktop session, or headless with a throw-away keyring:" >&2
    echo "  xvfb-run -a dbus-run-session -- bash -c 'echo pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; scripts/ait.sh run'" >&2
    exit 3
  fi
  # The local emulator of the partner API, stopped again when the console quits.
  local data_dir="${XDG_DATA_HOME:-$HOME/.local/share}/ait-console/sandbox"
  local ready
  ready=$(mktemp -t ait-sandbox.XXXXXX)
  "$build_dir/app/ait-sandbox" --data-dir "$data_dir" >"$ready" 2>&1 &
  local sandbox_pid=$!
  trap "kill $sandbox_pid 2>/dev/null; rm -f '$ready'" EXIT
  trap 'exit 130' INT TERM # so the EXIT trap stops the emulator on Ctrl+C too
  for _ in $(seq 1 100); do
    [ -s "$ready" ] && break
    sleep 0.1
  done
  local fields
  if ! fields=$(python3 -c 'import json,sys; r=json.loads(open(sys.argv[1]).readline()); print("\n".join(r[k] for k in ("url","ca","client_cert","client_key","decryption_key_file","aad_file","control_url","control_token")))' "$ready" 2>/dev/null); then
    echo "ait-sandbox did not start:" >&2
    cat "$ready" >&2
    exit 4
  fi
  local url ca cert key dkey aad control token
  { read -r url; read -r ca; read -r cert; read -r key; read -r dkey; read -r aad; read -r control; read -r token; } <<<"$fields"
  say "ait-sandbox is running at $url (control: $control)"
  # The control port answers only requests that carry this token (a new one at every start).
  echo "    control token: $token"
  echo "    e.g. curl -H 'Authorization: Bearer $token' $control/faults -d '{\"latencyMs\": 3000}'"

  # The demo identity takes the same path as a real certificate: into the OS keychain.
  set +e
  "$build_dir/app/ait-cli" import --profile Sandbox --environment sandbox --cert "$cert" --key "$key" \
      --apps-url "$url" --pay-url "$url" --ca "$ca" --decryption-key-file "$dkey" --aad-file "$aad" --replace >/dev/null
  local imported=$?
  set -e
  case $imported in
    0|1) say "Profile \"Sandbox\" is ready: its demo certificate and key are in the OS keychain" ;;
    5) echo "The OS keychain refused the demo identity (see above); the console starts without it." >&2 ;;
    *) echo "Setting up the Sandbox profile failed (ait-cli import exit $imported)." >&2 ;;
  esac
  say "Starting ait-console (try: Payments → user key 443731103, payToken demo-pay-complete-1 → Look up)"
  "$build_dir/app/ait-console" "$@"
}

cmd=${1:-}
shift || true
case "$cmd" in
  deps)  install_packages ;;
  setup) install_packages; configure_and_build ;;
  test)  phase "Packages" install_packages; run_all_tests ;;
  lint)  install_packages; lint ;;
  run)   install_packages; configure_and_build; run_console "$@" ;;
  *) echo "usage: $0 setup|run|test|lint|deps" >&2; exit 2 ;;
esac
