#!/usr/bin/env bash
# Signs, notarises and staples the DMG when the signing identity is configured; otherwise says so
# and leaves an unsigned build (which still works, with Gatekeeper's warning).
#   AIT_MACOS_SIGN_IDENTITY   "Developer ID Application: …"
#   AIT_MACOS_NOTARY_PROFILE  a notarytool keychain profile (xcrun notarytool store-credentials)
set -euo pipefail
app=$1   # path to ait-console.app
dmg=${2:-}
if [ -z "${AIT_MACOS_SIGN_IDENTITY:-}" ]; then
  echo "AIT_MACOS_SIGN_IDENTITY is not set: leaving $app unsigned."
  exit 0
fi
# Inside out: frameworks and plug-ins first, the app bundle last.
find "$app/Contents" \( -name '*.dylib' -o -name '*.framework' -o -name '*.so' \) -print0 |
  xargs -0 -I{} codesign --force --options runtime --timestamp --sign "$AIT_MACOS_SIGN_IDENTITY" {}
for tool in ait-cli ait-sandbox; do
  [ -e "$app/Contents/MacOS/$tool" ] && codesign --force --options runtime --timestamp --sign "$AIT_MACOS_SIGN_IDENTITY" "$app/Contents/MacOS/$tool"
done
codesign --force --options runtime --timestamp --sign "$AIT_MACOS_SIGN_IDENTITY" "$app"
codesign --verify --deep --strict "$app"
if [ -n "$dmg" ] && [ -n "${AIT_MACOS_NOTARY_PROFILE:-}" ]; then
  codesign --force --timestamp --sign "$AIT_MACOS_SIGN_IDENTITY" "$dmg"
  xcrun notarytool submit "$dmg" --keychain-profile "$AIT_MACOS_NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
fi
