"""Counts a model's coverage by hand, independently of toc, and compares it with
`toc coverage --format json`.

    hand_count.py TOC MODEL_FOLDER

Reads every .toml under MODEL_FOLDER with tomllib (the bundled models include all of them),
merges `leads_to` with [[link]] tables, and counts what docs/coverage-and-report.md defines: outcomes and
impacts with an indicator and with a complete one (baseline, target, source), activities with
a path to an impact (feedback links not followed), outcome steps (outcome to outcome or impact,
not feedback) with an assumption and with evidence; per priority (a node is under the priorities
it names; an output, an outcome naming none or an impact under those of every activity with a
path to it, feedback links not followed; an outcome step under its start's) and in total.
Exits 1 naming every figure that differs.
"""
import json
import subprocess
import sys
import tomllib
from pathlib import Path

KINDS = ("input", "activity", "output", "outcome", "impact")


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def load(folder):
    nodes, links, indicators, priorities = {}, {}, [], []
    for path in sorted(Path(folder).rglob("*.toml")):
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
        priorities += list(doc.get("priority", {}))
        for kind in KINDS:
            for node_id, table in doc.get(kind, {}).items():
                nodes[node_id] = {"kind": kind, "priorities": as_list(table.get("priority"))}
                for to in table.get("leads_to", []):
                    links.setdefault((node_id, to), {})
        for table in doc.get("link", []):
            links.setdefault((table["from"], table["to"]), {}).update(table)
        indicators += list(doc.get("indicator", {}).values())
    return nodes, links, indicators, priorities


def count(folder):
    nodes, links, indicators, priorities = load(folder)
    measured, complete = set(), set()
    for indicator in indicators:
        for node_id in as_list(indicator.get("measures")):
            measured.add(node_id)
            if "baseline" in indicator and "target" in indicator and indicator.get("source"):
                complete.add(node_id)
    forward = {}
    for (a, b), attributes in links.items():
        if not attributes.get("feedback"):
            forward.setdefault(a, []).append(b)

    def reaches_impact(node_id, seen=()):
        if nodes[node_id]["kind"] == "impact":
            return True
        return any(reaches_impact(n, seen + (node_id,)) for n in forward.get(node_id, []) if n not in seen)

    backward = {}
    for a, targets in forward.items():
        for b in targets:
            backward.setdefault(b, []).append(a)

    def ancestors(node_id):
        seen, stack = set(), [node_id]
        while stack:
            for a in backward.get(stack.pop(), []):
                if a not in seen:
                    seen.add(a)
                    stack.append(a)
        return seen

    def under(node_id):
        named = nodes[node_id]["priorities"]
        if not named and nodes[node_id]["kind"] not in ("input", "activity"):
            named = [p for a in ancestors(node_id) if nodes[a]["kind"] == "activity" for p in nodes[a]["priorities"]]
        return sorted(set(named)) or [""]

    rows = {key: {k: [0, 0] for k in ("measured", "complete", "reaching_impact", "with_assumption",
                                      "with_evidence")} for key in priorities + ["", "total"]}

    def add(key, figure, has):
        rows[key][figure][0] += 1 if has else 0
        rows[key][figure][1] += 1

    for node_id, node in nodes.items():
        for key in under(node_id) + ["total"]:
            if node["kind"] in ("outcome", "impact"):
                add(key, "measured", node_id in measured)
                add(key, "complete", node_id in complete)
            elif node["kind"] == "activity":
                add(key, "reaching_impact", reaches_impact(node_id))
    for (a, b), attributes in links.items():
        # Only outcome steps are asked to be argued: outcome to outcome or impact, not feedback.
        if nodes[a]["kind"] != "outcome" or nodes[b]["kind"] not in ("outcome", "impact") or attributes.get("feedback"):
            continue
        for key in under(a) + ["total"]:
            add(key, "with_assumption", bool(attributes.get("assumption")))
            add(key, "with_evidence", bool(attributes.get("evidence")))
    return rows


def main():
    toc, folder = sys.argv[1], sys.argv[2]
    expected = count(folder)
    output = subprocess.run([toc, "coverage", str(Path(folder) / "strategy.toml"), "--format", "json"],
                            check=True, capture_output=True, text=True).stdout
    actual = json.loads(output)
    toc_rows = {row["key"]: row for row in actual["by_priority"]}
    toc_rows["total"] = actual["total"]
    problems = []
    for key, figures in expected.items():
        if key == "" and all(total == 0 for _, total in figures.values()):
            continue
        if key not in toc_rows:
            problems.append(f"row '{key}' missing from toc's output")
            continue
        for figure, (has, total) in figures.items():
            got = toc_rows[key][figure]
            if (got["count"], got["total"]) != (has, total):
                problems.append(f"{key or 'not under a priority'} {figure}: toc says "
                                f"{got['count']}/{got['total']}, hand count {has}/{total}")
    for problem in problems:
        print(problem)
    print(f"{folder}: {len(expected)} rows compared, {len(problems)} differences")
    sys.exit(1 if problems else 0)


main()
