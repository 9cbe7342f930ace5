"""toc checklist's CSV read back with Python's csv module: RFC 4180 framing (CRLF), the rows the
model implies (expected.py), and hostile text coming back exactly, formula starts neutralised.
Usage: csv_roundtrip.py TOC MODEL OUT_DIR [--hostile]"""
import csv
import io
import os
import subprocess
import sys

from expected import HOSTILE_CELLS, expected_rows, row_differences

toc, model, out_dir = sys.argv[1:4]
must_contain = HOSTILE_CELLS if sys.argv[4:] == ["--hostile"] else []
out = os.path.join(out_dir, "checklist-roundtrip-" + os.path.basename(os.path.dirname(model)) + ".csv")
subprocess.run([toc, "checklist", model, "-o", out], check=True)
with open(out, "rb") as f:
    raw = f.read()

problems = []
if not raw.endswith(b"\r\n"):
    problems.append("the CSV does not end with CRLF")
rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline=""), strict=True))
problems += row_differences(rows, expected_rows(model), "the CSV", "the model (expected.py)")
cells = {cell for row in rows for cell in row}
for cell in must_contain:
    if cell not in cells:
        problems.append(f"no cell is exactly {cell!r}")
# Every record ends CRLF: the line breaks outside quoted fields are all CRLF.
records_end = raw.count(b"\r\n") - sum(cell.count("\r\n") for row in rows for cell in row)
if records_end != len(rows):
    problems.append(f"{records_end} CRLF record ends for {len(rows)} records")
os.remove(out)
if problems:
    sys.exit("\n".join(problems))
print(f"{len(rows) - 1} rows round-trip")
