"""What a scan decided: groups, the verdict and its reasons, and the whole ScanResult.

Frozen like everything in `scangate.model`: once decided, no later stage (a
report) can change a verdict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scangate.model import Category, Finding, ScannerRun, Severity, Verdict


@dataclass(frozen=True)
class Group:
    """Findings of one or several scanners that describe the same issue."""

    id: str
    findings: tuple[Finding, ...]
    severity: Severity
    votes: int
    votes_needed: int
    blocking: bool
    note: str = ""  # why a group that has the votes does not block (waived, baseline, diff)

    @property
    def scanners(self) -> tuple[str, ...]:
        """The distinct scanners of the group: its votes."""
        return tuple(sorted({f.scanner for f in self.findings}))

    @property
    def primary(self) -> Finding:
        """The finding that speaks for the group: the most severe."""
        return max(self.findings, key=lambda f: (f.severity, -len(f.rule_id)))


@dataclass(frozen=True)
class Uncovered:
    """A target of a category that too few healthy scanners examined."""

    category: Category
    target: str
    covered_by: tuple[str, ...]
    needed: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Redundancy:
    """How much of one category rests on a single scanner: the redundancy map."""

    category: Category
    targets: int
    """Targets of the category."""
    redundant: int
    """Targets examined by at least two healthy scanners."""
    single: tuple[str, ...]
    """Targets examined by exactly one healthy scanner."""
    single_vote: tuple[str, ...]
    """Blocking groups that rest on one scanner's vote (`high B602 at app.py:3 (bandit)`)."""
    floor: float = 0.0
    """The category's `min_redundancy` (0.0: off)."""

    @property
    def share(self) -> float:
        """The share of targets examined by two or more healthy scanners (1.0 if none)."""
        return self.redundant / self.targets if self.targets else 1.0

    @property
    def below(self) -> bool:
        """Whether the share is under the configured floor."""
        return self.share < self.floor


@dataclass(frozen=True)
class Decision:
    """The verdict and every reason behind it."""

    verdict: Verdict
    reasons: tuple[str, ...]
    groups: tuple[Group, ...]
    uncovered: tuple[Uncovered, ...] = ()
    warnings: tuple[str, ...] = ()
    absent: tuple[dict[str, Any], ...] = ()  # baseline SARIF results no longer found (fixed)
    redundancy: tuple[Redundancy, ...] = ()

    @property
    def exit_code(self) -> int:
        """The exit code of the verdict."""
        return self.verdict.exit_code

    @property
    def blocking(self) -> tuple[Group, ...]:
        """The groups that block."""
        return tuple(g for g in self.groups if g.blocking)


@dataclass(frozen=True)
class PolicyChange:
    """One way the effective policy differs from a reference policy."""

    key: str
    """The config key, dotted (`quorum.sast`, `scanners.bandit.enabled`, `waivers[0]`)."""
    reference: str
    """Its value in the reference policy (the defaults, or the config at the base ref)."""
    value: str
    """Its value now."""
    weakens: bool
    """Whether the change can let through what the reference would block or report."""


@dataclass(frozen=True)
class PolicyReport:
    """Who set the policy, and how it differs from the defaults and from the base ref."""

    source: str | None = None
    """The config file, or None for the defaults."""
    trusted: bool = False
    """Whether that file may name programs (given from outside the scanned tree, or
    --trust-config)."""
    changes: tuple[PolicyChange, ...] = ()
    """Differences from the defaults."""
    base: str | None = None
    """The git ref whose config was compared (--policy-base / --diff-base)."""
    base_changes: tuple[PolicyChange, ...] = ()
    """Differences from the config at `base`."""
    base_note: str = ""
    """Why the base could not be compared, when it could not."""
    out_of_scope: tuple[str, ...] = ()
    """Categories declared out of scope, and by what (`deps (--out-of-scope)`)."""
    suppressions_honoured: bool = True
    """Whether in-source suppression comments may stop a block (config
    `honour_suppressions`, `--no-suppressions`)."""

    @property
    def weakened(self) -> tuple[PolicyChange, ...]:
        """The changes from the defaults that weaken the gate."""
        return tuple(c for c in self.changes if c.weakens)

    @property
    def weakened_vs_base(self) -> tuple[PolicyChange, ...]:
        """The changes from the config at the base ref that weaken the gate."""
        return tuple(c for c in self.base_changes if c.weakens)


@dataclass(frozen=True)
class NotFollowed:
    """A symbolic link that discovery did not follow, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class ShardInfo:
    """Which part of which run a sharded scan was, so a merge can tell what is missing."""

    index: int
    """K of K/N, from 1."""
    count: int
    """N of K/N."""
    run_id: str
    """The same for every shard of one run (--run-id, else the CI run, else the commit)."""
    all_targets: str
    """SHA-256 of every target of the unsharded scan: the shards must add up to it."""


@dataclass(frozen=True)
class DrillPrediction:
    """What the verdict would have been had one scanner failed in this scan."""

    scanner: str
    verdict: Verdict
    reasons: tuple[str, ...]
    lost: tuple[str, ...]
    """Blocking groups of the real verdict whose findings would no longer block."""
    uncovered: tuple[str, ...]
    """Targets that would lose their quorum."""
    blocking: int = 0
    """Blocking groups there would be (new groups can form: the standby's findings)."""
    standby: str | None = None
    """The standby that would stand in, if any."""
    standby_ran: bool = False
    """Whether the standby had to be run for this prediction (it had been skipped)."""

    @property
    def exit_code(self) -> int:
        """The exit code the predicted verdict has."""
        return self.verdict.exit_code


@dataclass(frozen=True)
class Drill:
    """A failover drill: predicted for every scanner, and/or one scanner failed for real."""

    predictions: tuple[DrillPrediction, ...] = ()
    live: str | None = None
    """The scanner that was made to fail in this run (`--drill-fail`), if any."""
    expected: Verdict | None = None
    """With --expect-drill: the verdict predicted for `live` by an earlier run."""


@dataclass(frozen=True)
class ScanResult:
    """The whole outcome of `scangate run`, input to every report."""

    root: str
    runs: tuple[ScannerRun, ...]
    decision: Decision
    targets: dict[Category, tuple[str, ...]]
    started_at: float
    duration: float
    policy: PolicyReport = field(default_factory=PolicyReport)
    not_followed: tuple[NotFollowed, ...] = ()
    shard: ShardInfo | None = None
    uri_prefix: str = ""
    """The scan root's path inside the repository (`backend/`), so that SARIF and
    annotations name files as GitHub does: relative to the repository root."""
    category: str = ""
    """Tells this scan's SARIF runs from another job's (`automationDetails.id`)."""
    ignored: int = 0
    """Files left out because git ignores them (.gitignore, not tracked)."""
    drill: Drill | None = None
    """The failover drill of this run, if one was asked for."""
