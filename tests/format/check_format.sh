#!/usr/bin/env bash
# Fails when a C++ file of the repository differs from the committed .clang-format (Debian's
# clang-format 14): `clang-format --dry-run --Werror` on every *.cpp and *.h git tracks, and on
# new ones it does not ignore. Prints each file that differs and how many lines.
# Fix a failure with: clang-format -i FILE
# Usage: check_format.sh [REPO_DIR]
set -euo pipefail
repo="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
cd "$repo"
format="${CLANG_FORMAT:-clang-format}"
command -v "$format" >/dev/null || { echo "check_format: $format not found (tools/install-deps installs clang-format)"; exit 2; }
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h' | sort -u)
[ ${#files[@]} -gt 0 ] || { echo "check_format: no C++ files in $repo"; exit 2; }
report="$(mktemp)"
trap 'rm -f "$report"' EXIT
if ! "$format" --dry-run --Werror "${files[@]}" 2>"$report"; then
  grep -E '^[^ ].*:[0-9]+:[0-9]+: (error|warning):' "$report" | cut -d: -f1 | sort | uniq -c |
    awk '{printf "%s: %d lines differ from .clang-format\n", $2, $1}'
  echo "fix with: clang-format -i <file>   (clang-format 14 and the committed .clang-format)"
  exit 1
fi
echo "check_format: ${#files[@]} files match .clang-format"
