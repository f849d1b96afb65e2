#!/usr/bin/env bash
# The sanitizer build writes every ASan/UBSan/LSan report, of the tests and of the programs they
# start (ait-sandbox, ait-cli, whose reports would otherwise vanish with their stderr), into one
# folder (log_path, cmake/AitBuildFlags.cmake). Run before the suite with --reset, after it to fail
# when anything reported.
#   check-reports.sh [--reset] FOLDER
set -euo pipefail
reset=false
if [ "${1:-}" = --reset ]; then reset=true; shift; fi
dir=$1
if $reset; then
  rm -rf "$dir"
  mkdir -p "$dir"
  exit 0
fi
shopt -s nullglob
reports=("$dir"/*)
if [ ${#reports[@]} -eq 0 ]; then
  echo "No sanitizer reports."
  exit 0
fi
for report in "${reports[@]}"; do
  echo "===== $(basename "$report")"
  cat "$report"
done
echo "${#reports[@]} sanitizer report(s) in $dir"
exit 1
