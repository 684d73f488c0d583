"""Correlation: findings of different scanners that describe the same issue.

Two source findings are the same issue (`same_issue`) when they are in the same
file, their lines overlap (share a line), and their CWEs are of one family
(`scangate.cwe.FAMILIES`), or one names the other's check as corroborated, or
they are one scanner's same rule. Groups are the connected components of that.

Scanners do not always point at the same line for one issue: bandit flags the
SQL string being built, semgrep the `execute(q)` on the next line. So a finding
that is still alone afterwards is paired with a related lone finding of another
scanner on a touching line (`_pair_neighbours`): nearest first, each at most
once. Touching lines never chain: 60 issues on 60 consecutive lines are 60
groups, not one group the length of a function.

Two dependency findings are the same when they concern the same package in the
same file and share an advisory id or alias. A group's votes are its distinct
scanners.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter, itemgetter

from scangate.cwe import families
from scangate.model import Category, Finding, Location

ADJACENT_LINES = 0  # spans must share a line to be one issue (touching: _pair_neighbours)
_MEMBER_ORDER = attrgetter("scanner", "rule_id", "fingerprint")
_PLACE = itemgetter(0, 1, 2)  # groups in file and line order, then by id
# Comparisons allowed per finding of a file before its pairs give way to the keyed
# sweep: pairs are cheaper while few findings overlap, the sweep bounds the worst case.
PAIR_BUDGET = 8
# Lone findings on the next line a lone finding considers pairing with (_pair_neighbours).
NEIGHBOURS = 16
Fams = frozenset[frozenset[int]]


def _ids(f: Finding) -> set[str]:
    return {x for x in (f.vuln_id, *f.aliases) if x}


def _end(loc: Location) -> int:
    """A span's last line; an inverted span (hostile SARIF) is its start line."""
    return loc.end_line if loc.end_line > loc.start_line else loc.start_line


def _near(a: Finding, b: Finding) -> bool:
    la, lb = a.location, b.location
    return la.start_line <= _end(lb) + ADJACENT_LINES and lb.start_line <= _end(la) + ADJACENT_LINES


def touching(a: Finding, b: Finding) -> bool:
    """Spans on neighbouring lines that do not share one."""
    la, lb = a.location, b.location
    return la.start_line == _end(lb) + 1 or lb.start_line == _end(la) + 1


def related(a: Finding, b: Finding) -> bool:
    """Of one weakness family, or one names the other's check as corroborated."""
    fa, fb = families(a.cwes), families(b.cwes)
    if fa and not fa.isdisjoint(fb):
        return True
    return b.rule_id in a.corroborates or a.rule_id in b.corroborates


def _linked(a: Finding, b: Finding, fams_a: Fams, fams_b: Fams) -> bool:
    """same_issue for two near source findings, given their CWE families."""
    if fams_a and not fams_a.isdisjoint(fams_b):
        return True
    if b.rule_id in a.corroborates or a.rule_id in b.corroborates:
        return True
    return a.scanner == b.scanner and a.rule_id == b.rule_id


def same_issue(a: Finding, b: Finding) -> bool:
    """The definition correlate() computes the connected components of."""
    if a.location.path != b.location.path or a.category != b.category:
        return False
    if a.category == Category.DEPS:
        return a.package == b.package and bool(_ids(a) & _ids(b))
    return _near(a, b) and _linked(a, b, families(a.cwes), families(b.cwes))


