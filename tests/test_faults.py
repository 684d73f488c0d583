"""Fault injection: broken scanners must never make the gate fail open.

Every broken scanner here is a FAULT-INJECTION FAKE: tests/fakes/fake_scanner.py
wraps the real scanner (or none at all) and crashes it by SIGSEGV, hangs it past
its timeout, prints garbage or half of its JSON, floods stdout past the output
cap, exits 1 with valid output, or hides files it examined. Only the fault is
fake: every healthy scanner, and every fake mode that wraps a real one, runs
the real tool on real code, and pip-audit talks HTTP to a real OSV-compatible
server on 127.0.0.1 (tests/osv_server.py).

Each test runs `scangate run --format json` as a subprocess and checks the
verdict contract (docs/architecture.md): the exit code, and the report's explanation —
`reasons`, `warnings`, and the broken scanner's `status`, `message` and
`coverage.missed`.
"""

from __future__ import annotations

import re
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import (
    FIXTURES,
    fake_command,
    runs_by_name,
    scangate_json,
    toml_list,
    write_config,
)
from osv_server import REQUESTS_2_19_1, osv_server

pytestmark = pytest.mark.slow  # drives real scanners, git or pip

MISSING = ["/nonexistent/x"]
CAP = 200_000  # max_output_bytes for every run here; the flood fake prints 20x that
FLOOD_ENV = {"FAKE_FLOOD_BYTES": str(4_000_000)}
# A file bandit 1.9 under Python 3.11 cannot parse (PEP 701 f-string, Python 3.12).
PEP701 = 'x = f"{"a"}"\nprint(x)\n'

# Faults that leave a scanner with nothing usable: mode -> (status, cause in its message).
BROKEN: dict[str, tuple[str, str]] = {
    "crash": ("failed", "killed by SIGSEGV"),
    "hang": ("timeout", "timed out after"),
    "garbage": ("failed", "not valid JSON"),
    "truncate": ("failed", "not valid JSON"),
    "flood": ("failed", "output exceeded the size cap and was truncated"),
    "missing": ("failed", "executable not found: /nonexistent/x"),
}
# The line a warning starts with, by run status.
STATUS_WORD = {"failed": "failed", "timeout": "timed out", "degraded": "degraded"}


# --------------------------------------------------------------------------- helpers


def project(tmp_path: Path, *names: str, extra: dict[str, str] | None = None) -> Path:
    """A project with some files of tests/fixtures/small, plus `extra` files."""
    proj = tmp_path / "proj"
    proj.mkdir()
    for name in names:
        shutil.copy(FIXTURES / "small" / name, proj / name)
    for name, text in (extra or {}).items():
        (proj / name).write_text(text, encoding="utf-8")
    return proj


def section(scanner: str, mode: str | None = None, **settings: Any) -> str:
    """A `[scanners.<name>]` table; with `mode`, the scanner is a fault-injection fake."""
    lines = [f"[scanners.{scanner}]"]
    if mode is not None:
        command = MISSING if mode == "missing" else fake_command(mode, scanner)
        lines += [f"command = {toml_list(command)}", "retries = 0"]
        if mode == "hang":
            lines.append("timeout = 3")
    for key, value in settings.items():
        if isinstance(value, list):
            lines.append(f"{key} = {toml_list(value)}")
        elif isinstance(value, str):
            lines.append(f'{key} = "{value}"')
        else:
            lines.append(f"{key} = {value}")
    return "\n".join(lines) + "\n"


def gate(
    proj: Path, scanners: str, *sections: str, env: dict[str, str] | None = None
) -> tuple[int, dict[str, Any]]:
    """Write scangate.toml, run the gate on `.`; return (exit code, JSON report)."""
    write_config(proj, f"max_output_bytes = {CAP}\n" + "".join(sections))
    # No result cache: every scanner must really run (a cached file is not re-scanned).
    env = {"SCANGATE_NO_CACHE": "1", **(env or {})}
    # The config is the test's own (fault injection names fake programs): --trust-config.
    code, report, stderr = scangate_json(
        "--trust-config", "--scanners", scanners, ".", cwd=proj, env=env
    )
    assert "Traceback" not in stderr, stderr
    assert report["exit_code"] == code
    return code, report


