#!/bin/bash
# The same model gives the same SVG bytes on every run, however the threads and the heap go.
# Graphviz's own ID discipline ordered clusters by the heap addresses of their names (the LLR
# model's SVG came out 7 different ways in 8 runs with malloc sharing one arena between the
# threads), and dot's second crossing-minimisation pass ordered the Lancashire model's columns
# differently from run to run (8 ways in 12 plain runs). Usage: same_bytes.sh TOC WORKDIR MODEL...
set -u
toc=$1 work=$2
shift 2
rm -rf "$work" && mkdir -p "$work" || exit 2
status=0
for model in "$@"; do
  first=""
  for run in 1 2 3 4 5 6 7 8; do
    # Each run shapes the heap differently: shared or separate arenas, freed memory scribbled on.
    case $((run % 4)) in
      0) env=() ;;
      1) env=(MALLOC_ARENA_MAX=1) ;;
      2) env=(MALLOC_ARENA_MAX=1 MALLOC_PERTURB_=$((run * 31))) ;;
      3) env=(MALLOC_ARENA_MAX=2) ;;
    esac
    env "${env[@]}" "$toc" render "$model" -o "$work/run.svg" || { echo "FAIL: toc render $model exited $?"; exit 1; }
    sum=$(md5sum < "$work/run.svg")
    if [ -z "$first" ]; then
      first=$sum
      cp "$work/run.svg" "$work/first.svg"
      xmllint --noout "$work/first.svg" || { echo "FAIL: $model: the SVG is not well-formed XML"; status=1; }
    elif [ "$sum" != "$first" ]; then
      echo "FAIL: $model: run $run (${env[*]:-plain}) wrote other bytes than run 1:"
      diff "$work/first.svg" "$work/run.svg" | head -8
      status=1
      break
    fi
  done
done
[ "$status" = 0 ] && echo ok
exit "$status"
