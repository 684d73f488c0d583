"""The health quorum: which targets enough healthy scanners examined, and what a file's
own misses left unchecked.

Quorum is counted per target: every target of a category must have been examined
by at least `quorum[category]` scanners whose run was ok or degraded. A category
with targets that nothing examined at all is never a PASS, whatever the quorum.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from scangate.cwe import classified, families, family_name
from scangate.model import Category, Miss, Role, RunStatus, ScannerRun
from scangate.result import Uncovered
from scangate.settings.config import Config


def examined_by(
    runs: Sequence[ScannerRun], primaries_only: bool = False
) -> dict[Category, dict[str, set[str]]]:
    """Per category and target, the healthy scanners that examined it."""
    out: dict[Category, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for run in runs:
        if run.status.healthy and not (primaries_only and run.role == Role.STANDBY):
            for target in run.coverage.examined:
                out[run.category][target].add(run.scanner)
    return out


def failure_line(run: ScannerRun) -> str:
    """`semgrep failed: <why>`: one line per scanner that was not ok."""
    what = {
        RunStatus.FAILED: "failed",
        RunStatus.TIMEOUT: "timed out",
        RunStatus.DEGRADED: "degraded",
    }.get(run.status, run.status.value)
    return f"{run.scanner} {what}: {run.message}" if run.message else f"{run.scanner} {what}"


def nothing_examined(
    runs: Sequence[ScannerRun], targets: Mapping[Category, tuple[str, ...]], config: Config
) -> list[str]:
    """Categories with targets that no healthy scanner examined at all: never a PASS,
    whatever the quorum says (a quorum of 0 lowers the bar per target, it does not
    turn "nobody looked" into "clean")."""
    reasons: list[str] = []
    examined = examined_by(runs)
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
            why = "; ".join(failure_line(r) for r in cat_runs) or "its scanners were skipped"
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


def uncovered(
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
    examined = examined_by(runs)
    checks = {r.scanner: families(r.checks) for r in runs if r.status.healthy}
    out: list[Uncovered] = []
    for cat, ts in targets.items():
        if not ts or cat in config.out_of_scope or not any(r.category == cat for r in runs):
            continue  # out of scope, or no scanner at all: see nothing_examined
        needed = config.quorum.get(cat, 1)
        if needed <= 0:
            continue
        # A category whose only runs are skipped standbys was still selected: check its quorum.
        cat_runs = [r for r in runs if r.category == cat and r.status != RunStatus.SKIPPED]
        own: dict[str, list[tuple[ScannerRun, Miss]]] = defaultdict(list)
        for r in cat_runs:
            for m in r.coverage.missed:
                if m.cwes is not None:
                    own[m.target].append((r, m))
        for t in ts:
            covered = examined[cat].get(t, set())
            short = len(covered) < needed
            reasons = _short_reasons(t, covered, cat_runs) if short else []
            gaps = [g for r, m in own.get(t, []) if (g := _gap_reason(r, m, covered, checks))]
            if short or gaps:
                reasons += gaps
                out.append(Uncovered(cat, t, tuple(sorted(covered)), needed, tuple(reasons)))
    return tuple(out)


def _short_reasons(target: str, covered: set[str], cat_runs: list[ScannerRun]) -> list[str]:
    """Why each scanner that did not examine `target` did not."""
    reasons = []
    for r in cat_runs:
        if r.scanner in covered:
            continue
        miss = next((m for m in r.coverage.missed if m.target == target), None)
        if miss is not None:
            reasons.append(f"{r.scanner}: {miss.reason}")
        elif not r.status.healthy:
            reasons.append(f"{r.scanner}: {r.status.value}: {r.message}")
        else:
            reasons.append(f"{r.scanner}: not examined")
    return reasons


def _gap_reason(
    run: ScannerRun, miss: Miss, covered: set[str], checks: dict[str, frozenset[frozenset[int]]]
) -> str | None:
    """The checks a file's own miss left that no other healthy scanner examining it made."""
    unchecked = [
        f
        for f in _lost(miss, run)
        if not any(f and f in checks.get(s, ()) for s in covered if s != run.scanner)
    ]
    if not unchecked:
        return None
    names = ", ".join(family_name(f) if f else "its checks" for f in unchecked)
    return f"{run.scanner}: {miss.reason}; no other healthy scanner that examined it checks {names}"
