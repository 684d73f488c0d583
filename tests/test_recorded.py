"""Parsing of real scanner output, recorded once: a change to an adapter's parsing is
checked in a second, without running any scanner.

tests/fixtures/recorded/ holds what semgrep, bandit, ruff and pip-audit really printed
(stdout, stderr, exit code) for the command lines their adapters build, on the small
files of its `project/` folder; its capture.py re-records them when a scanner version
changes. Each test rebuilds the ScanContext, Invocation and ProcessResult of one
recording and checks the adapter's Outcome: findings, what was examined and missed and
why, and that unusable output (garbage, truncated, empty, a silent ruff) is refused.
The end-to-end tests (tests/test_faults.py, test_adversarial.py...) still run the
scanners for real.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLE, FIXTURES, REPO
from scangate.adapters.bandit import BanditAdapter
from scangate.adapters.interface import Adapter, Invocation, Outcome, OutputError, ScanContext
from scangate.adapters.osv import database
from scangate.adapters.pip_audit import LocalOsv, PipAuditAdapter
from scangate.adapters.ruff import CANARY_NAME, RuffAdapter
from scangate.adapters.semgrep import SemgrepAdapter
from scangate.model import Finding, Miss, Severity
from scangate.runner import ProcessResult
from scangate.settings.config import ScannerSettings

RECORDED = FIXTURES / "recorded"
PROJECT = RECORDED / "project"
ADAPTERS: dict[str, type[Adapter]] = {
    "semgrep": SemgrepAdapter,
    "bandit": BanditAdapter,
    "ruff": RuffAdapter,
    "pip-audit": PipAuditAdapter,
}


@dataclasses.dataclass
class Recording:
    """One recorded run, its placeholders replaced by this test's folders."""

    adapter: Adapter
    ctx: ScanContext
    inv: Invocation
    result: ProcessResult
    meta: dict[str, Any]

    def parse(self, **changes: Any) -> Outcome:
        """The adapter's reading of this output (`changes`: fields of the ProcessResult)."""
        return self.adapter.parse(self.ctx, self.inv, dataclasses.replace(self.result, **changes))

    def output(self) -> Any:
        return json.loads(self.result.stdout)


def load(name: str, workdir: Path) -> Recording:
    """Recording `name`, as if its scanner had run on PROJECT with this workdir."""
    workdir.mkdir(parents=True, exist_ok=True)
    subs = [
        ("/__ROOT__", str(PROJECT)),
        ("/__WORK__", str(workdir)),
        ("__WORK__", str(workdir).strip("/").replace("/", ".")),  # semgrep's rule-id prefix
        ("/__REPO__", str(REPO)),
    ]

    def real(text: str) -> str:
        for mark, path in subs:
            text = text.replace(mark, path)
        return text

    meta = json.loads((RECORDED / f"{name}.json").read_text(encoding="utf-8"))
    stdout = real((RECORDED / f"{name}.stdout.json").read_text(encoding="utf-8"))
    stderr = real((RECORDED / f"{name}.stderr.txt").read_text(encoding="utf-8"))
    settings = meta["settings"]
    options = {k: tuple(real(v) for v in vs) for k, vs in settings["options"].items()}
    state = None
    if meta["state"] == "local-osv":
        state = LocalOsv("http://127.0.0.1:1/v1/query", database.load(EXAMPLE / "osv-db"))
    ctx = ScanContext(
        PROJECT,
        tuple(meta["targets"]),
        ScannerSettings(args=tuple(settings["args"]), options=options),
        workdir,
        state=state,
    )
    argv = tuple(real(a) for a in meta["argv"])
    inv = Invocation(argv, tuple(meta["targets"]), meta["env"], meta["cwd"], meta["label"])
    result = ProcessResult(
        argv, meta["returncode"], stdout.encode(), stderr.encode(), meta["duration"]
    )
    return Recording(ADAPTERS[meta["scanner"]](), ctx, inv, result, meta)


@pytest.fixture
def rec(tmp_path: Path):
    return lambda name: load(name, tmp_path / "work")


def hits(outcome: Outcome) -> list[tuple[str, str, int]]:
    return sorted((f.location.path, f.rule_id, f.location.start_line) for f in outcome.findings)


