"""From one scanner's processes to its ScannerRun: the one place that says what a run was.

Every attempt's outcome (and every cached file) is added to a Tally; `finish`
then applies what is the same for every scanner: secrets redacted from what the
scanner printed, in-source suppression comments read as the scanner reads them,
stable fingerprints, coverage (a file counts as examined only on evidence), and
the status rules of `RunStatus.judge`, which `scangate merge` applies too.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from scangate.adapters.interface import Adapter, Invocation, Outcome
from scangate.model import (
    Category,
    Coverage,
    Finding,
    Miss,
    Role,
    Rule,
    RunStatus,
    ScannerRun,
    ToolInfo,
)
from scangate.runner import REGISTRY, ProcessResult, tail
from scangate.scan import fingerprint
from scangate.scan.attempts import Chain
from scangate.scan.decode import python_lines
from scangate.scan.redact import redact


@dataclass
class Tally:
    """What one scanner's processes (and the cache) gave so far, in this scan."""

    targets: tuple[str, ...]
    examined: set[str] = field(default_factory=set)
    missed: dict[str, Miss] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    rules: dict[str, Rule] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    exit_codes: list[int | None] = field(default_factory=list)
    version: str | None = None
    last: ProcessResult | None = None
    timed_out: bool = False
    attempts: int = 0
    argv: tuple[str, ...] = ()
    cached: int = 0

    def fail(self, targets: tuple[str, ...], reason: str) -> None:
        """These targets could not be examined at all (the scanner failed on them)."""
        self.errors.append(reason)
        for t in targets:
            self.missed.setdefault(t, Miss(t, reason))

    def add_chain(self, adapter: Adapter, first: Invocation, chain: Chain) -> None:
        """One invocation's attempts and failover alternatives."""
        self.argv = self.argv or chain.argv
        self.attempts += chain.attempts
        self.exit_codes.extend(chain.exit_codes)
        self.last = chain.last or self.last
        self.timed_out = self.timed_out or chain.timed_out
        if chain.best is None:
            self.fail(first.targets, redact("; ".join(chain.failures) or "nothing could be run"))
            return
        out, used = chain.best
        if chain.failures and first.alternatives:
            used_label = used.label or "fallback"
            self.notes.append(
                f"{adapter.name} failover: {'; '.join(chain.failures)} -> used {used_label}"
            )
        self.add_outcome(out, used.targets)

    def add_outcome(self, out: Outcome, responsible: tuple[str, ...]) -> None:
        """A parsed output: its findings (redacted), rules, notes and coverage."""
        self.findings.extend(replace(f, message=redact(f.message)) for f in out.findings)
        for rule in out.rules:
            self.rules.setdefault(
                rule.id,
                replace(
                    rule,
                    full_description=redact(rule.full_description),
                    help_text=redact(rule.help_text),
                ),
            )
        self.notes.extend(out.notes)
        self.version = self.version or out.tool_version
        self.examined.update(t for t in out.examined if t in responsible)
        for m in out.missed:
            self.missed.setdefault(m.target, m)

    def add_cached(self, target: str, findings: list[Finding], rules: list[Rule]) -> None:
        """An unchanged file's result from the result cache."""
        self.examined.add(target)
        self.findings.extend(findings)
        self.cached += 1
        for rule in rules:
            self.rules.setdefault(rule.id, rule)

    def coverage(self) -> Coverage:
        """Examined and missed targets: a target examined and also missed counts as missed."""
        examined = self.examined - set(self.missed)
        missing = tuple(
            replace(self.missed[t], reason=redact(self.missed[t].reason))
            if t in self.missed
            else Miss(t, "not examined")
            for t in self.targets
            if t not in examined
        )
        return Coverage(self.targets, tuple(sorted(examined)), missing)


def status_and_message(tally: Tally, coverage: Coverage) -> tuple[RunStatus, str]:
    """The run's status (RunStatus.judge) and the one line that says why it is not ok."""
    missing, examined, total = coverage.missed, coverage.examined, len(tally.targets)
    status = RunStatus.judge(len(examined), missing, tally.timed_out)
    errors = tally.errors
    if REGISTRY.interrupted.is_set():
        return RunStatus.FAILED, "interrupted"
    if status in (RunStatus.FAILED, RunStatus.TIMEOUT):
        message = errors[0] if errors else f"examined none of its {total} target(s)"
        if not errors and missing:
            message += f" ({missing[0].reason})"
        return status, message
    if status == RunStatus.DEGRADED:
        message = f"did not examine {len(missing)} of {total} target(s)"
        if errors:
            message += f"; {errors[0]}"
        elif not examined:
            message += f" ({missing[0].reason})"
        return status, message
    return status, ""


def suppress(adapter: Adapter, findings: list[Finding], root: Path) -> list[Finding]:
    """Mark the findings the code suppresses for this scanner (`# nosec` ...)."""
    lines: dict[str, list[str]] = {}
    out = []
    for f in findings:
        if f.category == Category.SAST:
            path = f.location.path
            if path not in lines:
                try:
                    lines[path] = python_lines((root / path).read_bytes())
                except OSError:
                    lines[path] = []
            why = adapter.suppressed_in_source(f, lines[path])
            if why:
                f = replace(f, suppressed=redact(why[:200]))
        out.append(f)
    return out


def finish(
    adapter: Adapter, role: Role, tally: Tally, root: Path, started: float, ended: float,
    checks: tuple[int, ...],
) -> ScannerRun:  # fmt: skip
    """The ScannerRun of a tally."""
    coverage = tally.coverage()
    status, message = status_and_message(tally, coverage)
    wanted = set(tally.targets)
    # Every finding the scanner produced on a file it was given counts, on files it
    # could not finish too: what it did find there is real.
    kept = [f for f in tally.findings if f.location.path in wanted or f.category == Category.DEPS]
    return ScannerRun(
        scanner=adapter.name,
        category=adapter.category,
        role=role,
        status=status,
        tool=ToolInfo(adapter.tool_name, tally.version, adapter.information_uri),
        coverage=coverage,
        findings=fingerprint.assign(suppress(adapter, kept, root), root),
        rules=tuple(tally.rules.values()),
        command=tally.argv,
        exit_codes=tuple(tally.exit_codes),
        started_at=started,
        duration=ended - started,
        attempts=tally.attempts,
        cached=tally.cached,
        checks=checks,
        message=redact(message),
        notes=tuple(redact(n) for n in dict.fromkeys(tally.notes)),
        stderr_tail=redact(tail(tally.last.stderr)) if tally.last else "",
    )
