"""SARIF details: the serializer keeps meaning, fingerprints survive moved lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sarif_om as so

from conftest import scangate
from scangate.model import (
    BaselineState,
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
from scangate.report.sarif.serialize import to_dict
from scangate.result import Decision, Group, ScanResult


def test_explicit_warning_level_is_kept() -> None:
    """jschema_to_python drops level='warning' (the default); we must not."""
    res = so.Result(message=so.Message(text="x"), level="warning", rule_id="R")
    out = to_dict(res)
    assert out["level"] == "warning"
    assert "ruleIndex" not in out  # the -1 placeholder is not written
    assert "kind" not in out


def test_property_bag_dict_is_written() -> None:
    rd = so.ReportingDescriptor(id="R", properties={"tags": ["a"], "security-severity": "8.0"})
    assert to_dict(rd)["properties"] == {"tags": ["a"], "security-severity": "8.0"}


def _fingerprints(proj: Path) -> dict[str, str]:
    proc = scangate("run", ".", "--format", "sarif", "--scanners", "semgrep,bandit", cwd=proj)
    doc = json.loads(proc.stdout)
    out = {}
    for run in doc["runs"]:
        for res in run.get("results", []):
            out[f"{run['tool']['driver']['name']}:{res['ruleId']}"] = res["partialFingerprints"][
                "scangate/v1"
            ]
    return out


@pytest.mark.slow
def test_fingerprints_survive_lines_added_above(tmp_path: Path) -> None:
    proj = tmp_path / "p"
    proj.mkdir()
    body = "import pickle\n\n\ndef load(data):\n    return pickle.loads(data)\n"
    (proj / "m.py").write_text(body)
    before = _fingerprints(proj)
    (proj / "m.py").write_text('"""Docs."""\n\nimport os\n\nX = 1\n' + body)
    after = _fingerprints(proj)
    assert before
    assert before == after
    # ...and change when the flagged code itself changes.
    (proj / "m.py").write_text(body.replace("pickle.loads(data)", "pickle.loads(data[1:])"))
    changed = _fingerprints(proj)
    assert changed["bandit:B301"] != before["bandit:B301"]


@pytest.mark.slow
def test_secret_values_are_redacted_from_reports(tmp_path: Path) -> None:
    (tmp_path / "cfg.py").write_text(
        'password = "Sup3rS3cretValue"\nAWS = "AKIAABCDEFGHIJKLMNOP"\n'
    )
    proc = scangate("run", ".", "--format", "json", "--scanners", "bandit,semgrep", cwd=tmp_path)
    assert "B105" in proc.stdout  # bandit did report the hard-coded password
    assert "Sup3rS3cretValue" not in proc.stdout
    proc = scangate("run", ".", "--format", "sarif", "--scanners", "bandit", cwd=tmp_path)
    assert "Sup3rS3cretValue" not in proc.stdout


def test_every_result_field_is_written_and_escaped() -> None:
    """Results are put together from pre-encoded parts (`scangate.report.sarif.results.encode_results`): each
    field, the rare ones too, must come out as the SARIF it stands for, with hostile
    text (quotes, backslashes, newlines, control and non-ASCII characters) intact."""
    odd = 'say "hi"\\ \n\t\x01 ünï </script>'
    sast = Finding(
        "semgrep", Category.SAST, 'r"1', odd, Severity.HIGH,
        Location('d"ir/ü.py', 3, 5, 2, 9), cwes=(78, 95), fingerprint='f"p',
        line_hash="lh\n", confidence="HIGH", baseline_state=BaselineState.NEW, waiver=odd, pre_existing=True,
    )  # fmt: skip
    plain = Finding("semgrep", Category.SAST, 'r"1', "m", Severity.LOW, Location("a.py", 0, 0),
                    fingerprint="fp2")  # fmt: skip
    dep = Finding(
        "pip-audit", Category.DEPS, "CVE-1", "vulnerable", Severity.CRITICAL,
        Location("requirements.txt", 4, 4), fingerprint="fp3", package="flask", version="0.12",
        vuln_id="CVE-1", aliases=("GHSA-x",), fix_versions=("1.0", "2.0"),
    )  # fmt: skip
    rules = (Rule('r"1', "one", "s", "f", "h", cwes=(78,)),)
    dep_rules = (Rule("CVE-1", "CVE-1", "s", "f", "h"),)
    runs = (
        ScannerRun("semgrep", Category.SAST, Role.PRIMARY, RunStatus.OK, ToolInfo("semgrep", "1"),
                   Coverage(("a.py",), ("a.py",), ()), (sast, plain), rules),
        ScannerRun("pip-audit", Category.DEPS, Role.PRIMARY, RunStatus.OK,
                   ToolInfo("pip-audit", "2"), Coverage(("r",), ("r",), ()), (dep,), dep_rules),
    )  # fmt: skip
    group = Group("G1", (sast,), Severity.HIGH, 1, 1, False, "waived")
    absent = {"ruleId": "old", "message": {"text": odd}, "ruleIndex": 3,
              "properties": {"scangate/tool": "semgrep"}}  # fmt: skip
    decision = Decision(Verdict.PASS, ("ok",), (group,), absent=(absent,))
    targets = {Category.SAST: ("a.py",), Category.DEPS: ("r",)}
    doc = json.loads(sarif.render(ScanResult("/src", runs, decision, targets, 0.0, 0.0)))
    assert sarif.validate(doc) == []
    first, second, gone = doc["runs"][0]["results"]
    assert first == {
        "ruleId": 'r"1',
        "ruleIndex": 0,
        "level": "error",
        "message": {"text": odd},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": "d%22ir/%C3%BC.py", "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": 3, "startColumn": 2, "endLine": 5, "endColumn": 9},
        }}],
        "partialFingerprints": {"scangate/v1": 'f"p'},
        "baselineState": "new",
        "suppressions": [{"kind": "external", "status": "accepted", "justification": odd}],
        "properties": {
            "severity": "high", "scangate/tool": "semgrep", "cwe": ["CWE-78", "CWE-95"],
            "scangate/lineHash": "lh\n", "scangate/group": "G1", "scangate/votes": 1,
            "scangate/votesNeeded": 1, "scangate/scanners": ["semgrep"],
            "scangate/blocking": False, "scangate/preExisting": True, "confidence": "HIGH",
        },
    }  # fmt: skip
    assert second["level"] == "note" and second["properties"]["severity"] == "low"
    assert second["locations"][0]["physicalLocation"]["region"] == {"startLine": 1, "endLine": 1}
    assert "baselineState" not in second and "suppressions" not in second
    assert "cwe" not in second["properties"] and "scangate/group" not in second["properties"]
    assert gone == {"ruleId": "old", "message": {"text": odd}, "baselineState": "absent",
                    "properties": {"scangate/tool": "semgrep"}}  # fmt: skip
    (dep_result,) = doc["runs"][1]["results"]
    assert dep_result["properties"] == {
        "severity": "critical", "scangate/tool": "pip-audit", "scangate/lineHash": "",
        "package": "flask", "installedVersion": "0.12", "aliases": ["GHSA-x"],
        "fixVersions": ["1.0", "2.0"],
    }  # fmt: skip
