"""README command 1, for real: the bundled example through semgrep, bandit and pip-audit.

One scan of examples/vulnerable-app (module-scoped) backs every assertion here.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLE, REPO, runs_by_name
from scangate.report.sarif import write as sarif

pytestmark = pytest.mark.slow  # drives real scanners, git or pip


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("example")
    sarif_path = out / "example.sarif"
    proc = subprocess.run(
        [
            sys.executable, "-m", "scangate", "run", "examples/vulnerable-app",
            "--format", "json", "--output", str(sarif_path),
        ],
        cwd=REPO, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    return {
        "code": proc.returncode,
        "report": json.loads(proc.stdout),
        "stderr": proc.stderr,
        "sarif": json.loads(sarif_path.read_text()),
    }


def test_example_fails_with_exit_1(example: dict[str, Any]) -> None:
    assert example["code"] == 1, example["stderr"]
    assert example["report"]["verdict"] == "FAIL"


def test_example_semgrep_and_bandit_findings(example: dict[str, Any]) -> None:
    findings = [f for g in example["report"]["groups"] for f in g["findings"]]
    by_scanner: dict[str, set[tuple[str, int]]] = {}
    for f in findings:
        by_scanner.setdefault(f["scanner"], set()).add((f["rule_id"], f["start_line"]))
    assert ("python-command-injection", 29) in by_scanner["semgrep"]
    assert ("python-sql-injection", 31) in by_scanner["semgrep"]
    assert ("python-pickle-deserialization", 61) in by_scanner["semgrep"]
    assert ("B605", 29) in by_scanner["bandit"]
    assert ("B608", 31) in by_scanner["bandit"]
    assert ("B301", 61) in by_scanner["bandit"]
    # semgrep's rule ids are ours, without the folder prefix semgrep adds.
    assert all(not r.startswith("rules.") for r, _ in by_scanner["semgrep"])


def test_example_groups_agree_across_scanners(example: dict[str, Any]) -> None:
    groups = example["report"]["groups"]
    cmd = next(g for g in groups if any(f["rule_id"] == "B605" for f in g["findings"]))
    assert cmd["scanners"] == ["bandit", "semgrep"]
    assert cmd["votes"] == 2
    assert cmd["blocking"] is True


def test_example_pip_audit_never_clean_without_a_service(example: dict[str, Any]) -> None:
    """No vulnerability service is reachable here: pip-audit must not look clean."""
    run = runs_by_name(example["report"])["pip-audit"]
    assert run["status"] in ("failed", "degraded")
    assert run["coverage"]["examined"] == 0
    assert "not audited" in run["coverage"]["missed"][0]["reason"]
    assert any("pip-audit failed" in w for w in example["report"]["warnings"])


def test_example_sarif_validates_against_oasis_schema(example: dict[str, Any]) -> None:
    assert sarif.validate(example["sarif"]) == []


def test_example_sarif_has_three_runs_with_distinct_tools(example: dict[str, Any]) -> None:
    runs = example["sarif"]["runs"]
    names = [r["tool"]["driver"]["name"] for r in runs]
    ids = [r["automationDetails"]["id"] for r in runs]
    assert names == ["semgrep", "bandit", "pip-audit"]
    assert len(set(ids)) == 3
    for run in runs:
        assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file:///")
        assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].endswith("/")
        assert run["tool"]["driver"].get("version")


def test_example_sarif_every_fired_rule_is_described(example: dict[str, Any]) -> None:
    for run in example["sarif"]["runs"]:
        rules = {r["id"]: r for r in run["tool"]["driver"].get("rules", [])}
        for res in run.get("results", []):
            rule = rules[res["ruleId"]]
            assert run["tool"]["driver"]["rules"][res["ruleIndex"]]["id"] == res["ruleId"]
            assert rule["shortDescription"]["text"]
            assert rule["fullDescription"]["text"]
            assert rule["help"]["text"]
            assert rule["properties"]["security-severity"]
            assert any(t.startswith("external/cwe/cwe-") for t in rule["properties"]["tags"])


def test_example_sarif_results_are_relative_with_fingerprints(example: dict[str, Any]) -> None:
    for run in example["sarif"]["runs"]:
        for res in run.get("results", []):
            loc = res["locations"][0]["physicalLocation"]
            assert loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
            assert loc["artifactLocation"]["uri"].startswith("examples/vulnerable-app/")
            assert loc["region"]["startLine"] >= 1
            assert res["level"] in ("error", "warning", "note")
            assert len(res["partialFingerprints"]["scangate/v1"]) == 32


def test_example_sarif_records_pip_audit_failure(example: dict[str, Any]) -> None:
    run = next(r for r in example["sarif"]["runs"] if r["tool"]["driver"]["name"] == "pip-audit")
    inv = run["invocations"][0]
    assert inv["executionSuccessful"] is False
    texts = [n["message"]["text"] for n in inv["toolExecutionNotifications"]]
    assert any("failed" in t for t in texts)
    assert run["properties"]["scangate/verdict"] == "FAIL"


def test_scan_from_elsewhere_gives_same_fingerprints(
    example: dict[str, Any], tmp_path: Path
) -> None:
    """Fingerprints do not depend on where the checkout lives."""
    copy = tmp_path / "elsewhere"
    shutil.copytree(EXAMPLE, copy / "examples" / "vulnerable-app")
    proc = subprocess.run(
        [sys.executable, "-m", "scangate", "run", "examples/vulnerable-app", "-f", "json",
         "--scanners", "bandit"],
        cwd=copy, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    here = {f["fingerprint"] for g in json.loads(proc.stdout)["groups"] for f in g["findings"]}
    orig = {
        f["fingerprint"]
        for g in example["report"]["groups"]
        for f in g["findings"]
        if f["scanner"] == "bandit"
    }
    assert here == orig
