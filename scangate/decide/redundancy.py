"""The redundancy map: how much of each category rests on one scanner.

Redundancy helps only if it is there before a scanner fails. Per category: the
share of targets that at least two healthy scanners examined, the targets only
one examined, and the blocking groups that rest on a single scanner's vote (had
that scanner failed, nobody would have seen them).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from scangate.decide.coverage import examined_by
from scangate.model import Category, ScannerRun
from scangate.result import Group, Redundancy


def redundancy_map(
    runs: Sequence[ScannerRun],
    targets: Mapping[Category, tuple[str, ...]],
    groups: Sequence[Group],
    floors: Mapping[Category, float],
) -> tuple[Redundancy, ...]:
    """The map for every category with targets, counted from the runs' coverage;
    `floors` are the configured `min_redundancy` shares."""
    examined = examined_by(runs)
    out = []
    for cat, ts in targets.items():
        if not ts:
            continue
        counts = {t: len(examined[cat].get(t, ())) for t in ts}
        single_vote = tuple(
            f"{g.severity.label} {g.primary.rule_id} at {g.primary.location.path}:"
            f"{g.primary.location.start_line} ({g.scanners[0]})"
            for g in groups
            if g.blocking and g.votes == 1 and g.primary.category == cat
        )
        out.append(
            Redundancy(
                category=cat,
                targets=len(ts),
                redundant=sum(1 for n in counts.values() if n >= 2),
                single=tuple(t for t, n in counts.items() if n == 1),
                single_vote=single_vote,
                floor=floors.get(cat, 0.0),
            )
        )
    return tuple(out)
