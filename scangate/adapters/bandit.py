"""bandit: Python SAST. Its `errors` list is coverage loss, not a clean file."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from scangate.adapters.interface import (
    Adapter,
    Invocation,
    Outcome,
    OutputError,
    ScanContext,
    as_int,
    comment_on,
    expect,
    listed,
    load_json,
    split_by_size,
)
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
    name = "bandit"
    category = Category.SAST
    executable = "bandit"
    package = "bandit"
    tool_name = "bandit"
    information_uri = "https://bandit.readthedocs.io"
    cpu = "split"
    cpu_s_per_mb = 3.5
    parallel_invocations = True

    def invocations(self, ctx: ScanContext) -> list[Invocation]:
        """bandit is single-threaded: split the files over `jobs` processes, balanced by size."""
        out = []
        for chunk in split_by_size(ctx, max(ctx.jobs, 1)):
            argv = (
                *ctx.command(self.executable),
                "-f",
                "json",
                "-q",
                # scangate applies `# nosec` itself, so a suppressed finding is shown.
                "--ignore-nosec",
                *ctx.settings.args,
                "--",
                *(ctx.abs(t) for t in chunk),
            )
            out.append(Invocation(argv, chunk))
        return out

    def suppressed_in_source(self, finding: Finding, lines: Sequence[str]) -> str | None:
        """`# nosec` or `# nosec B602, B607` on a line of the finding, as bandit reads it."""
        loc = finding.location
        m = comment_on(lines, loc.start_line, loc.end_line, NOSEC)
        return m.group(0).strip() if m and listed(m.group(1), finding.rule_id) else None

    def checks(self, ctx: ScanContext) -> frozenset[int]:
        return frozenset(c for cwes in BANDIT_CWE.values() for c in cwes)

    def cache_digest(self, ctx: ScanContext) -> str | None:
        """bandit judges each file alone; its result depends on the file and the args."""
        return "\0".join(ctx.settings.args)

    def parse(self, ctx: ScanContext, inv: Invocation, result: ProcessResult) -> Outcome:
        data = load_json(result, "bandit")
        expect(isinstance(data, dict), "bandit output is not a JSON object")
        results = data.get("results")
        errors = data.get("errors", [])
        metrics = data.get("metrics")
        expect(isinstance(results, list), "bandit output has no 'results' list")
        expect(isinstance(errors, list), "bandit output has a malformed 'errors' list")
        expect(isinstance(metrics, dict), "bandit output has no 'metrics'")
        assert isinstance(results, list) and isinstance(metrics, dict)  # noqa: S101
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
        examined = tuple(t for t in inv.targets if t in seen and t not in problems)
        missed = tuple(
            problems.get(t) or Miss(t, "bandit did not examine it")
            for t in inv.targets
            if t not in examined
        )
        findings: list[Finding] = []
        rules: dict[str, Rule] = {}
        for item in results:
            finding, rule = self._finding(ctx, item)
            if finding is not None and rule is not None:
                findings.append(finding)
                rules.setdefault(rule.id, rule)
        return Outcome(tuple(findings), tuple(rules.values()), examined, missed)

    def _finding(self, ctx: ScanContext, item: Any) -> tuple[Finding | None, Rule | None]:
        if not isinstance(item, dict):
            raise OutputError("bandit result is not an object")
        rel = ctx.rel(str(item.get("filename", "")))
        if rel is None:
            return None, None
        test_id = str(item.get("test_id", "B000"))
        test_name = str(item.get("test_name", test_id))
        cwe_obj = item.get("issue_cwe")
        tagged: tuple[int, ...] = ()
        if isinstance(cwe_obj, dict) and isinstance(cwe_obj.get("id"), int) and cwe_obj["id"] > 0:
            tagged = (cwe_obj["id"],)
        cwes = normalize_bandit(test_id, tagged)
        confidence = str(item.get("issue_confidence", "MEDIUM"))
        severity = bandit_severity(str(item.get("issue_severity", "MEDIUM")), confidence)
        line_range = item.get("line_range")
        line = as_int(item.get("line_number"))
        end_line = line
        if (
            isinstance(line_range, list)
            and line_range
            and all(isinstance(x, int) for x in line_range)
        ):
            end_line = max(max(line_range), line)
        col = item.get("col_offset")
        end_col = item.get("end_col_offset")
        message = str(item.get("issue_text", test_name)).strip()
        more = item.get("more_info") if isinstance(item.get("more_info"), str) else None
        rule = Rule(
            id=test_id,
            name=test_name,
            short_description=f"{test_id}: {test_name.replace('_', ' ')}",
            full_description=message,
            help_text=f"{message}\nSee {more}" if more else message,
            help_uri=more,
            cwes=cwes,
            severity=SEVERITY.get(
                str(item.get("issue_severity", "MEDIUM")).upper(), Severity.MEDIUM
            ),
        )
        finding = Finding(
            scanner=self.name,
            category=self.category,
            rule_id=test_id,
            message=message,
            severity=severity,
            location=Location(
                path=rel,
                start_line=line,
                end_line=end_line,
                start_column=col + 1 if isinstance(col, int) and col >= 0 else None,
                end_column=end_col + 1
                if isinstance(end_col, int) and end_col > 0 and end_line == line
                else None,
            ),
            cwes=cwes,
            confidence=confidence.lower(),
        )
        return finding, rule
