#!/usr/bin/env bash
# Inside a D-Bus session: start gnome-keyring-daemon with a throw-away password (so the login
# collection exists and is unlocked), then run the given command.
set -euo pipefail
: "${XDG_RUNTIME_DIR:?run this through tests/run-isolated.sh --keyring}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
eval "$(head -c 24 /dev/urandom | base64 | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
exec "$@"