def by_rule(outcome: Outcome) -> dict[str, Finding]:
    return {f.rule_id: f for f in outcome.findings}


def misses(outcome: Outcome) -> dict[str, Miss]:
    return {m.target: m for m in outcome.missed}


# --------------------------------------------------------------------------- semgrep

SEMGREP_VULN = [
    # (rule, line, CWEs, severity): ERROR is high, WARNING medium; CWEs from the rules,
    # in their declared order.
    ("python-hardcoded-secret", 12, (798, 259), Severity.HIGH),
    ("python-command-injection", 18, (78,), Severity.HIGH),
    ("python-pickle-deserialization", 24, (502,), Severity.HIGH),
    ("python-xss", 24, (79,), Severity.HIGH),
    ("python-xss", 29, (79,), Severity.HIGH),
    ("python-code-injection", 29, (94, 95), Severity.HIGH),
    ("python-weak-hash-audit", 33, (328,), Severity.MEDIUM),
    ("python-tls-verify-disabled", 37, (295,), Severity.HIGH),
    # The companion rule: `cmd` is a parameter, not request data (medium).
    ("python-shell-command-from-variable", 41, (78,), Severity.MEDIUM),
]


def test_semgrep_findings_are_named_by_the_users_rule_ids(rec) -> None:
    """The compiled pack's temporary folder prefixes every check_id: it is cut off."""
    r = rec("semgrep-vulnerable")
    out = r.parse()
    got = sorted(
        (f.rule_id, f.location.start_line, f.cwes, f.severity)
        for f in out.findings
        if f.location.path == "vuln.py"
    )
    assert got == sorted(SEMGREP_VULN)
    assert len(out.findings) == len(SEMGREP_VULN)
    assert out.examined == ("vuln.py",) and out.missed == ()
    assert {rule.id for rule in out.rules} == {rid for rid, *_ in SEMGREP_VULN}
    assert out.tool_version == r.meta["versions"]["semgrep"]
    cmd = by_rule(out)["python-command-injection"]
    assert cmd.scanner == "semgrep" and cmd.confidence == "high"
    assert (cmd.location.start_column, cmd.location.end_column) == (15, 34)  # the sink
    assert {"B605", "S605"} <= set(cmd.corroborates)  # from the rule's metadata


def test_semgrep_clean_file_is_examined(rec) -> None:
    out = rec("semgrep-clean").parse()
    assert (out.findings, out.examined, out.missed) == ((), ("clean.py",), ())


def test_semgrep_partial_parse_is_a_partial_miss_that_keeps_findings(rec) -> None:
    """broken.py: semgrep parses around the syntax error (PartialParsing, a warning) and
    still finds the os.system above it; the file is not examined, but partly.

    not_utf8.py holds the same os.system(input()) and semgrep lists it as scanned, with
    no error, yet finds nothing: its regex operators (the pack's `pattern-regex` file
    gates) never match in a file that is not valid UTF-8. This recording is semgrep
    handed the file itself; a scan hands it a UTF-8 view instead (scan/decode.py,
    tests/test_adversarial.py)."""
    out = rec("semgrep-syntax").parse()
    assert hits(out) == [("broken.py", "python-command-injection", 5)]
    assert out.examined == ("clean.py", "not_utf8.py")
    assert out.missed == (Miss("broken.py", "semgrep: could only partly parse it", (), True),)


def test_semgrep_three_rule_timeouts_miss_every_check_of_the_file(rec) -> None:
    """At semgrep's --timeout-threshold (3) it skips the file's other rules silently:
    the whole file is unexamined (`cwes == ()`), not partial."""
    out = rec("semgrep-timeouts").parse()
    assert out.findings == ()
    assert out.examined == ("clean.py",)
    (miss,) = out.missed
    assert miss.target == "big.py" and miss.cwes == () and not miss.partial
    assert miss.reason == (
        "semgrep: 3 rules timed out on it (python-hardcoded-secret, python-open-redirect,"
        " python-xss),"
        " so it skipped the rest"
    )


