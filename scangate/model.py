"""The data that flows through the pipeline: findings, scanner runs, groups, verdicts.

Everything here is a frozen dataclass so that a result, once computed, cannot be
changed by a later stage (a report cannot "fix up" a verdict).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field


class Severity(enum.IntEnum):
    """Our one severity scale; every scanner's own scale is mapped onto it."""

    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @property
    def label(self) -> str:
        """The lower-case name reports and config use (`high`)."""
        return _LABEL[self]

    @classmethod
    def parse(cls, text: str) -> Severity:
        """A severity from its name, any case."""
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
    """Primary scanners always run; a standby runs when a primary of its category was not ok."""

    PRIMARY = "primary"
    STANDBY = "standby"


class RunStatus(str, enum.Enum):
    """What one scanner's run was (see `judge` for how it is decided)."""

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


class BaselineState(str, enum.Enum):
    """A finding against the baseline (SARIF `baselineState`; `absent` is written for
    baseline results no longer found)."""

    NEW = "new"
    UNCHANGED = "unchanged"


class Verdict(str, enum.Enum):
    """The gate's answer: PASS, FAIL (blocking findings) or ERROR (cannot vouch)."""

    PASS = "PASS"  # noqa: S105 (a verdict, not a password)
    FAIL = "FAIL"
    ERROR = "ERROR"

    @property
    def exit_code(self) -> int:
        """0 PASS, 1 FAIL, 3 ERROR (2 is a usage error: no verdict)."""
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
    # Adoption: why this finding may not block (set by scangate.decide.adoption).
    baseline_state: BaselineState | None = None  # set when a baseline is used
    waiver: str | None = None  # the justification of the waiver that covers it
    pre_existing: bool = False  # outside the lines changed since --diff-base
    suppressed: str | None = None  # the in-source comment (`# nosec`) its scanner honours

    @property
    def eligible(self) -> bool:
        """Whether this finding may block: not waived, not suppressed in the source, not
        in the baseline, in the diff."""
        return self.may_block(honour_suppressions=True)

    def may_block(self, honour_suppressions: bool) -> bool:
        """`eligible`, with the in-source suppression counted only when the policy
        honours such comments (`honour_suppressions`)."""
        return (
            self.waiver is None
            and (self.suppressed is None or not honour_suppressions)
            and self.baseline_state != BaselineState.UNCHANGED
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
    """A scanner as SARIF names it: tool name, version, home page."""

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
