"""The markdown summary (GitHub's `$GITHUB_STEP_SUMMARY`, PR comments).

GitHub keeps at most 1 MiB of summary per step, so the findings table is cut
to a budget and the cut is said, never silent.
"""

from __future__ import annotations

from scangate.model import RunStatus, ScannerRun, Verdict
from scangate.report.common import ignored_line, links_line, policy_line, printable
from scangate.report.failover import markdown_tables
from scangate.result import Group, ScanResult

MAX_BYTES = 1_000_000  # under GitHub's 1 MiB per step, with room for the action's lines
ICON = {Verdict.PASS: "✅", Verdict.FAIL: "❌", Verdict.ERROR: "⚠️"}
STATUS_ICON = {
    RunStatus.OK: "🟢",
    RunStatus.DEGRADED: "🟡",
    RunStatus.FAILED: "🔴",
    RunStatus.TIMEOUT: "🔴",
    RunStatus.NOT_APPLICABLE: "⚪",
    RunStatus.SKIPPED: "⚪",
}


def cell(text: str, limit: int = 300) -> str:
    """Text safe inside a markdown table cell."""
    text = " ".join(printable(text).split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")


def _time(r: ScannerRun) -> str:
    """A run's time; "cached" when every file's result came from the result cache."""
    if r.cached and r.cached == len(r.coverage.requested):
        return "cached"
    return f"{r.duration:.1f}s" + (f" ({r.cached} cached)" if r.cached else "")


def _finding_row(g: Group) -> str:
    """One finding group as a table row: its primary finding, every rule, the votes."""
    p = g.primary
    rules = ", ".join(sorted({f.rule_id for f in g.findings}))
    return (
        f"| {g.severity.label} | `{cell(p.location.path, 200)}:{p.location.start_line}` | "
        f"{cell(rules, 120)} | {', '.join(g.scanners)} ({g.votes}/{g.votes_needed}) | "
        f"{cell(p.message)} |"
    )


def _scanner_row(r: ScannerRun) -> str:
    """One scanner's health as a table row."""
    return (
        f"| {r.scanner} | {r.role.value} | {STATUS_ICON[r.status]} {r.status.value} | "
        f"{cell(r.tool.version or '?')} | {len(r.coverage.examined)}/"
        f"{len(r.coverage.requested)} | {len(r.findings)} | {_time(r)} | "
        f"{cell(r.message)} |"
    )


def _head(result: ScanResult) -> list[str]:
    """The verdict and why, the policy, the counts, the scanners and the warnings."""
    d = result.decision
    blocking = sum(1 for g in d.groups if g.blocking)
    counts = {s: 0 for s in ("critical", "high", "medium", "low", "info")}
    for g in d.groups:
        counts[g.severity.label] += 1
    lines = [
        f"## {ICON[d.verdict]} scangate: {d.verdict.value} (exit {d.exit_code})",
        "",
        *[f"- {cell(r, 2000)}" for r in d.reasons],
        "",
        f"_{cell(policy_line(result.policy), 4000)}_",
        "",
        f"**{blocking} blocking**, {len(d.groups) - blocking} advisory finding group(s): "
        + ", ".join(f"{n} {s}" for s, n in counts.items() if n),
        "",
        "### Scanners",
        "",
        "| scanner | role | status | version | examined | findings | time | note |",
        "|---|---|---|---|---|---|---|---|",
        *[_scanner_row(r) for r in result.runs],
    ]
    links = links_line(result.not_followed)
    ignored = ignored_line(result.ignored)
    warnings = [*d.warnings, *([links] if links else []), *([ignored] if ignored else [])]
    lines += markdown_tables(d.redundancy, result.drill)
    if warnings:
        lines += ["", "### Warnings", ""]
        lines += [f"- {cell(w, 1000)}" for w in warnings[:50]]
        if len(warnings) > 50:
            lines.append(f"- … and {len(warnings) - 50} more")
    return lines


def _finding_tables(groups: list[Group]) -> list[str]:
    """The blocking findings' table, then the advisory ones', worst first."""
    rows: list[str] = []
    for title, blocking in (("Blocking findings", True), ("Advisory findings", False)):
        shown = [g for g in groups if g.blocking == blocking]
        if not shown:
            continue
        rows += [
            "",
            f"### {title}",
            "",
            "| severity | location | rule | scanners (votes) | message |",
            "|---|---|---|---|---|",
        ]
        rows += [_finding_row(g) for g in sorted(shown, key=lambda g: -g.severity)]
    return rows


def _within(rows: list[str], budget: int) -> str:
    """As many rows as fit in `budget` bytes, and a line saying how many were cut."""
    body = ""
    size = 0
    shown = 0
    for row in rows:
        piece = row + "\n"
        if size + len(piece.encode()) > budget:
            break
        body += piece
        size += len(piece.encode())
        shown += 1
    if shown < len(rows):
        body += f"\n_… {len(rows) - shown} more line(s) cut to stay under GitHub's summary limit; "
        body += "see the SARIF file for every finding._\n"
    return body


def render(result: ScanResult, max_bytes: int = MAX_BYTES) -> str:
    """The summary: everything but the findings always, the findings within max_bytes."""
    head = "\n".join(_head(result)) + "\n"
    rows = _finding_tables(list(result.decision.groups))
    return head + _within(rows, max_bytes - 200 - len(head.encode()))
