#!/usr/bin/env python3
"""docs/architecture.md matches the tree: its map has one row per stage declared in
engine/CMakeLists.txt (toc_stage(<folder> ...)), each naming the stages it links, and no row
names a folder that does not exist.
Usage: check_map.py [REPO_DIR]
"""
import os
import re
import sys

repo = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..'))
cmake = re.sub(r'#[^\n]*', '', open(os.path.join(repo, 'engine', 'CMakeLists.txt')).read())
stages = {}
for call in re.finditer(r'^toc_stage\(([^)]*)\)', cmake, re.M):
    words = call.group(1).split()
    links, section = [], None
    for word in words[1:]:
        if word in ('LINKS', 'PUBLIC', 'PRIVATE', 'WHOLE'):
            section = word
        elif section == 'LINKS':
            links.append(word)
    stages[words[0]] = links

doc = open(os.path.join(repo, 'docs', 'architecture.md'), encoding='utf-8').read()
rows = {m.group(1): m.group(2) for m in re.finditer(r'^\| `engine/([a-z_/]+)/` \| ([^|]*) \|', doc, re.M)}
problems = []
for stage, links in stages.items():
    if stage not in rows:
        problems.append(f'docs/architecture.md: no row for engine/{stage}/, a stage in engine/CMakeLists.txt')
        continue
    named = {w.strip() for w in rows[stage].split(',') if w.strip() not in ('', '—')}
    # A product is named by its last part ("coverage"), unless that is also a stage's name
    # ("products/progress" beside the progress stage).
    short = {link: link.split('/')[-1] for link in links}
    expected = {name if name == link or name not in stages else link for link, name in short.items()}
    if named != expected:
        problems.append(f'docs/architecture.md: engine/{stage}/ links {", ".join(sorted(expected)) or "—"} '
                        f'(engine/CMakeLists.txt), but its row says {", ".join(sorted(named)) or "—"}')
for folder in rows:
    if folder not in stages:
        problems.append(f'docs/architecture.md: a row for engine/{folder}/, which is not a stage')
for problem in problems:
    print(problem)
if problems:
    sys.exit(1)
print(f'check_map: docs/architecture.md has a row for each of the {len(stages)} stages, with their links')
