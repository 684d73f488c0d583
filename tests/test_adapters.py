"""Each adapter against its real scanner: coverage, parsing, and command lines."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import runs_by_name, scangate_json, toml_list, tool, write_config
from osv_server import REQUESTS_2_19_1, osv_server
from scangate import depfiles
from scangate.adapters.interface import ScanContext
from scangate.adapters.semgrep import SEMGREP_ENV, SemgrepAdapter
from scangate.adapters.semgrep_rules import bundled_rules, compile_rules
from scangate.settings.config import ScannerSettings


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.mark.slow
def test_semgrep_scans_git_ignored_targets(tmp_path: Path) -> None:
    """semgrep skips git-ignored files by default and reports success; we must not. (A
    walk leaves git-ignored files out; a file named on the command line, or a walk with
    --no-gitignore, hands it to semgrep, which must then scan it.)"""
    git(tmp_path, "init", "-q")
    (tmp_path / ".gitignore").write_text("generated/\n")
    (tmp_path / "generated").mkdir()
    (tmp_path / "generated" / "x.py").write_text("import os\nos.system(input())\n")
    code, report, err = scangate_json("--scanners", "semgrep", "--no-gitignore", ".", cwd=tmp_path)
    run = runs_by_name(report)["semgrep"]
    assert run["status"] == "ok", run
    assert run["coverage"]["examined"] == 1
    assert code == 1
    assert any(f["path"] == "generated/x.py" for g in report["groups"] for f in g["findings"])


@pytest.mark.slow
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


@pytest.mark.slow
def test_pip_audit_against_a_real_osv_server(small: Path) -> None:
    with osv_server({("requests", "2.19.1"): [REQUESTS_2_19_1]}) as url:
        write_config(
            small,
            "[scanners.pip-audit]\n"
            f"args = {toml_list(['--vulnerability-service', 'osv', '--osv-url', url])}\n",
        )
        (small / "app.py").unlink()
        code, report, err = scangate_json("--trust-config", "-s", "pip-audit", ".", cwd=small)
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


@pytest.mark.slow
def test_pip_audit_unpinned_requirement_is_coverage_loss_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "requirements.txt").write_text("six\n")
    (tmp_path / "ok.py").write_text("x = 1\n")
    with osv_server({}) as url:
        write_config(
            tmp_path,
            "[scanners.pip-audit]\n"
            f"args = {toml_list(['--vulnerability-service', 'osv', '--osv-url', url])}\n",
        )
        code, report, err = scangate_json(
            "--trust-config", "-s", "pip-audit,bandit", ".", cwd=tmp_path
        )
    run = runs_by_name(report)["pip-audit"]
    assert run["status"] == "failed"
    assert "six is not pinned" in run["coverage"]["missed"][0]["reason"]
    assert code == 3


def _semgrep_hits(config: Path, targets: list[Path]) -> set[tuple[str, str, int]]:
    """(rule id without semgrep's folder prefix, file, line) of a real semgrep run."""
    proc = subprocess.run(
        [tool("semgrep"), "scan", "--config", str(config), "--json", "--metrics=off",
         "--disable-version-check", "--quiet", "--", *map(str, targets)],
        capture_output=True, text=True, env={**os.environ, **SEMGREP_ENV}, check=False,
    )  # fmt: skip
    assert proc.returncode in (0, 1), proc.stderr
    data = json.loads(proc.stdout)
    assert not data["errors"], data["errors"]
    return {
        (r["check_id"].rsplit(".", 1)[-1], Path(r["path"]).name, r["start"]["line"])
        for r in data["results"]
    }


@pytest.mark.slow
def test_compiled_rule_pack_finds_what_the_yaml_rules_find(tmp_path: Path) -> None:
    """The JSON pack semgrep is given (it skips semgrep's slow YAML loader) means the
    same as the YAML rules: every rule's own test cases, scanned both ways."""
    rules = bundled_rules()
    pack = compile_rules([rules], tmp_path)
    assert pack is not None and pack.name == "rules.json"
    packed = json.loads(pack.read_text())["rules"]
    assert len(packed) == sum(len(yaml.safe_load(f.read_text())["rules"])
                              for f in rules.glob("*.yaml"))  # fmt: skip
    cases = sorted(rules.glob("*.py"))
    from_yaml = _semgrep_hits(rules, cases)
    assert len(from_yaml) >= 100  # each rule has at least 5 `# ruleid:` cases
    assert _semgrep_hits(pack, cases) == from_yaml


def test_semgrep_is_given_the_compiled_pack(tmp_path: Path) -> None:
    ctx = ScanContext(tmp_path, ("a.py",), ScannerSettings(), tmp_path / "work")
    (argv,) = [inv.argv for inv in SemgrepAdapter().invocations(ctx)]
    configs = [argv[i + 1] for i, a in enumerate(argv) if a == "--config"]
    assert configs == [str(tmp_path / "work" / "rules.json")]


def test_rule_pack_falls_back_to_the_files_on_what_it_cannot_carry(tmp_path: Path) -> None:
    """Anything unusual is handed to semgrep as the user wrote it, so semgrep judges it."""

    def rule(rid: str, extra: str = "") -> str:
        return (f"rules:\n  - id: {rid}\n    languages: [python]\n    severity: ERROR\n"
                f"    message: m\n    pattern: eval(...)\n{extra}")  # fmt: skip

    ok = tmp_path / "ok"
    (ok / "sub").mkdir(parents=True)
    (ok / "a.yaml").write_text(rule("a"))
    (ok / "sub" / "b.yml").write_text(rule("b"))
    (ok / "a.test.yaml").write_text(rule("skipped-test"))  # semgrep skips these too
    (ok / "c.fixed.yaml").write_text(rule("skipped-fixed"))
    (ok / "notes.txt").write_text("not a rule")
    pack = compile_rules([ok], tmp_path / "out")
    assert pack is not None
    assert [r["id"] for r in json.loads(pack.read_text())["rules"]] == ["a", "b"]

    twice = tmp_path / "twice"
    (twice / "x").mkdir(parents=True)
    (twice / "y").mkdir()
    (twice / "x" / "r.yaml").write_text(rule("same"))
    (twice / "y" / "r.yaml").write_text(rule("same"))  # distinct only by folder prefix
    dated = tmp_path / "dated.yaml"
    dated.write_text(rule("d", "    metadata:\n      reviewed: 2024-01-02\n"))  # not JSON
    broken = tmp_path / "broken.yaml"
    broken.write_text("rules: [\n")
    as_json = tmp_path / "r.json"
    as_json.write_text('{"rules": []}')
    for paths in ([twice], [dated], [broken], [as_json], [tmp_path / "missing"], [ok, ok]):
        assert compile_rules(paths, tmp_path / "out2") is None, paths


@pytest.mark.slow
def test_invalid_user_rule_is_named_by_its_own_id(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "bad.yaml").write_text(
        "rules:\n  - id: my-bad-rule\n    languages: [python]\n    severity: ERROR\n"
        "    message: m\n    pattern: os.system(\n"
    )
    (tmp_path / "a.py").write_text("import os\nos.system(input())\n")
    write_config(tmp_path, '[scanners.semgrep]\nrules = ["rules"]\nretries = 0\n')
    code, report, err = scangate_json("--scanners", "semgrep", "a.py", cwd=tmp_path)
    run = runs_by_name(report)["semgrep"]
    assert code == 3 and run["status"] == "failed", run
    assert "Rule parse error in rule my-bad-rule:" in run["message"]
    assert "scangate-" not in run["message"]  # not the compiled pack's temporary folder
