"""Failover drills and the redundancy map, with the real scanners.

`--drill` predicts, from one run, the verdict had each scanner failed; a live
`--drill-fail X` makes X fail for real (its processes are started and killed with
SIGKILL, as a crash would end them), so the standby path runs end to end. The
test holds them to each other, for every adapter, on the example and on a clean
project; and checks the redundancy map against the per-scanner coverage.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLE, REPO, runs_by_name, scangate, scangate_json

pytestmark = pytest.mark.slow
NO_CACHE = {"SCANGATE_NO_CACHE": "1"}


def copy_example(tmp_path: Path) -> Path:
    dest = tmp_path / "example"
    shutil.copytree(EXAMPLE, dest)
    (dest / "scangate.toml").write_text('osv_db = "osv-db"\nosv_db_max_age_days = 100000\n')
    return dest


def clean_project(tmp_path: Path) -> Path:
    dest = tmp_path / "clean"
    dest.mkdir()
    shutil.copytree(EXAMPLE / "osv-db", dest / "osv-db")
    (dest / "scangate.toml").write_text('osv_db = "osv-db"\nosv_db_max_age_days = 100000\n')
    (dest / "app.py").write_text("def add(a, b):\n    return a + b\n")
    (dest / "util.py").write_text("import json\n\n\ndef load(s):\n    return json.loads(s)\n")
    (dest / "requirements.txt").write_text("six==1.16.0\n")  # no advisory in the database
    return dest


@pytest.mark.parametrize("where", ["example", "clean"])
def test_live_drills_give_the_predicted_verdicts(tmp_path: Path, where: str) -> None:
    proj = copy_example(tmp_path) if where == "example" else clean_project(tmp_path)
    code, report, _ = scangate_json(".", "--drill", cwd=proj, env=NO_CACHE)
    predicted = {p["scanner"]: p for p in report["drill"]["predictions"]}
    assert set(predicted) == {"semgrep", "bandit", "pip-audit"}  # ruff was a skipped standby
    assert predicted["semgrep"]["standby"] == "ruff" and predicted["semgrep"]["standby_ran"]
    assert predicted["pip-audit"]["standby"] is None
    for scanner, p in predicted.items():
        live_code, live, _ = scangate_json(".", "--drill-fail", scanner, cwd=proj, env=NO_CACHE)
        runs = runs_by_name(live)
        assert runs[scanner]["status"] == "failed", runs[scanner]
        assert "SIGKILL" in runs[scanner]["message"]
        assert any("on purpose" in n for n in runs[scanner]["notes"])
        assert live["drill"]["live"] == scanner
        assert (live["verdict"], live_code) == (p["verdict"], p["exit_code"]), (scanner, live)
        blocking = sum(1 for g in live["groups"] if g["blocking"])
        assert blocking == p["blocking"], (scanner, blocking, p)
        if scanner in ("semgrep", "bandit"):
            assert runs["ruff"]["status"] == "ok"  # the standby really stood in
    if where == "clean":
        assert predicted["pip-audit"]["verdict"] == "ERROR"  # no second dependency auditor
        assert predicted["pip-audit"]["uncovered"] == ["requirements.txt"]
        assert predicted["semgrep"]["verdict"] == predicted["bandit"]["verdict"] == "PASS"
    else:
        assert code == 1
        assert predicted["pip-audit"]["lost"]  # the advisories only pip-audit reports


def coverage_by_scanner(report: dict[str, Any]) -> dict[str, dict[str, set[str]]]:
    """Per category, per healthy scanner, the targets it examined (from its coverage)."""
    out: dict[str, dict[str, set[str]]] = {}
    listed = {
        "sast": set(report["_targets"]["sast"]),
        "deps": set(report["_targets"]["deps"]),
    }
    for r in report["scanners"]:
        if r["status"] not in ("ok", "degraded"):
            continue
        missed = {m["target"] for m in r["coverage"]["missed"]}
        out.setdefault(r["category"], {})[r["scanner"]] = listed[r["category"]] - missed
    return out


def check_map(report: dict[str, Any], sarif_file: Path, md: str, text: str) -> None:
    by_cat = coverage_by_scanner(report)
    for entry in report["redundancy"]:
        cat = entry["category"]
        targets = report["_targets"][cat]
        counts = {t: sum(t in seen for seen in by_cat.get(cat, {}).values()) for t in targets}
        assert entry["targets"] == len(targets)
        assert entry["redundant"] == sum(1 for n in counts.values() if n >= 2)
        assert entry["single"] == [t for t in targets if counts[t] == 1]
        single_vote = [g for g in report["groups"] if g["blocking"] and g["votes"] == 1
                       and g["findings"][0]["path"] in targets]  # fmt: skip
        assert len(entry["single_vote"]) == len(single_vote)
        share = f"{entry['redundant']}/{entry['targets']} targets on 2+ scanners"
        assert f"{cat} {share}" in text
        assert f"| {cat} | {entry['targets']} | {entry['redundant']} (" in md
    props = json.loads(sarif_file.read_text())["properties"]
    assert props["scangate/redundancy"] == report["redundancy"]


@pytest.mark.parametrize("where", ["example", "own source"])
def test_the_redundancy_map_matches_the_coverage(tmp_path: Path, where: str) -> None:
    if where == "example":
        proj, args = copy_example(tmp_path), (".",)
    else:
        proj, args = REPO, ("scangate", "pyproject.toml")
    sarif_file, md_file = tmp_path / "r.sarif", tmp_path / "r.md"
    code, report, _ = scangate_json(
        *args, "-o", str(sarif_file), "--summary", str(md_file), cwd=proj, env=NO_CACHE
    )
    targets = json.loads(sarif_file.read_text())["properties"]["scangate/targets"]
    report["_targets"] = targets
    text = scangate("run", *args, cwd=proj, env=NO_CACHE).stdout
    check_map(report, sarif_file, md_file.read_text(), " ".join(text.split()))
    sast = next(e for e in report["redundancy"] if e["category"] == "sast")
    assert sast["redundant"] == sast["targets"]  # semgrep and bandit examine every file


def test_a_live_drill_less_strict_than_predicted_is_an_error(tmp_path: Path) -> None:
    """The bar of --expect-drill: a prediction that said FAIL, a live drill that says
    PASS (here the prediction file is made by hand: the gate must refuse it)."""
    proj = clean_project(tmp_path)
    expect = tmp_path / "predicted.json"
    expect.write_text(json.dumps({"drill": {"predictions": [
        {"scanner": "bandit", "verdict": "FAIL"}]}}))  # fmt: skip
    code, report, _ = scangate_json(
        ".", "--drill-fail", "bandit", "--expect-drill", str(expect), cwd=proj, env=NO_CACHE
    )
    assert code == 3
    assert report["reasons"][0].startswith("live drill of bandit: PASS, less strict than")
    bad = scangate("run", ".", "--expect-drill", str(expect), cwd=proj)
    assert bad.returncode == 2


def test_min_redundancy(tmp_path: Path) -> None:
    proj = clean_project(tmp_path)
    (proj / "scangate.toml").write_text(
        'osv_db = "osv-db"\nosv_db_max_age_days = 100000\n[min_redundancy]\ndeps = 0.5\n'
    )
    code, report, _ = scangate_json(".", cwd=proj, env=NO_CACHE)
    assert code == 3
    assert report["reasons"][0].startswith("deps redundancy 0% is below min_redundancy 50%")
    deps = next(e for e in report["redundancy"] if e["category"] == "deps")
    assert (deps["min_share"], deps["below_min"]) == (0.5, True)
    assert not any("redundancy" in w for w in report["warnings"])  # said once, as the reason
    (proj / "scangate.toml").write_text(
        'osv_db = "osv-db"\nosv_db_max_age_days = 100000\n[min_redundancy]\nsast = 1\n'
    )
    code, report, _ = scangate_json(".", cwd=proj, env=NO_CACHE)
    assert code == 0, report["reasons"]
