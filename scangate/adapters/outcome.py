"""What an adapter makes of a scanner's output: the parts of its Outcome.

Every target is accounted for, examined on the scanner's own evidence or missed
with a reason; every finding's rule is listed once.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping

from scangate.model import Finding, Miss, Rule, Severity


def check_rule(
    check_id: str,
    name: str,
    title: str,
    message: str,
    url: str | None,
    cwes: tuple[int, ...],
    severity: Severity,
) -> Rule:
    """A rule for one check of a scanner that states no more than its name, the message
    of a finding and a link to the check's documentation (bandit's tests, ruff's)."""
    return Rule(
        id=check_id,
        name=name,
        short_description=f"{check_id}: {title}",
        full_description=message,
        help_text=f"{message}\nSee {url}" if url else message,
        help_uri=url,
        cwes=cwes,
        severity=severity,
    )


def coverage(
    targets: Iterable[str], seen: Container[str | None], problems: Mapping[str, Miss], unseen: str
) -> tuple[tuple[str, ...], tuple[Miss, ...]]:
    """What an invocation examined and what it missed.

    A target is examined when the scanner's own evidence shows it (`seen`) and no
    problem names it; every other target is missed, for its own problem if it has
    one, else for `unseen`. A target never counts as clean without evidence.
    """
    examined = tuple(t for t in targets if t in seen and t not in problems)
    done = set(examined)
    missed = tuple(problems.get(t) or Miss(t, unseen) for t in targets if t not in done)
    return examined, missed


def collect(pairs: Iterable[tuple[Finding, Rule]]) -> tuple[tuple[Finding, ...], tuple[Rule, ...]]:
    """An Outcome's findings in the scanner's order, and each of their rules once."""
    findings: list[Finding] = []
    rules: dict[str, Rule] = {}
    for finding, rule in pairs:
        findings.append(finding)
        rules.setdefault(rule.id, rule)
    return tuple(findings), tuple(rules.values())
