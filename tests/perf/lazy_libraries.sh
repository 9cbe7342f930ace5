#!/bin/bash
# toc starts without cairo, librsvg and libxlsxwriter (and the ~45 libraries they bring in),
# and opens them when a PDF or a workbook is written (engine/base/shared_library.h). Linked
# normally they cost every run about 11 ms. Usage: lazy_libraries.sh TOC MODEL WORKDIR
set -u
toc=$1 model=$2 work=$3
rm -rf "$work" && mkdir -p "$work" || exit 2
status=0
# The libraries the dynamic loader opens while toc runs ARGS ("file=libcairo.so.2 [0]; ...").
opened() { LD_DEBUG=files "$toc" "$@" 2>&1 >/dev/null | sed -n 's/.*file=\([^ ]*\) .*/\1/p' | sort -u; }
expect() {  # expect yes|no LIBRARY ARGS...
  local want=$1 library=$2
  shift 2
  if opened "$@" | grep -q "^$library"; then got=yes; else got=no; fi
  if [ "$got" != "$want" ]; then
    echo "FAIL: toc $* opened $library: $got, expected $want"
    status=1
  fi
}
for library in libcairo libpango librsvg libxlsxwriter libgobject; do
  expect no "$library" check "$model"
  expect no "$library" render "$model" -o "$work/diagram.dot"
done
expect yes librsvg render "$model" -o "$work/diagram.pdf"
expect yes libcairo render "$model" -o "$work/diagram.pdf"
expect yes libxlsxwriter checklist "$model" -o "$work/checklist.xlsx"
head -c 5 "$work/diagram.pdf" | grep -q '%PDF-' || { echo "FAIL: no PDF written"; status=1; }
head -c 2 "$work/checklist.xlsx" | grep -q 'PK' || { echo "FAIL: no workbook written"; status=1; }
[ "$status" = 0 ] && echo ok
exit "$status"
