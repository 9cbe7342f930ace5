"""The checklist's rows worked out from the model's TOML directly, independently of toc's C++,
so the CSV and XLSX tests compare toc's output with a second reading of the rules in
docs/checklist.md rather than with toc itself."""
import glob
import os
import tomllib

HEADER = ["Priority id", "Priority", "Level", "Outcome id", "Outcome", "Indicator id", "Indicator", "Unit",
          "Direction", "Baseline", "Baseline date", "Target", "Target date", "Source", "Frequency", "Owner",
          "Defined", "Has baseline", "Has target", "Has source", "Has owner"]
LEVELS = {"short": (0, "Short-term outcome"), "medium": (1, "Medium-term outcome"),
          "long": (2, "Long-term outcome")}
GAP = "No indicator yet"
NO_PRIORITY = "Not under a priority"

# Cells of tests/checklist/hostile that must come back exactly: delimiters, quotes and line breaks
# intact, formula starts (= + - @ tab) behind a single quote.
HOSTILE_CELLS = [
    "'=1+1",
    'Alpha | pipes, "quotes" & <b>tags</b>',
    "Both | one, two\nsecond line",
    "'+cmd|' /C calc'!A0",
    "'\tTabbed 中文 العربية ünïcödé",
    "'-2 below <i>zero</i>",
    "'=HYPERLINK(\"http://x\",\"click\")",
    "'@units",
    "'-2",
    "'+5",
    "<script>alert(1)</script>",
    "'\tmonthly",
    'O\'Brien & Sons, "Ltd"',
    "Survey | annual",
    "Impact ✓ measure",
]


def load_tables(root):
    """Every file of the model in include order (globs sorted), merged per table kind."""
    merged = {}
    pending = [os.path.abspath(root)]
    seen = set()
    while pending:
        path = pending.pop(0)
        if path in seen:
            continue
        seen.add(path)
        with open(path, "rb") as f:
            doc = tomllib.load(f)
        folder = os.path.dirname(path)
        includes = []
        for pattern in doc.get("strategy", {}).get("include", []):
            includes += sorted(glob.glob(os.path.join(folder, pattern)))
        pending = includes + pending
        for kind, table in doc.items():
            if kind == "strategy":
                merged.setdefault("strategy", {}).update(table)
            elif isinstance(table, dict):
                merged.setdefault(kind, {}).update(table)
            elif isinstance(table, list):  # [[link]]
                merged.setdefault(kind, []).extend(table)
    return merged


def as_list(value):
    return value if isinstance(value, list) else [value]


def measurement(value):
    if not value:
        return "", ""
    v = value.get("value", "")
    return str(v), str(value["date"]) if "date" in value else ""


def neutralise(cell):
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


def indicator_cells(iid, ind):
    baseline, baseline_date = measurement(ind.get("baseline"))
    target, target_date = measurement(ind.get("target"))
    ticks = [bool(ind.get("description")), "baseline" in ind, "target" in ind, bool(ind.get("source")),
             bool(ind.get("owner"))]
    return [iid, ind["title"], ind.get("unit", ""), ind.get("direction", ""), baseline, baseline_date, target,
            target_date, ind.get("source", ""), ind.get("frequency", ""), ind.get("owner", "")] + \
           ["yes" if t else "no" for t in ticks]


def placed_under(tables, node_id):
    """The priorities an outcome or impact is under: those it names, else those of every activity
    with a path to it (feedback links not followed)."""
    named = as_list(tables.get("outcome", {}).get(node_id, {}).get("priority", []))
    if named:
        return set(named)
    backward = {}
    for kind in ("input", "activity", "output", "outcome", "impact"):
        for source, node in tables.get(kind, {}).items():
            for target in as_list(node.get("leads_to", [])):
                backward.setdefault(target, set()).add(source)
    for link in tables.get("link", []):
        backward.setdefault(link["to"], set()).add(link["from"])
    feedback = {(link["from"], link["to"]) for link in tables.get("link", []) if link.get("feedback")}
    seen, stack = set(), [node_id]
    while stack:
        at = stack.pop()
        for source in backward.get(at, ()):
            if (source, at) not in feedback and source not in seen:
                seen.add(source)
                stack.append(source)
    activities = tables.get("activity", {})
    return {p for a in seen if a in activities for p in as_list(activities[a].get("priority", []))}


def expected_rows(root):
    """The header and every row, formula-looking cells already carrying their ' prefix."""
    tables = load_tables(root)
    priorities = tables.get("priority", {})
    nodes = {}
    for oid, node in tables.get("outcome", {}).items():
        nodes[oid] = (LEVELS[node["term"]], node)
    for iid, node in tables.get("impact", {}).items():
        nodes[iid] = ((3, "Impact"), node)
    indicators = tables.get("indicator", {})
    order = sorted(nodes, key=lambda n: (nodes[n][0][0], n))

    under = {n: placed_under(tables, n) for n in nodes}
    groups = [(pid, p["title"], [n for n in order if pid in under[n]]) for pid, p in priorities.items()]
    loose = [n for n in order if not under[n]]
    if loose:
        groups.append(("", NO_PRIORITY, loose))

    rows = [HEADER]
    for pid, title, members in groups:
        for n in members:
            (_, level), node = nodes[n]
            lead = [pid, title, level, n, node["title"]]
            measuring = sorted(i for i, ind in indicators.items() if n in as_list(ind["measures"]))
            if not measuring:
                rows.append(lead + ["", GAP] + [""] * (len(HEADER) - 7))
            for i in measuring:
                rows.append(lead + indicator_cells(i, indicators[i]))
    return [[neutralise(cell) for cell in row] for row in rows]


PROGRESS_COLUMNS = ["Latest", "Status"]


def row_differences(got, want, got_name, want_name):
    """Messages for the row count and the first row that differ; empty when the rows are equal.
    A model with measurements adds Latest and Status as the last two columns; they come from the
    data, not the TOML, so they are left out here (progress_columns.py checks them)."""
    if got and got[0][len(HEADER):] == PROGRESS_COLUMNS and want and len(want[0]) == len(HEADER):
        got = [row[:len(HEADER)] for row in got]
    if got == want:
        return []
    problems = [f"{len(got)} rows in {got_name}, {len(want)} in {want_name}"]
    for i, (a, b) in enumerate(zip(got, want)):
        if a != b:
            problems.append(f"row {i}:\n  {got_name}: {a!r}\n  {want_name}: {b!r}")
            break
    return problems
