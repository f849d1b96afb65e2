#!/usr/bin/env bash
# Runs one test in a throw-away HOME (settings, data, caches), so tests never read or write a
# developer's real configuration. With --keyring it also gets a private D-Bus session and an
# unlocked throw-away GNOME Keyring (Secret Service), never the developer's own keyring. With --bus
# it gets a private D-Bus session with no Secret Service at all, not even a D-Bus-activatable one:
# the test starts one itself when it wants it (tst_keychain_retry).
set -euo pipefail
keyring=false bus=false
if [ "${1:-}" = --keyring ]; then keyring=true; shift; fi
if [ "${1:-}" = --bus ]; then bus=true; shift; fi

home=$(mktemp -d -t ait-test.XXXXXX)
# Not `exec` below: the trap must run after the test, or its HOME (generated test keys included)
# stays behind in /tmp.
trap 'rm -rf "$home" 2>/dev/null || true' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
       XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run" TMPDIR="$home/tmp"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$TMPDIR"
mkdir -m 700 "$XDG_RUNTIME_DIR"

if $bus; then
  # The session bus configuration without any <servicedir>: nothing is started on demand.
  cat > "$home/session.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$XDG_RUNTIME_DIR</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
  dbus-run-session --config-file="$home/session.conf" -- "$@"
  exit
fi

if $keyring; then
  here=$(cd "$(dirname "$0")" && pwd)
  dbus-run-session -- "$here/../scripts/with-keyring.sh" "$@"
  exit
fi
"$@"
