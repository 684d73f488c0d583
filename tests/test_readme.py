"""Every command the README shows is run by a test.

The `sh` blocks of README.md are read here. The `scangate` commands run for real,
as written, in a copy of the bundled example made into a git repository (its
OSV database configured, since PyPI's service is not reachable offline); the
rest (./dev, pip, pre-commit, a download from OSV's bucket) are run by the test
this file names, whose source must contain the command's words.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import EXAMPLE, REPO

README = (REPO / "README.md").read_text()

# Commands run elsewhere: the test that runs them, and words its source must hold.
ELSEWHERE = {
    "./dev example": ("tests/test_readme.py", "test_dev_example_is_command_1", ["example"]),
    "./dev test": (".ci/run", None, ["./dev test"]),
    # action.yml's install step, which tests/test_action.py runs: pip install <checkout>.
    "pip install .": ("action.yml", None, ["-m pip install", "$GITHUB_ACTION_PATH"]),
    "pre-commit try-repo /path/to/scangate scangate --files handler.py": (
        "tests/test_precommit.py", "test_vulnerable_change_is_blocked", ["try_repo", "handler.py"],
    ),
    "pre-commit try-repo /path/to/scangate scangate-deps --files requirements.txt": (
        "tests/test_precommit.py",
        "test_deps_hook_blocks_a_vulnerable_pin_offline",
        ["try_repo", "scangate-deps", "requirements.txt"],
    ),
    "scangate run examples/vulnerable-app --osv-db examples/vulnerable-app/osv-db --drill": (
        "tests/test_readme.py", "test_readme_shows_the_examples_real_drill", ["--drill"],
    ),
    "scangate db update osv-pypi.zip": (
        "tests/test_osv.py", "test_db_update_downloads_checks_and_replaces", ['"db", "update"'],
    ),
}  # fmt: skip


def readme_commands() -> list[str]:
    out = []
    for lang, body in re.findall(r"```(\w*)\n(.*?)```", README, re.S):
        if lang not in ("sh", "bash", "shell"):
            continue
        for line in body.splitlines():
            line = re.split(r"\s+#\s", line)[0].strip()
            if line and not line.startswith("#"):
                out.append(line)
    return out


def test_every_readme_command_is_run_by_a_test() -> None:
    commands = readme_commands()
    assert len(commands) >= 10
    for cmd in commands:
        if cmd.startswith(("scangate ", "python -m scangate ")) and cmd not in ELSEWHERE:
            assert cmd in RUN_HERE, f"README command not run by test_readme_commands_run: {cmd}"
            continue
        assert cmd in ELSEWHERE, f"README command run by no test: {cmd}"
        where, func, words = ELSEWHERE[cmd]
        source = (REPO / where).read_text()
        if func is not None:
            assert re.search(rf"^def {func}\(", source, re.M), (where, func)
            body = source.split(f"def {func}(", 1)[1].split("\ndef ", 1)[0]
        else:
            body = source
        for w in words:
            assert w in body, (cmd, where, w)


# The scangate commands, in the order the README shows them, with the exit codes they
# give in the sandbox (the example: FAIL; after a baseline, nothing new: PASS).
RUN_HERE = {
    "scangate run examples/vulnerable-app --osv-db examples/vulnerable-app/osv-db "
    "--output scangate.sarif": 1,
    "scangate run .": 1,
    "python -m scangate run .": 1,
    "scangate baseline . -o scangate-baseline.sarif": 0,
    "scangate run . --baseline scangate-baseline.sarif": 0,
    "scangate run . --diff-base origin/main": 1,
    "scangate run . --shard 1/4 -o shard-1.sarif": 1,
    "scangate merge shard-*.sarif --gate --output scangate.sarif": 1,
    "scangate db info osv-pypi.zip": 0,
    "scangate run . --osv-db osv-pypi.zip": 1,
    "scangate run . --drill --json-output drill.json": 1,
    "scangate run . --drill-fail semgrep --expect-drill drill.json": 1,
}


@pytest.fixture
def sandbox(tmp_path: Path) -> Path:
    """The example in a git repository, with origin/main one commit back, its OSV
    database in the config and as OSV's zip, and a cache of its own."""
    root = tmp_path / "repo"
    shutil.copytree(EXAMPLE, root / "examples" / "vulnerable-app")
    app = root / "examples" / "vulnerable-app"
    (app / "scangate.toml").write_text('osv_db = "osv-db"\nosv_db_max_age_days = 100000\n')
    with zipfile.ZipFile(app / "osv-pypi.zip", "w") as z:
        for rec in sorted((app / "osv-db").glob("*.json")):
            z.write(rec, f"PyPI/{rec.name}")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q"], cwd=root, check=True)
    subprocess.run([*git, "add", "."], cwd=root, check=True)
    subprocess.run([*git, "commit", "-qm", "one"], cwd=root, check=True)
    subprocess.run(["git", "update-ref", "refs/remotes/origin/main", "HEAD"], cwd=root, check=True)
    (app / "late.py").write_text("import os\n\n\ndef run():\n    os.system(input())\n")
    return root


