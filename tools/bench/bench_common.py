"""What tools/bench-check and tools/bench-progress share: running a program timed (wall time,
CPU time, peak RSS under GNU time), interleaved rounds on a shared machine, and a description of
the machine; and how the Python peers read a model's files. Standard library only."""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import tempfile
import time
import tomllib
from pathlib import Path


# Peak RSS needs care. On Linux a process's ru_maxrss survives execve and, for
# a child made by fork/vfork/posix_spawn, starts from the *parent's* peak, so
# ru_maxrss from os.wait4 on a child of this (Python) process is never below
# this process's own peak: it is an upper bound, useless for small programs.
# So the peak is taken from GNU time (/usr/bin/time -f %M, Debian package
# "time"), whose children start from its own tiny footprint. Without GNU time
# the wait4 value is reported and flagged as an upper bound; the benchmarks then
# still generate their inputs in a child process so that this process stays small.
# Wall times always come from subprocess.Popen + os.wait4 on direct children.

def find_gnu_time() -> str | None:
    for cand in ("/usr/bin/time", shutil.which("time")):
        if not cand or not os.access(cand, os.X_OK):
            continue
        try:
            p = subprocess.run([cand, "--version"], capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.SubprocessError):
            continue
        if "GNU" in p.stdout + p.stderr:
            return cand
    return None


def run_timed(argv: list[str]) -> tuple[int, float, int, float]:
    """Runs argv with its output discarded; returns (exit status, wall seconds,
    ru_maxrss in KiB from wait4, CPU seconds: user + system)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, rusage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)  # keep Popen from reaping again
    return proc.returncode, elapsed, rusage.ru_maxrss, rusage.ru_utime + rusage.ru_stime


def run_checked(argv: list[str], gnu_time: str | None) -> tuple[int, str, str, int | None]:
    """Runs argv once with its output captured (under GNU time when there is
    one); returns (exit status, stdout, stderr, peak RSS KiB or None)."""
    if not gnu_time:
        p = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True,
                           text=True, errors="replace")
        return p.returncode, p.stdout, p.stderr, None
    with tempfile.NamedTemporaryFile("r", prefix="bench-rss-", suffix=".txt") as rss:
        p = subprocess.run([gnu_time, "-f", "%M", "-o", rss.name, "--"] + argv,
                           stdin=subprocess.DEVNULL, capture_output=True, text=True,
                           errors="replace")
        # GNU time writes "Command exited with non-zero status N" first if so.
        lines = [l for l in rss.read().splitlines() if l.strip()]
    peak = int(lines[-1]) if lines and lines[-1].strip().isdigit() else None
    return p.returncode, p.stdout, p.stderr, peak


def benchmark(programs: list[list[str]], repeat: int, gnu_time: str | None) -> list[dict]:
    """For each program: one checked run (output captured, peak RSS). Then `repeat`
    rounds that time each program once, interleaved, so a slow spell on a shared
    machine hits all of them alike instead of one block of runs."""
    results = []
    for argv in programs:
        code, out, err, peak = run_checked(argv, gnu_time)
        results.append({"exit": code, "stdout": out, "stderr": err, "peak": peak,
                        "codes": [], "times": [], "cpu": [], "maxrss": []})
    if any(r["exit"] != 0 for r in results):
        return results
    for _ in range(repeat):
        for argv, r in zip(programs, results):
            c, t, kib, cpu = run_timed(argv)
            r["codes"].append(c)
            r["times"].append(t)
            r["cpu"].append(cpu)
            r["maxrss"].append(kib)
    for r in results:
        bad = [c for c in r["codes"] if c != 0]
        r.update({
            "exit": bad[0] if bad else 0,
            "best_s": min(r["times"]),
            "times_s": r["times"],
            "best_cpu_s": min(r["cpu"]),
            "peak_kib": r["peak"] if r["peak"] is not None else max(r["maxrss"]),
        })
    return results


def head(text: str, n: int = 20) -> str:
    lines = text.splitlines()
    more = f"\n    ... ({len(lines) - n} more lines)" if len(lines) > n else ""
    return "\n".join("    " + l for l in lines[:n]) + more


def machine() -> dict:
    cpu = platform.processor()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    u = platform.uname()
    return {"cpu": cpu or u.machine, "cpu_count": os.cpu_count(),
            "system": u.system, "release": u.release, "machine": u.machine,
            "node": u.node, "python": platform.python_version()}


def load_average() -> str:
    """The 1, 5 and 15 minute load averages ("" if unknown)."""
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return ""


# ---------------------------------------------------------------------------
# The Python peers (tools/bench/peer_*.py): a model's files
# ---------------------------------------------------------------------------

def as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def load(root: Path) -> list[dict]:
    """The root's document and every included one, each file once."""
    documents, seen, pending = [], set(), [root.resolve()]
    while pending:
        path = pending.pop()
        if path in seen:
            continue
        seen.add(path)
        with open(path, "rb") as f:
            document = tomllib.load(f)
        documents.append(document)
        for pattern in as_list(document.get("strategy", {}).get("include")):
            pending.extend(sorted(path.parent.glob(pattern)))
    return documents
