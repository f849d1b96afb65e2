#!/usr/bin/env bash
# Runs one test in a throw-away HOME (settings, data, caches), so tests never read or write a
# developer's real configuration. With --keyring it also gets a private D-Bus session and an
# unlocked throw-away GNOME Keyring (Secret Service), never the developer's own keyring.
set -euo pipefail
keyring=false
if [ "${1:-}" = --keyring ]; then keyring=true; shift; fi

home=$(mktemp -d -t ait-test.XXXXXX)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
       XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run" TMPDIR="$home/tmp"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$TMPDIR"
mkdir -m 700 "$XDG_RUNTIME_DIR"

if $keyring; then
  here=$(cd "$(dirname "$0")" && pwd)
  exec dbus-run-session -- "$here/../scripts/with-keyring.sh" "$@"
fi
exec "$@"
