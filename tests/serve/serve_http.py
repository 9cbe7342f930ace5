"""toc serve over real HTTP: the page and its views, the fixed routes (no traversal), the Host rule,
oversized requests, GET and HEAD only, the folder never written, and a server that survives its
model's files deleted, renamed, half-written, huge or hostile, and stops cleanly on SIGINT.

    python3 serve_http.py TOC MODEL_FOLDER
"""

import os
import re
import socket
import sys

from serve_common import Server, folder_hash

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def alive(server, after):
    status, _, body = server.request("/")
    check(status == 200 and b"<svg" in body, f"the server still answers after {after} (status {status})")


def main():
    toc, model = sys.argv[1], sys.argv[2]
    server = Server(toc, model)
    before = folder_hash(server.folder)
    try:
        http_checks(server)
        check(folder_hash(server.folder) == before, "the server wrote into the model's folder")
        survival_checks(server)
    finally:
        status = server.stop()
    check(status == 0, f"toc serve exits 0 on SIGINT (got {status})")
    check(any(line.startswith("toc: stopped") for line in server.lines), "toc serve says it stopped")
    print("toc serve said:\n" + "".join(server.lines))
    if failures:
        print(f"0 passed, {len(failures)} failed")
        return 1
    print("1 passed, 0 failed")
    return 0


