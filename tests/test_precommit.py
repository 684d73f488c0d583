"""The pre-commit hooks, run by the real `pre-commit` in temporary git repositories.

Two ways, as users meet them:
- `pre-commit try-repo <checkout>`, the README's commands. try-repo keeps its
  store in a temporary folder, so each call builds the hook's virtualenv again
  (pip installs scangate with its scanners, about 45 s): it runs twice.
- `.pre-commit-config.yaml` pointing at a commit, `pre-commit install`, then
  `git commit`. The store (PRE_COMMIT_HOME) is shared by the module, so the
  virtualenv is built once for those tests.
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


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """This checkout as it is on disk (uncommitted edits too), committed in a new git
    repository: the `repo` and `rev` a .pre-commit-config.yaml names."""
    snap = tmp_path_factory.mktemp("scangate-hook-repo")
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO, capture_output=True, check=True,
    ).stdout.decode().split("\0")  # fmt: skip
    for name in filter(None, listed):
        src = REPO / name
        if src.is_file():  # deleted but not yet committed: skip
            (snap / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, snap / name)
    git(snap, "init", "-q")
    git(snap, "add", ".")
    git(snap, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "snapshot")
    rev = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=snap, capture_output=True, text=True, check=True
    ).stdout.strip()
    return snap, rev


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
    return subprocess.run(
        [pre_commit(), "try-repo", str(REPO), hook, "--files", *files],
        cwd=project, env=pc_env(pc_home), capture_output=True, text=True, timeout=1200,
        check=False,
    )  # fmt: skip


def pc_env(pc_home: Path) -> dict[str, str]:
    return {**os.environ, "PRE_COMMIT_HOME": str(pc_home), "SEMGREP_ENABLE_VERSION_CHECK": "0"}


def use_hooks(project: Path, hook_repo: tuple[Path, str]) -> None:
    """The README's .pre-commit-config.yaml, naming the snapshot commit."""
    repo, rev = hook_repo
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo}\n    rev: {rev}\n    hooks:\n"
        "      - id: scangate\n      - id: scangate-deps\n"
    )
    git(project, "add", ".pre-commit-config.yaml")


def commits(project: Path) -> int:
    out = subprocess.run(
        ["git", "rev-list", "--count", "HEAD"], cwd=project, capture_output=True, text=True,
        check=True,
    )  # fmt: skip
    return int(out.stdout)


def test_readme_shows_the_tested_commands() -> None:
    readme = (REPO / "README.md").read_text()
    assert "## Use with pre-commit" in readme
    assert "pre-commit try-repo /path/to/scangate scangate --files handler.py" in readme
    assert "pre-commit try-repo /path/to/scangate scangate-deps --files requirements.txt" in readme


@pytest.mark.slow
def test_manifest_is_valid() -> None:
    proc = subprocess.run(
        [pre_commit(), "validate-manifest", str(REPO / ".pre-commit-hooks.yaml")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.slow
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


@pytest.mark.slow
def test_installed_hook_blocks_a_commit_and_lets_the_fix_through(
    project: Path, pc_home: Path, hook_repo: tuple[Path, str]
) -> None:
    """The everyday path: `pre-commit install`, then `git commit` runs the hook."""
    use_hooks(project, hook_repo)
    env = pc_env(pc_home)
    subprocess.run([pre_commit(), "install"], cwd=project, env=env, check=True, capture_output=True)
    before = commits(project)

    (project / "handler.py").write_text(
        "import subprocess\n\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n"
    )
    git(project, "add", "handler.py")
    commit = ["git", "commit", "-qm", "add handler"]
    proc = subprocess.run(
        commit, cwd=project, env=env, capture_output=True, text=True, timeout=1200, check=False
    )  # fmt: skip
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0, out
    assert "FAIL (exit 1)" in out
    assert commits(project) == before, "the blocked commit was made"

    (project / "handler.py").write_text("def run(cmd: list[str]) -> int:\n    return len(cmd)\n")
    git(project, "add", "handler.py")
    proc = subprocess.run(
        commit, cwd=project, env=env, capture_output=True, text=True, timeout=1200, check=False
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert commits(project) == before + 1


@pytest.mark.slow
def test_deps_hook_blocks_a_vulnerable_pin_offline(
    project: Path, pc_home: Path, hook_repo: tuple[Path, str]
) -> None:
    shutil.copytree(EXAMPLE / "osv-db", project / "osv-db")
    (project / "scangate.toml").write_text('osv_db = "osv-db"\nosv_db_max_age_days = 100000\n')
    (project / "requirements.txt").write_text("requests==2.19.1\n")
    git(project, "add", ".")
    proc = try_repo(project, "scangate-deps", ["requirements.txt"], pc_home)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "FAIL (exit 1)" in out
    # The fixed pin, through a .pre-commit-config.yaml: its store is the module's.
    use_hooks(project, hook_repo)
    (project / "requirements.txt").write_text("requests==2.32.3\n")
    git(project, "add", "requirements.txt")
    proc = subprocess.run(
        [pre_commit(), "run", "scangate-deps", "--files", "requirements.txt"],
        cwd=project, env=pc_env(pc_home), capture_output=True, text=True, timeout=1200,
        check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Passed" in proc.stdout


@pytest.mark.slow
def test_hook_args_are_options_not_files(
    project: Path, pc_home: Path, hook_repo: tuple[Path, str]
) -> None:
    """`args: [--no-cache, -s, semgrep]` in .pre-commit-config.yaml reach scangate as
    options (the entry once ended in `--`, which made them file names: exit 2)."""
    repo, rev = hook_repo
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo}\n    rev: {rev}\n    hooks:\n"
        "      - id: scangate\n        args: [--no-cache, -s, semgrep]\n"
    )
    (project / "handler.py").write_text("import os\n\n\ndef run():\n    os.system(input())\n")
    git(project, "add", ".")
    proc = subprocess.run(
        [pre_commit(), "run", "scangate", "--files", "handler.py"],
        cwd=project, env=pc_env(pc_home), capture_output=True, text=True, timeout=1200,
        check=False,
    )  # fmt: skip
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "FAIL (exit 1)" in out
    assert "1 needed: semgrep)" in out  # only semgrep ran: -s took effect
    assert "bandit" not in out
    assert "path does not exist" not in out