def env_for(mode: str) -> dict[str, str] | None:
    if mode == "skipsome":
        return {"FAKE_SKIP_FILE": "app.py"}
    return FLOOD_ENV if mode == "flood" else None


def assert_broken(report: dict[str, Any], scanner: str, mode: str, targets: list[str]) -> None:
    """The broken scanner is not ok, says why, misses every target, and a warning says so."""
    status, cause = BROKEN[mode]
    run = runs_by_name(report)[scanner]
    assert run["status"] == status, run
    assert cause in run["message"], run["message"]
    assert run["findings"] == 0
    missed = run["coverage"]["missed"]
    assert sorted(m["target"] for m in missed) == sorted(targets)
    assert all(cause in m["reason"] for m in missed), missed
    word = STATUS_WORD[status]
    assert any(w.startswith(f"{scanner} {word}: ") and cause in w for w in report["warnings"]), (
        report["warnings"]
    )


def assert_fail_decided_by(report: dict[str, Any], voters: str) -> None:
    """FAIL on app.py's flaws (command injection, pickle, eval), every blocking group
    carried by the votes of `voters` alone."""
    assert report["verdict"] == "FAIL"
    reasons = report["reasons"]
    assert re.fullmatch(r"\d+ blocking finding group\(s\)", reasons[0]), reasons
    lines = set()
    for line in reasons[1:]:
        m = re.search(r" at app\.py:(\d+) \(", line)
        assert m, line
        lines.add(int(m.group(1)))
        assert line.endswith(f" needed: {voters})"), line
    assert {15, 21, 26} <= lines, reasons


@pytest.fixture(scope="module")
def osv_url() -> Iterator[str]:
    """A real OSV-compatible server on 127.0.0.1 that knows requests 2.19.1's advisory."""
    with osv_server({("requests", "2.19.1"): [REQUESTS_2_19_1]}) as url:
        yield url


def pip_audit_args(url: str) -> list[str]:
    return ["--vulnerability-service", "osv", "--osv-url", url]


# --------------------------------------------------------------------------- SAST faults

# The faulty SAST scanner -> the healthy one beside it. ruff, a standby by default, is
# made a primary here so that it always runs. bandit's partner is ruff rather than
# semgrep only to keep this file fast (semgrep costs ~4 s a run); the semgrep + bandit
# pairing is exercised by the crash, exit-1 and PEP 701 tests below.
SAST_PAIRS = {"semgrep": "bandit", "bandit": "ruff", "ruff": "bandit"}


def sast_section(scanner: str, mode: str | None = None) -> str:
    return section(scanner, mode, **({"role": "primary"} if scanner == "ruff" else {}))


@pytest.mark.parametrize("mode", [*BROKEN, "zero", "skipsome"])
@pytest.mark.parametrize("scanner", list(SAST_PAIRS))
def test_sast_fault_beside_a_healthy_scanner_still_fails_real_flaws(
    tmp_path: Path, scanner: str, mode: str
) -> None:
    """A real finding is real: the healthy scanner's flaws in app.py decide FAIL."""
    partner = SAST_PAIRS[scanner]
    proj = project(tmp_path, "app.py", "clean.py")
    code, report = gate(
        proj,
        f"{scanner},{partner}",
        sast_section(scanner, mode),
        sast_section(partner),
        env=env_for(mode),
    )
    assert code == 1
    assert_fail_decided_by(report, partner)
    runs = runs_by_name(report)
    assert runs[partner]["status"] == "ok"
    assert runs[partner]["findings"] > 0
    bad = runs[scanner]
    assert bad["role"] == "primary"
    assert bad["findings"] == 0
    if mode in BROKEN:
        assert_broken(report, scanner, mode, ["app.py", "clean.py"])
    elif mode == "zero":
        # It "succeeded" having examined nothing: an empty result, never a clean one.
        assert bad["status"] == "failed"
        assert bad["message"].startswith("examined none of its 2 target(s)")
        assert {m["target"] for m in bad["coverage"]["missed"]} == {"app.py", "clean.py"}
        assert any(w.startswith(f"{scanner} failed: examined none") for w in report["warnings"])
    else:  # skipsome: the fake hides app.py (the first file) from what it examined
        assert bad["status"] == "degraded"
        assert bad["message"] == "did not examine 1 of 2 target(s)"
        assert [m["target"] for m in bad["coverage"]["missed"]] == ["app.py"]
        assert f"{scanner} degraded: did not examine 1 of 2 target(s)" in report["warnings"]
        assert any(w.startswith(f"{scanner} did not examine app.py: ") for w in report["warnings"])


