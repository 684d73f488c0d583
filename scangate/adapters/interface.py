"""The adapter protocol: how scangate drives one scanner.

An adapter only builds command lines and parses output. Running processes,
timeouts, retries and coverage bookkeeping live in `scangate.scan.engine`, once for
all scanners, so a new scanner is one module plus one entry point.
"""

from __future__ import annotations

import abc
import contextlib
import json
import os
import re
import shutil
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from scangate.model import Category, Finding, Miss, Role, Rule
from scangate.runner import STDERR_CAP, ProcessResult
from scangate.settings.config import OptionKinds, ScannerSettings


class OutputError(Exception):
    """The scanner's output cannot be trusted as a result (garbage, truncated, wrong shape)."""


@dataclass(frozen=True)
class Prepared:
    """What an adapter set up for one scan, before any of its processes runs."""

    state: Any = None
    """Handed to the adapter in every ScanContext (pip-audit: the OSV server's URL)."""
    warnings: tuple[str, ...] = ()
    """Said in every report (pip-audit: the local OSV database is stale)."""


@dataclass(frozen=True)
class ScanContext:
    """What an adapter needs to build its command lines."""

    root: Path  # absolute; every reported path is relative to it
    targets: tuple[str, ...]  # root-relative POSIX paths of this adapter's category
    settings: ScannerSettings
    workdir: Path  # a private temporary folder for this scanner's run
    jobs: int = 1  # CPU cores this scanner may use (set by the engine's scheduler)
    state: Any = None  # what the adapter's `prepare` set up for this scan

    def abs(self, target: str) -> str:
        """Absolute path of a target: never starts with '-', so never read as an option."""
        return str(self.root / target)

    def rel(self, path: str) -> str | None:
        """Root-relative POSIX path of a path a scanner printed, or None if outside root."""
        p = Path(path)
        if not p.is_absolute():
            p = self.root / p
        try:
            rel = Path(os.path.normpath(p)).relative_to(self.root)
        except ValueError:
            return None
        return rel.as_posix()

    def command(self, default: str) -> tuple[str, ...]:
        if self.settings.command:
            return self.settings.command
        return (find_executable(default),)


def find_executable(name: str) -> str:
    """The scanner installed with scangate first, then PATH.

    scangate pins compatible scanner versions as its own dependencies; looking
    next to the running interpreter first uses those (even when the virtualenv
    is not activated) rather than whatever same-named program is first on PATH
    (e.g. banditrs installs a `bandit` that is not bandit).
    """
    own_bin = os.path.dirname(sys.executable)
    search = os.pathsep.join(p for p in (own_bin, os.environ.get("PATH", "")) if p)
    return shutil.which(name, path=search) or name


@dataclass(frozen=True)
class Invocation:
    """One process to run, and the targets it is responsible for."""

    argv: tuple[str, ...]
    targets: tuple[str, ...]
    env: Mapping[str, str] = field(default_factory=dict)
    cwd: str | None = None  # None: the scanner's private workdir, away from project config
    label: str = ""  # what this invocation is, for messages ("service osv")
    stderr_cap: int = STDERR_CAP  # bytes of stderr kept (ruff's per-file evidence is there)
    # Tried in order when this one fails or leaves targets unexamined (failover).
    alternatives: tuple[Invocation, ...] = ()


@dataclass(frozen=True)
class Outcome:
    """What one invocation's output says. Raise OutputError instead when it says nothing usable."""

    findings: tuple[Finding, ...] = ()
    rules: tuple[Rule, ...] = ()
    examined: tuple[str, ...] = ()
    missed: tuple[Miss, ...] = ()
    tool_version: str | None = None
    notes: tuple[str, ...] = ()


