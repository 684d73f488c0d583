#!/usr/bin/env python3
"""FAULT INJECTION ONLY: a fake scanner that wraps a real one and breaks it on purpose.

Usage (as a scanner `command` in a scangate config):
    python fake_scanner.py MODE REAL_EXECUTABLE [real args appended by scangate...]

Modes:
  crash      die by SIGSEGV before printing anything (exit 139 in a shell)
  hang       start a child, write both PIDs to $FAKE_PIDFILE, then sleep forever
  garbage    print text that is not JSON, exit 0
  truncate   run the real scanner, print only the first half of its output, exit 0
  flood      print $FAKE_FLOOD_BYTES bytes of JSON-looking garbage, exit 0
  passthru   run the real scanner unchanged (exit code too)
  zero       run the real scanner, then remove every trace of examined files
  skipsome   run the real scanner, then drop the first file from what it examined
             (pip-audit: mark its first dependency skipped, or only $FAKE_SKIP_DEP if set)
  exit1      run the real scanner, exit 1 with its valid output (bandit's normal "found")
  exit2nojson  print a traceback on stderr, nothing on stdout, exit 2
  exit2json  semgrep: run the real one, add an error-level entry naming $FAKE_SKIP_FILE
             and exit 2 with that (valid) output, as semgrep does when one target fails
  empty      print a clean empty result ("[]" for ruff) without running anything
  setsid     start a grandchild in a new session (setsid) that keeps stdout open and
             sleeps, write its PID to $FAKE_PIDFILE, then run the real scanner
Every mode except crash/garbage/flood/hang runs the real scanner, so findings are real.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time


def real(argv: list[str]) -> tuple[int, str, str]:
    p = subprocess.run(argv, capture_output=True, text=True, check=False)
    return p.returncode, p.stdout, p.stderr


def _skip(paths: list[str], drop_first_only: bool) -> set[str]:
    """Files to hide: all; or $FAKE_SKIP_FILE (a basename) if set; else the first one.

    scangate may split a scanner's files over several processes, so "the first
    file" of each process would hide more than one file: tests name the file.
    """
    if not drop_first_only:
        return set(paths)
    only = os.environ.get("FAKE_SKIP_FILE")
    if only:
        return {p for p in paths if os.path.basename(p) == only}
    return set(sorted(paths)[:1])


def mangle_zero(tool: str, out: str, drop_first_only: bool) -> str:
    data = json.loads(out)
    if tool.endswith("semgrep"):
        scanned = sorted(data["paths"]["scanned"])
        dropped = _skip(scanned, drop_first_only)
        data["paths"]["scanned"] = [p for p in scanned if p not in dropped]
        data["results"] = [r for r in data["results"] if r["path"] not in dropped]
    elif tool.endswith("bandit"):
        files = sorted(k for k in data["metrics"] if k != "_totals")
        dropped = _skip(files, drop_first_only)
        data["metrics"] = {k: v for k, v in data["metrics"].items() if k not in dropped}
        data["results"] = [r for r in data["results"] if r["filename"] not in dropped]
    elif tool.endswith("pip-audit"):
        deps = data["dependencies"]
        only = os.environ.get("FAKE_SKIP_DEP") if drop_first_only else None
        for i, d in enumerate(deps):
            if (d["name"].lower() == only.lower()) if only else (not drop_first_only or i == 0):
                deps[i] = {"name": d["name"], "skip_reason": "fake: could not be audited"}
    elif tool.endswith("ruff"):
        # ruff has no list of examined files: "skipping" shows as lint failures.
        # (scangate's canary file stays: this fake skips files, its rules still run.)
        paths = [
            a for a in sys.argv[3:] if a.startswith("/") and a.endswith(".py") and "canary" not in a
        ]
        hidden = _skip(paths, drop_first_only)
        for p in sorted(hidden):
            sys.stderr.write(f"warning: Failed to lint {p}: fake skipped it\n")
        data = [d for d in data if d["filename"] not in hidden]
    return json.dumps(data)


def main() -> int:
    mode, tool, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    if mode == "crash":
        os.kill(os.getpid(), signal.SIGSEGV)
    if mode == "hang":
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(3600)"])
        pidfile = os.environ.get("FAKE_PIDFILE")
        if pidfile:
            with open(pidfile, "a") as fh:
                fh.write(f"{os.getpid()}\n{child.pid}\n")
        time.sleep(3600)
        return 0
    if mode == "garbage":
        print("Everything is fine! No issues found.")
        return 0
    if mode == "flood":
        n = int(os.environ.get("FAKE_FLOOD_BYTES", str(80 * 1024 * 1024)))
        chunk = '{"results": [' + " " * 65500
        written = 0
        while written < n:
            sys.stdout.write(chunk)
            written += len(chunk)
        return 0
    if mode == "exit2nojson":
        sys.stderr.write("Traceback (most recent call last):\n  RuntimeError: boom\n")
        return 2
    if mode == "empty":
        print("[]" if tool.endswith("ruff") else '{"results": [], "errors": []}')
        return 0
    if mode == "setsid":
        child = subprocess.Popen(
            [sys.executable, "-c", "import time; time.sleep(120)"], start_new_session=True
        )
        pidfile = os.environ.get("FAKE_PIDFILE")
        if pidfile:
            with open(pidfile, "a") as fh:
                fh.write(f"{child.pid}\n")
    code, out, err = real([tool, *args])
    sys.stderr.write(err)
    if mode in ("passthru", "setsid"):
        sys.stdout.write(out)
        return code
    if mode == "exit2json":
        data = json.loads(out)
        name = os.environ.get("FAKE_SKIP_FILE", "")
        for path in data["paths"]["scanned"]:
            if os.path.basename(path) == name:
                data["errors"].append(
                    {"code": 2, "level": "error", "type": "SemgrepError", "path": path,
                     "message": f"fake: could not finish {name}"}
                )  # fmt: skip
        sys.stdout.write(json.dumps(data))
        return 2
    if mode == "truncate":
        sys.stdout.write(out[: len(out) // 2])
        return 0
    if mode in ("zero", "skipsome"):
        sys.stdout.write(mangle_zero(tool, out, drop_first_only=(mode == "skipsome")))
        return 0 if not tool.endswith("ruff") else code
    if mode == "exit1":
        sys.stdout.write(out)
        return 1
    raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    sys.exit(main())