@pytest.mark.parametrize(
    ("scanner", "scanners"),
    [
        ("semgrep", "semgrep,bandit,ruff"),
        ("bandit", "semgrep,bandit,ruff"),
        ("ruff", "ruff,bandit"),
    ],
)
def test_exit_1_with_valid_output_counts(tmp_path: Path, scanner: str, scanners: str) -> None:
    """Exit 1 with valid JSON is bandit's normal "found" (and valid for semgrep and ruff)."""
    proj = project(tmp_path, "app.py", "clean.py")
    code, report = gate(proj, scanners, sast_section(scanner, "exit1"))
    assert code == 1
    assert report["verdict"] == "FAIL"
    runs = runs_by_name(report)
    assert runs[scanner]["status"] == "ok"
    assert runs[scanner]["exit_codes"] == [1]
    assert runs[scanner]["findings"] > 0
    assert runs[scanner]["coverage"]["missed"] == []
    assert not any(w.startswith(scanner) for w in report["warnings"])
    # Its findings vote: each of app.py's flaws is blocked with its vote among others.
    for line in (15, 21, 26):
        [reason] = [r for r in report["reasons"] if f" at app.py:{line} (2 vote(s)" in r]
        assert scanner in reason.rsplit("needed: ", 1)[1], reason
    if scanner != "ruff":
        # Both primaries ok: the standby is not needed.
        assert runs["ruff"]["role"] == "standby"
        assert runs["ruff"]["status"] == "skipped"


@pytest.mark.parametrize("crashing", ["semgrep", "bandit"])
def test_one_crash_on_clean_code_passes_loudly(tmp_path: Path, crashing: str) -> None:
    """The other SAST scanner covers every file: PASS, with the crash in the warnings."""
    other = "bandit" if crashing == "semgrep" else "semgrep"
    proj = project(tmp_path, "clean.py")
    code, report = gate(proj, "semgrep,bandit", section(crashing, "crash"))
    assert code == 0
    assert report["verdict"] == "PASS"
    assert report["reasons"] == [
        "no blocking findings; every target met its quorum",
        "PASS despite 1 scanner(s) not ok (see warnings)",
    ]
    assert_broken(report, crashing, "crash", ["clean.py"])
    assert runs_by_name(report)[other]["status"] == "ok"


def test_both_sast_scanners_crash_is_error_naming_the_target(tmp_path: Path) -> None:
    proj = project(tmp_path, "clean.py")
    code, report = gate(
        proj, "semgrep,bandit", section("semgrep", "crash"), section("bandit", "crash")
    )
    assert code == 3
    assert report["verdict"] == "ERROR"
    assert report["reasons"] == [
        "sast quorum not met: 1 of 1 target(s) examined by fewer than 1 healthy scanner(s)",
        "  clean.py: semgrep: semgrep printed no output (killed by SIGSEGV); "
        "bandit: bandit printed no output (killed by SIGSEGV)",
    ]
    assert report["uncovered"] == [
        {
            "category": "sast",
            "target": "clean.py",
            "covered_by": [],
            "needed": 1,
            "reasons": [
                "semgrep: semgrep printed no output (killed by SIGSEGV)",
                "bandit: bandit printed no output (killed by SIGSEGV)",
            ],
        }
    ]
    for scanner in ("semgrep", "bandit"):
        assert_broken(report, scanner, "crash", ["clean.py"])


