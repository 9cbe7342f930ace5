#!/usr/bin/env python3
"""Malformed input to `toc lsp`: each case is written to a fresh server on its stdin, and the
responses it sends are checked; the server must answer with an error (never crash), keep
answering the messages after the bad one, and exit when its input ends. Under AddressSanitizer
any report makes the process exit non-zero, which fails the case.
Usage: protocol_check.py <toc binary> <model folder>"""
import json
import os
import subprocess
import sys

FAILURES = []


def frame(message):
    body = json.dumps(message).encode() if not isinstance(message, bytes) else message
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def request(id, method, params=None):
    message = {"jsonrpc": "2.0", "id": id, "method": method}
    if params is not None:
        message["params"] = params
    return frame(message)


def notify(method, params=None):
    message = {"jsonrpc": "2.0", "method": method}
    if params is not None:
        message["params"] = params
    return frame(message)


INIT = request(1, "initialize", {"capabilities": {}})
SHUTDOWN_EXIT = request(99, "shutdown") + notify("exit")


def parse(output):
    """The messages in the server's output, checking every frame on the way."""
    messages = []
    while output:
        head, sep, rest = output.partition(b"\r\n\r\n")
        if not sep or not head.startswith(b"Content-Length: "):
            raise ValueError("bad frame from the server: %r" % output[:80])
        length = int(head[len(b"Content-Length: "):])
        messages.append(json.loads(rest[:length]))
        output = rest[length:]
    return messages


