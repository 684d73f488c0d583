"""The verdict: blocking findings first, then the health quorum, then PASS.

The contract (docs/architecture.md, "The verdict contract"):
1. A blocking group decides FAIL, whatever else crashed: a real finding is real.
2. Else every target of a category must have been examined by at least
   `quorum[category]` scanners whose run was ok or degraded; if not: ERROR.
3. Else PASS, loudly noting every scanner that was not ok; with
   `fail_on_degraded` such a PASS is an ERROR.

A group blocks when its votes (distinct scanners) reach `votes[severity]`, a
number capped by the healthy scanners of its category that examined the file
("quorum of the living"): a crashed scanner can never turn a blocking finding
into an advisory one by failing to vote.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Mapping, Sequence

from scangate.decide import coverage
from scangate.decide.adoption import Gating, gate_runs
from scangate.decide.correlate import correlate
from scangate.decide.redundancy import redundancy_map
from scangate.gcpause import paused
from scangate.model import (
    BaselineState,
    Category,
    Finding,
    RunStatus,
    ScannerRun,
    Verdict,
)
from scangate.result import Decision, Group, PolicyReport, Redundancy, Uncovered
from scangate.settings.config import Config

MAX_LISTED = 10


def make_groups(
    findings: Sequence[Finding], runs: Sequence[ScannerRun], config: Config
) -> tuple[Group, ...]:
    """Correlate, count votes, and decide which groups block.

    Votes count every scanner that found the issue (agreement is about detection);
    a group blocks only if it also holds an eligible finding: one that is not
    waived, not in the baseline, and (with --diff-base) on a changed line.
    """
    # A standby's silence must not outvote the lost vote of the primary it replaces:
    # the failover that keeps coverage must never make the gate weaker than without it.
    examined = coverage.examined_by(runs, primaries_only=True)
    votes_for = config.votes
    honour = config.honour_suppressions
    groups: list[Group] = []
    for gid, members in correlate(findings):
        first = members[0]
        if len(members) == 1:  # most groups: one finding
            severity, scanners = first.severity, {first.scanner}
        else:
            severity = max([f.severity for f in members])
            scanners = {f.scanner for f in members}
        votes = len(scanners)
        configured = votes_for.get(severity, 0)
        needed = 0
        if configured > 0:
            seen = examined[first.category].get(first.location.path)
            living = len(seen | scanners) if seen else votes
            needed = min(configured, living)
        blocking = needed > 0 and votes >= needed
        note = ""
        if blocking and not any(f.may_block(honour) for f in members):
            blocking = False
            if any(f.waiver for f in members):
                note = "waived: " + next(f.waiver for f in members if f.waiver)
            elif any(f.suppressed for f in members):
                note = "suppressed in the source: " + next(
                    f.suppressed for f in members if f.suppressed
                )
            elif any(f.baseline_state == BaselineState.UNCHANGED for f in members):
                note = "in the baseline"
            else:
                note = "pre-existing: not on a line changed since the diff base"
        elif blocking and not honour and any(f.suppressed for f in members):
            note = "suppressed in the source, not honoured by the policy: " + next(
                f.suppressed for f in members if f.suppressed
            )
        groups.append(Group(gid, members, severity, votes, needed, blocking, note))
    return tuple(groups)


def decide(
    runs: Sequence[ScannerRun],
    targets: Mapping[Category, tuple[str, ...]],
    config: Config,
    gating: Gating | None = None,
) -> Decision:
    """The verdict over these runs (with `gating`: the waivers, baseline and diff
    applied first; `gate_and_decide` also returns the runs so marked)."""
    return gate_and_decide(runs, targets, config, gating)[1]


def gate_and_decide(
    runs: Sequence[ScannerRun],
    targets: Mapping[Category, tuple[str, ...]],
    config: Config,
    gating: Gating | None = None,
) -> tuple[tuple[ScannerRun, ...], Decision]:
    """The runs with every finding's disposition attached, and the verdict over them."""
    with paused():
        gated = gate_runs(runs, gating)
        findings = [f for r in gated.runs for f in r.findings]
        d = _decide(gated.runs, targets, config, findings, list(gated.warnings))
        return gated.runs, dataclasses.replace(d, absent=gated.absent)


def _decide(
    runs: Sequence[ScannerRun],
    targets: Mapping[Category, tuple[str, ...]],
    config: Config,
    findings: list[Finding],
    extra_warnings: list[str],
) -> Decision:
    groups = make_groups(findings, runs, config)
    blocking = [g for g in groups if g.blocking]
    warnings = (*_warnings(runs, targets, config), *extra_warnings)
    short = coverage.uncovered(runs, targets, config)

    rmap = redundancy_map(runs, targets, groups, config.min_redundancy)
    thin = _thin(rmap)

    def decision(verdict: Verdict, reasons: Sequence[str]) -> Decision:
        # A redundancy floor broken under another verdict is still said, as a warning.
        said = [] if reasons == thin else thin
        return Decision(verdict, tuple(reasons), groups, short, (*warnings, *said), (), rmap)

    if blocking:
        return decision(Verdict.FAIL, _fail_reasons(blocking))
    if not any(targets.values()):
        reason = "nothing to scan: no Python source or requirements file under the given paths"
        return Decision(Verdict.ERROR, (reason,), groups, (), tuple(warnings))
    blind = coverage.nothing_examined(runs, targets, config)
    if short or blind:
        return decision(Verdict.ERROR, [*blind, *_uncovered_reasons(short, targets)])
    if thin:
        return decision(Verdict.ERROR, thin)
    not_ok = [r for r in runs if r.status.not_ok]
    if config.fail_on_degraded and not_ok:
        reasons = ["fail_on_degraded is set and a scanner was not ok"]
        return decision(Verdict.ERROR, reasons + [coverage.failure_line(r) for r in not_ok])
    reasons = ["no blocking findings; every target met its quorum"]
    if not_ok:
        reasons.append(f"PASS despite {len(not_ok)} scanner(s) not ok (see warnings)")
    return decision(Verdict.PASS, reasons)


