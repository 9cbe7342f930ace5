#!/usr/bin/env bash
# Shows that check_layers.py can fail: on a copy of the engine it must reject a back-include
# (graph including check), a sibling the stage does not link (render including a product), a
# relative include, a unit cycle and a cycle of declared links, each with the file and line.
# Usage: layers_fail.sh WORK_DIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$1"
fail=0

# expect_rejected NAME EXPECTED-TEXT: runs the check on $work/NAME/engine, which must fail saying it.
expect_rejected() {
  local out
  if out="$(python3 "$here/check_layers.py" "$work/$1/engine" 2>&1)"; then
    echo "FAIL $1: check_layers.py accepted it"; fail=1; return
  fi
  if ! grep -qF -- "$2" <<<"$out"; then
    echo "FAIL $1: expected '$2' in:"; echo "$out"; fail=1; return
  fi
  echo "ok   $1: $(grep -F -- "$2" <<<"$out" | head -1)"
}

# fresh NAME: a new copy of the engine in $work/NAME/engine.
fresh() { rm -rf "${work:?}/$1"; mkdir -p "$work/$1"; cp -r "$here/../../engine" "$work/$1/engine"; }

python3 "$here/check_layers.py" "$here/../../engine" >/dev/null || { echo "FAIL: the real engine does not pass"; exit 1; }

fresh back-include
sed -i '1a #include "check/check.h"' "$work/back-include/engine/graph/graph.cpp"
expect_rejected back-include 'engine/graph/graph.cpp:2: stage graph includes "check/check.h" of stage check'

fresh sibling
sed -i '1a #include "products/report/report.h"' "$work/sibling/engine/render/dot.cpp"
expect_rejected sibling 'engine/render/dot.cpp:2: stage render includes "products/report/report.h"'

fresh relative
sed -i '1a #include "../check/check.h"' "$work/relative/engine/graph/graph.cpp"
expect_rejected relative 'engine/graph/graph.cpp:2: includes "../check/check.h" by a relative path'

fresh unit-cycle
sed -i '1a #include "load/decode.h"' "$work/unit-cycle/engine/load/table_reader.cpp"
expect_rejected unit-cycle 'units include each other in a circle: load/decode -> load/decode_measure -> load/table_reader -> load/decode'

fresh link-cycle
sed -i 's/^toc_stage(model LINKS base)/toc_stage(model LINKS base graph)/' "$work/link-cycle/engine/CMakeLists.txt"
expect_rejected link-cycle 'the stages link in a circle: graph -> model -> graph'

exit "$fail"
