#!/usr/bin/env python3
"""Runs tests/lsp/nvim_check.lua: headless Neovim 0.7 with its built-in LSP client attached to
`toc lsp`, on a copy of models/llr-trauma-informed in a temporary folder. Afterwards the renamed
copy must still check without errors. Usage: nvim_check.py <toc binary> <model folder>"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    toc, source = os.path.abspath(sys.argv[1]), sys.argv[2]
    with tempfile.TemporaryDirectory(prefix="toc-nvim-") as temp:
        model = os.path.join(temp, os.path.basename(os.path.normpath(source)))
        shutil.copytree(source, model)
        check = subprocess.run([toc, "check", model, "--format", "json"], capture_output=True, text=True)
        expected = json.loads(check.stdout)
        expected = expected.get("diagnostics", expected) if isinstance(expected, dict) else expected
        env = dict(os.environ, TOC_BIN=toc, MODEL_DIR=model, EXPECTED_DIAGNOSTICS=str(len(expected)),
                   HOME=temp, XDG_CONFIG_HOME=temp, XDG_DATA_HOME=temp, XDG_STATE_HOME=temp)
        try:
            run = subprocess.run(["nvim", "--headless", "-u", "NONE", "-i", "NONE", "-n",
                                  "-c", "luafile " + os.path.join(HERE, "nvim_check.lua")],
                                 env=env, capture_output=True, text=True, timeout=240, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            sys.exit("nvim_check: FAIL: Neovim did not finish within 240 s")
        sys.stdout.write(run.stdout)
        sys.stderr.write(run.stderr)
        if run.returncode != 0:
            sys.exit("nvim_check: FAIL: nvim exited with %d" % run.returncode)
        if "ok: rename changed" not in run.stdout + run.stderr:
            sys.exit("nvim_check: FAIL: the Neovim script did not get to its end")
        after = subprocess.run([toc, "check", model], capture_output=True, text=True)
        if after.returncode != 0:
            sys.exit("nvim_check: FAIL: the renamed model does not check:\n" + after.stdout + after.stderr)
        print("ok: the renamed model checks without errors")


if __name__ == "__main__":
    main()
