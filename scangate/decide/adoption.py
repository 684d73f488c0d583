"""Adoption on an existing codebase: waivers, a baseline, and diff-aware gating.

Each decides whether a finding is *eligible* to block; none hides a finding.
A waived finding stays in every report (SARIF: a suppression with its
justification), a baseline finding is reported as `unchanged`, and a finding
outside the changed lines as pre-existing.

Baseline matching, in order:
1. the fingerprint (`partialFingerprints["scangate/v1"]`: scanner, rule, path,
   the flagged line's text with whitespace collapsed, occurrence counter), which
   survives lines moving and edits elsewhere in the file;
2. failing that, scanner + rule + path + the line's text without the occurrence
   counter, which survives a second identical line appearing above it.
A finding matching neither is `new`; a baseline result matched by nothing is
`absent` (fixed), and is listed as such in the SARIF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from scangate.model import BaselineState, Finding, ScannerRun
from scangate.settings.waivers import Waiver


@dataclass(frozen=True)
class BaselineEntry:
    """One result of a baseline SARIF file, with its two matching keys."""

    tool: str
    rule: str
    fingerprint: str
    loose: str  # tool, rule, path, line text hash without the occurrence counter
    result: dict[str, Any] = field(compare=False, hash=False)


@dataclass(frozen=True)
class Baseline:
    """The results recorded by `scangate baseline`."""

    source: str
    entries: tuple[BaselineEntry, ...]


@dataclass(frozen=True)
class Gating:
    """What may keep a finding from blocking: waivers, a baseline, the lines changed."""

    waivers: tuple[Waiver, ...] = ()
    baseline: Baseline | None = None
    changed: dict[str, set[int]] | None = None  # path -> changed line numbers
    today: dt.date = field(default_factory=dt.date.today)


@dataclass(frozen=True)
class GatingReport:
    """The findings with their disposition, what to warn about, and fixed baseline results."""

    findings: tuple[Finding, ...]
    warnings: tuple[str, ...]
    absent: tuple[BaselineEntry, ...]


@dataclass(frozen=True)
class GatedRuns:
    """The runs with each finding's disposition attached (waiver, suppression aside,
    baseline, diff): the one version of every finding that decides and is reported."""

    runs: tuple[ScannerRun, ...]
    warnings: tuple[str, ...]
    absent: tuple[dict[str, Any], ...]  # baseline SARIF results no longer found (fixed)


def gate_runs(runs: Sequence[ScannerRun], gating: Gating | None) -> GatedRuns:
    """Apply the waivers, the baseline and the diff to every run's findings."""
    if gating is None:
        return GatedRuns(tuple(runs), (), ())
    report = apply([f for r in runs for f in r.findings], gating)
    it = iter(report.findings)  # apply keeps the order of the findings it is given
    gated = tuple(replace(r, findings=tuple(next(it) for _ in r.findings)) for r in runs)
    return GatedRuns(gated, report.warnings, tuple(e.result for e in report.absent))


def loose_key(tool: str, rule: str, path: str, line_hash: str) -> str:
    """The baseline's second key: scanner, rule, path and line text, no occurrence count."""
    return "\0".join((tool, rule, path, line_hash))


def apply(findings: Sequence[Finding], gating: Gating) -> GatingReport:
    """Mark each finding waived / unchanged / pre-existing; say what was unused or expired."""
    warnings: list[str] = []
    used: set[int] = set()
    expired_hit: set[int] = set()
    by_fp: dict[tuple[str, str, str], BaselineEntry] = {}
    by_loose: dict[str, list[BaselineEntry]] = {}
    if gating.baseline:
        for entry in gating.baseline.entries:
            by_fp[(entry.tool, entry.rule, entry.fingerprint)] = entry
            by_loose.setdefault(entry.loose, []).append(entry)
    matched: set[int] = set()
    out: list[Finding] = []
    for f in findings:
        changes: dict[str, Any] = {}
        for i, w in enumerate(gating.waivers):
            if w.matches(f):
                if w.expired(gating.today):
                    expired_hit.add(i)
                    continue
                used.add(i)
                changes["waiver"] = w.reason
                break
        if gating.baseline is not None:
            e: BaselineEntry | None = by_fp.get((f.scanner, f.rule_id, f.fingerprint))
            if e is None or id(e) in matched:
                lk = loose_key(f.scanner, f.rule_id, f.location.path, f.line_hash)
                e = next((x for x in by_loose.get(lk, []) if id(x) not in matched), None)
            if e is not None:
                matched.add(id(e))
            changes["baseline_state"] = (
                BaselineState.UNCHANGED if e is not None else BaselineState.NEW
            )
        if gating.changed is not None:
            lines = gating.changed.get(f.location.path, set())
            span = range(f.location.start_line, f.location.end_line + 1)
            changes["pre_existing"] = not any(n in lines for n in span)
        out.append(replace(f, **changes) if changes else f)
    for i, w in enumerate(gating.waivers):
        if w.expired(gating.today):
            hit = " and no longer covers a finding" if i in expired_hit else ""
            warnings.append(f"{w.describe()} expired on {w.expires}{hit}: {w.reason}")
        elif i not in used:
            warnings.append(f"{w.describe()} matched no finding (unused): {w.reason}")
    absent = tuple(
        e for e in (gating.baseline.entries if gating.baseline else ()) if id(e) not in matched
    )
    return GatingReport(tuple(out), tuple(warnings), absent)
