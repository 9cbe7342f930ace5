"""toc checklist's XLSX read back with openpyxl: the same rows as the CSV (and as expected.py),
a bold header, panes frozen under it, an autofilter over the whole table, and every cell stored
as a string (data type 's'), so a formula-looking text is never a formula.
Usage: xlsx_readback.py TOC MODEL OUT_DIR"""
import csv
import os
import subprocess
import sys

import openpyxl
from openpyxl.utils import get_column_letter

from expected import expected_rows, row_differences

toc, model, out_dir = sys.argv[1:4]
stem = os.path.join(out_dir, "checklist-readback-" + os.path.basename(os.path.dirname(model)))
subprocess.run([toc, "checklist", model, "-o", stem + ".xlsx"], check=True)
subprocess.run([toc, "checklist", model, "-o", stem + ".csv"], check=True)
with open(stem + ".csv", newline="", encoding="utf-8") as f:
    csv_rows = list(csv.reader(f, strict=True))

sheet = openpyxl.load_workbook(stem + ".xlsx").active
problems = []
xlsx_rows = [["" if cell.value is None else cell.value for cell in row] for row in sheet.iter_rows()]
problems += row_differences(xlsx_rows, csv_rows, "the workbook", "the CSV")
problems += row_differences(xlsx_rows, expected_rows(model), "the workbook", "the model (expected.py)")
for row in sheet.iter_rows():
    for cell in row:
        if cell.value is not None and cell.data_type != "s":
            problems.append(f"{cell.coordinate} {cell.value!r} has data type {cell.data_type!r}, not 's'")
if not all(cell.font.b for cell in sheet[1]):
    problems.append("the header row is not bold")
if sheet.freeze_panes != "A2":
    problems.append(f"panes frozen at {sheet.freeze_panes!r}, not under the header (A2)")
last = f"{get_column_letter(len(csv_rows[0]))}{len(csv_rows)}"
if sheet.auto_filter.ref != f"A1:{last}":
    problems.append(f"autofilter over {sheet.auto_filter.ref!r}, not A1:{last}")
narrow = [get_column_letter(i + 1) for i in range(len(csv_rows[0]))
          if (sheet.column_dimensions[get_column_letter(i + 1)].width or 0) < 8]
if narrow:
    problems.append(f"columns {narrow} are narrower than 8 characters")
for suffix in (".xlsx", ".csv"):
    os.remove(stem + suffix)
if problems:
    sys.exit("\n".join(problems))
print(f"{len(xlsx_rows) - 1} rows read back as text")
