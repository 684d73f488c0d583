"""The adapter protocol: how scangate drives one scanner.

An adapter only builds command lines and parses output. Running processes,
timeouts, retries and coverage bookkeeping live in `scangate.scan.engine`, once for
all scanners, so a new scanner is one module plus one entry point.

Helpers for writing an adapter: `scangate.adapters.output` reads a scanner's
output, `scangate.adapters.outcome` assembles an Outcome, and
`scangate.adapters.suppression` reads suppression comments. Those that were once
defined here stay importable from here (`__all__`): adapter plugins import them so.
"""

from __future__ import annotations

import abc
import contextlib
import os
import shutil
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from scangate.adapters.output import OutputError, as_int, expect, load_json
from scangate.adapters.suppression import comment_on, listed
from scangate.model import Category, Finding, Location, Miss, Role, Rule
from scangate.runner import STDERR_CAP, ProcessResult, run_process
from scangate.settings.config import OptionKinds, ScannerSettings

__all__ = [
    "Adapter",
    "Invocation",
    "Outcome",
    "OutputError",
    "Prepared",
    "ScanContext",
    "as_int",
    "comment_on",
    "expect",
    "find_executable",
    "listed",
    "load_json",
    "split_by_size",
    "split_invocations",
]


@dataclass(frozen=True)
class Prepared:
    """What an adapter set up for one scan, before any of its processes runs."""

    state: Any = None
    """Handed to the adapter in every ScanContext (pip-audit: the OSV server's URL)."""
    warnings: tuple[str, ...] = ()
    """Said in every report (pip-audit: the local OSV database is stale)."""


SAME, SUFFIXED = "same", "suffixed"


def view_name(target: str) -> str:
    """Where a target's view lies in the views folder: under its own path, or, for a
    Python file not named `.py` (a script found by its `#!` line), with `.py` added:
    semgrep skips such a file even when it is named explicitly. Each kind has a folder
    of its own, so no two views meet (`tool` and `tool.py`)."""
    return f"{SAME}/{target}" if target.endswith(".py") else f"{SUFFIXED}/{target}.py"


def target_of_view(name: str) -> str | None:
    """The target whose view is at `name` (relative to the views folder), or None."""
    kind, _, rest = name.partition("/")
    if kind == SAME:
        return rest
    if kind == SUFFIXED and rest.endswith(".py"):
        return rest[: -len(".py")]
    return None


@dataclass(frozen=True)
class ScanContext:
    """What an adapter needs to build its command lines."""

    root: Path  # absolute; every reported path is relative to it
    targets: tuple[str, ...]  # root-relative POSIX paths of this adapter's category
    settings: ScannerSettings
    workdir: Path  # a private temporary folder for this scanner's run
    jobs: int = 1  # CPU cores this scanner may use (set by the engine's scheduler)
    state: Any = None  # what the adapter's `prepare` set up for this scan
    views: frozenset[str] = frozenset()  # targets handed over as a UTF-8 view (scan/decode)
    views_dir: Path | None = None  # where those views are (`view_name`)

    def abs(self, target: str) -> str:
        """Absolute path of a target (or of its view): never starts with '-', so never
        read as an option."""
        if self.views_dir is not None and target in self.views:
            return str(self.views_dir / view_name(target))
        return str(self.root / target)

    def rel(self, path: str) -> str | None:
        """Root-relative POSIX path of a path a scanner printed (a view's path names its
        target), or None if outside root."""
        p = Path(path)
        if not p.is_absolute():
            p = self.root / p
        p = Path(os.path.normpath(p))
        if self.views_dir is not None and p.is_relative_to(self.views_dir):
            target = target_of_view(p.relative_to(self.views_dir).as_posix())
            return target if target in self.views else None
        try:
            rel = p.relative_to(self.root)
        except ValueError:
            return None
        return rel.as_posix()

    def command(self, default: str) -> tuple[str, ...]:
        """The scanner's argv head: the configured command, else `default` found on disk."""
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
    # Whether the scanner reads source as Python does: decoded by its coding declaration
    # (PEP 263), names in NFKC form (PEP 3131), as `ast` gives them. When it does not
    # (semgrep and ruff read UTF-8 and take names as written), the engine hands it a
    # UTF-8 view of every SAST target that Python reads differently (scan/decode.py).
    reads_python_source: ClassVar[bool] = False

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
        """The command that prints the scanner's version (reported, and a cache key)."""
        return (*ctx.command(self.executable), "--version")

    def version_env(self) -> Mapping[str, str]:
        """Environment for the version command (a scanner that phones home needs it too)."""
        return {}

    def parse_version(self, output: str) -> str | None:
        """First token that looks like a version in `--version` output."""
        for token in output.replace(",", " ").split():
            if token[:1].isdigit() and "." in token:
                return token
        return None

    def probe_version(self, ctx: ScanContext, timeout: float = 15.0) -> tuple[str | None, str]:
        """Ask the scanner for its version: (version, "") or (None, how the probe ended)."""
        res = run_process(
            self.version_argv(ctx), timeout=timeout, env=self.version_env(), cwd=str(ctx.workdir)
        )
        version = None
        if res.returncode == 0:
            version = self.parse_version(res.stdout.decode("utf-8", errors="replace"))
        return version, "" if version else res.describe_exit()

    def is_transient(self, result: ProcessResult) -> bool:
        """Whether a failed process is worth retrying (timeouts; network errors)."""
        return result.timed_out

    def finding(self, rule: Rule, message: str, location: Location, **details: Any) -> Finding:
        """A finding of this scanner under `rule`, so that an adapter states only what its
        output says: scanner and category are the adapter's, the rule id, severity and
        CWEs the rule's; `details` are other Finding fields (an own severity, confidence,
        package ...)."""
        details.setdefault("severity", rule.severity)
        details.setdefault("cwes", rule.cwes)
        return Finding(
            scanner=self.name,
            category=self.category,
            rule_id=rule.id,
            message=message,
            location=location,
            **details,
        )


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


def split_invocations(
    ctx: ScanContext,
    head: Sequence[str],
    env: Mapping[str, str] | None = None,
    cwd: str | None = None,
) -> list[Invocation]:
    """One process per chunk of the targets (`split_by_size` over `ctx.jobs`), for a
    single-threaded scanner: `head`, then `--` and the chunk's files."""
    return [
        Invocation((*head, "--", *(ctx.abs(t) for t in chunk)), chunk, env or {}, cwd=cwd)
        for chunk in split_by_size(ctx, max(ctx.jobs, 1))
    ]