class Adapter(abc.ABC):
    """Base of every scanner adapter."""

    name: ClassVar[str]
    category: ClassVar[Category]
    default_role: ClassVar[Role] = Role.PRIMARY
    executable: ClassVar[str]
    tool_name: ClassVar[str]
    # The distribution that installs `executable` next to scangate (its version keys
    # the result cache); None: identified by the program file itself.
    package: ClassVar[str | None] = None
    information_uri: ClassVar[str | None] = None
    default_retries: ClassVar[int] = 0
    # The scanner's own config keys (`[scanners.<name>] rules = [...]`) and their kind:
    # a list of "strings", or of "paths" (resolved against the config file's folder).
    options: ClassVar[OptionKinds] = {}
    # Scheduling: "threads" = the scanner uses `jobs` cores itself (semgrep -j);
    # "split" = the engine splits its files over `jobs` processes (bandit);
    # "io" = waits on the network, needs no core (pip-audit); "light" = negligible (ruff).
    cpu: ClassVar[str] = "light"
    # For "split": how many chunks per core at most. A scanner with a costly start-up
    # (semgrep parses its rules for about 4 CPU-s per process) takes one per core; a
    # cheap one (bandit) takes smaller chunks that fill the cores' gaps at the end.
    chunks_per_core: ClassVar[int] = 2
    # Rough CPU seconds per MB of source (Django 5.2, this machine): only used to
    # start the longest processes first, never to judge anything.
    cpu_s_per_mb: ClassVar[float] = 1.0
    parallel_invocations: ClassVar[bool] = False  # run its invocations side by side

    @abc.abstractmethod
    def invocations(self, ctx: ScanContext) -> list[Invocation]:
        """The processes to run for these targets (the file arguments after a `--`)."""

    @abc.abstractmethod
    def parse(self, ctx: ScanContext, inv: Invocation, result: ProcessResult) -> Outcome:
        """Read the scanner's machine output; raise OutputError if it is unusable."""

    def check_options(self, settings: ScannerSettings) -> str | None:
        """What is wrong with this scanner's own options (an error naming the key), or None."""
        return None

    @contextlib.contextmanager
    def prepare(self, params: Mapping[str, Any], targets: tuple[str, ...]) -> Iterator[Prepared]:
        """Set up what the scan needs before any process runs, for as long as it runs.

        `params` are the scan's general parameters (`osv_db`, `osv_db_max_age_days`);
        raise UsageError for a bad one, before anything is scanned. The default
        needs nothing.
        """
        yield Prepared()

    def checks(self, ctx: ScanContext) -> frozenset[int]:
        """The CWE ids this scanner checks with this configuration (empty: unknown).

        Used to decide whether this scanner made good the checks another scanner
        could not run on a file (see `Miss.cwes`); unknown checks make good nothing.
        """
        return frozenset()

    def suppressed_in_source(self, finding: Finding, lines: Sequence[str]) -> str | None:
        """The comment by which the code suppresses this finding for this scanner, read as
        the scanner itself reads it (bandit `# nosec`, semgrep `# nosemgrep`, ruff
        `# noqa`), or None. scangate runs the scanners with their own suppression off
        and applies it here, so that a suppressed finding is shown as such (SARIF
        `suppressions`, kind inSource) and never silently dropped. `lines` are the
        file's lines (line n is `lines[n - 1]`)."""
        return None

    def cache_digest(self, ctx: ScanContext) -> str | None:
        """What besides the command decides a file's result (rules, args); None: no cache.

        Only scanners whose result for a file depends on that file alone may cache.
        """
        return None

    def version_argv(self, ctx: ScanContext) -> tuple[str, ...]:
        return (*ctx.command(self.executable), "--version")

    def version_env(self) -> Mapping[str, str]:
        return {}

    def parse_version(self, output: str) -> str | None:
        """First token that looks like a version in `--version` output."""
        for token in output.replace(",", " ").split():
            if token[:1].isdigit() and "." in token:
                return token
        return None

    def is_transient(self, result: ProcessResult) -> bool:
        """Whether a failed process is worth retrying (timeouts; network errors)."""
        return result.timed_out


def load_json(result: ProcessResult, what: str) -> Any:
    """Parse a scanner's JSON stdout, refusing empty, truncated or garbage output."""
    if result.stdout_truncated:
        raise OutputError(f"{what} output exceeded the size cap and was truncated")
    text = result.stdout.strip()
    if not text:
        cause = _last_line(result.stderr)
        raise OutputError(
            f"{what} printed no output ({result.describe_exit()})" + (f": {cause}" if cause else "")
        )
    try:
        return json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise OutputError(
            f"{what} output is not valid JSON ({result.describe_exit()}): {exc}"
        ) from None


def _last_line(stderr: bytes) -> str:
    """The last meaningful stderr line (a traceback's exception), for the report."""
    lines = [ln.strip() for ln in stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
    return lines[-1][:300] if lines else ""


def expect(cond: bool, message: str) -> None:
    """Check the shape of a scanner's output."""
    if not cond:
        raise OutputError(message)


def as_int(value: object, default: int = 1) -> int:
    if isinstance(value, bool):
        return default
    if isinstance(value, int) and value > 0:
        return value
    return default


def comment_on(
    lines: Sequence[str], first: int, last: int, pattern: re.Pattern[str]
) -> re.Match[str] | None:
    """The first match of `pattern` in lines first..last (1-based, clipped to the file)."""
    for n in range(max(first, 1), min(last, len(lines)) + 1):
        m = pattern.search(lines[n - 1])
        if m:
            return m
    return None


def listed(ids: str | None, rule_id: str) -> bool:
    """A suppression comment without a list covers every rule; with one, those named."""
    if not ids:
        return True
    return any(rule_id == x or x.endswith("." + rule_id) for x in re.split(r"[\s,]+", ids) if x)


def split_by_size(ctx: ScanContext, n: int) -> list[tuple[str, ...]]:
    """Targets in n chunks of about equal total size (largest first, to the lightest chunk)."""
    n = min(n, len(ctx.targets)) or 1
    sizes = []
    for t in ctx.targets:
        try:
            sizes.append((os.path.getsize(ctx.abs(t)), t))
        except OSError:
            sizes.append((0, t))
    chunks: list[list[str]] = [[] for _ in range(n)]
    load = [0] * n
    for size, t in sorted(sizes, reverse=True):
        i = load.index(min(load))
        chunks[i].append(t)
        load[i] += size
    return [tuple(sorted(c)) for c in chunks if c]
