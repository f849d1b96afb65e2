#!/usr/bin/env bash
# Renders docs/screenshots/*.png in Korean and English under Xvfb, with throw-away test PKI.
# Needs a build (scripts/ait.sh setup) and a CJK font (fonts-nanum, installed by setup).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${AIT_BUILD_DIR:-"$here/build"}
out="$here/docs/screenshots"
home=$(mktemp -d -t ait-shots.XXXXXX)
trap 'rm -rf "$home"' EXIT
for lang in en ko; do
  HOME="$home" XDG_CONFIG_HOME="$home/.config" QT_QPA_PLATFORM=xcb AIT_SANDBOX="$build_dir/app/ait-sandbox" \
    xvfb-run -a -s "-screen 0 1400x900x24" "$build_dir/tests/ait-screenshots" "$out" "$lang"
done
