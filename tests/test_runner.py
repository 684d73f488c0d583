"""The runner: timeouts and interrupts kill the whole process group; output is capped.

The hanging and flooding scanners here are FAULT INJECTION fakes
(tests/fakes/fake_scanner.py); the interrupt test also runs the real semgrep.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import FAKE, REPO, fake_command, runs_by_name, scangate_json, toml_list, write_config
from scangate.runner import ProcessResult, run_process


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is dead for our purpose.
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def wait_for_pids(pidfile: Path, n: int, timeout: float = 60) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pidfile.exists():
            pids = [int(x) for x in pidfile.read_text().split()]
            if len(pids) >= n:
                return pids
        time.sleep(0.1)
    raise AssertionError("the fake scanner never started")


def procs_mentioning(text: str) -> list[str]:
    """Command lines of live processes whose argv mentions `text`."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as fh:
                cmd = fh.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if text in cmd and alive(int(entry)):
            found.append(f"{entry}: {cmd[:200]}")
    return found


def test_timeout_kills_scanner_and_its_children(tmp_path: Path) -> None:
    pidfile = tmp_path / "pids"
    argv = [sys.executable, str(FAKE), "hang", "bandit"]
    res = run_process(argv, timeout=2, env={"FAKE_PIDFILE": str(pidfile)})
    assert res.timed_out
    pids = [int(x) for x in pidfile.read_text().split()]
    assert len(pids) == 2
    time.sleep(0.2)
    assert not any(alive(p) for p in pids), "a hung scanner or its child survived the timeout"


def test_output_cap_marks_truncation(tmp_path: Path) -> None:
    argv = [sys.executable, str(FAKE), "flood", "bandit"]
    res = run_process(
        argv, timeout=60, env={"FAKE_FLOOD_BYTES": str(5_000_000)}, output_cap=100_000
    )
    assert res.returncode == 0
    assert res.stdout_truncated
    assert len(res.stdout) == 100_000


def test_missing_executable_is_a_start_error() -> None:
    res: ProcessResult = run_process(["/nonexistent/scanner"], timeout=5)
    assert res.returncode is None
    assert res.start_error == "executable not found: /nonexistent/scanner"


def _interrupt_run(tmp_path: Path, sig: signal.Signals) -> None:
    proj = tmp_path / "proj"
    proj.mkdir()
    (proj / "a.py").write_text("import os\nos.system(input())\n")
    pidfile = tmp_path / "pids"
    write_config(
        proj,
        f"[scanners.bandit]\ncommand = {toml_list(fake_command('hang', 'bandit'))}\n",
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "scangate", "run", "--trust-config", "-s", "semgrep,bandit", "."],
        cwd=proj,
        env={**os.environ, "FAKE_PIDFILE": str(pidfile)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    fake_pids = wait_for_pids(pidfile, 2)
    deadline = time.monotonic() + 60
    while not procs_mentioning(str(proj)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert any("semgrep" in p for p in procs_mentioning(str(proj))), "semgrep never started"
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err
    assert "Traceback" not in err
    time.sleep(0.3)
    assert not any(alive(p) for p in fake_pids), "the fake scanner or its child survived"
    left = procs_mentioning(str(proj))
    assert not left, f"scanner processes left behind: {left}"


@pytest.mark.slow
def test_ctrl_c_leaves_no_scanner_process(tmp_path: Path) -> None:
    _interrupt_run(tmp_path, signal.SIGINT)


@pytest.mark.slow
def test_sigterm_leaves_no_scanner_process(tmp_path: Path) -> None:
    _interrupt_run(tmp_path, signal.SIGTERM)


@pytest.mark.slow
def test_scanner_timeout_is_reported_and_others_still_decide(tmp_path: Path) -> None:
    proj = tmp_path / "proj"
    proj.mkdir()
    (proj / "a.py").write_text("import os\nos.system(input())\n")
    write_config(
        proj,
        f"[scanners.bandit]\ncommand = {toml_list(fake_command('hang', 'bandit'))}\ntimeout = 3\n",
    )
    start = time.monotonic()
    code, report, err = scangate_json("--trust-config", "-s", "semgrep,bandit", ".", cwd=proj)
    assert time.monotonic() - start < 120
    runs = runs_by_name(report)
    assert runs["bandit"]["status"] == "timeout"
    assert "timed out" in runs["bandit"]["message"]
    assert runs["semgrep"]["status"] == "ok"
    assert code == 1  # semgrep's finding is real: FAIL, whatever else timed out
    assert any("bandit timed out" in w for w in report["warnings"])


assert REPO.is_dir()
