"""The data that flows through the pipeline: findings, scanner runs, groups, verdicts.

Everything here is a frozen dataclass so that a result, once computed, cannot be
changed by a later stage (a report cannot "fix up" a verdict).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


class Severity(enum.IntEnum):
    """Our one severity scale; every scanner's own scale is mapped onto it."""

    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @property
    def label(self) -> str:
        return _LABEL[self]

    @classmethod
    def parse(cls, text: str) -> Severity:
        return cls[text.strip().upper()]

    @classmethod
    def from_score(cls, score: float) -> Severity:
        """CVSS base score bands (the same bands GitHub uses for security-severity)."""
        if score >= 9.0:
            return cls.CRITICAL
        if score >= 7.0:
            return cls.HIGH
        if score >= 4.0:
            return cls.MEDIUM
        if score > 0.0:
            return cls.LOW
        return cls.INFO

    @property
    def sarif_level(self) -> str:
        """SARIF result level: GitHub shows error/warning/note."""
        return _LEVEL[self]

    @property
    def security_severity(self) -> str | None:
        """GitHub's `security-severity` score (a string); info gets none."""
        return {
            Severity.CRITICAL: "9.5",
            Severity.HIGH: "8.0",
            Severity.MEDIUM: "5.5",
            Severity.LOW: "3.0",
        }.get(self)


_LABEL = {s: s.name.lower() for s in Severity}
_LEVEL = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "note",
    Severity.INFO: "note",
}


class Category(str, enum.Enum):
    """What a scanner guards."""

    SAST = "sast"
    DEPS = "deps"


class Role(str, enum.Enum):
    PRIMARY = "primary"
    STANDBY = "standby"


class RunStatus(str, enum.Enum):
    OK = "ok"
    DEGRADED = "degraded"
    FAILED = "failed"
    TIMEOUT = "timeout"
    NOT_APPLICABLE = "not-applicable"
    SKIPPED = "skipped"  # a standby that was not needed

    @property
    def healthy(self) -> bool:
        """A run whose coverage counts toward the quorum."""
        return self in (RunStatus.OK, RunStatus.DEGRADED)

    @property
    def not_ok(self) -> bool:
        """A run that did not examine all it was given: failed, timed out or degraded."""
        return self in (RunStatus.FAILED, RunStatus.TIMEOUT, RunStatus.DEGRADED)

    @classmethod
    def judge(cls, examined: int, missed: Sequence[Miss], timed_out: bool) -> RunStatus:
        """A run's status from its coverage (the one definition: engine and merge).

        ok: every target examined. degraded: some examined, or some examined in part.
        failed / timeout: none at all (a run that examined nothing is never clean).
        """
        if not missed:
            return cls.OK
        if examined or any(m.partial for m in missed):
            return cls.DEGRADED
        return cls.TIMEOUT if timed_out else cls.FAILED


class Verdict(str, enum.Enum):
    PASS = "PASS"  # noqa: S105 (a verdict, not a password)
    FAIL = "FAIL"
    ERROR = "ERROR"

    @property
    def exit_code(self) -> int:
        return {Verdict.PASS: 0, Verdict.FAIL: 1, Verdict.ERROR: 3}[self]


EXIT_USAGE = 2


@dataclass(frozen=True)
class Location:
    """A place in a file, the path relative to the scan root, POSIX separators."""

    path: str
    start_line: int
    end_line: int
    start_column: int | None = None
    end_column: int | None = None


@dataclass(frozen=True)
class Rule:
    """What a scanner checks; rendered as a SARIF reportingDescriptor."""

    id: str
    name: str
    short_description: str
    full_description: str
    help_text: str
    help_uri: str | None = None
    cwes: tuple[int, ...] = ()
    severity: Severity = Severity.MEDIUM
    tags: tuple[str, ...] = ()
    score: str | None = None  # a CVSS base score, when the scanner knows one