class _Components:
    """Union-find over finding indexes."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[rj] = ri


def _sweep_two_sides(
    sides: list[tuple[int, bool]], starts: list[int], reach: list[int], c: _Components
) -> None:
    """The sweep of _sweep_keys, where only spans of opposite sides link: findings of
    a rule id (one side) and findings whose rule names that id as corroborated.

    Each side keeps its spans that still reach the current line. A span links with
    all those of the other side; they are then one component, represented from there
    on by the one that reaches farthest (any later span near one of them is near it).
    """
    sides.sort(key=lambda s: starts[s[0]])
    live: tuple[list[int], list[int]] = ([], [])
    for j, side in sides:
        start = starts[j]
        other = [k for k in live[not side] if reach[k] >= start]
        if other:
            for k in other:
                c.union(j, k)
            other = [max(other, key=reach.__getitem__)]
        live[not side][:] = other
        live[side].append(j)


@dataclass(frozen=True)
class _Spans:
    """What linking needs of every finding, computed once: its families, first line,
    last line reached, and the components built so far."""

    findings: Sequence[Finding]
    fams: list[Fams]
    starts: list[int]
    reach: list[int]
    components: _Components

    @classmethod
    def of(cls, findings: Sequence[Finding]) -> _Spans:
        return cls(
            findings,
            [families(f.cwes) for f in findings],
            [f.location.start_line for f in findings],
            [_end(f.location) + ADJACENT_LINES for f in findings],
            _Components(len(findings)),
        )


def correlate(findings: Sequence[Finding]) -> list[tuple[str, tuple[Finding, ...]]]:
    """Group findings; each group gets an id stable across runs (from fingerprints).

    A file's source findings are compared in line order with those whose lines can
    touch theirs. Where many overlap (thousands on one line: a hostile SARIF file to
    merge, say) that turns quadratic, so past PAIR_BUDGET the file is linked by the
    keyed sweep instead, which is linear after the sort.
    """
    spans = _Spans.of(findings)
    c = spans.components
    buckets: dict[tuple[str, Category], list[int]] = defaultdict(list)
    for i, f in enumerate(findings):
        buckets[(f.location.path, f.category)].append(i)
    swept = False
    for (_, category), idxs in buckets.items():
        if category == Category.DEPS:
            _link_advisories(findings, idxs, c)
        elif len(idxs) > 1:
            idxs.sort(key=spans.starts.__getitem__)
            if not _link_pairs(spans, idxs):
                _sweep_keys(spans, idxs)
                swept = True
    if swept and any(f.corroborates for f in findings):
        _link_hints(spans)
    _pair_neighbours(findings, c)
    members: dict[int, list[Finding]] = defaultdict(list)
    for i, f in enumerate(findings):
        members[c.find(i)].append(f)
    placed: list[tuple[str, int, str, tuple[Finding, ...]]] = []
    for group in members.values():
        if len(group) > 1:
            group.sort(key=_MEMBER_ORDER)
        digest = hashlib.sha256("\0".join([f.fingerprint for f in group]).encode()).hexdigest()
        first = group[0].location
        placed.append((first.path, first.start_line, f"G{digest[:10]}", tuple(group)))
    placed.sort(key=_PLACE)
    return [(gid, group) for _, _, gid, group in placed]


def _link_pairs(spans: _Spans, idxs: list[int]) -> bool:
    """Link the near pairs of one file's findings (sorted by start) that are the same
    issue; False, with part of them linked, once PAIR_BUDGET is spent."""
    findings, fams, starts = spans.findings, spans.fams, spans.starts
    budget = PAIR_BUDGET * len(idxs)
    for x, i in enumerate(idxs):
        a, fams_a, far = findings[i], fams[i], spans.reach[i]
        for j in idxs[x + 1 :]:
            # Sorted by start line: once one starts past `a`'s reach, all later do.
            if starts[j] > far:
                break
            budget -= 1
            if budget < 0:
                return False
            if _linked(a, findings[j], fams_a, fams[j]):
                spans.components.union(i, j)
    return True


def _sweep_keys(spans: _Spans, idxs: list[int]) -> None:
    """Link one file's findings (sorted by start) through shared keys: a CWE family,
    or the same scanner and rule (rule hints are left to _link_hints).

    Near spans form an interval graph, so one pass in line order finds the
    components of each key: a finding joins the key's open component when it starts
    within the farthest line that component reaches (it is then near the span that
    reaches farthest), else it opens a new one.
    """
    open_: dict[object, list[int]] = {}  # key -> [a member, farthest line reached]
    for j in idxs:
        f = spans.findings[j]
        start, far = spans.starts[j], spans.reach[j]
        for key in (*spans.fams[j], (f.scanner, f.rule_id)):
            got = open_.get(key)
            if got is None or start > got[1]:
                open_[key] = [j, far]
                continue
            spans.components.union(got[0], j)
            got[1] = max(got[1], far)


def _pair_neighbours(findings: Sequence[Finding], c: _Components) -> None:
    """Pair lone source findings with a related lone finding of another scanner on a
    touching line: candidates in (first line, second line, fingerprints) order, each
    finding paired at most once, so touching lines never chain into one group.

    A finding looks at the lone findings that start on the line after its span ends
    (the pair's other half looks back at it the same way); at most NEIGHBOURS of
    them, which only hostile input (thousands of unrelated findings on one line)
    can exceed.
    """
    find = c.find
    size: dict[int, int] = defaultdict(int)
    for i in range(len(findings)):
        size[find(i)] += 1
    lone = [i for i, f in enumerate(findings) if size[find(i)] == 1 and f.category != Category.DEPS]
    locs = [f.location for f in findings]
    starting: dict[tuple[str, Category, int], list[int]] = defaultdict(list)
    for i in lone:
        starting[(locs[i].path, findings[i].category, locs[i].start_line)].append(i)
    candidates: list[tuple[int, int, str, str, int, int]] = []
    for i in lone:
        a, loc = findings[i], locs[i]
        after = starting.get((loc.path, a.category, _end(loc) + 1), [])
        for j in after[:NEIGHBOURS]:
            b = findings[j]
            if b.scanner != a.scanner and related(a, b):
                candidates.append(
                    (loc.start_line, locs[j].start_line, a.fingerprint, b.fingerprint, i, j)
                )
    paired: set[int] = set()
    for *_, i, j in sorted(candidates):
        if i not in paired and j not in paired:
            paired.update((i, j))
            c.union(i, j)


def _link_advisories(findings: Sequence[Finding], idxs: list[int], c: _Components) -> None:
    """Dependency findings of one file: the same package and a shared advisory id or
    alias. Lines do not matter."""
    first: dict[tuple[str | None, str], int] = {}
    for i in idxs:
        f = findings[i]
        for vuln in _ids(f):
            k = first.setdefault((f.package, vuln), i)
            if k != i:
                c.union(k, i)


def _link_hints(spans: _Spans) -> None:
    """Near source findings where one names the other's rule as corroborated."""
    findings = spans.findings
    named: dict[tuple[str, Category, str], list[int]] = defaultdict(list)
    hinting: dict[tuple[str, Category, str], list[int]] = defaultdict(list)
    for i, f in enumerate(findings):
        if f.category == Category.DEPS:
            continue
        named[(f.location.path, f.category, f.rule_id)].append(i)
        for rule_id in set(f.corroborates):
            hinting[(f.location.path, f.category, rule_id)].append(i)
    for key, hints in hinting.items():
        if key in named:
            sides = [(i, False) for i in named[key]] + [(i, True) for i in hints]
            _sweep_two_sides(sides, spans.starts, spans.reach, spans.components)
