#!/usr/bin/env python3
"""The engine's layering, checked from the sources (docs/architecture.md).

Each stage is declared in engine/CMakeLists.txt as `toc_stage(<folder> LINKS <stage>...)`.
This fails, naming the file and line, when:
  - the declared links form a cycle;
  - a file includes a header of a stage that its own stage does not link (directly or
    through the stages it links), or names a header by a relative path ("../");
  - units (a header and its source, e.g. load/decode.h + load/decode.cpp) include each
    other in a circle, even within one stage.
Usage: check_layers.py [ENGINE_DIR]   (default: the engine/ beside this script's tests/)
"""
import os
import re
import sys

engine = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                         os.path.join(os.path.dirname(__file__), '..', '..', 'engine'))
problems = []


def declared_stages():
    text = open(os.path.join(engine, 'CMakeLists.txt')).read()
    text = re.sub(r'#[^\n]*', '', text)
    stages = {}
    for call in re.finditer(r'^toc_stage\(([^)]*)\)', text, re.M):
        words = call.group(1).split()
        links, section = [], None
        for word in words[1:]:
            if word == 'WHOLE':  # an option, not a section
                continue
            if word in ('LINKS', 'PUBLIC', 'PRIVATE'):
                section = word
            elif section == 'LINKS':
                links.append(word)
        stages[words[0]] = links
    return stages


stages = declared_stages()
if not stages:
    sys.exit(f'check_layers: no toc_stage(...) declarations in {engine}/CMakeLists.txt')
for stage, links in stages.items():
    for link in links:
        if link not in stages:
            problems.append(f'engine/CMakeLists.txt: stage {stage} links {link}, which is not a stage')


def find_cycle(graph):
    """One cycle of `graph` (node -> successors) as a list of nodes, or None."""
    state, stack = {}, []

    def visit(node):
        state[node] = 'open'
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 'open':
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 'done'
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


cycle = find_cycle(stages)
if cycle:
    problems.append('engine/CMakeLists.txt: the stages link in a circle: ' + ' -> '.join(cycle))


def closure(stage, seen=None):
    seen = set() if seen is None else seen
    for link in stages.get(stage, ()):
        if link not in seen:
            seen.add(link)
            closure(link, seen)
    return seen


def stage_of(path):
    """The stage folder a path (relative to engine/) belongs to: the longest declared prefix."""
    best = None
    for stage in stages:
        if path == stage or path.startswith(stage + '/'):
            best = stage if best is None or len(stage) > len(best) else best
    return best


include = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.M)
units = {}  # unit (path without extension) -> units it includes
for folder, _, files in os.walk(engine):
    for name in sorted(files):
        if not name.endswith(('.h', '.cpp')):
            continue
        path = os.path.relpath(os.path.join(folder, name), engine)
        own = stage_of(path)
        if own is None:
            problems.append(f'engine/{path}: not inside any stage declared in engine/CMakeLists.txt')
            continue
        allowed = closure(own) | {own}
        unit = os.path.splitext(path)[0]
        units.setdefault(unit, set())
        text = open(os.path.join(folder, name), encoding='utf-8').read()
        for match in include.finditer(text):
            target = match.group(1)
            line = text.count('\n', 0, match.start()) + 1
            where = f'engine/{path}:{line}'
            if '..' in target.split('/'):
                problems.append(f'{where}: includes "{target}" by a relative path; name it from its stage, '
                                f'e.g. "{own}/..."')
                continue
            stage = stage_of(target)
            if stage is None:
                problems.append(f'{where}: includes "{target}", which is in no stage; '
                                f'write it as "<stage>/<file>.h"')
                continue
            if stage not in allowed:
                problems.append(f'{where}: stage {own} includes "{target}" of stage {stage}, which it does '
                                f'not link; it links: {", ".join(sorted(closure(own))) or "nothing"}')
            if not os.path.exists(os.path.join(engine, target)):
                problems.append(f'{where}: includes "{target}", which does not exist')
            target_unit = os.path.splitext(target)[0]
            if target_unit != unit:
                units[unit].add(target_unit)

cycle = find_cycle(units)
if cycle:
    problems.append('engine/: units include each other in a circle: ' + ' -> '.join(cycle) +
                    ' (move what both need into a unit of its own)')

for problem in problems:
    print(problem)
if problems:
    sys.exit(1)
print(f'check_layers: {len(stages)} stages, {len(units)} units, no back-include and no cycle')
