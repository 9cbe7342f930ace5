"""What the toc serve tests share: a copy of a model in a temporary folder, the server started on
it with --port 0 (its URL read from stderr), raw HTTP requests, and a hash of the folder."""

import hashlib
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time

# Generous: a loaded CI machine may take seconds; nothing here asserts on speed.
WAIT_SECONDS = 60


def folder_hash(folder):
    """Every file's path, size, modification time and content: any write changes it."""
    digest = hashlib.sha256()
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files) + [d + "/" for d in dirs]:
            path = os.path.join(root, name)
            info = os.lstat(path.rstrip("/"))
            digest.update(f"{os.path.relpath(path, folder)}|{info.st_size}|{info.st_mtime_ns}\n".encode())
            if not name.endswith("/"):
                with open(path, "rb") as file:
                    digest.update(hashlib.sha256(file.read()).digest())
    return digest.hexdigest()


class Server:
    """`toc serve --port 0 <copy of model>`; stop() sends SIGINT and returns the exit status."""

    def __init__(self, toc, model, extra=()):
        self.temp = tempfile.mkdtemp(prefix="toc-serve-")
        self.folder = os.path.join(self.temp, os.path.basename(os.path.normpath(model)))
        shutil.copytree(model, self.folder)
        self.process = subprocess.Popen([toc, "serve", "--port", "0", *extra, self.folder],
                                        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        self.lines = []
        self.url_seen = threading.Event()
        self.port = None
        threading.Thread(target=self._read_stderr, daemon=True).start()
        if not self.url_seen.wait(WAIT_SECONDS) or self.port is None:
            self.process.kill()
            raise AssertionError("toc serve printed no URL; stderr:\n" + "".join(self.lines))

    def _read_stderr(self):
        for line in self.process.stderr:
            self.lines.append(line)
            found = re.match(r"toc: serving .* at http://127\.0\.0\.1:(\d+)/ ", line)
            if found:
                self.port = int(found.group(1))
                self.url_seen.set()
        self.url_seen.set()

    @property
    def host(self):
        return f"127.0.0.1:{self.port}"

    def request(self, target, host=None, method="GET", headers=(), body=b"", raw=None, head_only=False):
        """Sends one request on a fresh connection; returns (status, headers text, body), status 0 when
        the server closed the connection without an answer. With `head_only`, stops reading once the
        headers are in (for a stream that would not end)."""
        if raw is None:
            lines = [f"{method} {target} HTTP/1.1"]
            if host != "":
                lines.append(f"Host: {host or self.host}")
            lines += list(headers) + ["Connection: close"]
            if body:
                lines.append(f"Content-Length: {len(body)}")
            raw = ("\r\n".join(lines) + "\r\n\r\n").encode() + body
        with socket.create_connection(("127.0.0.1", self.port), timeout=WAIT_SECONDS) as connection:
            try:
                connection.sendall(raw)
            except (BrokenPipeError, ConnectionResetError):
                pass
            answer = b""
            try:
                while True:
                    chunk = connection.recv(65536)
                    if not chunk:
                        break
                    answer += chunk
                    if head_only and b"\r\n\r\n" in answer:
                        break
            except ConnectionResetError:
                pass
        head, _, content = answer.partition(b"\r\n\r\n")
        found = re.match(rb"HTTP/1\.[01] (\d{3})", head)
        return (int(found.group(1)) if found else 0), head.decode("latin-1"), content

    def generation(self):
        """The generation of the page now served (it goes up with each change of the page)."""
        _, _, body = self.request("/")
        found = re.search(rb'<meta name="toc-generation" content="(\d+)">', body)
        return int(found.group(1)) if found else -1

    def wait_for_page(self, predicate, what, after=-1):
        """Waits (up to WAIT_SECONDS) for a page newer than generation `after` whose text satisfies
        `predicate`; returns it."""
        deadline = time.monotonic() + WAIT_SECONDS
        page = ""
        while time.monotonic() < deadline:
            status, _, body = self.request("/")
            page = body.decode("utf-8", "replace")
            found = re.search(r'<meta name="toc-generation" content="(\d+)">', page)
            if status == 200 and found and int(found.group(1)) > after and predicate(page):
                return page
            time.sleep(0.1)
        raise AssertionError(f"the page never showed {what}; last page starts:\n{page[:2000]}")

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            status = self.process.wait(WAIT_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            status = "killed: it did not stop on SIGINT"
        shutil.rmtree(self.temp, ignore_errors=True)
        return status
