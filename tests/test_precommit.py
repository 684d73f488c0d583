"""The pre-commit hooks, run by the real `pre-commit try-repo` in temporary git repositories.

The first try-repo builds the hook's virtualenv from this checkout (pre-commit
installs scangate with its scanners); PRE_COMMIT_HOME is shared by the module
so that happens once.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import BIN, EXAMPLE, REPO


def pre_commit() -> str:
    exe = shutil.which("pre-commit", path=str(BIN))
    assert exe, "pre-commit is in the test extra"
    return exe


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def pc_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    p = tmp_path / "project"
    p.mkdir()
    git(p, "init", "-q")
    git(p, "config", "user.email", "t@example.com")
    git(p, "config", "user.name", "t")
    (p / "README.md").write_text("project\n")
    git(p, "add", ".")
    git(p, "commit", "-qm", "init")
    return p


def try_repo(
    project: Path, hook: str, files: list[str], pc_home: Path
) -> subprocess.CompletedProcess[str]:
    """The README's snippet: `pre-commit try-repo <scangate checkout> <hook> --files ...`."""
    env = {**os.environ, "PRE_COMMIT_HOME": str(pc_home), "SEMGREP_ENABLE_VERSION_CHECK": "0"}
    return subprocess.run(
        [pre_commit(), "try-repo", str(REPO), hook, "--files", *files],
        cwd=project, env=env, capture_output=True, text=True, timeout=1200, check=False,
    )  # fmt: skip


def test_readme_shows_the_tested_commands() -> None:
    readme = (REPO / "README.md").read_text()
    assert "## Use with pre-commit" in readme
    assert "pre-commit try-repo /path/to/scangate scangate --files handler.py" in readme
    assert "pre-commit try-repo /path/to/scangate scangate-deps --files requirements.txt" in readme


def test_manifest_is_valid() -> None:
    proc = subprocess.run(
        [pre_commit(), "validate-manifest", str(REPO / ".pre-commit-hooks.yaml")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_vulnerable_change_is_blocked(project: Path, pc_home: Path) -> None:
    (project / "handler.py").write_text(
        "import subprocess\n\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n\n\n"
        "def calc(expr):\n    return eval(expr)\n"
    )
    (project / "other.py").write_text("import os\nos.system(input())\n")  # not passed: not scanned
    git(project, "add", "handler.py")
    proc = try_repo(project, "scangate", ["handler.py"], pc_home)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "Failed" in out
    assert "FAIL (exit 1)" in out
    assert "other.py" not in out


def test_clean_change_passes(project: Path, pc_home: Path) -> None:
    (project / "util.py").write_text("def add(a: int, b: int) -> int:\n    return a + b\n")
    git(project, "add", "util.py")
    proc = try_repo(project, "scangate", ["util.py"], pc_home)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert "Passed" in out


def test_deps_hook_blocks_a_vulnerable_pin_offline(project: Path, pc_home: Path) -> None:
    shutil.copytree(EXAMPLE / "osv-db", project / "osv-db")
    (project / "scangate.toml").write_text('osv_db = "osv-db"\nosv_db_max_age_days = 100000\n')
    (project / "requirements.txt").write_text("requests==2.19.1\n")
    git(project, "add", ".")
    proc = try_repo(project, "scangate-deps", ["requirements.txt"], pc_home)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "FAIL (exit 1)" in out
    (project / "requirements.txt").write_text("requests==2.32.3\n")
    proc = try_repo(project, "scangate-deps", ["requirements.txt"], pc_home)
    assert proc.returncode == 0, proc.stdout + proc.stderr