def test_semgrep_rule_timeouts_below_the_threshold_miss_those_rules_cwes(rec) -> None:
    """DERIVED from the recording: the same three timeouts with `--timeout-threshold 0`
    (no limit) in the command line lose only their own rules' checks."""
    r = rec("semgrep-timeouts")
    argv, end = r.inv.argv, r.inv.argv.index("--")
    r.inv = dataclasses.replace(r.inv, argv=(*argv[:end], "--timeout-threshold", "0", *argv[end:]))
    (miss,) = r.parse().missed
    assert miss.target == "big.py" and miss.partial
    assert miss.cwes == (79, 259, 601, 798)
    assert "python-hardcoded-secret, python-open-redirect, python-xss did not finish" in miss.reason


def test_semgrep_one_rule_timeout_misses_its_cwe(rec) -> None:
    out = rec("semgrep-timeout-one-rule").parse()
    assert out.findings == () and out.examined == ()
    assert out.missed == (
        Miss("big.py", "semgrep rule(s) python-open-redirect did not finish on it", (601,), True),
    )


def test_semgrep_exit_2_for_a_bad_rule_keeps_findings_and_misses_everything(rec) -> None:
    """A rule semgrep cannot compile: exit 2, valid JSON, an error naming no file. The
    other rule's finding is real and kept; no file counts as examined (cwes None: not
    the files' doing), and the message names the rule as the user wrote it."""
    r = rec("semgrep-rule-error")
    assert r.result.returncode == 2
    out = r.parse()
    assert hits(out) == [("vuln.py", "recorded-eval", 29)]
    assert by_rule(out)["recorded-eval"].cwes == (95,)
    assert out.examined == ()
    assert [m.target for m in out.missed] == ["vuln.py", "clean.py"]
    for m in out.missed:
        assert m.cwes is None and not m.partial
        assert (
            m.reason == "semgrep failed (exit code 2): Rule parse error in rule recorded-bad-regex:"
        )


def test_semgrep_exit_2_with_errors_naming_files_misses_only_those(rec) -> None:
    """DERIVED (exit code changed to 2): when every error names a file, only those files
    are missed; the rest of semgrep's work, findings and coverage, stands."""
    out = rec("semgrep-syntax").parse(returncode=2)
    assert [f.location.path for f in out.findings] == ["broken.py"]
    assert out.examined == ("clean.py", "not_utf8.py")
    assert [m.target for m in out.missed] == ["broken.py"]


def test_semgrep_refusing_the_run_misses_every_target(rec) -> None:
    out = rec("semgrep-missing-target").parse()
    assert out.findings == () and out.examined == ()
    assert [m.target for m in out.missed] == ["vuln.py", "gone.py"]
    for m in out.missed:
        assert m.cwes is None
        assert m.reason.startswith("semgrep failed (exit code 2): Invalid scanning root: ")
        assert m.reason.endswith("/gone.py")


def test_semgrep_out_of_memory_makes_the_file_unexamined(rec) -> None:
    out = rec("semgrep-out-of-memory").parse()
    assert len(out.findings) == len(SEMGREP_VULN)  # vuln.py was fully scanned
    assert out.examined == ("vuln.py",)
    assert [m.target for m in out.missed] == ["big.py"]


def test_semgrep_output_of_the_wrong_shape_is_refused(rec) -> None:
    r = rec("semgrep-vulnerable")
    data = r.output()
    del data["paths"]
    with pytest.raises(OutputError, match=r"no 'paths.scanned' list"):
        r.parse(stdout=json.dumps(data).encode())
    with pytest.raises(OutputError, match="not a JSON object"):
        r.parse(stdout=b"[]")
    data = r.output()
    data["results"].append("not an object")
    with pytest.raises(OutputError, match="semgrep result is not an object"):
        r.parse(stdout=json.dumps(data).encode())


# --------------------------------------------------------------------------- bandit

BANDIT_VULN = [
    # (test, line, CWEs, severity, confidence): LOW confidence would lower the severity.
    ("B403", 5, (502,), Severity.LOW, "high"),
    ("B404", 6, (78,), Severity.LOW, "high"),
    ("B105", 12, (798,), Severity.LOW, "medium"),
    ("B605", 18, (78,), Severity.HIGH, "high"),
    ("B301", 24, (502,), Severity.MEDIUM, "high"),
    ("B307", 29, (94, 95), Severity.MEDIUM, "high"),  # bandit tags eval CWE-78; it is 94/95
    ("B324", 33, (328,), Severity.HIGH, "high"),
    ("B501", 37, (295,), Severity.HIGH, "high"),
    ("B602", 41, (78,), Severity.HIGH, "high"),
]


