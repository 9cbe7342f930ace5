#!/usr/bin/env bash
# Shows that check_format.sh can fail: in a scratch repository with the project's .clang-format,
# a badly formatted file must be named, and once formatted must pass.
# Usage: format_fails.sh WORK_DIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$1"
rm -rf "$work" && mkdir -p "$work" && cd "$work"
git init -q . && cp "$here/../../.clang-format" .
printf 'int  main( ) {return 0 ;}\n' > bad.cpp
if out="$(bash "$here/check_format.sh" "$work")"; then echo "FAIL: a misformatted file passed"; exit 1; fi
grep -q '^bad.cpp: [0-9]* lines differ' <<<"$out" || { echo "FAIL: unexpected report:"; echo "$out"; exit 1; }
clang-format -i bad.cpp
bash "$here/check_format.sh" "$work" >/dev/null || { echo "FAIL: the formatted file did not pass"; exit 1; }
echo "ok: a misformatted file is named ($out), and passes once formatted"
