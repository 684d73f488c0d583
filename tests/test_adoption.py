"""Adoption on an existing codebase: baseline, waivers, diff-aware gating, sharding.

Real semgrep/bandit/pip-audit runs; real git repositories for --diff-base.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLE, REPO, scangate, scangate_json, write_config


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


LEGACY = (
    "import os\nimport pickle\n\n\ndef run(cmd):\n    os.system(cmd + input())\n\n\n"
    "def load(blob):\n    return pickle.loads(blob)\n"
)


def legacy_project(tmp_path: Path) -> Path:
    p = tmp_path / "legacy"
    p.mkdir()
    (p / "old.py").write_text(LEGACY)
    (p / "other.py").write_text("def f():\n    return 1\n")
    return p


def sarif_results(path: Path) -> list[dict[str, Any]]:
    doc = json.loads(path.read_text())
    return [r for run in doc["runs"] for r in run.get("results", [])]


# --- baseline -----------------------------------------------------------------------------


@pytest.mark.slow
def test_baseline_blocks_only_new_findings_and_survives_edits(tmp_path: Path) -> None:
    proj = legacy_project(tmp_path)
    proc = scangate(
        "baseline", ".", "-o", "scangate-baseline.sarif", "--scanners", "semgrep,bandit", cwd=proj
    )
    assert proc.returncode == 0, proc.stderr
    assert "recorded in scangate-baseline.sarif" in proc.stdout
    # Lines move (a docstring and imports added above) and an unrelated line is edited.
    (proj / "old.py").write_text(
        '"""Legacy."""\nimport sys\n\n' + LEGACY.replace("return pickle", "return  pickle")
    )
    code, report, err = scangate_json(
        "--scanners",
        "semgrep,bandit",
        "--baseline",
        "scangate-baseline.sarif",
        "-o",
        "out.sarif",
        ".",
        cwd=proj,
    )
    assert code == 0, report["reasons"]
    assert report["verdict"] == "PASS"
    states = {r["baselineState"] for r in sarif_results(proj / "out.sarif")}
    assert states == {"unchanged"}
    # A new flaw blocks, and only it.
    (proj / "other.py").write_text("def f(expr):\n    return eval(expr)\n")
    (proj / "old.py").write_text(
        LEGACY.replace("    return pickle.loads(blob)\n", "    return None\n")
    )
    code, report, _ = scangate_json(
        "--scanners",
        "semgrep,bandit",
        "--baseline",
        "scangate-baseline.sarif",
        "-o",
        "out.sarif",
        ".",
        cwd=proj,
    )
    assert code == 1
    blocking = [g for g in report["groups"] if g["blocking"]]
    assert {f["path"] for g in blocking for f in g["findings"]} == {"other.py"}
    results = sarif_results(proj / "out.sarif")
    by_state: dict[str, set[str]] = {}
    for r in results:
        by_state.setdefault(r["baselineState"], set()).add(r["ruleId"])
    assert "B307" in by_state["new"]
    assert "B605" in by_state["unchanged"]
    assert "B301" in by_state["absent"]  # fixed since the baseline


def test_bad_baseline_is_exit_2(tmp_path: Path) -> None:
    proj = legacy_project(tmp_path)
    (proj / "b.sarif").write_text("{not json")
    proc = scangate("run", ".", "--baseline", "b.sarif", cwd=proj)
    assert proc.returncode == 2
    assert "baseline is not valid JSON" in proc.stderr


# --- waivers ------------------------------------------------------------------------------


@pytest.mark.slow
def test_waivers_expire_and_unused_ones_are_reported(tmp_path: Path) -> None:
    proj = legacy_project(tmp_path)
    write_config(
        proj,
        "[[waivers]]\nrule = 'B605'\npath = 'old.py'\nreason = 'admin-only CLI, input is trusted'\nexpires = 2999-01-01\n"
        "[[waivers]]\nrule = 'python-command-injection'\npath = 'old.py'\nreason = 'same, semgrep'\n"
        # A waiver is per rule: semgrep's companion rule flags the same line too.
        "[[waivers]]\nrule = 'python-shell-command-from-variable'\npath = 'old.py'\nreason = 'same'\n"
        "[[waivers]]\nrule = 'B301'\nreason = 'legacy cache, tracked in JIRA-1'\nexpires = 2999-01-01\n"
        "[[waivers]]\nrule = 'python-pickle-deserialization'\nreason = 'same, semgrep'\n"
        "[[waivers]]\nvuln = 'CVE-1999-0001'\nreason = 'never matches'\n",
    )
    code, report, _ = scangate_json(
        "--scanners", "semgrep,bandit", "-o", "out.sarif", ".", cwd=proj
    )
    assert code == 0, report["reasons"]
    assert any(
        "matched no finding (unused)" in w and "CVE-1999-0001" in w for w in report["warnings"]
    )
    sup = [r for r in sarif_results(proj / "out.sarif") if r.get("suppressions")]
    assert {s["suppressions"][0]["justification"] for s in sup} >= {
        "admin-only CLI, input is trusted",
        "legacy cache, tracked in JIRA-1",
    }
    assert all(s["suppressions"][0]["kind"] == "external" for s in sup)
    # The pickle waiver expires: that finding blocks again, and the report says why.
    cfg = (
        (proj / "scangate.toml")
        .read_text()
        .replace(
            "reason = 'legacy cache, tracked in JIRA-1'\nexpires = 2999-01-01",
            "reason = 'legacy cache, tracked in JIRA-1'\nexpires = 2020-01-01",
        )
    )
    (proj / "scangate.toml").write_text(cfg)
    code, report, _ = scangate_json("--scanners", "semgrep,bandit", ".", cwd=proj)
    assert code == 1
    assert any("expired on 2020-01-01" in w for w in report["warnings"])
    blocking_rules = {
        f["rule_id"] for g in report["groups"] if g["blocking"] for f in g["findings"]
    }
    assert "B301" in blocking_rules
    assert "B605" not in blocking_rules


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("[[waivers]]\nrule = 'B605'\n", "a waiver needs a reason"),
        ("[[waivers]]\nreason = 'x'\n", "give at least one of fingerprint, rule, path, vuln"),
        ("[[waivers]]\nrule = 'B605'\nreason = 'x'\nexpires = 'soon'\n", "expected a date"),
        ("[[waivers]]\nrule = 'B605'\nreason = 'x'\nowner = 'me'\n", "unknown key 'owner'"),
    ],
)
def test_bad_waivers_are_exit_2(tmp_path: Path, body: str, needle: str) -> None:
    proj = legacy_project(tmp_path)
    write_config(proj, body)
    proc = scangate("run", ".", cwd=proj)
    assert proc.returncode == 2
    assert needle in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


# --- diff-aware gating --------------------------------------------------------------------


@pytest.mark.slow
def test_diff_base_blocks_only_changed_lines(tmp_path: Path) -> None:
    proj = legacy_project(tmp_path)
    git(proj, "init", "-q")
    git(proj, "config", "user.email", "t@example.com")
    git(proj, "config", "user.name", "t")
    git(proj, "add", ".")
    git(proj, "commit", "-qm", "legacy")
    (proj / "old.py").write_text(LEGACY + "\n\ndef calc(e):\n    return eval(e)\n")
    (proj / "brand_new.py").write_text("import subprocess\nsubprocess.call(input(), shell=True)\n")
    code, report, _ = scangate_json(
        "--scanners", "semgrep,bandit", "--diff-base", "HEAD", "-o", "o.sarif", ".", cwd=proj
    )
    assert code == 1
    blocking = {
        (f["path"], f["rule_id"]) for g in report["groups"] if g["blocking"] for f in g["findings"]
    }
    assert ("old.py", "B307") in blocking
    assert any(p == "brand_new.py" for p, _ in blocking)  # an untracked file is all new
    assert not any(r in ("B605", "B301") for _, r in blocking)  # pre-existing lines
    pre = [
        r for r in sarif_results(proj / "o.sarif") if r["properties"].get("scangate/preExisting")
    ]
    assert {r["ruleId"] for r in pre} >= {"B605", "B301"}
    proc = scangate("run", ".", "--diff-base", "no-such-ref", cwd=proj)
    assert proc.returncode == 2
    assert "--diff-base no-such-ref" in proc.stderr


# --- sharding -----------------------------------------------------------------------------


def _shards_equal_unsharded(proj: Path, n: int, extra: list[str]) -> None:
    for k in range(1, n + 1):
        proc = scangate(
            "run", ".", "--shard", f"{k}/{n}", "-q", "-o", f"shard-{k}.sarif", *extra, cwd=proj
        )
        assert proc.returncode in (0, 1, 3), proc.stderr
    merged = scangate(
        "merge", *[f"shard-{k}.sarif" for k in range(1, n + 1)], "--gate", "-f", "json", "-o", "merged.sarif",
        cwd=proj,
    )  # fmt: skip
    full = scangate("run", ".", "-f", "json", *extra, cwd=proj)
    a, b = json.loads(merged.stdout), json.loads(full.stdout)
    assert merged.returncode == full.returncode == b["exit_code"]
    assert a["verdict"] == b["verdict"]

    def key(r: dict[str, Any]) -> list[Any]:
        return sorted(
            (
                f["scanner"],
                f["rule_id"],
                f["path"],
                f["start_line"],
                f["fingerprint"],
                g["blocking"],
                g["votes"],
            )
            for g in r["groups"]
            for f in g["findings"]
        )

    assert key(a) == key(b)
    # A standby that was not needed ran nowhere, so it is not in the SARIF either.
    assert {(s["scanner"], s["status"], s["coverage"]["examined"]) for s in a["scanners"]} == {
        (s["scanner"], s["status"], s["coverage"]["examined"])
        for s in b["scanners"]
        if s["status"] != "skipped"
    }
    doc = json.loads((proj / "merged.sarif").read_text())
    assert len(doc["runs"]) == len({r["tool"]["driver"]["name"] for r in doc["runs"]})


@pytest.mark.slow
def test_merged_shards_equal_the_unsharded_run_on_the_example(tmp_path: Path) -> None:
    proj = tmp_path / "ex"
    shutil.copytree(EXAMPLE, proj)
    _shards_equal_unsharded(proj, 3, ["--osv-db", "osv-db"])


@pytest.mark.slow
def test_merged_shards_equal_the_unsharded_run_on_a_large_tree(tmp_path: Path) -> None:
    proj = tmp_path / "big"
    rng = random.Random(7)
    snippets = [
        "def f{i}(x):\n    return x + {i}\n",
        "import subprocess\n\n\ndef f{i}(c):\n    return subprocess.call(c, shell=True)\n",
        "import hashlib\n\n\ndef f{i}(d):\n    return hashlib.md5(d).hexdigest()\n",
        "import pickle\n\n\ndef f{i}(b):\n    return pickle.loads(b)\n",
        "def f{i}(e):\n    return eval(e)\n",
    ]
    for i in range(2500):
        d = proj / f"pkg{i % 40}"
        d.mkdir(parents=True, exist_ok=True)
        (d / f"m{i}.py").write_text(rng.choice(snippets).format(i=i))
    (proj / "pkg0" / "broken.py").write_text('x = f"{"a"}"\n')  # bandit cannot parse it (3.11)
    _shards_equal_unsharded(proj, 4, ["--scanners", "bandit"])


# --- hostile input to merge ---------------------------------------------------------------


@pytest.fixture(scope="module")
def shard_sarif(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    proj = tmp_path_factory.mktemp("one")
    (proj / "a.py").write_text("import os\nos.system(input())\n")
    proc = scangate(
        "run", ".", "--shard", "1/1", "--scanners", "bandit", "-q", "-o", "s.sarif", cwd=proj
    )
    assert proc.returncode == 1, proc.stderr
    return json.loads((proj / "s.sarif").read_text())


def _hostile(doc: dict[str, Any], how: str) -> str:
    doc = json.loads(json.dumps(doc))
    res = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    if how == "version":
        doc["version"] = "2.0.0"
    elif how == "escape":
        res["uri"] = "../../etc/passwd"
    elif how == "absolute":
        res["uri"] = "/etc/passwd"
    elif how == "scheme":
        res["uri"] = "file:///etc/passwd"
    elif how == "coverage":
        doc["runs"][0]["properties"]["scangate/coverage"]["examined"] = ["../outside.py"]
    elif how == "foreign":
        del doc["properties"]["scangate/targets"]
    return json.dumps(doc)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("how", "needle"),
    [
        ("version", "not a SARIF 2.1.0 log"),
        ("escape", "URI escapes the root"),
        ("absolute", "URI is not relative to the root"),
        ("scheme", "URI is not relative to the root"),
        ("coverage", "URI escapes the root"),
        ("foreign", "not written by `scangate run`"),
    ],
)
def test_merge_refuses_hostile_sarif(
    tmp_path: Path, shard_sarif: dict[str, Any], how: str, needle: str
) -> None:
    (tmp_path / "h.sarif").write_text(_hostile(shard_sarif, how))
    proc = scangate("merge", "h.sarif", "--gate", cwd=tmp_path)
    assert proc.returncode == 2, proc.stdout
    assert needle in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_merge_survives_odd_regions(tmp_path: Path, shard_sarif: dict[str, Any]) -> None:
    """A column that is not a positive integer is dropped and a span that ends before
    it starts is one line: the finding still counts and still blocks."""
    doc = json.loads(json.dumps(shard_sarif))
    region = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    region.update(startColumn="x", endColumn=1.5, endLine=-5)
    (tmp_path / "odd.sarif").write_text(json.dumps(doc))
    proc = scangate("merge", "odd.sarif", "--gate", "-o", "m.sarif", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr  # FAIL: bandit's os.system finding blocks
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr
    merged = json.loads((tmp_path / "m.sarif").read_text())
    got = merged["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert got == {"startLine": region["startLine"], "endLine": region["startLine"]}


@pytest.mark.slow
def test_merge_refuses_invalid_json_and_oversized_files(
    tmp_path: Path, shard_sarif: dict[str, Any]
) -> None:
    (tmp_path / "bad.sarif").write_text('{"version": "2.1.0", "runs": [')
    proc = scangate("merge", "bad.sarif", cwd=tmp_path)
    assert proc.returncode == 2
    assert "not valid JSON" in proc.stderr
    (tmp_path / "ok.sarif").write_text(json.dumps(shard_sarif))
    proc = scangate("merge", "ok.sarif", cwd=tmp_path, env={"SCANGATE_MAX_SARIF_BYTES": "1000"})
    assert proc.returncode == 2
    assert "too large" in proc.stderr and "limit 1000" in proc.stderr


def test_readme_adoption_section_runs_these_commands() -> None:
    readme = (REPO / "README.md").read_text()
    assert "## Adopting scangate on an existing codebase" in readme
    for cmd in (
        "scangate baseline . -o scangate-baseline.sarif",
        "scangate run . --baseline scangate-baseline.sarif",
        "scangate run . --diff-base",
        "scangate run . --shard 1/4 -o shard-1.sarif",
        "scangate merge shard-*.sarif --gate --output scangate.sarif",
    ):
        assert cmd in readme, cmd