@pytest.mark.parametrize(
    ("files", "code", "verdict"),
    [(("clean.py",), 0, "PASS"), (("app.py", "clean.py"), 1, "FAIL")],
)
def test_standby_takes_over_when_both_primaries_crash(
    tmp_path: Path, files: tuple[str, ...], code: int, verdict: str
) -> None:
    proj = project(tmp_path, *files)
    got, report = gate(
        proj, "semgrep,bandit,ruff", section("semgrep", "crash"), section("bandit", "crash")
    )
    assert got == code
    assert report["verdict"] == verdict
    ruff = runs_by_name(report)["ruff"]
    assert (ruff["role"], ruff["status"], ruff["coverage"]["missed"]) == ("standby", "ok", [])
    for scanner in ("semgrep", "bandit"):
        assert_broken(report, scanner, "crash", list(files))
    if verdict == "FAIL":
        assert_fail_decided_by(report, "ruff")
    else:
        assert report["reasons"][0] == "no blocking findings; every target met its quorum"
        assert report["uncovered"] == []


def test_standby_alone_is_not_skipped(tmp_path: Path) -> None:
    """With no SAST primary selected, the standby must run (it used to be "skipped": PASS)."""
    proj = project(tmp_path, "app.py", "clean.py")
    code, report = gate(proj, "ruff")
    assert code == 1
    ruff = runs_by_name(report)["ruff"]
    assert (ruff["role"], ruff["status"]) == ("standby", "ok")
    assert_fail_decided_by(report, "ruff")


def test_bandit_cannot_parse_a_file_semgrep_covered(tmp_path: Path) -> None:
    """bandit drops a PEP 701 file; semgrep examined it, so quorum 1 holds: PASS, loudly."""
    proj = project(tmp_path, "clean.py", extra={"new.py": PEP701})
    code, report = gate(proj, "semgrep,bandit")
    assert code == 0
    assert report["verdict"] == "PASS"
    runs = runs_by_name(report)
    assert runs["semgrep"]["status"] == "ok"
    bandit = runs["bandit"]
    assert bandit["status"] == "degraded"
    assert bandit["message"] == "did not examine 1 of 2 target(s)"
    [miss] = bandit["coverage"]["missed"]
    assert miss["target"] == "new.py"
    assert miss["reason"].startswith("bandit could not analyse it: syntax error")
    assert f"bandit did not examine new.py: {miss['reason']}" in report["warnings"]
    assert "PASS despite 1 scanner(s) not ok (see warnings)" in report["reasons"]


def test_nothing_covered_a_file_is_error(tmp_path: Path) -> None:
    """semgrep crashes and bandit cannot parse the only file: nobody vouches for it."""
    proj = project(tmp_path, extra={"new.py": PEP701})
    code, report = gate(proj, "semgrep,bandit", section("semgrep", "crash"))
    assert code == 3
    assert report["verdict"] == "ERROR"
    assert report["reasons"][0] == (
        "sast quorum not met: 1 of 1 target(s) examined by fewer than 1 healthy scanner(s)"
    )
    line = report["reasons"][1]
    assert line.startswith("  new.py: semgrep: semgrep printed no output (killed by SIGSEGV); ")
    assert "bandit: bandit could not analyse it: syntax error" in line
    [uncovered] = report["uncovered"]
    assert (uncovered["target"], uncovered["covered_by"]) == ("new.py", [])
    assert runs_by_name(report)["bandit"]["status"] == "failed"


# --------------------------------------------------------------------------- pip-audit


def test_pip_audit_with_osv_server_finds_requests_advisory(tmp_path: Path, osv_url: str) -> None:
    """The healthy baseline: the deps category is covered and requests 2.19.1 is flagged."""
    proj = project(tmp_path, "clean.py", "requirements.txt")
    code, report = gate(
        proj, "bandit,pip-audit", section("pip-audit", args=pip_audit_args(osv_url))
    )
    assert code == 1
    assert report["verdict"] == "FAIL"
    assert report["reasons"] == [
        "1 blocking finding group(s)",
        "high PYSEC-2018-28 at requirements.txt:2 (1 vote(s), 1 needed: pip-audit)",
    ]
    assert report["warnings"] == []
    run = runs_by_name(report)["pip-audit"]
    assert (run["status"], run["coverage"]["examined"], run["coverage"]["missed"]) == ("ok", 1, [])
    [finding] = [f for g in report["groups"] for f in g["findings"] if f["scanner"] == "pip-audit"]
    assert finding["package"] == "requests"
    assert finding["version"] == "2.19.1"
    assert finding["vulnerability"] == "PYSEC-2018-28"
    assert finding["fix_versions"] == ["2.20.0"]
    assert "CVE-2018-18074" in finding["aliases"]


