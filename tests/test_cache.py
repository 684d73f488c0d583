"""The result cache: unchanged files are not rescanned; rules, args and content invalidate.

Every run here uses the real semgrep and bandit with an explicit --cache-dir.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, runs_by_name, write_config

pytestmark = pytest.mark.slow  # drives real scanners, git or pip

ON = {"SCANGATE_NO_CACHE": ""}


def run(proj: Path, cache: Path, *extra: str) -> tuple[int, dict[str, Any]]:
    env = {**os.environ, **ON}
    env.pop("SCANGATE_NO_CACHE")
    proc = subprocess.run(
        [sys.executable, "-m", "scangate", "run", "-f", "json", "--scanners", "semgrep,bandit",
         "--trust-config", "--cache-dir", str(cache), *extra, "."],
        cwd=proj, env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    return proc.returncode, json.loads(proc.stdout)


def findings(report: dict[str, Any]) -> list[tuple[str, str, str, int]]:
    return sorted(
        (f["scanner"], f["rule_id"], f["fingerprint"], f["start_line"])
        for g in report["groups"]
        for f in g["findings"]
    )


def project(tmp_path: Path) -> Path:
    proj = tmp_path / "p"
    shutil.copytree(
        REPO / "examples" / "vulnerable-app",
        proj,
        ignore=shutil.ignore_patterns("osv-db", "requirements.txt"),
    )
    (proj / "clean.py").write_text("def add(a, b):\n    return a + b\n")
    return proj


def test_warm_run_rescans_nothing_and_reports_the_same(tmp_path: Path) -> None:
    proj, cache = project(tmp_path), tmp_path / "cache"
    code1, cold = run(proj, cache)
    code2, warm = run(proj, cache)
    assert code1 == code2 == 1
    assert findings(cold) == findings(warm)
    assert cold["verdict"] == warm["verdict"]
    assert [g["blocking"] for g in cold["groups"]] == [g["blocking"] for g in warm["groups"]]
    for name in ("semgrep", "bandit"):
        r = runs_by_name(warm)[name]
        assert r["cached"] == 4
        assert r["exit_codes"] == []  # no scanner process ran at all
        assert r["status"] == "ok"
        assert r["version"]  # remembered from the cold run
        assert runs_by_name(cold)[name]["cached"] == 0


def test_changed_file_is_rescanned(tmp_path: Path) -> None:
    proj, cache = project(tmp_path), tmp_path / "cache"
    run(proj, cache)
    (proj / "clean.py").write_text("import os\n\n\ndef run(cmd):\n    os.system(input())\n")
    code, report = run(proj, cache)
    for name in ("semgrep", "bandit"):
        assert runs_by_name(report)[name]["cached"] == 3
    assert any(f[1] in ("B605", "python-command-injection") and f[3] == 5 for f in findings(report))
    assert code == 1


def test_changed_rule_or_args_invalidate(tmp_path: Path) -> None:
    proj, cache = project(tmp_path), tmp_path / "cache"
    rules = tmp_path / "myrules"
    shutil.copytree(REPO / "rules", rules, ignore=shutil.ignore_patterns("*.py"))
    write_config(proj, f"[scanners.semgrep]\nrules = [{json.dumps(str(rules))}]\n")
    run(proj, cache)
    first = next(rules.glob("*.yaml"))
    first.write_text(first.read_text() + "\n# edited\n")
    _, report = run(proj, cache)
    assert runs_by_name(report)["semgrep"]["cached"] == 0
    assert runs_by_name(report)["bandit"]["cached"] == 4
    write_config(
        proj,
        f"[scanners.semgrep]\nrules = [{json.dumps(str(rules))}]\n"
        "[scanners.bandit]\nargs = ['--severity-level', 'all']\n",
    )
    _, report = run(proj, cache)
    assert runs_by_name(report)["bandit"]["cached"] == 0
    assert runs_by_name(report)["semgrep"]["cached"] == 4


def test_corrupt_entries_are_ignored_and_rewritten(tmp_path: Path) -> None:
    proj, cache = project(tmp_path), tmp_path / "cache"
    _, cold = run(proj, cache)
    entries = list((cache / "results").rglob("*.json"))
    assert len(entries) == 8
    # Truncated, another shape, not UTF-8, fields of the wrong type.
    garbage = [
        b'{"schema": 2, "findings": [{"trunc',
        b"[]",
        b"\xff\xfe{",
        b'{"schema": 2, "findings": 5}',
    ]
    for i, e in enumerate(entries):
        e.write_bytes(garbage[i % len(garbage)])
    _, again = run(proj, cache)
    assert findings(again) == findings(cold)
    assert runs_by_name(again)["semgrep"]["cached"] == 0
    for e in (cache / "results").rglob("*.json"):
        tag, _, body = e.read_bytes().partition(b"\n")
        assert len(tag) == 64  # rewritten whole: its HMAC tag, then the entry
        json.loads(body)
    _, warm = run(proj, cache)
    assert runs_by_name(warm)["semgrep"]["cached"] == 4


def test_no_cache_flag(tmp_path: Path) -> None:
    proj, cache = project(tmp_path), tmp_path / "cache"
    _, report = run(proj, cache, "--no-cache")
    assert not cache.exists()
    assert all(r["cached"] == 0 for r in report["scanners"])


def test_failed_file_is_not_cached(tmp_path: Path) -> None:
    proj, cache = project(tmp_path), tmp_path / "cache"
    (proj / "new.py").write_text('name = "x"\nmsg = f"{"a" + name}"\n')  # bandit cannot parse it
    _, first = run(proj, cache)
    _, second = run(proj, cache)
    b1, b2 = runs_by_name(first)["bandit"], runs_by_name(second)["bandit"]
    if sys.version_info >= (3, 12):
        return
    assert b1["status"] == b2["status"] == "degraded"
    assert b2["cached"] == 4  # the four good files; new.py was scanned (and failed) again
    assert b2["coverage"]["missed"] == b1["coverage"]["missed"]


def test_concurrent_runs_share_the_cache(tmp_path: Path) -> None:
    proj, cache = project(tmp_path), tmp_path / "cache"
    env = {**os.environ}
    env.pop("SCANGATE_NO_CACHE")
    argv = [sys.executable, "-m", "scangate", "run", "-f", "json", "--scanners", "bandit",
            "--cache-dir", str(cache), "."]  # fmt: skip
    procs = [
        subprocess.Popen(argv, cwd=proj, env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    outs = [json.loads(p.communicate(timeout=300)[0]) for p in procs]
    assert len({json.dumps(findings(o)) for o in outs}) == 1
    for e in (cache / "results").rglob("*.json"):
        json.loads(e.read_bytes().partition(b"\n")[2])
    assert not list((cache / "results").rglob(".tmp-*"))