def test_bandit_findings(rec) -> None:
    r = rec("bandit-vulnerable")
    assert r.result.returncode == 1  # bandit's "found something"
    out = r.parse()
    got = sorted(
        (f.rule_id, f.location.start_line, f.cwes, f.severity, f.confidence) for f in out.findings
    )
    assert got == sorted(BANDIT_VULN)
    assert {f.location.path for f in out.findings} == {"vuln.py"}
    assert out.examined == ("vuln.py",) and out.missed == ()
    b602 = next(rule for rule in out.rules if rule.id == "B602")
    assert b602.help_uri and "bandit" in b602.help_uri
    assert by_rule(out)["B605"].location.start_column == 5  # bandit's 0-based col_offset + 1


def test_bandit_clean_file_is_examined(rec) -> None:
    out = rec("bandit-clean").parse()
    assert (out.findings, out.examined, out.missed) == ((), ("clean.py",), ())


def test_bandit_errors_are_the_files_own_misses(rec) -> None:
    """bandit lists a file it could not parse in `errors` *and* in its metrics: it is
    missed, with every bandit check (cwes == ()), not examined."""
    out = rec("bandit-syntax").parse()
    assert out.findings == ()
    assert out.examined == ("clean.py",)
    reason = "bandit could not analyse it: syntax error while parsing AST from file"
    assert misses(out) == {
        "broken.py": Miss("broken.py", reason, ()),
        "not_utf8.py": Miss("not_utf8.py", reason, ()),
    }


def test_bandit_failure_and_wrong_shapes_are_refused(rec) -> None:
    r = rec("bandit-vulnerable")
    with pytest.raises(OutputError, match=r"bandit failed \(exit code 2\)"):
        r.parse(returncode=2)
    data = r.output()
    del data["metrics"]
    with pytest.raises(OutputError, match="no 'metrics'"):
        r.parse(stdout=json.dumps(data).encode())
    data = r.output()
    data["errors"] = "x"
    with pytest.raises(OutputError, match="malformed 'errors' list"):
        r.parse(stdout=json.dumps(data).encode())


def test_bandit_file_missing_from_its_metrics_was_not_examined(rec) -> None:
    """DERIVED: a target bandit does not list in its metrics was not looked at."""
    r = rec("bandit-clean")
    data = r.output()
    data["metrics"] = {k: v for k, v in data["metrics"].items() if k == "_totals"}
    out = r.parse(stdout=json.dumps(data).encode())
    assert out.examined == ()
    assert out.missed == (Miss("clean.py", "bandit did not examine it"),)


# --------------------------------------------------------------------------- ruff

RUFF_VULN = [
    # (code, line, CWEs, severity): ruff has no severity, bandit's for the same test.
    ("S105", 12, (798,), Severity.LOW),
    ("S605", 18, (78,), Severity.HIGH),
    ("S301", 24, (502,), Severity.MEDIUM),
    ("S307", 29, (94, 95), Severity.MEDIUM),
    ("S324", 33, (328,), Severity.HIGH),
    ("S501", 37, (295,), Severity.HIGH),
    ("S602", 41, (78,), Severity.HIGH),
]


def test_ruff_findings_without_its_canary(rec) -> None:
    r = rec("ruff-vulnerable")
    canary = str(r.ctx.workdir / CANARY_NAME)
    assert any(item["filename"] == canary for item in r.output())  # ruff did report it
    out = r.parse()
    got = sorted((f.rule_id, f.location.start_line, f.cwes, f.severity) for f in out.findings)
    assert got == sorted(RUFF_VULN)
    assert {f.location.path for f in out.findings} == {"vuln.py"}  # not the canary
    assert out.examined == ("vuln.py",) and out.missed == ()