def test_pip_audit_clean_dependencies_pass(tmp_path: Path, osv_url: str) -> None:
    """The server answers "no vulns" for six: audited and clean, so PASS."""
    proj = project(tmp_path, "clean.py", extra={"requirements.txt": "six==1.16.0\n"})
    code, report = gate(
        proj, "bandit,pip-audit", section("pip-audit", args=pip_audit_args(osv_url))
    )
    assert code == 0
    assert report["verdict"] == "PASS"
    assert report["warnings"] == []
    assert runs_by_name(report)["pip-audit"]["status"] == "ok"


# mode -> (status, words in the message and in the uncovered target's reason)
PIP_AUDIT_FAULTS: dict[str, tuple[str, tuple[str, ...]]] = {
    **{mode: (status, (cause,)) for mode, (status, cause) in BROKEN.items()},
    "zero": ("failed", ("2 of 2 dependencies not audited", "requests (fake", "six (fake")),
    # One requirements file is one target: a single skipped dependency leaves it unaudited
    # (the run is degraded, not failed: it audited the rest; the file is still uncovered).
    "skipsome": ("degraded", ("1 of 2 dependencies not audited", "requests (fake")),
}


def says(text: str, words: tuple[str, ...]) -> bool:
    return all(w in text for w in words)


@pytest.mark.parametrize("mode", list(PIP_AUDIT_FAULTS))
def test_pip_audit_fault_on_clean_code_is_error(tmp_path: Path, osv_url: str, mode: str) -> None:
    """Deps quorum not met: ERROR, naming requirements.txt and the cause; never clean."""
    status, words = PIP_AUDIT_FAULTS[mode]
    proj = project(tmp_path, "clean.py", "requirements.txt")
    code, report = gate(
        proj,
        "bandit,pip-audit",
        section("pip-audit", mode, args=pip_audit_args(osv_url)),
        env=env_for(mode),
    )
    assert code == 3
    assert report["verdict"] == "ERROR"
    reasons = report["reasons"]
    assert reasons[0] == (
        "deps quorum not met: 1 of 1 target(s) examined by fewer than 1 healthy scanner(s)"
    )
    assert reasons[1].startswith("  requirements.txt: pip-audit: "), reasons
    assert says(reasons[1], words), reasons
    run = runs_by_name(report)["pip-audit"]
    assert run["status"] == status
    assert run["findings"] == 0
    assert says(run["message"], words), run["message"]
    assert [m["target"] for m in run["coverage"]["missed"]] == ["requirements.txt"]
    assert says(run["coverage"]["missed"][0]["reason"], words)
    word = STATUS_WORD[status]
    assert any(w.startswith(f"pip-audit {word}: ") and says(w, words) for w in report["warnings"])
    assert runs_by_name(report)["bandit"]["status"] == "ok"


def test_pip_audit_skipping_one_file_of_two_is_degraded(tmp_path: Path, osv_url: str) -> None:
    """requests is skipped in requirements.txt; requirements-dev.txt is fully audited."""
    proj = project(
        tmp_path, "clean.py", "requirements.txt", extra={"requirements-dev.txt": "six==1.16.0\n"}
    )
    code, report = gate(
        proj,
        "bandit,pip-audit",
        section("pip-audit", "skipsome", args=pip_audit_args(osv_url)),
        env={"FAKE_SKIP_DEP": "requests"},
    )
    assert code == 3
    run = runs_by_name(report)["pip-audit"]
    assert run["status"] == "degraded"
    assert run["message"] == "did not examine 1 of 2 target(s)"
    assert [m["target"] for m in run["coverage"]["missed"]] == ["requirements.txt"]
    assert report["reasons"][0] == (
        "deps quorum not met: 1 of 2 target(s) examined by fewer than 1 healthy scanner(s)"
    )
    assert report["reasons"][1].startswith("  requirements.txt: pip-audit: 1 of 2 dependencies")
    assert "requests (fake" in report["reasons"][1]
    assert "pip-audit degraded: did not examine 1 of 2 target(s)" in report["warnings"]


