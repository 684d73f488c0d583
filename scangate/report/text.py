"""The terminal report: verdict first, then why, scanner health, and findings."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape as _markup_escape
from rich.table import Table

from scangate.model import RunStatus, Severity, Verdict
from scangate.report.common import ignored_line, links_line, policy_line, printable
from scangate.report.failover import drill_lines, redundancy_line
from scangate.result import Group, ScanResult


def escape(text: str) -> str:
    """Text from the scanned tree or a scanner, inert: no markup, no control characters."""
    return _markup_escape(printable(text))


STATUS_STYLE = {
    RunStatus.OK: "green",
    RunStatus.DEGRADED: "yellow",
    RunStatus.FAILED: "bold red",
    RunStatus.TIMEOUT: "bold red",
    RunStatus.NOT_APPLICABLE: "dim",
    RunStatus.SKIPPED: "dim",
}
VERDICT_STYLE = {
    Verdict.PASS: "bold green",
    Verdict.FAIL: "bold red",
    Verdict.ERROR: "bold magenta",
}
SEVERITY_STYLE = {
    Severity.CRITICAL: "bold red",
    Severity.HIGH: "red",
    Severity.MEDIUM: "yellow",
    Severity.LOW: "cyan",
    Severity.INFO: "dim",
}


def _scanners(result: ScanResult) -> Table:
    """Each scanner's health: status, what it examined, findings, time."""
    table = Table(title="Scanners", title_justify="left", show_lines=False)
    for col in ("scanner", "role", "status", "version", "examined", "findings", "time", "note"):
        table.add_column(col, overflow="fold")
    for r in result.runs:
        table.add_row(
            r.scanner,
            r.role.value,
            f"[{STATUS_STYLE[r.status]}]{r.status.value}[/]",
            escape(r.tool.version or "?"),
            f"{len(r.coverage.examined)}/{len(r.coverage.requested)}"
            + (f" ({r.cached} cached)" if r.cached else ""),
            str(len(r.findings)),
            "cached"
            if r.cached and r.cached == len(r.coverage.requested)
            else f"{r.duration:.1f}s",
            escape(r.message[:160]),
        )
    return table


def _findings(groups: list[Group]) -> Table:
    """Finding groups, worst first and blocking before advisory at one severity."""
    ft = Table(title="Findings", title_justify="left")
    for col in ("severity", "location", "rule", "scanners", "votes", "message"):
        ft.add_column(col, overflow="fold")
    for g in sorted(groups, key=lambda g: (-g.severity, not g.blocking)):
        p = g.primary
        block = " [bold red]BLOCKS[/]" if g.blocking else ""
        ft.add_row(
            f"[{SEVERITY_STYLE[g.severity]}]{g.severity.label}[/]{block}",
            escape(f"{p.location.path}:{p.location.start_line}"),
            escape(", ".join(sorted({f.rule_id for f in g.findings}))),
            escape(", ".join(g.scanners)),
            f"{g.votes}/{g.votes_needed}",
            escape(p.message[:200]),
        )
    return ft


def _details(result: ScanResult, console: Console, verbose: bool) -> None:
    """Everything before the verdict: scanners, findings, warnings, the policy line."""
    d = result.decision
    console.print(_scanners(result))
    shown = [g for g in d.groups if g.blocking or verbose or g.severity >= Severity.MEDIUM]
    if shown:
        console.print(_findings(shown))
    hidden = len(d.groups) - len(shown)
    if hidden:
        console.print(
            f"[dim]{hidden} low/info finding group(s) not shown (use -v)[/]", soft_wrap=True
        )
    for w in d.warnings:
        console.print(f"[yellow]warning:[/] {escape(w)}", soft_wrap=True)
    links = links_line(result.not_followed)
    if links:
        console.print(f"[yellow]warning:[/] {escape(links)}", soft_wrap=True)
    ignored = ignored_line(result.ignored)
    if ignored:
        console.print(f"[dim]{escape(ignored)}[/]", soft_wrap=True)
    style_p = "bold yellow" if result.policy.weakened or result.policy.weakened_vs_base else "dim"
    console.print(f"[{style_p}]{escape(policy_line(result.policy))}[/]", soft_wrap=True)
    rline = redundancy_line(d.redundancy)
    if rline:
        console.print(f"[dim]{escape(rline)}[/]", soft_wrap=True)
    for line in drill_lines(result.drill):
        console.print(f"[cyan]{escape(line)}[/]", soft_wrap=True)
    if verbose:
        for r in result.runs:
            if r.stderr_tail and r.status not in (RunStatus.OK, RunStatus.NOT_APPLICABLE):
                tail = "\n".join(escape(ln) for ln in r.stderr_tail.splitlines())
                console.print(f"[dim]{r.scanner} stderr (tail):[/]\n{tail}", soft_wrap=True)


def render(
    result: ScanResult, console: Console, verbose: bool = False, quiet: bool = False
) -> None:
    """The report on the console; `quiet`: the verdict and its reasons only."""
    d = result.decision
    if not quiet:
        _details(result, console, verbose)
    style = VERDICT_STYLE[d.verdict]
    counts = f"{len(d.blocking)} blocking, {len(d.groups)} finding group(s)"
    console.print(f"[{style}]{d.verdict.value}[/] (exit {d.exit_code}) — {counts}", soft_wrap=True)
    for reason in d.reasons:
        console.print(f"  {escape(reason)}", soft_wrap=True)
