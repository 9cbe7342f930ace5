#!/usr/bin/env python3
"""Normalise a `toc report` HTML page for its golden test: strip only what Graphviz decides.

    normalise_report.py TOC report MODEL -o -   runs toc, prints its normalised stdout, passes its
                                                stderr through and exits with its status
    normalise_report.py < report.html           filters a report already written

tests/report.tests.cmake hands the first form to tests/run_golden.cmake in place of toc, so the
report goldens (tests/golden/report-*.html) are compared, shown as a diff and regenerated with
UPDATE_GOLDEN=1 like every other golden.

What varies and is removed: the geometry Graphviz computes in the diagram, whose numbers change
between Graphviz versions (layout, coordinates, sizes, path data). Only inside the diagram's
<svg> (the one in <figure class="diagram">), only these attributes:
x, y, points, d, transform, width, height, viewBox, cx, cy, rx, ry.

What is kept, because toc decides it: every element and its order, ids and classes (node-<id>,
link-<from>--<to>, priority-<id>, strategy-<id>, band-<level>), titles, tooltips (xlink:title),
label text and its line breaks, colours, fonts and stroke widths, and everything outside the
diagram, including toc's own coverage chart SVG with its coordinates. The report holds no date,
version or absolute path when toc is given a relative model path, so nothing else is touched.

A new Graphviz may also change the SVG's structure (an element more or less, a default colour
written differently); the golden then fails on exactly those lines. Regenerate it deliberately
and review the diff.
"""
import re
import subprocess
import sys

GEOMETRY = ("x", "y", "points", "d", "transform", "width", "height", "viewBox", "cx", "cy", "rx", "ry")
GEOMETRY_ATTRIBUTE = re.compile(r'\s+(?:%s)="[^"]*"' % "|".join(GEOMETRY))
TAG = re.compile(r"<[^<>]*>")  # Graphviz escapes < and > inside attribute values
DIAGRAM = re.compile(r'(<figure class="diagram">\n)(<svg\b.*?</svg>)', re.DOTALL)


def normalise(html: str) -> str:
    def strip_svg(match: re.Match) -> str:
        svg = TAG.sub(lambda tag: GEOMETRY_ATTRIBUTE.sub("", tag.group(0)), match.group(2))
        return match.group(1) + svg

    return DIAGRAM.sub(strip_svg, html, count=1)


def main() -> int:
    if len(sys.argv) == 1:
        sys.stdout.buffer.write(normalise(sys.stdin.buffer.read().decode("utf-8")).encode("utf-8"))
        return 0
    run = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    sys.stdout.buffer.write(normalise(run.stdout.decode("utf-8")).encode("utf-8"))
    sys.stdout.buffer.flush()
    sys.stderr.buffer.write(run.stderr)
    return run.returncode


if __name__ == "__main__":
    sys.exit(main())
