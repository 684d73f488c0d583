"""ruff `--select S`: flake8-bandit in Rust, the default SAST standby.

ruff reports no severity, so its checks take bandit's severity for the same
test number (S602 is bandit's B602). It runs `--isolated` so a project's own
ruff configuration cannot switch the security checks off behind the gate's back.

ruff's JSON lists violations only: an empty list proves nothing about which
files it read, or whether its rules ran at all. So coverage comes from evidence:
- a canary, a private file with one known violation (S307) added to every run,
  whose finding must come back, or the rules did not run (failed);
- `-v`, whose debug log names every file ruff checks ("Checking: PATH"): a target
  not named there was not read. Syntax errors and "Failed to lint" warnings are
  misses of the file itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from scangate.adapters.interface import Adapter, Invocation, Outcome, ScanContext
from scangate.adapters.outcome import check_rule, collect, coverage
from scangate.adapters.output import OutputError, expect, load_json, location
from scangate.adapters.suppression import comment_on, suppression
from scangate.cwe import BANDIT_CWE, normalize_bandit
from scangate.model import Category, Finding, Miss, Role, Rule, Severity
from scangate.runner import ProcessResult

H, M, L = Severity.HIGH, Severity.MEDIUM, Severity.LOW
# Severity bandit 1.9 gives the same test; checks not listed are medium.
RUFF_SEVERITY: dict[str, Severity] = {
    "S101": L, "S102": M, "S103": M, "S104": M, "S105": L, "S106": L, "S107": L,
    "S108": M, "S110": L, "S112": L, "S113": M, "S201": H, "S202": H, "S301": M,
    "S302": M, "S303": M, "S304": H, "S305": M, "S306": M, "S307": M, "S308": M,
    "S310": M, "S311": L, "S312": H, "S313": M, "S314": M, "S315": M, "S316": M,
    "S317": M, "S318": M, "S319": M, "S320": M, "S321": H, "S323": M, "S324": H,
    "S401": L, "S402": H, "S403": L, "S404": L, "S405": L, "S406": L, "S407": L,
    "S408": L, "S409": L, "S411": H, "S412": H, "S413": H, "S415": H, "S501": H,
    "S502": H, "S503": M, "S504": L, "S505": H, "S506": M, "S507": H, "S508": M,
    "S509": H, "S601": M, "S602": H, "S603": L, "S604": M, "S605": H, "S606": L,
    "S607": L, "S608": M, "S609": H, "S610": M, "S611": M, "S612": M, "S701": H,
    "S702": M, "S704": M,
}  # fmt: skip

NOQA = re.compile(r"#\s*noqa\b(?::\s*([A-Z]+\d+(?:[\s,]+[A-Z]+\d+)*))?", re.IGNORECASE)
_FAILED_TO_LINT = re.compile(r"Failed to lint (.+?): (.*)$")
_CHECKING = re.compile(r"\]\[DEBUG\] Checking: (.+)$")
CANARY_NAME = "scangate_ruff_canary.py"
CANARY_CODE = "S307"
CANARY = (
    "# scangate's canary: ruff must report S307 on the next line, or its rules did not run.\n"
    "eval(input())\n"
)
EVIDENCE_CAP = 64 * 1024 * 1024  # ruff's debug log: about 100 bytes per file


class RuffAdapter(Adapter):
    """ruff's flake8-bandit checks, a standby for the SAST primaries; one process for all."""

    name = "ruff"
    category = Category.SAST
    default_role = Role.STANDBY
    executable = "ruff"
    package = "ruff"
    tool_name = "ruff"
    information_uri = "https://docs.astral.sh/ruff/"

    def suppressed_in_source(self, finding: Finding, lines: Sequence[str]) -> str | None:
        """`# noqa` or `# noqa: S602` on a line of the finding, as ruff reads it."""
        loc = finding.location
        return suppression(comment_on(lines, loc.start_line, loc.end_line, NOQA), finding.rule_id)

    def checks(self, ctx: ScanContext) -> frozenset[int]:
        """The CWEs of bandit's tests, which `--select S` ports under the same numbers."""
        return frozenset(c for cwes in BANDIT_CWE.values() for c in cwes)

    def canary(self, ctx: ScanContext) -> Path:
        """The canary file of this scan, written once into the scanner's private folder."""
        path = ctx.workdir / CANARY_NAME
        if not path.exists():
            path.write_text(CANARY, encoding="utf-8")
        return path

    def invocations(self, ctx: ScanContext) -> list[Invocation]:
        """One process for every target and the canary: ruff is fast and multi-threaded."""
        argv = (
            *ctx.command(self.executable),
            "check",
            "--select",
            "S",
            "--output-format",
            "json",
            "--no-cache",
            "--isolated",
            "--exit-zero",
            "-v",
            # scangate applies ruff's noqa comments itself: a suppressed finding is shown.
            "--ignore-noqa",
            *ctx.settings.args,
            "--",
            str(self.canary(ctx)),
            *(ctx.abs(t) for t in ctx.targets),
        )
        # cwd = root: ruff names files it failed to lint relative to its cwd.
        return [Invocation(argv, ctx.targets, cwd=str(ctx.root), stderr_cap=EVIDENCE_CAP)]

    def parse(self, ctx: ScanContext, inv: Invocation, result: ProcessResult) -> Outcome:
        """Results, and coverage from evidence: the canary's finding proves the rules ran;
        a target is examined when ruff's log shows it checked and nothing says it failed."""
        if result.returncode not in (0, 1):
            raise OutputError(f"ruff failed ({result.describe_exit()})")
        data = load_json(result, "ruff")
        expect(isinstance(data, list), "ruff output is not a JSON list")
        assert isinstance(data, list)  # noqa: S101
        canary = str(self.canary(ctx))
        wanted = set(inv.targets)
        problems, checked = _read_log(ctx, wanted, result.stderr)
        pairs: list[tuple[Finding, Rule]] = []
        sang = False
        for item in data:
            expect(isinstance(item, dict), "ruff result is not an object")
            filename = str(item.get("filename", ""))
            code = str(item.get("code") or "invalid-syntax")
            if filename == canary:
                sang = sang or code == CANARY_CODE
                continue
            rel = ctx.rel(filename)
            if rel is None or rel not in wanted:
                continue
            if not code.startswith("S"):
                # A syntax error: ruff could not analyse this file.
                problems.setdefault(
                    rel, Miss(rel, f"ruff could not parse it: {item.get('message')}", ())
                )
                continue
            pairs.append(self._finding(rel, code, item))
        if not sang:
            raise OutputError(
                f"ruff did not report its canary's {CANARY_CODE} ({result.describe_exit()}): "
                "its rules did not run, so its silence proves nothing"
            )
        unseen = "ruff's log does not show that it read it"
        examined, missed = coverage(inv.targets, checked, problems, unseen)
        findings, rules = collect(pairs)
        return Outcome(findings, rules, examined, missed)

    def _finding(self, rel: str, code: str, item: dict[str, Any]) -> tuple[Finding, Rule]:
        """One ruff violation, and its check as a rule with bandit's severity and CWEs."""
        loc = item.get("location") if isinstance(item.get("location"), dict) else {}
        end = item.get("end_location") if isinstance(item.get("end_location"), dict) else {}
        assert isinstance(loc, dict) and isinstance(end, dict)  # noqa: S101
        severity = RUFF_SEVERITY.get(code, Severity.MEDIUM)
        cwes = normalize_bandit(code, ())
        name = str(item.get("name") or code)
        message = str(item.get("message") or name)
        url = item.get("url") if isinstance(item.get("url"), str) else None
        rule = check_rule(code, name, name.replace("-", " "), message, url, cwes, severity)
        span = location(rel, loc.get("row"), end.get("row"), loc.get("column"), end.get("column"))
        finding = self.finding(rule, message, span)
        return finding, rule


def _read_log(
    ctx: ScanContext, wanted: set[str], stderr: bytes
) -> tuple[dict[str, Miss], set[str]]:
    """From ruff's `-v` log: the targets it failed to lint (misses), and every file it checked."""
    problems: dict[str, Miss] = {}
    checked: set[str] = set()
    for line in stderr.decode("utf-8", errors="replace").splitlines():
        m = _FAILED_TO_LINT.search(line)
        if m:
            rel = ctx.rel(m.group(1))
            if rel in wanted:
                problems[rel] = Miss(rel, f"ruff could not lint it: {m.group(2)[:200]}", ())
            continue
        m = _CHECKING.search(line)
        if m:
            rel = ctx.rel(m.group(1).strip())
            if rel is not None:
                checked.add(rel)
    return problems, checked
