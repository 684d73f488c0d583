"""The verdict: blocking findings first, then the health quorum, then PASS.

The contract (DESIGN §2):
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

from scangate.cwe import classified, families, family_name
from scangate.decide.adoption import Gating, gate_runs
from scangate.decide.correlate import correlate
from scangate.gcpause import paused
from scangate.model import (
    BaselineState,
    Category,
    Finding,
    Miss,
    Role,
    RunStatus,
    ScannerRun,
    Verdict,
)
from scangate.result import Decision, Group, PolicyReport, Uncovered
from scangate.settings.config import Config

MAX_LISTED = 10


def _examined_by(
    runs: Sequence[ScannerRun], primaries_only: bool = False
) -> dict[Category, dict[str, set[str]]]:
    out: dict[Category, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for run in runs:
        if run.status.healthy and not (primaries_only and run.role == Role.STANDBY):
            for target in run.coverage.examined:
                out[run.category][target].add(run.scanner)
    return out


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
    examined = _examined_by(runs, primaries_only=True)
    votes_for = config.votes
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
        if blocking and not any(f.eligible for f in members):
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
        groups.append(Group(gid, members, severity, votes, needed, blocking, note))
    return tuple(groups)


def _failure_line(run: ScannerRun) -> str:
    what = {
        RunStatus.FAILED: "failed",
        RunStatus.TIMEOUT: "timed out",
        RunStatus.DEGRADED: "degraded",
    }.get(run.status, run.status.value)
    return f"{run.scanner} {what}: {run.message}" if run.message else f"{run.scanner} {what}"


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
    warnings: list[str] = [_failure_line(r) for r in runs if r.status.not_ok]
    warnings += extra_warnings
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
    uncovered = _uncovered(runs, targets, config)
    for cat, ts in targets.items():
        if ts and cat in config.out_of_scope:
            warnings.append(f"{cat.value}: out of scope; {len(ts)} target(s) not checked")

    if blocking:
        reasons = [f"{len(blocking)} blocking finding group(s)"]
        worst = sorted(blocking, key=lambda g: -g.severity)  # stable: path order within
        reasons += [
            f"{g.severity.label} {g.primary.rule_id} at {g.primary.location.path}:"
            f"{g.primary.location.start_line} ({g.votes} vote(s), {g.votes_needed} needed: "
            f"{', '.join(g.scanners)})"
            for g in worst[:MAX_LISTED]
        ]
        if len(worst) > MAX_LISTED:
            reasons.append(f"... and {len(worst) - MAX_LISTED} more blocking group(s)")
        return Decision(Verdict.FAIL, tuple(reasons), groups, uncovered, tuple(warnings))

    if not any(targets.values()):
        return Decision(
            Verdict.ERROR,
            ("nothing to scan: no Python source or requirements file under the given paths",),
            groups,
            (),
            tuple(warnings),
        )

    blind = _nothing_examined(runs, targets, config)
    if uncovered or blind:
        reasons = list(blind)
        by_cat: dict[Category, list[Uncovered]] = defaultdict(list)
        for u in uncovered:
            by_cat[u.category].append(u)
        for cat, items in by_cat.items():
            total = len(targets.get(cat, ()))
            short = sum(1 for u in items if len(u.covered_by) < u.needed)
            if short:
                reasons.append(
                    f"{cat.value} quorum not met: {short} of {total} target(s) examined by "
                    f"fewer than {items[0].needed} healthy scanner(s)"
                )
            if len(items) > short:
                reasons.append(
                    f"{cat.value}: {len(items) - short} of {total} target(s) with checks that "
                    "no healthy scanner made (the file kept a scanner from finishing them)"
                )
            for u in items[:MAX_LISTED]:
                why = "; ".join(u.reasons) or "no scanner examined it"
                reasons.append(f"  {u.target}: {why}")
            if len(items) > MAX_LISTED:
                reasons.append(f"  ... and {len(items) - MAX_LISTED} more")
        return Decision(Verdict.ERROR, tuple(reasons), groups, uncovered, tuple(warnings))

    not_ok = [r for r in runs if r.status.not_ok]
    if config.fail_on_degraded and not_ok:
        reasons = ["fail_on_degraded is set and a scanner was not ok"]
        reasons += [_failure_line(r) for r in not_ok]
        return Decision(Verdict.ERROR, tuple(reasons), groups, uncovered, tuple(warnings))

    reasons = ["no blocking findings; every target met its quorum"]
    if not_ok:
        reasons.append(f"PASS despite {len(not_ok)} scanner(s) not ok (see warnings)")
    return Decision(Verdict.PASS, tuple(reasons), groups, uncovered, tuple(warnings))


def _nothing_examined(
    runs: Sequence[ScannerRun], targets: Mapping[Category, tuple[str, ...]], config: Config
) -> list[str]:
    """Categories with targets that no healthy scanner examined at all: never a PASS,
    whatever the quorum says (a quorum of 0 lowers the bar per target, it does not
    turn "nobody looked" into "clean")."""
    reasons: list[str] = []
    examined = _examined_by(runs)
    for cat, ts in targets.items():
        if not ts or cat in config.out_of_scope or examined[cat]:
            continue
        selected = [r for r in runs if r.category == cat]
        if selected and config.quorum.get(cat, 1) > 0:
            continue  # the quorum check names every target and why
        cat_runs = [r for r in selected if r.status != RunStatus.SKIPPED]
        if not selected:
            why = "no scanner of this category ran (all disabled or deselected)"
        else:
            why = "; ".join(_failure_line(r) for r in cat_runs) or "its scanners were skipped"
        reasons.append(
            f"{cat.value}: nothing examined its {len(ts)} target(s): {why}; "
            f"declare the category out of scope (--out-of-scope {cat.value}) if that is meant"
        )
    return reasons


def _lost(miss: Miss, run: ScannerRun) -> list[frozenset[int]]:
    """The weakness families a file's own miss left unchecked (classified ones only)."""
    cwes = miss.cwes if miss.cwes else run.checks
    if not cwes:
        return [frozenset()]  # unknown checks: nothing can stand in for them
    return sorted((f for f in families(tuple(cwes)) if classified(f)), key=sorted)