def http_checks(server):
    folder = server.folder
    strategy = open(os.path.join(folder, "strategy.toml"), encoding="utf-8").read()
    title = re.search(r'^title = "(.*)"', strategy, re.M).group(1)
    status, head, body = server.request("/")
    check(status == 200, f"GET / is 200 (got {status})")
    check(title.encode() in body and b"<svg" in body, "the page is the report with its diagram")
    check(b'<script src="/live.js" defer></script>' in body, "the page loads /live.js")
    check("script-src 'self'" in head and "default-src 'none'" in head, "the page is sent with the strict policy")
    # Sent as it is, even to a browser that accepts compression (Brotli took a second on this page).
    status, head, body = server.request("/", headers=["Accept-Encoding: gzip, deflate, br"])
    check(status == 200 and "content-encoding" not in head.lower() and title.encode() in body,
          "the page is sent uncompressed")
    status, head, body = server.request("/", method="HEAD")
    check(status == 200 and body == b"", f"HEAD / is 200 without a body (got {status}, {len(body)} bytes)")
    status, head, body = server.request("/live.js")
    check(status == 200 and b"EventSource" in body, "/live.js is the script")
    status, head, body = server.request("/diagram.svg")
    check(status == 200 and "image/svg+xml" in head and b"<svg" in body, "/diagram.svg is the diagram")

    # Views by URL.
    priorities = re.findall(r"^\[priority\.([\w-]+)\]", open(os.path.join(folder, "priorities.toml")).read(), re.M)
    status, _, body = server.request(f"/?priority={priorities[0]}")
    check(status == 200 and b"<svg" in body, f"/?priority={priorities[0]} is a page")
    status, _, whole = server.request("/diagram.svg")
    status, _, focused = server.request("/diagram.svg?focus=oc-knowledge-increased&depth=1")
    check(status == 200 and len(focused) < len(whole), "/diagram.svg?focus=...&depth=1 draws fewer nodes")
    status, _, body = server.request("/?focus=oc-knowledge-increasd")
    check(status == 400 and b"oc-knowledge-increased" in body, "an unknown focus is a 400 with a suggestion")

    # Only the fixed routes: no file of the model, nor of the machine, whatever the spelling.
    secrets = [b"[strategy]", b"root:x:0:0", b"[outcome."]
    targets = ["/strategy.toml", "/../strategy.toml", "/%2e%2e/strategy.toml", "/%2E%2E%2Fstrategy.toml",
               "/..%2fstrategy.toml", "/..%2F..%2F..%2F..%2Fetc%2Fpasswd", "/../../../../etc/passwd",
               "//etc/passwd", "/etc/passwd", "/live.js/../strategy.toml", "/.%2e/strategy.toml",
               "/%252e%252e/strategy.toml", "/..\\strategy.toml", "/%5c..%5cstrategy.toml",
               "/" + os.path.join(folder, "strategy.toml").lstrip("/"), os.path.join(folder, "strategy.toml"),
               f"http://{server.host}/strategy.toml", f"http://{server.host}/../strategy.toml",
               "/outcomes.toml", "/data/measurements.csv", "/activities/workforce.toml", "/diagram.svg/../strategy.toml",
               "/?file=../strategy.toml"]
    for target in targets:
        status, _, body = server.request(target)
        leaked = [s for s in secrets if s in body]
        check(status in (400, 404) or (target.startswith("/?") and status == 400),
              f"GET {target} is refused (got {status})")
        check(not leaked, f"GET {target} shows no file's text (found {leaked})")

    # The Host rule (DNS rebinding): only the bound host and port, or loopback names for a loopback server.
    for host in ["evil.example", f"evil.example:{server.port}", f"127.0.0.1:{server.port + 1}",
                 f"127.0.0.1.nip.io:{server.port}", f"localhost.:{server.port}", "127.0.0.1"]:
        status, _, body = server.request("/", host=host)
        check(status in (403, 421) and b"<svg" not in body, f"Host: {host} is refused (got {status})")
    status, _, _ = server.request("/", host="")
    check(status in (400, 403, 421), f"a request without Host is refused (got {status})")
    status, _, _ = server.request("/", raw=b"GET / HTTP/1.0\r\n\r\n")
    check(status in (400, 403, 421), f"an HTTP/1.0 request without Host is refused (got {status})")
    status, _, _ = server.request("/events", host="evil.example", head_only=True)
    check(status in (403, 421), f"/events with a foreign Host is refused (got {status})")
    for host in [f"localhost:{server.port}", f"[::1]:{server.port}"]:
        status, _, _ = server.request("/live.js", host=host)
        check(status == 200, f"Host: {host} is this server (got {status})")

    # Read-only: GET and HEAD only.
    for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND"]:
        status, head, _ = server.request("/", method=method, body=b"x=1")
        check(status == 405 or (status in (400, 404) and method == "PROPFIND"), f"{method} / is refused (got {status})")

    # Oversized requests: a huge URL, a huge header, a big body; the server goes on answering.
    status, _, _ = server.request("/?focus=" + "a" * 100_000)
    check(400 <= status < 500 or status == 0, f"a 100 kB URL is refused (got {status})")
    alive(server, "a huge URL")
    status, _, _ = server.request("/", headers=["X-Big: " + "b" * 100_000])
    check(400 <= status < 500 or status == 0, f"a 100 kB header is refused (got {status})")
    alive(server, "a huge header")
    status, _, _ = server.request("/", headers=[f"X-Many-{i}: {i}" for i in range(5000)])
    check(400 <= status < 500 or status == 0, f"5000 headers are refused (got {status})")
    alive(server, "many headers")
    status, _, _ = server.request("/", method="POST", body=b"z" * 2_000_000)
    check(400 <= status < 500 or status == 0, f"a 2 MB body is refused (got {status})")
    status, _, _ = server.request("/", method="GET", body=b"z" * 2_000_000)
    check(400 <= status < 500 or status == 200 or status == 0, f"a GET with a 2 MB body is answered or refused (got {status})")
    alive(server, "a big body")
    status, _, _ = server.request("/", raw=b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(range(256)) * 4)
    check(status in (0, 400), f"binary garbage (a TLS hello) is refused (got {status})")
    alive(server, "binary garbage")

    # The event stream names the current generation.
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as connection:
        connection.sendall(f"GET /events HTTP/1.1\r\nHost: {server.host}\r\n\r\n".encode())
        seen = b""
        while b"data: " not in seen or not seen.endswith(b"\n\r\n"):
            chunk = connection.recv(4096)
            if not chunk:
                break
            seen += chunk
        check(b"text/event-stream" in seen and re.search(rb"data: \d+\n", seen), "/events sends the generation")


