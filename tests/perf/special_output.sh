#!/bin/bash
# -o naming a FIFO (like /dev/null or /dev/stdout, which benchmarks use): toc writes into it and
# leaves it a FIFO. Renaming a temporary file over it, as for a regular file, once turned
# /dev/null into a regular file. Usage: special_output.sh TOC MODEL WORKDIR
set -u
toc=$1 model=$2 work=$3
rm -rf "$work" && mkdir -p "$work" || exit 2
fifo="$work/out.fifo"
mkfifo "$fifo" || exit 2
# Opened read-write, so neither this shell nor toc's open waits for the other; the model's JSON
# is far below the pipe's 64 KiB buffer, so toc's write does not wait either.
exec 3<>"$fifo"
"$toc" check "$model" --format json -o "$fifo"
status=$?
if [ "$status" -gt 1 ]; then echo "toc check exited $status"; exit 1; fi
if [ ! -p "$fifo" ]; then echo "FAIL: $fifo is no longer a FIFO:"; ls -l "$work"; exit 1; fi
written=$(dd bs=65536 count=1 iflag=nonblock <&3 2>/dev/null)
case "$written" in
  *'"diagnostics"'*) ;;
  *) echo "FAIL: the FIFO did not receive the report: '$written'"; exit 1 ;;
esac
if ls -A "$work" | grep -q tmp; then echo "FAIL: a temporary file was left:"; ls -A "$work"; exit 1; fi
echo ok
