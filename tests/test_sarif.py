"""SARIF details: the serializer keeps meaning, fingerprints survive moved lines."""

from __future__ import annotations

import json
from pathlib import Path

import sarif_om as so

from conftest import scangate
from scangate.sarif import to_dict


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


def test_secret_values_are_redacted_from_reports(tmp_path: Path) -> None:
    (tmp_path / "cfg.py").write_text(
        'password = "Sup3rS3cretValue"\nAWS = "AKIAABCDEFGHIJKLMNOP"\n'
    )
    proc = scangate("run", ".", "--format", "json", "--scanners", "bandit,semgrep", cwd=tmp_path)
    assert "B105" in proc.stdout  # bandit did report the hard-coded password
    assert "Sup3rS3cretValue" not in proc.stdout
    proc = scangate("run", ".", "--format", "sarif", "--scanners", "bandit", cwd=tmp_path)
    assert "Sup3rS3cretValue" not in proc.stdout
