"""Opens a `toc report` in headless Chromium and checks what a reader would get.

    browser_check.py TOC MODEL OUT_FOLDER NAME [--hostile] [--progress]

Writes OUT_FOLDER/NAME.html with `toc report`, has Chromium load it and dump the DOM it
built (after any script would have run), and saves OUT_FOLDER/NAME.png for people to look
at. Then checks the dumped DOM:
  - the diagram's <svg> (with Graphviz's node groups) is in the diagram section, the
    checklist has a <table>, and the coverage section holds the bar chart <svg>;
  - the diagram has its text version beside it (<details class="diagram-text">) naming every
    box the diagram draws (each Graphviz node group "node-<id>" has its <code>id</code> there);
  - with --hostile (a model whose every text tries to set document.title to PWNED): the
    title is unchanged, the DOM holds no <script>, no on* attribute and no javascript: URL,
    and each payload is there as visible text (also each line of shown.txt beside the model:
    text from its measurements);
  - with --progress (a model with measurements): the progress section holds the summary table
    and a chart <svg> per numeric indicator, each with a <title> and a <desc>; the charts show
    gaps (g.gap) and provisional points (class "point provisional"), and the DOM holds no
    <script> and no on* attribute.
Exits 1 naming every failed check.
"""
import html.parser
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

URL_ATTRIBUTES = {"href", "src", "xlink:href", "action", "formaction", "data", "srcdoc"}
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars", "--virtual-time-budget=2000"]


def chromium(args, url):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        sys.exit("chromium is not installed; tools/install-deps installs it")
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, url],
                                capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        sys.exit(f"chromium failed ({result.returncode}): {result.stderr[-2000:]}")
    return result.stdout