def _run(cmd: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    words = shlex.split(cmd)
    if words[0] == "scangate":
        words[0] = str(Path(sys.executable).parent / "scangate")
    elif words[:3] == ["python", "-m", "scangate"]:
        words[0] = sys.executable
    expanded: list[str] = []
    for w in words:  # the shell's glob
        expanded += sorted(p.name for p in cwd.glob(w)) if "*" in w else [w]
    return subprocess.run(
        expanded, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )


@pytest.mark.slow
def test_readme_commands_run(sandbox: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SCANGATE_NO_CACHE"}
    env["XDG_CACHE_HOME"] = str(tmp_path / "xdg")
    app = sandbox / "examples" / "vulnerable-app"
    shown = readme_commands()
    for cmd, code in RUN_HERE.items():
        assert cmd in shown, f"no longer in the README: {cmd}"
        cwd = sandbox if "examples/" in cmd else app
        if "--shard 1/4" in cmd:  # "... one CI job per shard": all four, as the README says
            for k in (2, 3, 4):
                other = _run(cmd.replace("1/4", f"{k}/4").replace("-1.", f"-{k}."), cwd, env)
                assert other.returncode in (0, 1), other.stderr
        proc = _run(cmd, cwd, env)
        assert proc.returncode == code, (cmd, proc.returncode, proc.stdout[-2000:], proc.stderr)
        assert "Traceback" not in proc.stderr, cmd
    merged = json.loads((app / "scangate.sarif").read_text())
    assert merged["properties"]["scangate/verdict"] == "FAIL"


def test_dev_example_is_command_1() -> None:
    """`./dev example` runs exactly README command 1 (with its SARIF file), in .venv."""
    dev = (REPO / "dev").read_text()
    block = dev.split("example)", 1)[1].split(";;", 1)[0]
    assert '"$VENV/bin/scangate" run examples/vulnerable-app' in block
    assert "--osv-db examples/vulnerable-app/osv-db --output scangate.sarif" in block
    assert "./dev example" in README and "./dev test" in (REPO / ".ci" / "run").read_text()


@pytest.mark.slow
def test_readme_shows_the_examples_real_drill(tmp_path: Path) -> None:
    """The redundancy and drill lines the README shows are what the command prints on
    the bundled example, word for word."""
    shutil.copytree(EXAMPLE, tmp_path / "examples" / "vulnerable-app")
    cmd = "scangate run examples/vulnerable-app --osv-db examples/vulnerable-app/osv-db --drill"
    assert cmd in readme_commands()
    env = {**os.environ, "SCANGATE_NO_CACHE": "1"}
    proc = _run(cmd, tmp_path, env)
    assert proc.returncode == 1, proc.stderr
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith(("redundancy:", "drill:"))]
    assert len(lines) == 4, proc.stdout  # the map, and semgrep, bandit, pip-audit failing
    shown = README.split("## Testing your failover", 1)[1].split("```text\n", 1)[1]
    shown = shown.split("```", 1)[0]
    assert shown.splitlines() == lines
