"""Failover drills: what the verdict would be if each scanner failed, from one run.

Redundancy only helps if it is tested before it is needed. For every scanner
that ran, the same policy function (`gate_and_decide`) is applied to this scan's
runs with that scanner's run replaced by a failure (nothing examined, nothing
found) and, for a primary, its category's standby standing in: its real run
when it ran, else a run made for the drill. The difference from the real
verdict is what the scan depends on that scanner for: blocking groups that would
no longer block, and targets that would lose their quorum.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from scangate.decide.adoption import Gating
from scangate.decide.policy import gate_and_decide
from scangate.errors import UsageError
from scangate.model import Category, Coverage, Miss, Role, RunStatus, ScannerRun, Verdict
from scangate.result import Decision, Drill, DrillPrediction, Group
from scangate.settings.config import Config


def failed(run: ScannerRun) -> ScannerRun:
    """The run as if its scanner had crashed: nothing examined, nothing found."""
    why = f"drill: {run.scanner} failed"
    requested = run.coverage.requested
    coverage = Coverage(requested, (), tuple(Miss(t, why) for t in requested))
    return replace(run, status=RunStatus.FAILED, findings=(), coverage=coverage, message=why)


def _describe(g: Group) -> str:
    p = g.primary
    return (
        f"{g.severity.label} {p.rule_id} at {p.location.path}:{p.location.start_line} "
        f"({', '.join(g.scanners)})"
    )


def _scenario(
    runs: Sequence[ScannerRun], dead: ScannerRun, standbys: Mapping[str, ScannerRun]
) -> tuple[list[ScannerRun], str | None, bool]:
    """The runs had `dead` failed: its standby in, when it is a primary that has one."""
    out = [failed(r) if r is dead else r for r in runs]
    standby, ran = None, False
    if dead.role != Role.PRIMARY:
        return out, None, False
    for i, r in enumerate(out):
        if r.category != dead.category or r.role != Role.STANDBY:
            continue
        if r.status == RunStatus.SKIPPED and r.scanner in standbys:
            out[i], ran = standbys[r.scanner], True
        if out[i].status != RunStatus.SKIPPED:
            standby = r.scanner
    return out, standby, ran


def predict(
    runs: Sequence[ScannerRun],
    targets: Mapping[Category, tuple[str, ...]],
    config: Config,
    gating: Gating | None,
    real: Decision,
    standbys: Mapping[str, ScannerRun],
) -> tuple[DrillPrediction, ...]:
    """For each scanner that ran, the verdict had it failed (see the module docstring).

    `runs` are the scan's runs before waivers and baseline were applied; `standbys`
    the runs made for the drill of standbys that the scan skipped.
    """
    before_uncovered = {u.target for u in real.uncovered}
    out = []
    for dead in runs:
        if dead.status in (RunStatus.NOT_APPLICABLE, RunStatus.SKIPPED):
            continue
        scenario, standby, ran = _scenario(runs, dead, standbys)
        _, d = gate_and_decide(scenario, targets, config, gating)
        still = {f.fingerprint for g in d.blocking for f in g.findings}
        lost = tuple(
            _describe(g)
            for g in real.blocking
            if not any(f.fingerprint in still for f in g.findings)
        )
        uncovered = tuple(sorted({u.target for u in d.uncovered} - before_uncovered))
        out.append(
            DrillPrediction(
                dead.scanner, d.verdict, d.reasons, lost, uncovered, len(d.blocking), standby, ran
            )
        )
    return tuple(out)


def less_strict(live: Verdict, expected: Verdict) -> bool:
    """Whether a live drill let through what the prediction would have stopped."""
    return live == Verdict.PASS and expected != Verdict.PASS


def expected(path: str | None, scanner: str | None) -> Verdict | None:
    """The verdict a `--drill` JSON report predicted for `scanner` (--expect-drill)."""
    if path is None:
        return None
    if scanner is None:
        raise UsageError("--expect-drill needs --drill-fail: which scanner's prediction?")
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        predictions = data["drill"]["predictions"]
        verdict = next(p["verdict"] for p in predictions if p["scanner"] == scanner)
        return Verdict(verdict)
    except (OSError, ValueError, KeyError, TypeError, StopIteration):
        raise UsageError(
            f"--expect-drill {path}: not a JSON report of a --drill run predicting {scanner}"
        ) from None


def judge_live(decision: Decision, drill: Drill) -> Decision:
    """A live drill less strict than predicted is an ERROR: the failover did not hold."""
    if drill.live is None or drill.expected is None:
        return decision
    if not less_strict(decision.verdict, drill.expected):
        return decision
    reasons = (
        f"live drill of {drill.live}: {decision.verdict.value}, less strict than the "
        f"predicted {drill.expected.value}: the failover path does not hold",
        *decision.reasons,
    )
    return replace(decision, verdict=Verdict.ERROR, reasons=reasons)
