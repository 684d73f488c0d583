"""bandit: Python SAST. Its `errors` list is coverage loss, not a clean file."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from scangate.adapters.interface import Adapter, Invocation, Outcome, ScanContext, split_invocations
from scangate.adapters.outcome import check_rule, collect, coverage
from scangate.adapters.output import OutputError, as_int, expect, results_and_errors
from scangate.adapters.suppression import comment_on, suppression
from scangate.cwe import BANDIT_CWE, normalize_bandit
from scangate.model import Category, Finding, Location, Miss, Rule, Severity
from scangate.runner import ProcessResult

NOSEC = re.compile(r"#\s*nosec\b:?\s*((?:B\d{3}[\s,]*)*)", re.IGNORECASE)

SEVERITY: dict[str, Severity] = {
    "HIGH": Severity.HIGH,
    "MEDIUM": Severity.MEDIUM,
    "LOW": Severity.LOW,
    "UNDEFINED": Severity.INFO,
}


def bandit_severity(severity: str, confidence: str) -> Severity:
    """bandit's severity, one step lower when bandit itself has LOW confidence."""
    sev = SEVERITY.get(severity.upper(), Severity.MEDIUM)
    if confidence.upper() == "LOW" and sev > Severity.INFO:
        sev = Severity(sev - 1)
    return sev


class BanditAdapter(Adapter):
    """bandit, a primary SAST scanner: its files split over the cores, one process each."""

    name = "bandit"
    category = Category.SAST
    executable = "bandit"
    package = "bandit"
    tool_name = "bandit"
    information_uri = "https://bandit.readthedocs.io"
    cpu = "split"
    reads_python_source = True  # it parses the file's bytes with ast
    cpu_s_per_mb = 3.5
    parallel_invocations = True

    def invocations(self, ctx: ScanContext) -> list[Invocation]:
        """bandit is single-threaded: split the files over `jobs` processes, balanced by size."""
        head = (
            *ctx.command(self.executable),
            "-f",
            "json",
            "-q",
            # scangate applies `# nosec` itself, so a suppressed finding is shown.
            "--ignore-nosec",
            *ctx.settings.args,
        )
        return split_invocations(ctx, head)

    def suppressed_in_source(self, finding: Finding, lines: Sequence[str]) -> str | None:
        """`# nosec` or `# nosec B602, B607` on a line of the finding, as bandit reads it."""
        loc = finding.location
        return suppression(comment_on(lines, loc.start_line, loc.end_line, NOSEC), finding.rule_id)

    def checks(self, ctx: ScanContext) -> frozenset[int]:
        """Every CWE of bandit's tests: it runs all of them on every file it reads."""
        return frozenset(c for cwes in BANDIT_CWE.values() for c in cwes)

    def cache_digest(self, ctx: ScanContext) -> str | None:
        """bandit judges each file alone; its result depends on the file and the args."""
        return "\0".join(ctx.settings.args)

    def parse(self, ctx: ScanContext, inv: Invocation, result: ProcessResult) -> Outcome:
        """Results, and coverage from bandit's own evidence: a file is examined when its
        metrics list it and no error names it (an error is the whole file's miss)."""
        data, results, errors = results_and_errors(result, "bandit")
        metrics = data.get("metrics")
        expect(isinstance(metrics, dict), "bandit output has no 'metrics'")
        assert isinstance(metrics, dict)  # noqa: S101
        if result.returncode not in (0, 1):
            raise OutputError(f"bandit failed ({result.describe_exit()})")

        wanted = set(inv.targets)
        problems: dict[str, Miss] = {}
        for err in errors:
            if isinstance(err, dict):
                rel = ctx.rel(str(err.get("filename", "")))
                if rel in wanted:
                    reason = (str(err.get("reason", "error")).splitlines() or [""])[0][:300]
                    # The file kept every check of bandit's from running on it.
                    problems[rel] = Miss(rel, f"bandit could not analyse it: {reason}", ())
        # bandit lists every file it examined in its metrics (plus "_totals").
        seen = {ctx.rel(k) for k in metrics if k != "_totals"}
        examined, missed = coverage(inv.targets, seen, problems, "bandit did not examine it")
        pairs = (self._finding(ctx, item) for item in results)
        findings, rules = collect(p for p in pairs if p is not None)
        return Outcome(findings, rules, examined, missed)

    def _finding(self, ctx: ScanContext, item: Any) -> tuple[Finding, Rule] | None:
        """One bandit result and its test as a rule; None for a file outside the root."""
        if not isinstance(item, dict):
            raise OutputError("bandit result is not an object")
        rel = ctx.rel(str(item.get("filename", "")))
        if rel is None:
            return None
        test_id = str(item.get("test_id", "B000"))
        test_name = str(item.get("test_name", test_id))
        cwe_obj = item.get("issue_cwe")
        tagged: tuple[int, ...] = ()
        if isinstance(cwe_obj, dict) and isinstance(cwe_obj.get("id"), int) and cwe_obj["id"] > 0:
            tagged = (cwe_obj["id"],)
        cwes = normalize_bandit(test_id, tagged)
        confidence = str(item.get("issue_confidence", "MEDIUM"))
        severity = bandit_severity(str(item.get("issue_severity", "MEDIUM")), confidence)
        message = str(item.get("issue_text", test_name)).strip()
        more = item.get("more_info") if isinstance(item.get("more_info"), str) else None
        title = test_name.replace("_", " ")
        rule_severity = SEVERITY.get(str(item.get("issue_severity", "MEDIUM")).upper())
        rule = check_rule(
            test_id, test_name, title, message, more, cwes, rule_severity or Severity.MEDIUM
        )
        location = _location(rel, item)
        finding = self.finding(
            rule, message, location, severity=severity, confidence=confidence.lower()
        )
        return finding, rule


def _location(rel: str, item: dict[str, Any]) -> Location:
    """A result's span in SARIF's terms: columns from 1 (bandit counts from 0), and an end
    column only when the span is one line."""
    line_range = item.get("line_range")
    line = as_int(item.get("line_number"))
    end_line = line
    if isinstance(line_range, list) and line_range and all(isinstance(x, int) for x in line_range):
        end_line = max(max(line_range), line)
    col = item.get("col_offset")
    end_col = item.get("end_col_offset")
    return Location(
        path=rel,
        start_line=line,
        end_line=end_line,
        start_column=col + 1 if isinstance(col, int) and col >= 0 else None,
        end_column=end_col + 1
        if isinstance(end_col, int) and end_col > 0 and end_line == line
        else None,
    )