class Dom(html.parser.HTMLParser):
    """The parts of the dumped DOM the checks look at."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.title, self.text = [], "", []
        self.scripts, self.handlers, self.js_urls = 0, [], []
        self.attribute_values = []
        self.svg_in = {}  # section id -> number of <svg> elements inside it
        self.tables_in = {}
        self.graphviz_nodes = 0
        self.sections = []  # ids of the open <section>s, innermost last
        self.classes_in = {}  # section id -> {class name: count}
        self.svg_titles = {}  # section id -> <title> or <desc> elements directly inside an <svg>
        self.diagram_node_ids = []  # ids of the diagram's boxes, from Graphviz's "node-<id>" groups
        self.text_version_ids = []  # the <code> ids in the diagram's text version
        self.in_text_version = 0  # depth inside <details class="diagram-text">, 0 outside

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "section":
            self.sections.append(attributes.get("id") or (self.sections[-1] if self.sections else None))
        section = self.sections[-1] if self.sections else None
        if tag == "script":
            self.scripts += 1
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.handlers.append(f"<{tag} {name}>")
            if name.lower() in URL_ATTRIBUTES and value and value.strip().lower().startswith("javascript:"):
                self.js_urls.append(f"<{tag} {name}={value!r}>")
            if value:
                self.attribute_values.append(value)
        if tag == "svg":
            self.svg_in[section] = self.svg_in.get(section, 0) + 1
        if tag == "table":
            self.tables_in[section] = self.tables_in.get(section, 0) + 1
        if tag == "g" and attributes.get("class") == "node":
            self.graphviz_nodes += 1
            if (attributes.get("id") or "").startswith("node-"):
                self.diagram_node_ids.append(attributes["id"][len("node-"):])
        if tag == "details" and "diagram-text" in (attributes.get("class") or "").split():
            self.in_text_version = len(self.stack) + 1
        counts = self.classes_in.setdefault(section, {})
        for name in (attributes.get("class") or "").split():
            counts[name] = counts.get(name, 0) + 1
        if tag in ("title", "desc") and self.stack and self.stack[-1] == "svg":
            self.svg_titles[section] = self.svg_titles.get(section, 0) + 1
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag == "details" and self.in_text_version == len(self.stack):
            self.in_text_version = 0
        if tag == "section" and self.sections:
            self.sections.pop()
        while self.stack and self.stack.pop() != tag:
            pass

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "title" and "head" in self.stack:
            self.title += data
        if self.in_text_version and self.stack and self.stack[-1] == "code":
            self.text_version_ids.append(data)
        self.text.append(data)


def strings(value):
    """Every string in a parsed TOML value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def main():
    toc, model, out_folder, name = sys.argv[1:5]
    hostile = "--hostile" in sys.argv[5:]
    progress = "--progress" in sys.argv[5:]
    out = Path(out_folder)
    out.mkdir(parents=True, exist_ok=True)
    report = out / f"{name}.html"
    subprocess.run([toc, "report", model, "-o", str(report)], check=True)
    url = report.resolve().as_uri()
    dump = chromium(["--dump-dom"], url)
    chromium([f"--screenshot={out / (name + '.png')}", f"--window-size=1280,{5000 if progress else 2400}"], url)

    dom = Dom()
    dom.feed(dump)
    problems = []

    def expect(condition, what):
        if not condition:
            problems.append(what)

    expect(dom.svg_in.get("diagram", 0) >= 1, "no <svg> in the diagram section")
    expect(dom.graphviz_nodes > 0, "the diagram has no Graphviz node groups")
    expect(dom.tables_in.get("checklist", 0) >= 1, "no <table> in the checklist section")
    expect(dom.svg_in.get("coverage", 0) >= 1, "no bar chart <svg> in the coverage section")
    expect(dom.tables_in.get("coverage", 0) >= 1, "no coverage table")
    expect(dom.text_version_ids, "the diagram has no text version (details.diagram-text)")
    missing = sorted(set(dom.diagram_node_ids) - set(dom.text_version_ids))
    expect(not missing, f"boxes of the diagram missing from its text version: {missing[:10]}")
    if progress:
        charts = dom.svg_in.get("progress", 0)
        classes = dom.classes_in.get("progress", {})
        expect(dom.tables_in.get("progress", 0) >= 1, "no summary table in the progress section")
        expect(charts >= 1, "no chart <svg> in the progress section")
        expect(dom.svg_titles.get("progress", 0) == 2 * charts, "a chart without its <title> and <desc>")
        expect(classes.get("progress-card", 0) >= 1, "no indicator card in the progress section")
        expect(classes.get("gap", 0) >= 1, "no gap drawn in the progress section's charts")
        expect(classes.get("provisional", 0) >= 1, "no provisional point drawn in the progress section's charts")
        expect(dom.scripts == 0, f"{dom.scripts} <script> elements in the DOM")
        expect(not dom.handlers, f"event-handler attributes in the DOM: {dom.handlers[:5]}")
    if hostile:
        strategy = tomllib.loads(Path(model).read_text(encoding="utf-8"))
        title = strategy["strategy"]["title"] + " — theory of change report"
        expect(dom.title == title, f"document.title is {dom.title!r}, expected {title!r}")
        expect(dom.scripts == 0, f"{dom.scripts} <script> elements in the DOM")
        expect(not dom.handlers, f"event-handler attributes in the DOM: {dom.handlers[:5]}")
        expect(not dom.js_urls, f"javascript: URLs in the DOM: {dom.js_urls[:5]}")
        # Shown as text, or as a tooltip (an SVG title attribute): either way, as written.
        shown = "".join(dom.text) + "\n".join(dom.attribute_values)
        payloads = list(strings(strategy))
        also = Path(model).parent / "shown.txt"
        if also.exists():
            payloads += also.read_text(encoding="utf-8").splitlines()
        for payload in payloads:
            if "<" in payload and payload.strip() not in shown:
                problems.append(f"payload not shown as text: {payload!r}")
    for problem in problems:
        print(f"{name}: {problem}")
    print(f"{name}: {len(problems)} problems; screenshot {out / (name + '.png')}")
    sys.exit(1 if problems else 0)


main()