def _thin(rmap: Sequence[Redundancy]) -> list[str]:
    """Categories whose redundancy is below `min_redundancy` (off unless configured)."""
    reasons = []
    for r in rmap:
        if r.below:
            named = ", ".join(r.single[:MAX_LISTED])
            more = f" and {len(r.single) - MAX_LISTED} more" if len(r.single) > MAX_LISTED else ""
            reasons.append(
                f"{r.category.value} redundancy {r.share:.0%} is below min_redundancy "
                f"{r.floor:.0%}: {len(r.single)} target(s) examined by one scanner only "
                f"({named}{more})"
            )
    return reasons


def _warnings(
    runs: Sequence[ScannerRun], targets: Mapping[Category, tuple[str, ...]], config: Config
) -> list[str]:
    """Every scanner that was not ok, the targets a degraded one missed, what is out of scope."""
    warnings = [coverage.failure_line(r) for r in runs if r.status.not_ok]
    for run in runs:
        if run.status != RunStatus.DEGRADED:
            continue
        for miss in run.coverage.missed[:MAX_LISTED]:
            warnings.append(f"{run.scanner} did not examine {miss.target}: {miss.reason}")
        if len(run.coverage.missed) > MAX_LISTED:
            more = len(run.coverage.missed) - MAX_LISTED
            warnings.append(
                f"{run.scanner} did not examine {more} more target(s) (every one is in the "
                "JSON report and the SARIF run's coverage)"
            )
    for cat, ts in targets.items():
        if ts and cat in config.out_of_scope:
            warnings.append(f"{cat.value}: out of scope; {len(ts)} target(s) not checked")
    return warnings


def _fail_reasons(blocking: Sequence[Group]) -> list[str]:
    """The worst blocking groups first (path order within a severity), then a count."""
    worst = sorted(blocking, key=lambda g: -g.severity)
    reasons = [f"{len(blocking)} blocking finding group(s)"]
    reasons += [
        f"{g.severity.label} {g.primary.rule_id} at {g.primary.location.path}:"
        f"{g.primary.location.start_line} ({g.votes} vote(s), {g.votes_needed} needed: "
        f"{', '.join(g.scanners)})"
        for g in worst[:MAX_LISTED]
    ]
    if len(worst) > MAX_LISTED:
        reasons.append(f"... and {len(worst) - MAX_LISTED} more blocking group(s)")
    return reasons


def _uncovered_reasons(
    short: Sequence[Uncovered], targets: Mapping[Category, tuple[str, ...]]
) -> list[str]:
    """Per category: how many targets lack their quorum or a check, then each, named."""
    reasons: list[str] = []
    by_cat: dict[Category, list[Uncovered]] = defaultdict(list)
    for u in short:
        by_cat[u.category].append(u)
    for cat, items in by_cat.items():
        total = len(targets.get(cat, ()))
        few = sum(1 for u in items if len(u.covered_by) < u.needed)
        if few:
            reasons.append(
                f"{cat.value} quorum not met: {few} of {total} target(s) examined by "
                f"fewer than {items[0].needed} healthy scanner(s)"
            )
        if len(items) > few:
            reasons.append(
                f"{cat.value}: {len(items) - few} of {total} target(s) with checks that "
                "no healthy scanner made (the file kept a scanner from finishing them)"
            )
        reasons += [
            f"  {u.target}: {'; '.join(u.reasons) or 'no scanner examined it'}"
            for u in items[:MAX_LISTED]
        ]
        if len(items) > MAX_LISTED:
            reasons.append(f"  ... and {len(items) - MAX_LISTED} more")
    return reasons


def judge_policy(decision: Decision, policy: PolicyReport, forbid_weakening: bool) -> Decision:
    """With --forbid-weakening, a config weaker than the one at the base ref is an ERROR
    (a FAIL stays a FAIL: blocking findings are decided first)."""
    weaker = policy.weakened_vs_base
    if not (forbid_weakening and weaker and decision.verdict == Verdict.PASS):
        return decision
    reasons = [f"the config weakens the gate against {policy.base} and --forbid-weakening is set"]
    reasons += [f"  {c.key}: {c.reference} -> {c.value}" for c in weaker]
    return dataclasses.replace(decision, verdict=Verdict.ERROR, reasons=tuple(reasons))