def test_ruff_clean_file_is_examined_by_its_log(rec) -> None:
    r = rec("ruff-clean")
    assert b"Checking: " + str(PROJECT / "clean.py").encode() in r.result.stderr
    out = r.parse()
    assert (out.findings, out.examined, out.missed) == ((), ("clean.py",), ())


def test_ruff_syntax_errors_and_unreadable_files_are_misses(rec) -> None:
    """A syntax error is reported as a non-S diagnostic; a file ruff cannot read is a
    "Failed to lint" warning on stderr, named relative to ruff's cwd (the root)."""
    out = rec("ruff-syntax").parse()
    assert out.findings == ()
    assert out.examined == ("clean.py",)
    assert misses(out) == {
        "broken.py": Miss("broken.py", "ruff could not parse it: Expected an identifier", ()),
        "not_utf8.py": Miss(
            "not_utf8.py", "ruff could not lint it: stream did not contain valid UTF-8", ()
        ),
    }


def test_ruff_coverage_is_what_its_log_shows(rec) -> None:
    """ruff told to skip vuln.py prints "[]" for it: its log proves it never read it."""
    out = rec("ruff-excluded").parse()
    assert out.findings == ()
    assert out.examined == ("clean.py",)
    assert out.missed == (Miss("vuln.py", "ruff's log does not show that it read it"),)


def test_ruff_without_its_canary_finding_is_refused(rec) -> None:
    """Recorded: ruff told to skip the canary. Derived: the canary's S307 taken out of a
    good run. Either way its rules cannot be shown to have run: OutputError."""
    message = r"ruff did not report its canary's S307 \(exit code 0\)"
    with pytest.raises(OutputError, match=message):
        rec("ruff-no-canary").parse()
    r = rec("ruff-vulnerable")
    canary = str(r.ctx.workdir / CANARY_NAME)
    data = [item for item in r.output() if item["filename"] != canary]
    with pytest.raises(OutputError, match=message):
        r.parse(stdout=json.dumps(data).encode())
    # A canary finding of another rule is no proof either.
    data = [{**i, "code": "S102"} if i["filename"] == canary else i for i in r.output()]
    with pytest.raises(OutputError, match=message):
        r.parse(stdout=json.dumps(data).encode())


def test_ruff_failure_and_wrong_shapes_are_refused(rec) -> None:
    r = rec("ruff-vulnerable")
    with pytest.raises(OutputError, match=r"ruff failed \(exit code 2\)"):
        r.parse(returncode=2)
    with pytest.raises(OutputError, match="not a JSON list"):
        r.parse(stdout=b"{}")
    with pytest.raises(OutputError, match="ruff result is not an object"):
        r.parse(stdout=b"[1]")


# --------------------------------------------------------------------------- pip-audit


def test_pip_audit_finding_points_at_the_pin(rec) -> None:
    out = rec("pip-audit-vulnerable").parse()
    (f,) = out.findings
    assert (f.location.path, f.location.start_line) == ("requirements.txt", 2)
    assert (f.rule_id, f.package, f.version) == ("PYSEC-2018-28", "requests", "2.19.1")
    assert f.aliases == ("CVE-2018-18074", "GHSA-x84v-xcm2-53pg")
    assert f.fix_versions == ("2.20.0",)
    assert f.severity == Severity.HIGH  # no local database: no CVSS vector to score
    assert "Upgrade requests to 2.20.0." in f.message
    assert out.examined == ("requirements.txt",) and out.missed == ()


def test_pip_audit_clean_file_is_examined(rec) -> None:
    out = rec("pip-audit-clean").parse()
    assert (out.findings, out.examined, out.missed) == ((), ("requirements-clean.txt",), ())


def test_pip_audit_skipped_dependency_is_a_partial_miss_naming_it(rec) -> None:
    """six skipped (pip-audit could not audit it), requests audited and vulnerable: the
    finding stands, the file is not examined, and the miss is partial and names six."""
    out = rec("pip-audit-skipped").parse()
    assert [f.rule_id for f in out.findings] == ["PYSEC-2018-28"]
    assert out.examined == ()
    (miss,) = out.missed
    assert miss.target == "requirements.txt" and miss.partial and miss.cwes is None
    assert miss.reason.startswith("1 of 2 dependencies not audited (service http://127.0.0.1:")
    assert miss.reason.endswith(
        "six (URL requirements cannot be pinned to a specific package version)"
    )


