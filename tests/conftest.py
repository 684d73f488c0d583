"""Shared helpers: run the real `scangate` CLI, fixture projects, fake scanner configs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

# Tests exercise the scanners: the result cache is off unless a test turns it on
# (tests/test_cache.py), so a cached result never hides what a scanner does.
os.environ["SCANGATE_NO_CACHE"] = "1"

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
FAKE = REPO / "tests" / "fakes" / "fake_scanner.py"
EXAMPLE = REPO / "examples" / "vulnerable-app"
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    """The real scanner executable installed next to this interpreter."""
    path = shutil.which(name, path=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    assert path, f"{name} is not installed in the test environment"
    return path


def scangate(
    *args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "scangate", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def scangate_json(*args: str, cwd: Path, **kw: Any) -> tuple[int, dict[str, Any], str]:
    proc = scangate("run", "--format", "json", *args, cwd=cwd, **kw)
    try:
        data = json.loads(proc.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"no JSON report (exit {proc.returncode}); stderr:\n{proc.stderr}")
    return proc.returncode, data, proc.stderr


def fake_command(mode: str, real: str) -> list[str]:
    """FAULT INJECTION: a scanner command that wraps the real scanner and breaks it."""
    return [sys.executable, str(FAKE), mode, tool(real)]


def write_config(path: Path, body: str) -> Path:
    cfg = path / "scangate.toml"
    cfg.write_text(body, encoding="utf-8")
    return cfg


def toml_list(items: list[str]) -> str:
    return "[" + ", ".join(json.dumps(i) for i in items) + "]"


def runs_by_name(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["scanner"]: r for r in report["scanners"]}


@pytest.fixture
def small(tmp_path: Path) -> Path:
    """A copy of tests/fixtures/small: a vulnerable app.py, a clean.py, requirements.txt."""
    dest = tmp_path / "proj"
    shutil.copytree(FIXTURES / "small", dest)
    return dest