@dataclass(frozen=True)
class Finding:
    """One normalized result of one scanner."""

    scanner: str
    category: Category
    rule_id: str
    message: str
    severity: Severity
    location: Location
    cwes: tuple[int, ...] = ()
    fingerprint: str = ""
    line_hash: str = ""  # hash of the flagged line's text: the baseline's second key
    confidence: str | None = None
    # Dependency findings: package, version, vulnerability id and aliases, fixes.
    package: str | None = None
    version: str | None = None
    vuln_id: str | None = None
    aliases: tuple[str, ...] = ()
    fix_versions: tuple[str, ...] = ()
    # Checks of other scanners this finding corroborates (rule metadata hints).
    corroborates: tuple[str, ...] = ()
    # Adoption: why this finding may not block (set by scangate.gating).
    baseline_state: str | None = None  # "new" or "unchanged" when a baseline is used
    waiver: str | None = None  # the justification of the waiver that covers it
    pre_existing: bool = False  # outside the lines changed since --diff-base
    suppressed: str | None = None  # the in-source comment (`# nosec`) its scanner honours

    @property
    def eligible(self) -> bool:
        """Whether this finding may block: not waived, not suppressed in the source, not
        in the baseline, in the diff."""
        return (
            self.waiver is None
            and self.suppressed is None
            and self.baseline_state != "unchanged"
            and not self.pre_existing
        )


@dataclass(frozen=True)
class Miss:
    """A target a scanner was given but did not really examine, and why."""

    target: str
    reason: str
    cwes: tuple[int, ...] | None = None
    """The checks (by CWE) that the file itself kept from running: semgrep rules that
    timed out on it, a parse failure, a size limit. `()` means every check of the
    scanner. None means the scanner failed as a whole (a crash, a dead service),
    which is not the file's doing. A file's own misses must be made good by another
    healthy scanner that checks the same weakness, or nobody checked it (the quorum
    alone would let a file crafted to exhaust one scanner pass on the others)."""
    partial: bool = False
    """The scanner examined part of it (some dependencies of a requirements file,
    some rules on a file): a run with only such misses is degraded, not failed. The
    target still does not count as examined."""


@dataclass(frozen=True)
class Coverage:
    """Which targets a scanner was given, examined, and missed.

    Targets are paths relative to the scan root. `examined` and `missed` are
    disjoint; a target in neither was never handed to the scanner.
    """

    requested: tuple[str, ...] = ()
    examined: tuple[str, ...] = ()
    missed: tuple[Miss, ...] = ()


@dataclass(frozen=True)
class ToolInfo:
    name: str
    version: str | None = None
    information_uri: str | None = None


@dataclass(frozen=True)
class ScannerRun:
    """Everything one scanner did in this scan."""

    scanner: str
    category: Category
    role: Role
    status: RunStatus
    tool: ToolInfo
    coverage: Coverage = field(default_factory=Coverage)
    findings: tuple[Finding, ...] = ()
    rules: tuple[Rule, ...] = ()
    command: tuple[str, ...] = ()
    exit_codes: tuple[int | None, ...] = ()
    started_at: float = 0.0
    duration: float = 0.0
    attempts: int = 1
    cached: int = 0  # targets whose result came from the cache (unchanged files)
    checks: tuple[int, ...] = ()
    """CWE ids this scanner checks in this run (its rules); () when unknown."""
    message: str = ""  # why the run is not ok, one line
    notes: tuple[str, ...] = ()  # warnings worth showing even when ok
    stderr_tail: str = ""


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
        return tuple(sorted({f.scanner for f in self.findings}))

    @property
    def primary(self) -> Finding:
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
class Decision:
    """The verdict and every reason behind it."""

    verdict: Verdict
    reasons: tuple[str, ...]
    groups: tuple[Group, ...]
    uncovered: tuple[Uncovered, ...] = ()
    warnings: tuple[str, ...] = ()
    absent: tuple[dict[str, Any], ...] = ()  # baseline SARIF results no longer found (fixed)

    @property
    def exit_code(self) -> int:
        return self.verdict.exit_code

    @property
    def blocking(self) -> tuple[Group, ...]:
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

    @property
    def weakened(self) -> tuple[PolicyChange, ...]:
        return tuple(c for c in self.changes if c.weakens)

    @property
    def weakened_vs_base(self) -> tuple[PolicyChange, ...]:
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