def test_pip_audit_dependency_absent_from_its_output_is_not_audited(rec) -> None:
    """DERIVED: six dropped from the output; nothing was skipped, nothing was said."""
    r = rec("pip-audit-vulnerable")
    data = r.output()
    data["dependencies"] = [d for d in data["dependencies"] if d["name"] != "six"]
    out = r.parse(stdout=json.dumps(data).encode())
    assert len(out.findings) == 1 and out.examined == ()
    (miss,) = out.missed
    assert miss.partial and miss.reason.endswith("six (absent from pip-audit's output)")
    data["dependencies"] = []  # nothing audited at all: a full miss
    (miss,) = r.parse(stdout=json.dumps(data).encode()).missed
    assert not miss.partial and miss.reason.startswith("2 of 2 dependencies not audited")


def test_pip_audit_service_down_is_refused_and_transient(rec) -> None:
    r = rec("pip-audit-service-down")
    assert r.result.returncode == 1 and r.result.stdout == b""
    with pytest.raises(OutputError, match=r"pip-audit printed no output \(exit code 1\): .*"):
        r.parse()
    assert r.adapter.is_transient(r.result)  # a connection error: worth a retry


def test_pip_audit_local_database_scores_by_cvss(rec) -> None:
    from test_osv import EXPECTED

    out = rec("pip-audit-local-db").parse()
    got = {
        (f.package, f.version, f.rule_id, f.aliases, f.fix_versions, f.severity.label)
        for f in out.findings
    }
    assert got == EXPECTED
    text = (PROJECT / "requirements-example.txt").read_text().splitlines()
    for f in out.findings:
        assert text[f.location.start_line - 1].lower().startswith(f.package or "?")
    assert out.examined == ("requirements-example.txt",)


def test_pip_audit_failure_and_wrong_shapes_are_refused(rec) -> None:
    r = rec("pip-audit-vulnerable")
    with pytest.raises(OutputError, match=r"pip-audit failed \(exit code 2, service "):
        r.parse(returncode=2)
    with pytest.raises(OutputError, match="no 'dependencies' list"):
        r.parse(stdout=b'{"fixes": []}')
    with pytest.raises(OutputError, match="dependency is malformed"):
        r.parse(stdout=b'{"dependencies": [{"version": "1"}]}')
    data = r.output()
    data["dependencies"][0]["vulns"] = [{"no": "id"}]
    with pytest.raises(OutputError, match="vulnerability is malformed"):
        r.parse(stdout=json.dumps(data).encode())


# --------------------------------------------------------------------------- every adapter

GOOD = ["semgrep-vulnerable", "bandit-vulnerable", "ruff-vulnerable", "pip-audit-vulnerable"]


@pytest.mark.parametrize("name", GOOD)
def test_garbage_truncated_and_empty_output_is_refused(rec, name: str) -> None:
    r = rec(name)
    assert r.parse().findings  # the recording itself is fine
    half = r.result.stdout[: len(r.result.stdout) // 2]
    with pytest.raises(OutputError, match="not valid JSON"):
        r.parse(stdout=half)
    with pytest.raises(OutputError, match="not valid JSON"):
        r.parse(stdout=b"<html>502 Bad Gateway</html>")
    with pytest.raises(OutputError, match="printed no output"):
        r.parse(stdout=b"  \n")
    with pytest.raises(OutputError, match="exceeded the size cap and was truncated"):
        r.parse(stdout_truncated=True)


@pytest.mark.parametrize("name", GOOD[:3])  # pip-audit reports packages, not paths
def test_findings_outside_the_root_are_never_reported(rec, name: str) -> None:
    """The same output read against another root: no finding leaves its root, and no
    target counts as examined on the strength of files elsewhere."""
    r = rec(name)
    other = PROJECT.parent / "elsewhere"
    r.ctx = dataclasses.replace(r.ctx, root=other)
    try:
        out = r.parse()
    except OutputError:
        return  # refusing is fine too
    assert out.findings == ()
    assert out.examined == ()
