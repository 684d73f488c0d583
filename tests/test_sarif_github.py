"""SARIF fit for GitHub: Microsoft's SARIF multitool with GitHub's ingestion rules
(`validate --rule-kind "Sarif;Gh"`) reports no error on our SARIF for the example
and for the Django 5.2 sources, and GitHub's size limits are kept.

The multitool is installed by ./dev (npm) under .venv/npm, or named by
$SCANGATE_SARIF_MULTITOOL. Django's sources come from $SCANGATE_DJANGO_SRC or
`pip download django==5.2` (PyPI).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLE, REPO, scangate
from scangate.model import (
    Category,
    Coverage,
    Finding,
    Location,
    Role,
    Rule,
    RunStatus,
    ScannerRun,
    Severity,
    ToolInfo,
    Verdict,
)
from scangate.report.sarif import write as sarif
from scangate.result import Decision, ScanResult

MULTITOOL = Path(
    os.environ.get(
        "SCANGATE_SARIF_MULTITOOL",
        REPO / ".venv/npm/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool",
    )
)


def multitool_errors(sarif_file: Path, tmp_path: Path) -> list[str]:
    if not MULTITOOL.is_file():
        pytest.skip(f"SARIF multitool not installed at {MULTITOOL} (./dev installs it with npm)")
    out = tmp_path / "validation.sarif"
    proc = subprocess.run(
        [str(MULTITOOL), "validate", str(sarif_file), "-o", str(out), "--rule-kind", "Sarif;Gh"],
        capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT": "1"},
    )  # fmt: skip
    assert out.exists(), proc.stdout + proc.stderr
    doc = json.loads(out.read_text())
    return [
        f"{r['ruleId']}: {r['message'].get('text') or r['message'].get('arguments')}"
        for run in doc["runs"]
        for r in run.get("results", [])
        if r.get("level") == "error"
    ]


@pytest.mark.slow
def test_example_sarif_has_no_github_errors(tmp_path: Path) -> None:
    out = tmp_path / "example.sarif"
    proc = scangate(
        "run", str(EXAMPLE), "--osv-db", str(EXAMPLE / "osv-db"), "-q", "--output", str(out),
        cwd=REPO,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    assert multitool_errors(out, tmp_path) == []


@pytest.fixture(scope="module")
def django_src(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("SCANGATE_DJANGO_SRC")
    if given:
        return Path(given)
    dest = tmp_path_factory.mktemp("django")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "download", "django==5.2", "--no-deps", "--no-binary",
         ":all:", "-q", "-d", str(dest)],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    archives = list(dest.glob("*.tar.gz"))
    if proc.returncode != 0 or not archives:
        pytest.skip(f"cannot download Django 5.2 from PyPI: {proc.stderr.strip()[-300:]}")
    with tarfile.open(archives[0]) as tf:
        tf.extractall(dest, filter="data")
    return next(p for p in dest.glob("[Dd]jango-5.2*") if p.is_dir()) / "django"


@pytest.mark.slow
def test_django_sarif_has_no_github_errors(django_src: Path, tmp_path: Path) -> None:
    """semgrep runs four of our rule files here, to keep the suite's time: SARIF shape
    does not depend on which rules fired, and bandit's 284 findings fill the log."""
    out = tmp_path / "django.sarif"
    rules = [str(REPO / "rules" / f"{n}.yaml") for n in
             ("command-injection", "sql-injection", "code-injection", "unsafe-deserialization")]  # fmt: skip
    (tmp_path / "scangate.toml").write_text(f"[scanners.semgrep]\nrules = {json.dumps(rules)}\n")
    proc = scangate(
        "run", str(django_src), "--scanners", "semgrep,bandit", "-q", "--output", str(out),
        "--config", str(tmp_path / "scangate.toml"), cwd=django_src.parent,
    )  # fmt: skip
    assert proc.returncode in (0, 1, 3), proc.stderr
    doc = json.loads(out.read_text())
    assert sarif.validate(doc) == []
    assert sum(len(r.get("results", [])) for r in doc["runs"]) > 100
    assert multitool_errors(out, tmp_path) == []


def _synthetic(n: int) -> ScanResult:
    rule = Rule("R1", "r1", "short", "full", "help", cwes=(78,), severity=Severity.LOW)
    hot = Rule("R2", "r2", "short", "full", "help", cwes=(78,), severity=Severity.CRITICAL)
    findings = tuple(
        Finding("fake", Category.SAST, "R2" if i == n - 1 else "R1", f"m{i}",
                Severity.CRITICAL if i == n - 1 else Severity.LOW,
                Location(f"f{i % 50}.py", i + 1, i + 1), fingerprint=f"{i:032x}")
        for i in range(n)
    )  # fmt: skip
    run = ScannerRun(
        "fake", Category.SAST, Role.PRIMARY, RunStatus.OK, ToolInfo("fake", "1.0"),
        Coverage(("f.py",), ("f.py",), ()), findings, (rule, hot),
    )  # fmt: skip
    decision = Decision(Verdict.PASS, ("ok",), ())
    return ScanResult("/src", (run,), decision, {Category.SAST: ("f.py",)}, 0.0, 0.0)


def test_result_overflow_keeps_the_most_severe_and_says_so() -> None:
    doc: Any = json.loads(sarif.render(_synthetic(30), max_results=10))
    run = doc["runs"][0]
    assert len(run["results"]) == 10
    assert run["results"][0]["ruleId"] == "R2"  # the critical one survived the cut
    inv = run["invocations"][0]
    assert inv["properties"]["scangate/droppedResults"] == 20
    assert (
        "20 less severe result(s) left out"
        in inv["toolExecutionNotifications"][0]["message"]["text"]
    )
    assert sarif.validate(doc) == []


@pytest.mark.slow
def test_odd_file_names_give_no_github_errors(tmp_path: Path) -> None:
    """A file `sub dir/my file#1%.py`: its URI is percent-encoded (RFC 3986), which
    GitHub's rules require (SARIF1002 otherwise), and a merge reads it back."""
    proj = tmp_path / "proj"
    (proj / "sub dir").mkdir(parents=True)
    (proj / "sub dir" / "my file#1%.py").write_text(
        "import os\n\n\ndef run():\n    os.system(input())\n"
    )
    out = tmp_path / "odd.sarif"
    env = {"SCANGATE_NO_CACHE": "1"}
    proc = scangate(
        "run", ".", "-s", "semgrep,bandit", "-q", "--output", str(out), cwd=proj, env=env
    )
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(out.read_text())
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for run in doc["runs"]
        for r in run["results"]
    }
    assert uris == {"sub%20dir/my%20file%231%25.py"}
    merged = scangate("merge", str(out), "--gate", "-f", "json", cwd=tmp_path)
    assert merged.returncode == 1, merged.stderr
    paths = {f["path"] for g in json.loads(merged.stdout)["groups"] for f in g["findings"]}
    assert paths == {"sub dir/my file#1%.py"}
    assert multitool_errors(out, tmp_path) == []
