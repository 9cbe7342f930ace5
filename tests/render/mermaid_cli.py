#!/usr/bin/env python3
"""Renders toc's Mermaid with mermaid-cli (mmdc, headless Chromium) and checks what comes out.

Usage: mermaid_cli.py [--png=PART,...] TOC WORKDIR MODEL...
         (each MODEL a strategy.toml or a workspace, optionally "|"-separated render arguments)
       mermaid_cli.py --mmd FILE.mmd WORKDIR  (check Mermaid text that already exists)

For each model: `toc render MODEL -o NAME.mmd`, then `mmdc -i NAME.mmd -o NAME.svg`. It fails when
mmdc exits non-zero, prints an error, or writes an SVG saying "Syntax error" / "Parse error"; and
when the bands are out of order: in the SVG, the x centre of every node of a band must be left of
every node of the next band (inputs < activities < outputs < short < medium < long-term outcomes
< impact), within each strategy of a workspace. A node's band comes from the .mmd: the band
subgraph (`band_<key>` or `band_<key>_<n>`) its line is written in. With --png=PART,..., NAME.png as well when NAME holds a PART,
for people to look at (docs/diagrams.md, "Mermaid").
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MMDC = os.path.join(HERE, "..", "browser", "node_modules", ".bin", "mmdc")
BANDS = ["input", "activity", "output", "short", "medium", "long", "impact"]


def bands_of(mmd):
    """{mermaid node id: (strategy suffix, band number)} from the subgraph each node line sits in."""
    stack, result = [], {}
    for line in mmd.splitlines():
        text = line.strip()
        m = re.match(r"subgraph (\w+)", text)
        if m:
            stack.append(m.group(1))
            continue
        if text == "end" and stack:
            stack.pop()
            continue
        m = re.match(r"(n_\w+|n\d+)\s*[\[\(\{>]", text)
        if not m:
            continue
        for name in reversed(stack):
            b = re.fullmatch(r"band_([a-z]+)(_\d+)?", name)
            if b and b.group(1) in BANDS:
                result[m.group(1)] = (b.group(2) or "", BANDS.index(b.group(1)))
                break
    return result


def centres(svg):
    """{mermaid node id: x centre} from mmdc's SVG (ids like my-svg-flowchart-n_in_fund-3)."""
    found = {}
    for m in re.finditer(r'<g [^>]*?id="[\w-]*?flowchart-(n_\w+|n\d+)-\d+"[^>]*?transform="translate\(([-\d.e]+)[, ]', svg):
        found[m.group(1)] = float(m.group(2))
    for m in re.finditer(r'<g [^>]*?transform="translate\(([-\d.e]+)[, ][^"]*"[^>]*?id="[\w-]*?flowchart-(n_\w+|n\d+)-\d+"',
                         svg):
        found.setdefault(m.group(2), float(m.group(1)))
    return found


def check(mmd_path, workdir, name, png):
    """The problems with one .mmd file, as lines."""
    problems = []
    config = os.path.join(workdir, "puppeteer.json")
    with open(config, "w") as f:
        json.dump({"executablePath": "/usr/bin/chromium", "args": ["--no-sandbox"]}, f)
    svg_path = os.path.join(workdir, name + ".svg")
    outputs = [svg_path] + ([os.path.join(workdir, name + ".png")] if png else [])
    for out in outputs:
        if os.path.exists(out):
            os.remove(out)
        args = [MMDC, "-q", "-p", config, "-i", mmd_path, "-o", out]
        if out.endswith(".png"):
            args += ["-w", "2400"]
        run = subprocess.run(args, capture_output=True, text=True)
        said = (run.stdout + run.stderr).strip()
        if run.returncode != 0 or re.search(r"error", said, re.I):
            problems.append(f"mmdc exited {run.returncode} on {mmd_path}: {said[:2000]}")
            return problems
    svg = open(svg_path, encoding="utf-8").read()
    for bad in ("Syntax error", "Parse error", "Unknown layout", "Maximum text size", "Edge limit"):
        if bad in svg:
            problems.append(f"{svg_path} says {bad!r}")
    mmd = open(mmd_path, encoding="utf-8").read()
    bands = bands_of(mmd)
    xs = centres(svg)
    if not bands:
        problems.append(f"{mmd_path}: no node in a band subgraph")
    missing = sorted(set(bands) - set(xs))
    if missing:
        problems.append(f"{svg_path}: no position for {', '.join(missing[:10])}")
    if not re.search(r"^flowchart (LR)\s*$", mmd, re.M):
        return problems  # the order is checked left to right only
    for strategy in sorted({s for s, _ in bands.values()}):
        columns = {}
        for node, (s, b) in bands.items():
            if s == strategy and node in xs:
                columns.setdefault(b, []).append((xs[node], node))
        order = sorted(columns)
        for left, right in zip(order, order[1:]):
            last = max(columns[left])
            first = min(columns[right])
            if last[0] >= first[0]:
                problems.append(
                    f"{svg_path}{' strategy ' + strategy if strategy else ''}: {BANDS[left]} node {last[1]} "
                    f"(x {last[0]:.0f}) is not left of {BANDS[right]} node {first[1]} (x {first[0]:.0f})")
    return problems


def main(argv):
    png_for = [a.split("=", 1)[1].split(",") for a in argv if a.startswith("--png=")]
    png_for = png_for[0] if png_for else []
    argv = [a for a in argv if not a.startswith("--png=")]
    if len(argv) >= 3 and argv[1] == "--mmd":
        workdir = argv[3]
        os.makedirs(workdir, exist_ok=True)
        jobs = [(argv[2], os.path.splitext(os.path.basename(argv[2]))[0])]
    else:
        toc, workdir, models = argv[1], argv[2], argv[3:]
        os.makedirs(workdir, exist_ok=True)
        jobs = []
        for entry in models:
            model, *extra = entry.split("|")
            name = re.sub(r"[^\w-]+", "-", (model.replace("/strategy.toml", "") + "".join(extra)).strip("/"))
            mmd = os.path.join(workdir, name + ".mmd")
            run = subprocess.run([toc, "render", model, *extra, "-o", mmd, "--format", "mermaid"],
                                 capture_output=True, text=True)
            if not os.path.exists(mmd):
                print(f"FAIL: toc render {model} wrote no Mermaid (exit {run.returncode}): {run.stderr}")
                return 1
            jobs.append((mmd, name))
    failed = False
    for mmd, name in jobs:
        problems = check(mmd, workdir, name, any(part in name for part in png_for))
        for problem in problems:
            print("FAIL:", problem)
        failed = failed or bool(problems)
        if not problems:
            print(f"ok: {mmd} renders, bands in order")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