def _uncovered(
    runs: Sequence[ScannerRun],
    targets: Mapping[Category, tuple[str, ...]],
    config: Config,
) -> tuple[Uncovered, ...]:
    """Targets short of their quorum, or with checks that no healthy scanner made.

    A scanner that missed a file as a whole (it crashed, its service was down) is
    replaced, file by file, by any healthy scanner that examined it: that is the
    quorum. A miss the file itself caused (a rule that timed out on it, a part that
    would not parse, a size limit; `Miss.cwes` is set) is only made good by a
    healthy scanner that examined the file and checks the same weakness family:
    otherwise a file grown or crafted to exhaust semgrep's open-redirect rule would
    pass on bandit, which has no such check.
    """
    examined = _examined_by(runs)
    checks = {r.scanner: families(r.checks) for r in runs if r.status.healthy}
    out: list[Uncovered] = []
    for cat, ts in targets.items():
        if not ts or cat in config.out_of_scope or not any(r.category == cat for r in runs):
            continue  # out of scope, or no scanner at all: see _nothing_examined
        # A category whose only runs are skipped standbys was still selected: check its quorum.
        cat_runs = [r for r in runs if r.category == cat and r.status != RunStatus.SKIPPED]
        needed = config.quorum.get(cat, 1)
        if needed <= 0:
            continue
        own: dict[str, list[tuple[ScannerRun, Miss]]] = defaultdict(list)
        for r in cat_runs:
            for m in r.coverage.missed:
                if m.cwes is not None:
                    own[m.target].append((r, m))
        for t in ts:
            covered = examined[cat].get(t, set())
            reasons: list[str] = []
            short = len(covered) < needed
            if short:
                for r in cat_runs:
                    if r.scanner in covered:
                        continue
                    miss = next((m for m in r.coverage.missed if m.target == t), None)
                    if miss is not None:
                        reasons.append(f"{r.scanner}: {miss.reason}")
                    elif not r.status.healthy:
                        reasons.append(f"{r.scanner}: {r.status.value}: {r.message}")
                    else:
                        reasons.append(f"{r.scanner}: not examined")
            for r, m in own.get(t, []):
                unchecked = [
                    f
                    for f in _lost(m, r)
                    if not any(f and f in checks.get(s, ()) for s in covered if s != r.scanner)
                ]
                if unchecked:
                    short = True
                    names = ", ".join(family_name(f) if f else "its checks" for f in unchecked)
                    reasons.append(
                        f"{r.scanner}: {m.reason}; no other healthy scanner that examined it "
                        f"checks {names}"
                    )
            if short:
                out.append(Uncovered(cat, t, tuple(sorted(covered)), needed, tuple(reasons)))
    return tuple(out)


def judge_policy(decision: Decision, policy: PolicyReport, forbid_weakening: bool) -> Decision:
    """With --forbid-weakening, a config weaker than the one at the base ref is an ERROR
    (a FAIL stays a FAIL: blocking findings are decided first)."""
    weaker = policy.weakened_vs_base
    if not (forbid_weakening and weaker and decision.verdict == Verdict.PASS):
        return decision
    reasons = [f"the config weakens the gate against {policy.base} and --forbid-weakening is set"]
    reasons += [f"  {c.key}: {c.reference} -> {c.value}" for c in weaker]
    return dataclasses.replace(decision, verdict=Verdict.ERROR, reasons=tuple(reasons))
