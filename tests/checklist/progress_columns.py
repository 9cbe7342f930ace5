"""toc checklist of a model with measurements: every format gains Latest and Status columns, and
the statuses are those `toc progress` gives. The CSV and the workbook (read with openpyxl) hold
the same rows; each row's Status is the status `toc progress --format csv` gives its indicator;
the Markdown and the HTML name the same columns.
Usage: progress_columns.py TOC MODEL OUT_DIR   (run with TOC_AS_OF set, as the goldens are)"""
import csv
import os
import subprocess
import sys

import openpyxl

toc, model, out_dir = sys.argv[1:4]
stem = os.path.join(out_dir, "checklist-progress-columns")


def run(*args):
    return subprocess.run([toc, *args], check=True, capture_output=True, text=True).stdout


for suffix in (".csv", ".xlsx"):
    run("checklist", model, "-o", stem + suffix)
with open(stem + ".csv", newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f, strict=True))
statuses = {row["indicator"]: row["status"]
            for row in csv.DictReader(run("progress", model, "--format", "csv").splitlines())}

problems = []
header = rows[0]
if header[-2:] != ["Latest", "Status"]:
    problems.append(f"the CSV header ends {header[-2:]}, not Latest, Status")
indicator, status, latest = header.index("Indicator id"), len(header) - 1, len(header) - 2
for row in rows[1:]:
    if row[indicator] and row[status] != statuses.get(row[indicator]):
        problems.append(f"{row[indicator]}: status {row[status]!r}, toc progress says {statuses.get(row[indicator])!r}")
    if row[indicator] and not row[latest]:
        problems.append(f"{row[indicator]}: no Latest cell")
sheet = openpyxl.load_workbook(stem + ".xlsx").active
xlsx_rows = [["" if cell.value is None else cell.value for cell in row] for row in sheet.iter_rows()]
if xlsx_rows != rows:
    problems.append("the workbook's rows differ from the CSV's")
markdown = run("checklist", model, "-o", "-", "--format", "md")
if "| Owner | Latest | Status |" not in markdown:
    problems.append("the Markdown tables have no Latest and Status columns")
html = run("checklist", model, "-o", "-", "--format", "html")
if '<th scope="col" rowspan="2">Latest</th><th scope="col" rowspan="2">Status</th>' not in html:
    problems.append("the HTML tables have no Latest and Status columns")
for suffix in (".csv", ".xlsx"):
    os.remove(stem + suffix)
if problems:
    sys.exit("\n".join(problems))
print(f"{len(rows) - 1} rows with the statuses of toc progress, in CSV, XLSX, Markdown and HTML")
