#!/usr/bin/env python3
"""toc progress --format json and --format csv, read back: every indicator has one row in each,
with the same status, method, trajectory verdict and latest figure; and the text table shows the
same status for each indicator. Usage: roundtrip.py TOC MODEL WORK_DIR"""
import csv
import json
import os
import subprocess
import sys

toc, model, work = sys.argv[1:4]
os.makedirs(work, exist_ok=True)
problems = []


def run(fmt, out):
    path = os.path.join(work, out)
    result = subprocess.run([toc, 'progress', model, '--format', fmt, '-o', path], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f'toc progress --format {fmt} exited {result.returncode}: {result.stderr}')
    return path


with open(run('json', 'progress.json'), encoding='utf-8') as f:
    data = json.load(f)
with open(run('csv', 'progress.csv'), newline='', encoding='utf-8') as f:
    rows = {row['indicator']: row for row in csv.DictReader(f)}
with open(run('text', 'progress.txt'), encoding='utf-8') as f:
    table = f.read().splitlines()

if data['format'] != 'toc-progress' or data['version'] != 1:
    problems.append(f"unexpected format {data['format']} {data['version']}")
ids = [i['id'] for i in data['indicators']]
if sorted(ids) != sorted(rows):
    problems.append(f'JSON has {sorted(ids)}, CSV has {sorted(rows)}')
for indicator in data['indicators']:
    row = rows.get(indicator['id'])
    if row is None:
        continue
    latest = indicator['latest']
    expected = {
        'status': indicator['status'],
        'method': indicator['method'],
        'trajectory': indicator['trajectory']['verdict'] if indicator['trajectory'] else '',
        'latest_period': latest['period'] if latest else '',
        'freshness': indicator['freshness']['state'],
        'points': str(len(indicator['series'])),
    }
    for key, value in expected.items():
        if row[key] != value:
            problems.append(f"{indicator['id']}: {key} is '{value}' in the JSON, '{row[key]}' in the CSV")
    if latest and latest['value'] is not None and float(row['latest_value']) != round(latest['value'], 2):
        problems.append(f"{indicator['id']}: latest value {latest['value']} in the JSON, {row['latest_value']} in the CSV")
    # The table's row for the indicator names the same status in its own column.
    shown = [line.split() for line in table if line.split()[:1] == [indicator['id']]]
    if not shown or not any(indicator['status'] in ' '.join(cells) for cells in shown):
        problems.append(f"{indicator['id']}: the table does not show the status '{indicator['status']}'")

counts = {}
for indicator in data['indicators']:
    counts[indicator['status']] = counts.get(indicator['status'], 0) + 1
summary = [line for line in table if line.startswith('As of ')]
for status, n in counts.items():
    if not summary or f'{n} {status}' not in summary[0]:
        problems.append(f"the table's summary does not count {n} {status}")

if problems:
    sys.exit('\n'.join(problems))
print(f'{len(ids)} indicators agree across JSON, CSV and the table')