def test_pip_audit_partial_audit_still_reports_what_it_found(tmp_path: Path, osv_url: str) -> None:
    """six is skipped, requests is audited and vulnerable: the file is not covered, but
    the real finding still decides FAIL."""
    proj = project(tmp_path, "clean.py", "requirements.txt")
    code, report = gate(
        proj,
        "bandit,pip-audit",
        section("pip-audit", "skipsome", args=pip_audit_args(osv_url)),
        env={"FAKE_SKIP_DEP": "six"},
    )
    assert code == 1
    assert report["reasons"][1].startswith("high PYSEC-2018-28 at requirements.txt:2")
    run = runs_by_name(report)["pip-audit"]
    assert (run["status"], run["findings"]) == ("degraded", 1)
    assert says(run["coverage"]["missed"][0]["reason"], ("1 of 2 dependencies", "six (fake"))
    assert [u["target"] for u in report["uncovered"]] == ["requirements.txt"]


def test_pip_audit_exit_1_with_valid_output_counts(tmp_path: Path, osv_url: str) -> None:
    proj = project(tmp_path, "clean.py", "requirements.txt")
    code, report = gate(
        proj, "bandit,pip-audit", section("pip-audit", "exit1", args=pip_audit_args(osv_url))
    )
    assert code == 1
    assert report["reasons"][1].startswith("high PYSEC-2018-28 at requirements.txt:2")
    run = runs_by_name(report)["pip-audit"]
    assert (run["status"], run["exit_codes"], run["findings"]) == ("ok", [1], 1)


def test_pip_audit_crash_with_a_blocking_sast_finding_fails(tmp_path: Path, osv_url: str) -> None:
    """A real finding is real: FAIL, and the unaudited requirements are still reported."""
    proj = project(tmp_path, "app.py", "clean.py", "requirements.txt")
    code, report = gate(
        proj, "bandit,pip-audit", section("pip-audit", "crash", args=pip_audit_args(osv_url))
    )
    assert code == 1
    assert_fail_decided_by(report, "bandit")
    assert_broken(report, "pip-audit", "crash", ["requirements.txt"])
    assert [(u["category"], u["target"]) for u in report["uncovered"]] == [
        ("deps", "requirements.txt")
    ]


def _closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1/query"


@pytest.mark.parametrize("trouble", ["503", "closed-port"])
def test_unreachable_vulnerability_service_is_never_clean(tmp_path: Path, trouble: str) -> None:
    """pip-audit exits 1 with a traceback and no JSON: failed, the cause in its stderr tail."""
    proj = project(tmp_path, "clean.py", "requirements.txt")
    if trouble == "503":
        with osv_server({}, fail_status=503) as url:
            code, report = gate(
                proj, "bandit,pip-audit", section("pip-audit", args=pip_audit_args(url), retries=0)
            )
        attempts, cause = 1, "503 Server Error"
    else:
        # A connection error is transient: one retry, then it fails for good.
        url = _closed_port_url()
        code, report = gate(
            proj, "bandit,pip-audit", section("pip-audit", args=pip_audit_args(url), retries=1)
        )
        attempts, cause = 2, "Connection refused"
    assert code == 3
    assert report["verdict"] == "ERROR"
    run = runs_by_name(report)["pip-audit"]
    assert run["status"] == "failed"
    assert run["message"].startswith("pip-audit printed no output (exit code 1)")
    assert run["attempts"] == attempts
    if attempts > 1:
        assert f"(after {attempts} attempts)" in run["message"]
    assert cause in run["stderr_tail"]
    assert report["reasons"][1].startswith("  requirements.txt: pip-audit: pip-audit printed no")
    assert run["coverage"]["missed"][0]["target"] == "requirements.txt"
