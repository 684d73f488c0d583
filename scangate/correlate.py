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

from scangate.cwe import related
from scangate.model import Category, Finding

ADJACENT_LINES = 1


def _ids(f: Finding) -> set[str]:
    return {x for x in (f.vuln_id, *f.aliases) if x}


def same_issue(a: Finding, b: Finding) -> bool:
    if a.location.path != b.location.path or a.category != b.category:
        return False
    if a.category == Category.DEPS:
        return a.package == b.package and bool(_ids(a) & _ids(b))
    la, lb = a.location, b.location
    near = (
        la.start_line <= lb.end_line + ADJACENT_LINES
        and lb.start_line <= la.end_line + ADJACENT_LINES
    )
    if not near:
        return False
    if a.cwes and b.cwes and related(a.cwes, b.cwes):
        return True
    if b.rule_id in a.corroborates or a.rule_id in b.corroborates:
        return True
    return a.scanner == b.scanner and a.rule_id == b.rule_id


def correlate(findings: Sequence[Finding]) -> list[tuple[str, tuple[Finding, ...]]]:
    """Group findings; each group gets an id stable across runs (from fingerprints)."""
    parent = list(range(len(findings)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_file: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(findings):
        by_file[f.location.path].append(i)
    for idxs in by_file.values():
        for x, i in enumerate(idxs):
            for j in idxs[x + 1 :]:
                if same_issue(findings[i], findings[j]):
                    parent[find(i)] = find(j)
    members: dict[int, list[Finding]] = defaultdict(list)
    for i, f in enumerate(findings):
        members[find(i)].append(f)
    out: list[tuple[str, tuple[Finding, ...]]] = []
    for group in members.values():
        group.sort(key=lambda f: (f.scanner, f.rule_id, f.fingerprint))
        digest = hashlib.sha256("\0".join(f.fingerprint for f in group).encode()).hexdigest()
        out.append((f"G{digest[:10]}", tuple(group)))
    out.sort(key=lambda g: (g[1][0].location.path, g[1][0].location.start_line, g[0]))
    return out
