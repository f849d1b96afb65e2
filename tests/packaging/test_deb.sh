#!/usr/bin/env bash
# The Debian package as a user gets it: built with CPack, inspected with dpkg-deb, unpacked into a
# throw-away root whose programs must run; desktop entry and AppStream metadata validated; the
# packages workflow (which cannot run here) at least parses.
#   test_deb.sh BUILD_DIR SOURCE_DIR
set -uo pipefail
build=$1 source=$2
work=$(mktemp -d -t ait-deb.XXXXXX)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
check() {
  local what=$1; shift
  if "$@" >"$work/last.log" 2>&1; then passed=$((passed + 1)); echo "PASS   : $what"
  else failed=$((failed + 1)); echo "FAIL!  : $what"; sed 's/^/    /' "$work/last.log" | head -20; fi
}
contains() { grep -q -- "$2" <<<"$1"; }

app_id=im.toss.apps.AitConsole
check "cpack builds the .deb" cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out"
deb=$(ls "$work"/out/*.deb 2>/dev/null | head -1)
info=$(dpkg-deb -I "$deb" 2>&1)
files=$(dpkg-deb -c "$deb" 2>&1)
check "Depends computed by dpkg-shlibdeps (Qt, QtKeychain, OpenSSL)" \
  bash -c 'grep "^ Depends:" <<<"$0" | grep -q libqt6widgets6 && grep "^ Depends:" <<<"$0" | grep -q libqt6keychain && grep "^ Depends:" <<<"$0" | grep -q libssl3' "$info"
check "Recommends a Secret Service provider" contains "$info" "Recommends: gnome-keyring"
check "Recommends a CJK font, for the Korean interface" contains "$info" "fonts-noto-cjk | fonts-nanum"
check "Depends on what is loaded at run time (libsecret, SQLite driver)" \
  bash -c 'grep "^ Depends:" <<<"$0" | grep -q libsecret-1-0 && grep "^ Depends:" <<<"$0" | grep -q libqt6sql6-sqlite' "$info"
for f in usr/bin/ait-console usr/bin/ait-cli usr/bin/ait-sandbox \
         "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
         "usr/share/icons/hicolor/scalable/apps/$app_id.svg" "usr/share/icons/hicolor/256x256/apps/$app_id.png" \
         "usr/share/icons/hicolor/16x16/apps/$app_id.png" usr/share/ait-console/translations/ait_ko.qm; do
  check "package holds $f" contains "$files" "./$f"
done
check "no private key or test material in the package" bash -c '! grep -E "\.(pem|key|p12)$" <<<"$0"' "$files"

dpkg-deb -x "$deb" "$work/root"
for tool in ait-console ait-cli ait-sandbox; do
  check "$tool --version runs from the unpacked package" bash -c '"$0" --version | grep -q "^$1 [0-9]"' "$work/root/usr/bin/$tool" "$tool"
done
check "desktop-file-validate" desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop"
check "the desktop entry starts ait-console" grep -q "^Exec=ait-console" "$work/root/usr/share/applications/$app_id.desktop"
check "appstreamcli validate --no-net" appstreamcli validate --no-net "$work/root/usr/share/metainfo/$app_id.metainfo.xml"
check "packages workflow parses" python3 -c 'import sys, yaml; w = yaml.safe_load(open(sys.argv[1])); assert {"linux", "windows", "macos"} <= set(w["jobs"])' \
  "$source/.github/workflows/packages.yml"

echo "Totals: $passed passed, $failed failed"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
