"""Correlation: findings of different scanners that describe the same issue.

Two source findings are the same issue when they are in the same file, their
lines overlap or touch (ADJACENT_LINES), and their CWEs are of one family
(`scangate.cwe.FAMILIES`) or one names the other's check as corroborated.
Two dependency findings are the same when they concern the same package in the
same file and share an advisory id or alias. A group's votes are its distinct
scanners.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from operator import attrgetter

from scangate.cwe import families
from scangate.model import Category, Finding

ADJACENT_LINES = 1
_MEMBER_ORDER = attrgetter("scanner", "rule_id", "fingerprint")
Fam = frozenset[int]


def _ids(f: Finding) -> set[str]:
    return {x for x in (f.vuln_id, *f.aliases) if x}


def _near(a: Finding, b: Finding) -> bool:
    la, lb = a.location, b.location
    return (
        la.start_line <= lb.end_line + ADJACENT_LINES
        and lb.start_line <= la.end_line + ADJACENT_LINES
    )


def _linked(a: Finding, b: Finding, fams_a: frozenset[Fam], fams_b: frozenset[Fam]) -> bool:
    """same_issue for two near source findings, given their CWE families."""
    if fams_a and not fams_a.isdisjoint(fams_b):
        return True
    if b.rule_id in a.corroborates or a.rule_id in b.corroborates:
        return True
    return a.scanner == b.scanner and a.rule_id == b.rule_id


def same_issue(a: Finding, b: Finding) -> bool:
    if a.location.path != b.location.path or a.category != b.category:
        return False
    if a.category == Category.DEPS:
        return a.package == b.package and bool(_ids(a) & _ids(b))
    return _near(a, b) and _linked(a, b, families(a.cwes), families(b.cwes))


def correlate(findings: Sequence[Finding]) -> list[tuple[str, tuple[Finding, ...]]]:
    """Group findings; each group gets an id stable across runs (from fingerprints).

    Source findings are compared only with those whose lines can touch theirs (a
    sweep over start lines), so 25,000 findings cost well under a second.
    """
    parent = list(range(len(findings)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[find(i)] = find(j)

    fams_of: dict[tuple[int, ...], frozenset[Fam]] = {}  # few distinct CWE sets
    fams = []
    for f in findings:
        got = fams_of.get(f.cwes)
        if got is None:
            got = fams_of[f.cwes] = families(f.cwes)
        fams.append(got)
    starts = [f.location.start_line for f in findings]
    ends = [f.location.end_line for f in findings]
    buckets: dict[tuple[str, Category], list[int]] = defaultdict(list)
    for i, f in enumerate(findings):
        buckets[(f.location.path, f.category)].append(i)
    for (_, category), idxs in buckets.items():
        if category == Category.DEPS:
            for x, i in enumerate(idxs):
                for j in idxs[x + 1 :]:
                    if same_issue(findings[i], findings[j]):
                        union(i, j)
            continue
        idxs.sort(key=starts.__getitem__)
        for x, i in enumerate(idxs):
            a, fams_a = findings[i], fams[i]
            reach = ends[i] + ADJACENT_LINES
            root = -1  # i's root, found on its first link; it stays the root below
            for j in idxs[x + 1 :]:
                # Sorted by start line: once one starts past `a`'s reach, all later do.
                # Before that, starts[i] <= starts[j] <= ends[j], so the two are _near.
                if starts[j] > reach:
                    break
                fams_b = fams[j]
                # Shared CWE sets share one families object (fams_of): a cheap first test.
                if (fams_a and fams_b is fams_a) or _linked(a, findings[j], fams_a, fams_b):
                    if root < 0:
                        root = find(i)
                    other = find(j)
                    if other != root:
                        parent[other] = root
    members: dict[int, list[Finding]] = defaultdict(list)
    for i, f in enumerate(findings):
        members[find(i)].append(f)
    out: list[tuple[str, tuple[Finding, ...]]] = []
    for group in members.values():
        if len(group) > 1:
            group.sort(key=_MEMBER_ORDER)
        digest = hashlib.sha256("\0".join(f.fingerprint for f in group).encode()).hexdigest()
        out.append((f"G{digest[:10]}", tuple(group)))
    out.sort(key=lambda g: (g[1][0].location.path, g[1][0].location.start_line, g[0]))
    return out
