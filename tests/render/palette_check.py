#!/usr/bin/env python3
"""The diagram palette survives colour-blindness and greyscale (docs/diagrams.md, "Palette").

Usage: palette_check.py [--colour-only] TOC MODEL   (MODEL with measurements, e.g. examples/progress/strategy.toml)

The colours are not written here: they come from toc's DOT, `toc render MODEL --format dot` for
the kinds (input, activity, output, outcome by term, impact) and `--status` for the statuses
(from the indicator boxes, whose tooltips name their status) and the indicator kind. Each colour
is simulated for protanopia, deuteranopia and tritanopia (Machado, Oliveira and Fernandes 2009,
severity 1.0) and greyscale (luma). It fails when
- two kinds, or two statuses, differ by hue only: the same shape and style, no symbol of their
  own in the label, and fills closer than CIEDE2000 10 in one of the simulations; or
- text on a fill has a contrast ratio below 4.5:1 (WCAG 2), as drawn or in greyscale.
It prints the table docs/diagrams.md shows (each colour, its role and its text contrast).
"""
import math
import re
import subprocess
import sys

MACHADO = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                   [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                     [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                   [0.004733, 0.691367, 0.303900]],
}
MIN_DELTA_E = 10.0
MIN_CONTRAST = 4.5


def rgb(hex_colour):
    h = hex_colour.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))


def linear(c):
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def gamma(c):
    c = min(1.0, max(0.0, c))
    return 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055


def simulate(colour, how):
    lin = [linear(c) for c in colour]
    if how == "greyscale":
        y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
        return (gamma(y),) * 3
    if how == "as drawn":
        return colour
    m = MACHADO[how]
    return tuple(gamma(sum(m[r][k] * lin[k] for k in range(3))) for r in range(3))


def lab(colour):
    r, g, b = (linear(c) for c in colour)
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t):
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def ciede2000(c1, c2):
    l1, a1, b1 = lab(c1)
    l2, a2, b2 = lab(c2)
    cbar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(cbar ** 7 / (cbar ** 7 + 25 ** 7)))
    a1p, a2p = a1 * (1 + g), a2 * (1 + g)
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0
    dl, dc = l2 - l1, c2p - c1p
    dh = 0.0
    if c1p * c2p:
        dh = h2p - h1p
        if dh > 180:
            dh -= 360
        elif dh < -180:
            dh += 360
    dhh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    lbar, cbarp = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        hbar = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hbar = (h1p + h2p) / 2
    else:
        hbar = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(hbar - 30)) + 0.24 * math.cos(math.radians(2 * hbar)) +
         0.32 * math.cos(math.radians(3 * hbar + 6)) - 0.20 * math.cos(math.radians(4 * hbar - 63)))
    sl = 1 + 0.015 * (lbar - 50) ** 2 / math.sqrt(20 + (lbar - 50) ** 2)
    sc = 1 + 0.045 * cbarp
    sh = 1 + 0.015 * cbarp * t
    rt = (-2 * math.sqrt(cbarp ** 7 / (cbarp ** 7 + 25 ** 7)) *
          math.sin(math.radians(60 * math.exp(-(((hbar - 275) / 25) ** 2)))))
    return math.sqrt((dl / sl) ** 2 + (dc / sc) ** 2 + (dhh / sh) ** 2 + rt * (dc / sc) * (dhh / sh))


def luminance(colour):
    r, g, b = (linear(c) for c in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(c1, c2):
    a, b = sorted((luminance(c1), luminance(c2)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def attr(line, name, default=""):
    m = re.search(r'\b' + name + r'=("((?:[^"\\]|\\.)*)"|[\w.]+)', line)
    if not m:
        return default
    return m.group(2) if m.group(2) is not None else m.group(1)


def node_lines(dot):
    return [line for line in dot.splitlines() if re.match(r'\s*"[^"]*" \[id=', line)]


def look(line):
    return {"fill": attr(line, "fillcolor", "#FFFFFF").upper(), "stroke": attr(line, "color", "#000000").upper(),
            "text": attr(line, "fontcolor", "#000000").upper(), "shape": attr(line, "shape", "ellipse"),
            "style": attr(line, "style"), "penwidth": attr(line, "penwidth")}


def roles(toc, model):
    """{role: look} for the kinds (plain diagram) and the statuses (--status)."""
    found = {}
    plain = subprocess.run([toc, "render", model, "--format", "dot", "-o", "-"], capture_output=True, text=True,
                           check=True).stdout
    for line in node_lines(plain):
        m = re.match(r"(input|activity|output|outcome|impact) '", attr(line, "tooltip"))
        if m:
            found.setdefault(f"kind {m.group(1)}", look(line))
    status = subprocess.run([toc, "render", model, "--status", "--format", "dot", "-o", "-"], capture_output=True,
                            text=True).stdout
    for line in node_lines(status):
        m = re.match(r"indicator '[^']*': .*?\\nstatus: ([^(\\]+) \((.)\)", attr(line, "tooltip"))
        if m:
            entry = look(line)
            entry["symbol"] = m.group(2)
            found.setdefault(f"status {m.group(1).strip()}", entry)
    return found


def main(argv):
    colour_only = "--colour-only" in argv  # ignore shapes, styles and symbols: which pairs need them
    argv = [a for a in argv if a != "--colour-only"]
    toc, model = argv[1], argv[2]
    found = roles(toc, model)
    failures = []
    for needed in ("kind input", "kind activity", "kind output", "kind outcome", "kind impact", "status on track"):
        if needed not in found:
            failures.append(f"{model} draws no {needed}: cannot check it")
    sims = ["as drawn", "greyscale", "protanopia", "deuteranopia", "tritanopia"]
    print(f"{'role':24} {'fill':8} {'stroke':8} {'text':8} contrast (worst of {', '.join(sims)})")
    for role, entry in sorted(found.items()):
        worst = min(contrast(simulate(rgb(entry["fill"]), s), simulate(rgb(entry["text"]), s)) for s in sims)
        print(f"{role:24} {entry['fill']} {entry['stroke']} {entry['text']} {worst:.1f}:1")
        if worst < MIN_CONTRAST:
            failures.append(f"{role}: text {entry['text']} on {entry['fill']} has contrast {worst:.2f}:1 < 4.5:1")
    for group in ("kind", "status"):
        members = sorted(r for r in found if r.startswith(group + " "))
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                la, lb = found[a], found[b]
                if not colour_only and (la["shape"], la["style"]) != (lb["shape"], lb["style"]):
                    continue  # told apart by shape or line style
                if not colour_only and la.get("symbol") and lb.get("symbol") and la["symbol"] != lb["symbol"]:
                    continue  # told apart by the symbol in the label
                for s in sims:
                    d = ciede2000(simulate(rgb(la["fill"]), s), simulate(rgb(lb["fill"]), s))
                    if d < MIN_DELTA_E:
                        failures.append(f"{a} and {b}: same shape and style, fills {la['fill']} and {lb['fill']} "
                                        f"differ by only CIEDE2000 {d:.1f} in {s}")
                        break
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
