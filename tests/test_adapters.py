"""Each adapter against its real scanner: coverage, parsing, and command lines."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import runs_by_name, scangate_json, toml_list, write_config
from osv_server import REQUESTS_2_19_1, osv_server
from scangate import depfiles


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_semgrep_scans_git_ignored_targets(tmp_path: Path) -> None:
    """semgrep skips git-ignored files by default and reports success; we must not."""
    git(tmp_path, "init", "-q")
    (tmp_path / ".gitignore").write_text("generated/\n")
    (tmp_path / "generated").mkdir()
    (tmp_path / "generated" / "x.py").write_text("import os\nos.system(input())\n")
    code, report, err = scangate_json("--scanners", "semgrep", ".", cwd=tmp_path)
    run = runs_by_name(report)["semgrep"]
    assert run["status"] == "ok", run
    assert run["coverage"]["examined"] == 1
    assert code == 1
    assert any(f["path"] == "generated/x.py" for g in report["groups"] for f in g["findings"])


def test_bandit_parse_error_is_coverage_loss(tmp_path: Path) -> None:
    # PEP 701 f-string: valid on Python 3.12, unparseable for bandit under 3.11.
    (tmp_path / "new.py").write_text('name = "x"\nmsg = f"{"a" + name}"\n')
    (tmp_path / "ok.py").write_text("x = 1\n")
    code, report, err = scangate_json("--scanners", "bandit", ".", cwd=tmp_path)
    run = runs_by_name(report)["bandit"]
    import sys

    if sys.version_info >= (3, 12):
        assert run["status"] == "ok"  # bandit parses it with the 3.12 grammar
        return
    assert run["status"] == "degraded"
    assert run["coverage"]["missed"][0]["target"] == "new.py"
    assert "could not analyse" in run["coverage"]["missed"][0]["reason"]
    assert code == 3  # quorum 1 for new.py not met: no other SAST scanner covered it
    assert any("new.py" in r for r in report["reasons"])


def test_pip_audit_against_a_real_osv_server(small: Path) -> None:
    with osv_server({("requests", "2.19.1"): [REQUESTS_2_19_1]}) as url:
        write_config(
            small,
            "[scanners.pip-audit]\n"
            f"args = {toml_list(['--vulnerability-service', 'osv', '--osv-url', url])}\n",
        )
        (small / "app.py").unlink()
        code, report, err = scangate_json("--scanners", "pip-audit", ".", cwd=small)
    run = runs_by_name(report)["pip-audit"]
    assert run["status"] == "ok", run
    findings = [f for g in report["groups"] for f in g["findings"]]
    assert len(findings) == 1
    f = findings[0]
    assert f["package"] == "requests"
    assert f["version"] == "2.19.1"
    assert f["rule_id"] == "PYSEC-2018-28"
    assert f["aliases"] == ["CVE-2018-18074", "GHSA-x84v-xcm2-53pg"]
    assert f["fix_versions"] == ["2.20.0"]
    assert f["path"] == "requirements.txt"
    assert f["start_line"] == 2  # the line of the pin
    assert code == 1


def test_unpinned_requirements_are_not_auditable(tmp_path: Path) -> None:
    (tmp_path / "requirements.txt").write_text("six==1.16.0\nflask>=2\n-r more-requirements.txt\n")
    (tmp_path / "more-requirements.txt").write_text("idna == 3.7  # comment\nattrs\n")
    reqs = depfiles.read(tmp_path, "requirements.txt")
    assert [(p.name, p.version, p.file, p.lineno) for p in reqs.pins] == [
        ("six", "1.16.0", "requirements.txt", 1),
        ("idna", "3.7", "more-requirements.txt", 1),
    ]
    assert len(reqs.problems) == 2
    assert "flask is not pinned" in reqs.problems[0]
    assert "attrs is not pinned" in reqs.problems[1]


def test_pip_audit_unpinned_requirement_is_coverage_loss_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "requirements.txt").write_text("six\n")
    (tmp_path / "ok.py").write_text("x = 1\n")
    with osv_server({}) as url:
        write_config(
            tmp_path,
            "[scanners.pip-audit]\n"
            f"args = {toml_list(['--vulnerability-service', 'osv', '--osv-url', url])}\n",
        )
        code, report, err = scangate_json("--scanners", "pip-audit,bandit", ".", cwd=tmp_path)
    run = runs_by_name(report)["pip-audit"]
    assert run["status"] == "failed"
    assert "six is not pinned" in run["coverage"]["missed"][0]["reason"]
    assert code == 3