def run(toc, name, data, expect_status=0):
    """Runs the server on `data`; returns its responses by id (null ids in a list) or None."""
    try:
        proc = subprocess.run([toc, "lsp"], input=data, capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        FAILURES.append("%s: the server did not exit when its input ended" % name)
        return None
    if proc.returncode != expect_status:
        FAILURES.append("%s: exit status %d, expected %d; stderr:\n%s" %
                        (name, proc.returncode, expect_status, proc.stderr.decode(errors="replace")[-3000:]))
        return None
    if b"Sanitizer" in proc.stderr:
        FAILURES.append("%s: sanitizer report:\n%s" % (name, proc.stderr.decode(errors="replace")[-3000:]))
    messages = parse(proc.stdout)
    by_id = {"null": []}
    for m in messages:
        if "id" in m:
            if m["id"] is None:
                by_id["null"].append(m)
            else:
                by_id[m["id"]] = m
    return by_id


def expect_error(name, responses, id, code):
    if responses is None:
        return
    found = responses["null"][0] if id is None and responses["null"] else responses.get(id)
    if not found or "error" not in found or found["error"]["code"] != code:
        FAILURES.append("%s: expected error %d for id %s, got %s" % (name, code, id, found))
    else:
        print("ok: %s -> %d %s" % (name, code, found["error"]["message"]))


def expect_result(name, responses, id):
    if responses is None:
        return
    found = responses.get(id)
    if not found or "result" not in found:
        FAILURES.append("%s: expected a result for id %s after the bad input, got %s" % (name, id, found))


def main():
    toc, model = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    uri = "file://" + os.path.join(model, "strategy.toml")
    with open(os.path.join(model, "strategy.toml"), encoding="utf-8") as f:
        text = f.read()
    alive = request(50, "textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}})

    r = run(toc, "bad Content-Length", INIT + b"Content-Length: twelve\r\n\r\n{}" + alive + SHUTDOWN_EXIT)
    expect_error("bad Content-Length", r, None, -32700)
    expect_result("bad Content-Length", r, 50)

    r = run(toc, "no Content-Length", INIT + b"Content-Type: x\r\n\r\n" + alive + SHUTDOWN_EXIT)
    expect_error("no Content-Length", r, None, -32700)
    expect_result("no Content-Length", r, 50)

    r = run(toc, "invalid JSON", INIT + frame(b'{"jsonrpc": "2.0", "id": 7, "method": ') + alive + SHUTDOWN_EXIT)
    expect_error("invalid JSON", r, None, -32700)
    expect_result("invalid JSON", r, 50)

    r = run(toc, "invalid UTF-8 in JSON", INIT + frame(b'{"jsonrpc":"2.0","id":8,"method":"\xff\xfe"}') + alive + SHUTDOWN_EXIT)
    expect_error("invalid UTF-8 in JSON", r, None, -32700)
    expect_result("invalid UTF-8 in JSON", r, 50)

    r = run(toc, "JSON that is not an object", INIT + frame(b"[1, 2, 3]") + alive + SHUTDOWN_EXIT)
    expect_error("JSON that is not an object", r, None, -32600)

    r = run(toc, "deeply nested JSON", INIT + frame(b"[" * 100000 + b"]" * 100000) + alive + SHUTDOWN_EXIT)
    expect_error("deeply nested JSON", r, None, -32600)
    expect_result("deeply nested JSON", r, 50)

    r = run(toc, "unknown method", INIT + request(2, "textDocument/frobnicate", {}) + alive + SHUTDOWN_EXIT)
    expect_error("unknown method", r, 2, -32601)
    expect_result("unknown method", r, 50)

    r = run(toc, "request before initialize", request(3, "textDocument/hover", {}) + INIT + SHUTDOWN_EXIT)
    expect_error("request before initialize", r, 3, -32002)

    r = run(toc, "request with wrong params", INIT + request(4, "textDocument/definition", {"textDocument": 5}) +
            request(5, "textDocument/rename", {"textDocument": {"uri": uri}, "position": {"line": -1, "character": 0},
                                               "newName": "x"}) + alive + SHUTDOWN_EXIT)
    expect_error("request with wrong params", r, 4, -32602)
    expect_error("request with negative position", r, 5, -32602)
    expect_result("request with wrong params", r, 50)

    r = run(toc, "notification with wrong params",
            INIT + notify("textDocument/didOpen", {"textDocument": {"uri": 42}}) +
            notify("textDocument/didChange", {"textDocument": {"uri": uri}, "contentChanges": "x"}) +
            notify("textDocument/didOpen", {"textDocument": {"uri": "http://example.com/x.toml", "text": ""}}) +
            notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "toml", "version": 1, "text": text}}) +
            alive + SHUTDOWN_EXIT)
    expect_result("notification with wrong params", r, 50)
    if r is not None:
        print("ok: notifications with wrong params are dropped and the server still answers")

    r = run(toc, "garbage bytes", INIT + os.urandom(20000).replace(b"Content-Length", b"") + b"\r\n\r\n" + alive +
            SHUTDOWN_EXIT)
    expect_error("garbage bytes", r, None, -32700)
    expect_result("garbage bytes", r, 50)

    r = run(toc, "huge Content-Length", INIT + b"Content-Length: 99999999999999999999999\r\n\r\n" +
            b"Content-Length: 999999999999\r\n\r\n", expect_status=1)
    if r is not None and len(r["null"]) != 2:
        FAILURES.append("huge Content-Length: expected two errors, got %s" % r["null"])
    elif r is not None:
        print("ok: huge Content-Length -> %s / %s" % (r["null"][0]["error"]["message"], r["null"][1]["error"]["message"]))

    r = run(toc, "EOF mid-message", INIT + b"Content-Length: 100\r\n\r\n{\"jsonrpc\":", expect_status=1)
    expect_result("EOF mid-message", r, 1)
    if r is not None:
        print("ok: EOF in the middle of a message ends the server with status 1")

    r = run(toc, "exit without shutdown", INIT + notify("exit"), expect_status=1)
    r = run(toc, "clean shutdown", INIT + SHUTDOWN_EXIT + request(100, "initialize", {}))
    if r is not None and 100 in r:
        FAILURES.append("clean shutdown: the server read on after 'exit'")

    if FAILURES:
        for failure in FAILURES:
            print("FAIL: " + failure, file=sys.stderr)
        sys.exit(1)
    print("ok: every malformed input got its error and the server kept working")


if __name__ == "__main__":
    main()
