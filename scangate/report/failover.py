"""What every report says about redundancy and failover drills, said once here.

The redundancy map says, per category, how much rests on one scanner; a drill
says what the verdict would have been had each scanner failed, and, for a live
drill, which scanner was made to fail on purpose.
"""

from __future__ import annotations

from typing import Any

from scangate.report.common import printable
from scangate.result import Drill, Redundancy

NAMED = 3  # single-scanner targets named in the one-line form; the rest counted


def redundancy_line(rmap: tuple[Redundancy, ...]) -> str | None:
    """`redundancy: sast 2/3 targets on 2+ scanners (67%), 1 on one only (app.py); ...`."""
    if not rmap:
        return None
    parts = []
    for r in rmap:
        part = (
            f"{r.category.value} {r.redundant}/{r.targets} targets on 2+ scanners ({r.share:.0%})"
        )
        if r.single:
            named = ", ".join(r.single[:NAMED]) + (", …" if len(r.single) > NAMED else "")
            part += f", {len(r.single)} on one only ({named})"
        if r.single_vote:
            part += f", {len(r.single_vote)} blocking group(s) on one scanner's vote"
        parts.append(part)
    return printable("redundancy: " + "; ".join(parts))


def redundancy_data(rmap: tuple[Redundancy, ...]) -> list[dict[str, Any]]:
    """The map as JSON data (JSON report, SARIF properties)."""
    return [
        {
            "category": r.category.value,
            "targets": r.targets,
            "redundant": r.redundant,
            "share": round(r.share, 4),
            "single": list(r.single),
            "single_vote": list(r.single_vote),
            "min_share": r.floor,
            "below_min": r.below,
        }
        for r in rmap
    ]


def drill_lines(drill: Drill | None) -> list[str]:
    """One line per predicted failure, and one for a live drill."""
    if drill is None:
        return []
    lines = []
    if drill.live:
        line = f"drill: {drill.live} was made to fail on purpose in this run"
        if drill.expected is not None:
            line += f" (predicted: {drill.expected.value})"
        lines.append(line)
    for p in drill.predictions:
        stand_in = f", {p.standby} standing in" if p.standby else ""
        if p.standby_ran:
            stand_in += " (run for this drill)"
        what = []
        if p.lost:
            what.append(f"{len(p.lost)} blocking group(s) lost: {'; '.join(p.lost[:NAMED])}")
        if p.uncovered:
            what.append(f"{len(p.uncovered)} target(s) lose their quorum")
        lines.append(
            f"drill: if {p.scanner} failed{stand_in}: {p.verdict.value} (exit {p.exit_code}, "
            f"{p.blocking} blocking)" + (" — " + "; ".join(what) if what else " — nothing lost")
        )
    return [printable(ln) for ln in lines]


def drill_data(drill: Drill | None) -> dict[str, Any] | None:
    """The drill as JSON data (JSON report, SARIF properties)."""
    if drill is None:
        return None
    return {
        "live": drill.live,
        "expected": drill.expected.value if drill.expected else None,
        "predictions": [
            {
                "scanner": p.scanner,
                "verdict": p.verdict.value,
                "exit_code": p.exit_code,
                "reasons": list(p.reasons),
                "lost": list(p.lost),
                "uncovered": list(p.uncovered),
                "blocking": p.blocking,
                "standby": p.standby,
                "standby_ran": p.standby_ran,
            }
            for p in drill.predictions
        ],
    }


def markdown_tables(rmap: tuple[Redundancy, ...], drill: Drill | None) -> list[str]:
    """The redundancy map, and the drill's predictions, as markdown tables."""
    lines = [
        "",
        "### Redundancy",
        "",
        "| category | targets | on 2+ scanners | on one only | blocking on one vote |",
        "|---|---|---|---|---|",
    ]
    for r in rmap:
        single = ", ".join(f"`{t}`" for t in r.single[:NAMED]) + (
            " …" if len(r.single) > NAMED else ""
        )
        lines.append(
            f"| {r.category.value} | {r.targets} | {r.redundant} ({r.share:.0%}) | "
            f"{len(r.single)} {single} | {len(r.single_vote)} |"
        )
    if drill is not None and (drill.predictions or drill.live):
        lines += ["", "### Failover drill", ""]
        if drill.live:
            lines += [f"_{drill_lines(drill)[0]}_", ""]
        if drill.predictions:
            lines += [
                "| if this failed | verdict | blocking groups lost | targets losing quorum "
                "| standing in |",
                "|---|---|---|---|---|",
            ]
            for p in drill.predictions:
                standby = (p.standby or "—") + (" (run for the drill)" if p.standby_ran else "")
                lines.append(
                    f"| {p.scanner} | {p.verdict.value} (exit {p.exit_code}) | {len(p.lost)} | "
                    f"{len(p.uncovered)} | {standby} |"
                )
    return [printable(ln) for ln in lines]