def survival_checks(server):
    folder = server.folder
    # The edited file: outputs.toml, whose out-school-trainers -> oc-knowledge-increased arrow is
    # written only there (most arrows of the model are also a [[link]] in links.toml).
    edited = os.path.join(folder, "outputs.toml")
    good = open(edited, encoding="utf-8").read()
    has_problems = lambda page: 'id="toc-problems"' in page
    clean = lambda page: 'id="toc-problems"' not in page and "<svg" in page
    edge = 'leads_to = ["oc-knowledge-increased"]'
    arrow = "link-out-school-trainers--oc-knowledge-increased".replace("-", "&#45;")
    check(good.count(edge) == 1 and arrow in server.request("/")[2].decode(), "the edited arrow is drawn at first")

    def changed(change, predicate, what):
        """Makes `change`, then waits for a new page that satisfies `predicate`."""
        before = server.generation()
        change()
        return server.wait_for_page(predicate, what, after=before)

    def write(text):
        with open(edited, "w", encoding="utf-8", errors="surrogateescape") as file:
            file.write(text)

    def replaced(text, what, predicate=has_problems):
        return changed(lambda: write(text), predicate, f"the problems after {what}")

    page = replaced(good.replace(edge, 'leads_to = ["oc-knowledge-increasd"]'), "a typo")
    line = good[: good.index(edge)].count("\n") + 1
    check(re.search(rf"outputs\.toml:{line}:13: error\[unknown-id\]", page), "the typo is shown with file:line:col")
    check("did you mean &#39;oc-knowledge-increased&#39;?" in page, "the typo's diagnostic has its suggestion")
    # The arrow the typo broke is still drawn: the diagram is the last good one, not the broken model's.
    check("<svg" in page and arrow in page, "the last good diagram stays under the problems")
    before = folder_hash(folder)

    page = replaced(good[: len(good) // 2], "a half-written file")
    check("<svg" in page, "the last good diagram stays after a half-written file")
    page = replaced('x = "\x01\x1b[31m<script>alert(1)</script>\udcff\udcfe"\n[[[ = \n' * 200, "hostile text",
                    lambda p: has_problems(p) and "&lt;script&gt;alert(1)&lt;/script&gt;" in p)
    check("<script>alert" not in page and "\x1b" not in page, "hostile text is shown escaped")
    check("<svg" in page, "the last good diagram stays after hostile text")
    # Past the loader's 16 MiB limit (base/limits.h).
    replaced("# " + "x" * (17 * 1024 * 1024) + "\n", "a huge file", lambda p: "error[limit]" in p)
    replaced(good, "the file restored", clean)
    changed(lambda: os.remove(edited), lambda p: has_problems(p) and "outputs.toml" in p, "a deleted file")
    check(folder_hash(folder) != before, "(the test itself changed the folder)")

    # An editor's atomic save: a new file renamed over the old.
    def atomic_save():
        with open(edited + ".tmp", "w", encoding="utf-8") as file:
            file.write(good)
        os.rename(edited + ".tmp", edited)

    changed(atomic_save, clean, "the model restored by an atomic save")
    changed(lambda: os.rename(edited, edited + ".moved"), has_problems, "the problems after a rename")
    changed(lambda: os.rename(edited + ".moved", edited), clean, "the model restored by renaming back")

    # The measurements are watched too: a bad row is shown over a report made from the rows that passed.
    csv = os.path.join(folder, "data", "measurements.csv")
    rows = open(csv, encoding="utf-8").read()
    page = changed(lambda: open(csv, "a", encoding="utf-8").write("bogus,2025-13,abc,\n"),
                   lambda p: "error[ragged-row]" in p, "a bad row in the measurements")
    check("measurements.csv:" in page and "made from the rows that passed" in page,
          "the bad row is named with its file and the report stays")
    changed(lambda: open(csv, "w", encoding="utf-8").write(rows), clean, "the measurements restored")

    # The root file itself gone, then back.
    root = os.path.join(folder, "strategy.toml")
    changed(lambda: os.rename(root, root + ".away"), lambda p: "cannot be read" in p, "no root file")
    changed(lambda: os.rename(root + ".away", root), clean, "the model restored with its root file")
    settled = folder_hash(folder)
    alive(server, "all the edits")
    check(folder_hash(folder) == settled, "the server wrote into the model's folder after the edits")


if __name__ == "__main__":
    sys.exit(main())
