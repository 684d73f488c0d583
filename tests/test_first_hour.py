"""What a team meets in its first hour (issue 16), with the real scanners, git and pip:
one group per issue, .gitignore honoured, the worst findings first, a partly
auditable requirements file, suppression comments shown as such, a JSON report
that keeps its schema, `scangate scanners` in a pipe, and the wheel's contents."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from conftest import EXAMPLE, REPO, runs_by_name, scangate, scangate_json
from osv_server import REQUESTS_2_19_1, osv_server

pytestmark = pytest.mark.slow  # drives real scanners, git or pip

NO_CACHE = {"SCANGATE_NO_CACHE": "1"}
SCHEMA = json.loads((REPO / "scangate" / "schemas" / "report.schema.json").read_text())


def groups_by_line(report: dict[str, Any]) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for g in report["groups"]:
        lines = {f["start_line"] for f in g["findings"]}
        assert len(lines) == 1, g  # a group never spans consecutive issues
        out[lines.pop()] = {f["scanner"] for f in g["findings"]}
    return out


def test_sixty_issues_on_consecutive_lines_are_sixty_groups(tmp_path: Path) -> None:
    """Correlation once linked spans that touched, transitively: 60 planted issues on
    consecutive lines gave one group. Each line is its own issue, with both votes."""
    kinds = ["os.system(input())", "eval(input())", "pickle.loads(input())"]
    body = "".join(f"    {kinds[i % 3]}\n" for i in range(60))
    (tmp_path / "app.py").write_text(f"import os\nimport pickle\n\n\ndef run():\n{body}")
    code, report, _ = scangate_json("app.py", "-s", "semgrep,bandit", cwd=tmp_path, env=NO_CACHE)
    assert code == 1
    by_line = groups_by_line(report)
    issues = set(range(6, 66))
    assert issues <= set(by_line), sorted(issues - set(by_line))
    assert all(by_line[n] == {"semgrep", "bandit"} for n in issues)
    blocking = sum(1 for g in report["groups"] if g["blocking"])
    assert blocking >= 60
    assert f"{blocking} blocking finding group(s)" in report["reasons"][0]


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_gitignored_trees_are_not_scanned_and_are_counted(tmp_path: Path) -> None:
    (tmp_path / "build" / "lib").mkdir(parents=True)
    (tmp_path / "env" / "lib").mkdir(parents=True)
    flaw = "import os\nos.system(input())\n"
    (tmp_path / "build" / "lib" / "gen.py").write_text(flaw)
    (tmp_path / "env" / "lib" / "site.py").write_text(flaw)
    (tmp_path / "app.py").write_text("def add(a, b):\n    return a + b\n")
    (tmp_path / "tracked_anyway.py").write_text(flaw)
    (tmp_path / ".gitignore").write_text("build/\nenv/\ntracked_anyway.py\n")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "add", "-f", "tracked_anyway.py")  # tracked: git does not ignore it
    code, report, _ = scangate_json(".", "-s", "bandit", cwd=tmp_path, env=NO_CACHE)
    assert report["targets"]["sast"] == 2  # app.py, tracked_anyway.py
    assert report["git_ignored"] == 2
    assert code == 1  # tracked_anyway.py's flaw
    text = scangate("run", ".", "-s", "bandit", cwd=tmp_path, env=NO_CACHE).stdout
    assert "2 file(s) that git ignores were not scanned" in text
    code, report, _ = scangate_json(
        ".", "-s", "bandit", "--no-gitignore", cwd=tmp_path, env=NO_CACHE
    )
    assert report["targets"]["sast"] == 4 and report["git_ignored"] == 0
    # A file named on the command line is scanned whatever git says.
    code, report, _ = scangate_json("build/lib/gen.py", "-s", "bandit", cwd=tmp_path, env=NO_CACHE)
    assert report["targets"]["sast"] == 1 and code == 1


def test_the_summary_puts_the_worst_first_and_counts_the_rest() -> None:
    """The example's 3 critical advisories were not among the first 10 reasons (path
    order), and nothing said how many more there were."""
    code, report, _ = scangate_json(
        str(EXAMPLE), "--osv-db", str(EXAMPLE / "osv-db"), cwd=REPO, env=NO_CACHE
    )
    assert code == 1
    listed = report["reasons"][1:11]
    assert all(r.startswith("critical ") for r in listed[:3]), listed
    blocking = sum(1 for g in report["groups"] if g["blocking"])
    assert report["reasons"][11] == f"... and {blocking - 10} more blocking group(s)"
    jsonschema.validate(report, SCHEMA)


def test_one_unauditable_line_makes_the_file_degraded_not_failed(tmp_path: Path) -> None:
    """A pinned vulnerable requests and one unpinned git URL: pip-audit audited the pin
    and reported its advisory; the file is degraded (naming the line), not failed."""
    (tmp_path / "requirements.txt").write_text(
        "requests==2.19.1\ngit+https://example.invalid/lib.git#egg=lib\n"
    )
    with osv_server({("requests", "2.19.1"): [REQUESTS_2_19_1]}) as url:
        (tmp_path / "scangate.toml").write_text(f'[scanners.pip-audit]\nservices = ["{url}"]\n')
        code, report, _ = scangate_json(".", "-s", "pip-audit", cwd=tmp_path, env=NO_CACHE)
    run = runs_by_name(report)["pip-audit"]
    assert run["status"] == "degraded", run
    assert "requirements.txt:2: not auditable" in run["coverage"]["missed"][0]["reason"]
    assert run["findings"] == 1
    assert code == 1


def test_suppression_comments_count_per_scanner_and_are_shown(tmp_path: Path) -> None:
    """`# nosec` suppresses bandit's finding, `# nosemgrep` semgrep's, each as the tool
    itself reads it; a group blocks while one of its findings is not suppressed. Every
    suppressed finding stays in the SARIF as an inSource suppression."""
    (tmp_path / "s.py").write_text(
        "import os\n"
        "os.system(input())  # nosec B605\n"
        "os.system(input())  # nosemgrep\n"
        "os.system(input())  # nosec\n"
        "# nosemgrep: python-command-injection\n"
        "os.system(input())  # nosec\n"
    )
    out = tmp_path / "s.sarif"
    code, report, _ = scangate_json(
        "s.py", "-s", "semgrep,bandit", "-o", str(out), cwd=tmp_path, env=NO_CACHE
    )
    blocking = {f["start_line"]: g["blocking"] for g in report["groups"] for f in g["findings"]}
    assert blocking == {2: True, 3: True, 4: True, 6: False}
    assert code == 1
    quiet = next(g for g in report["groups"] if g["findings"][0]["start_line"] == 6)
    assert quiet["note"].startswith("suppressed in the source: ")
    doc = json.loads(out.read_text())
    shown = {
        (
            run["tool"]["driver"]["name"],
            res["locations"][0]["physicalLocation"]["region"]["startLine"],
        )
        for run in doc["runs"]
        for res in run["results"]
        if any(s["kind"] == "inSource" for s in res.get("suppressions", []))
    }
    assert shown == {("bandit", 2), ("semgrep", 3), ("bandit", 4), ("bandit", 6), ("semgrep", 6)}


def test_scanners_table_is_whole_in_a_pipe(tmp_path: Path) -> None:
    proc = scangate("scanners", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    for name in ("semgrep", "bandit", "pip-audit", "ruff"):
        row = next(ln for ln in proc.stdout.splitlines() if f" {name} " in ln)
        assert str(Path(sys.executable).parent / name) in row, row  # not cut at 80 columns
        assert "unavailable" not in row


def test_cached_runs_say_so(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n")
    env = {k: v for k, v in os.environ.items() if k != "SCANGATE_NO_CACHE"}
    argv = [sys.executable, "-m", "scangate", "run", "a.py", "-s", "bandit", "--cache-dir",
            str(tmp_path / "c")]  # fmt: skip
    for _ in range(2):
        second = subprocess.run(
            argv, cwd=tmp_path, env=env, capture_output=True, text=True, check=False
        )
    row = next(ln for ln in second.stdout.splitlines() if "bandit" in ln)
    assert "(1 cached)" in row and "cached" in row.split("│")[7], row


def test_the_wheel_carries_the_rules_not_their_vulnerable_tests(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(REPO)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    (wheel,) = tmp_path.glob("scangate-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    rules = [n for n in names if n.startswith("scangate/_rules/")]
    assert len(rules) == len(list((REPO / "rules").glob("*.yaml")))
    assert all(n.endswith(".yaml") for n in rules)
    assert any(n.endswith("licenses/LICENSE") for n in names)
    meta = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("METADATA"))).decode()
    assert "Classifier: Typing :: Typed" in meta and "Project-URL: " in meta


def test_error_report_matches_the_schema_too(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n")
    (tmp_path / "requirements.txt").write_text("six==1.16.0\n")
    code, report, _ = scangate_json(".", "-s", "bandit", cwd=tmp_path, env=NO_CACHE)
    assert code == 3
    jsonschema.validate(report, SCHEMA)
    assert report["schema_version"] == 1
