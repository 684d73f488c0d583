"""Command-line behaviour: exit codes and one-line errors for bad input, odd file names."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import scangate, scangate_json, write_config


def assert_one_line_error(proc, needle: str) -> None:
    assert proc.returncode == 2, proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert needle in lines[0]


def test_missing_path_is_exit_2_one_line(tmp_path: Path) -> None:
    proc = scangate("run", "does-not-exist", cwd=tmp_path)
    assert_one_line_error(proc, "path does not exist: does-not-exist")


def test_unknown_scanner_is_exit_2_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n")
    proc = scangate("run", ".", "--scanners", "semgrep,nosuch", cwd=tmp_path)
    assert_one_line_error(proc, "unknown scanner: nosuch")


def test_unknown_option_is_exit_2_one_line(tmp_path: Path) -> None:
    proc = scangate("run", "--no-such-flag", cwd=tmp_path)
    assert_one_line_error(proc, "No such option")


def test_bad_timeout_is_exit_2(tmp_path: Path) -> None:
    proc = scangate("run", ".", "--timeout", "0", cwd=tmp_path)
    assert_one_line_error(proc, "--timeout")


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("fail_on_degradd = true\n", "unknown key 'fail_on_degradd'"),
        ("timeout = 'soon'\n", "timeout: expected a finite number of seconds > 0, got 'soon'"),
        ("[quorum]\nsast = -1\n", "quorum.sast: expected an integer >= 0, got -1"),
        ("[scanners.nosuch]\nenabled = true\n", "unknown key 'nosuch'"),
        ("[scanners.bandit]\nrole = 'backup'\n", "scanners.bandit.role: expected 'primary' or"),
        ("[scanners.bandit]\nrules = ['x']\n", "[scanners.bandit] unknown key 'rules'"),
        ("[scanners.pip-audit]\nservices = ['ftp']\n", "scanners.pip-audit.services: expected"),
        ("this is not toml\n", "invalid TOML"),
        ("[votes]\nlow = 1\n", "votes: medium needs 2 vote(s) to block but low needs 1"),
    ],
)
def test_bad_config_is_exit_2_naming_file_and_key(tmp_path: Path, body: str, needle: str) -> None:
    (tmp_path / "a.py").write_text("x = 1\n")
    write_config(tmp_path, body)
    proc = scangate("run", ".", cwd=tmp_path)
    assert_one_line_error(proc, needle)
    assert "scangate.toml" in proc.stderr


def test_pyproject_config_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n")
    (tmp_path / "pyproject.toml").write_text("[tool.scangate]\nbogus = 1\n")
    proc = scangate("run", ".", cwd=tmp_path)
    assert_one_line_error(proc, "[tool.scangate] unknown key 'bogus'")


def test_missing_config_file_is_exit_2(tmp_path: Path) -> None:
    proc = scangate("run", ".", "--config", "nope.toml", cwd=tmp_path)
    assert_one_line_error(proc, "nope.toml: config file not found")


@pytest.mark.slow
def test_file_named_like_an_option_is_only_a_file(tmp_path: Path) -> None:
    """A file called `--config=evil.py` must be scanned, not parsed as a scanner option."""
    odd = tmp_path / "--config=evil.py"
    odd.write_text("import os\nos.system(input())\n")
    spaced = tmp_path / "with space;$(touch pwned).py"
    spaced.write_text("x = 1\n")
    code, report, err = scangate_json(
        "--scanners", "semgrep,bandit", "--", str(odd), str(spaced), cwd=tmp_path
    )
    assert code == 1, err
    assert not (tmp_path / "pwned").exists()
    runs = {r["scanner"]: r for r in report["scanners"]}
    assert runs["semgrep"]["status"] == "ok"
    assert runs["bandit"]["status"] == "ok"
    paths = {f["path"] for g in report["groups"] for f in g["findings"]}
    assert paths == {"--config=evil.py"}


@pytest.mark.slow
def test_file_name_that_is_not_utf8_is_one_line_exit_2(tmp_path: Path) -> None:
    """Found while benchmarking: such a name used to end in an internal error (exit 3)."""
    (tmp_path / "ok.py").write_text("x = 1\n")
    (tmp_path / os.fsdecode(b"bad\xffname.py")).write_text("import pickle\n")
    proc = scangate("run", "--scanners", "bandit", ".", cwd=tmp_path)
    assert_one_line_error(proc, "not valid UTF-8: b'bad\\xffname.py'")
    # Excluding it is the way out, and then the scan runs.
    (tmp_path / "scangate.toml").write_text('exclude = ["bad*"]\n')
    proc = scangate("run", "--scanners", "bandit", ".", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr


@pytest.mark.slow
def test_scanners_command_lists_adapters_and_versions(tmp_path: Path) -> None:
    proc = scangate("scanners", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    for name in ("semgrep", "bandit", "pip-audit", "ruff"):
        assert name in proc.stdout
    assert "1." in proc.stdout  # versions were detected
    assert "unavailable" not in proc.stdout


def test_python_dash_m_and_version(tmp_path: Path) -> None:
    proc = scangate("--version", cwd=tmp_path)
    assert proc.returncode == 0
    assert proc.stdout.startswith("scangate ")


def test_empty_folder_is_an_error_not_a_pass(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("nothing here\n")
    code, report, _ = scangate_json(".", cwd=tmp_path)
    assert code == 3
    assert report["verdict"] == "ERROR"
    assert "nothing to scan" in report["reasons"][0]


@pytest.mark.slow
def test_unwritable_output_keeps_the_report_and_exits_2(tmp_path: Path) -> None:
    """Nothing already computed is lost: the report reaches stdout, then the error."""
    (tmp_path / "a.py").write_text("import os\nos.system(input())\n")
    (tmp_path / "blocker").write_text("a file, not a folder")
    proc = scangate(
        "run", ".", "--scanners", "bandit", "-f", "json", "-o", "blocker/out.sarif", cwd=tmp_path
    )
    assert proc.returncode == 2
    assert json.loads(proc.stdout)["verdict"] == "FAIL"
    assert "cannot write blocker/out.sarif" in proc.stderr
    assert "Traceback" not in proc.stderr
