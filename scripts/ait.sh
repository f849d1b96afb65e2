#!/usr/bin/env bash
# One entry point for a fresh Debian/Ubuntu machine:
#   scripts/ait.sh setup   install missing system packages, configure and build
#   scripts/ait.sh run     setup, then start the console
#   scripts/ait.sh test    setup, then run the whole ctest suite (unit, gui, keychain)
# Safe to run twice: packages already present are not reinstalled, the build is incremental.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${AIT_BUILD_DIR:-"$here/build"}
build_type=${AIT_BUILD_TYPE:-RelWithDebInfo}

# Build and runtime packages (Debian 12 names). Keep in sync with design.md "Platform facts".
packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite
  qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n libgl-dev
  qtkeychain-qt6-dev libssl-dev openssl
  dbus dbus-x11 gnome-keyring libsecret-tools
  xvfb xauth fonts-nanum
  curl python3 python3-cryptography
)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

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
  cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "${extra[@]}"
  say "Building"
  cmake --build "$build_dir" --parallel "${AIT_JOBS:-$(nproc)}"
}

run_tests() {
  # Each test isolates itself (tests/run-isolated.sh): a throw-away HOME, and for keychain tests a
  # private D-Bus session with a throw-away GNOME Keyring, so a developer's keyring is never touched.
  say "Running ctest"
  QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure --timeout 300 \
      -j "${AIT_JOBS:-$(nproc)}"
}

run_console() {
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "ait-console needs a display, and neither DISPLAY nor WAYLAND_DISPLAY is set." >&2
    echo "Hint: run it from a desktop session, or try it headless with: xvfb-run -a scripts/ait.sh run" >&2
    exit 3
  fi
  say "Starting ait-console"
  exec "$build_dir/app/ait-console" "$@"
}

cmd=${1:-}
shift || true
case "$cmd" in
  setup) install_packages; configure_and_build ;;
  test)  install_packages; configure_and_build; run_tests ;;
  run)   install_packages; configure_and_build; run_console "$@" ;;
  *) echo "usage: $0 setup|run|test" >&2; exit 2 ;;
esac
