"""Run the selected scanners in parallel and turn their processes into ScannerRuns.

The engine owns what is the same for every scanner: one thread per scanner,
per-attempt timeouts, bounded retries with backoff for transient failures,
version probes, coverage bookkeeping, and active-passive failover to standby
scanners. Adapters only build command lines and parse output.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import heapq
import itertools
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from scangate import fingerprint
from scangate.adapters.interface import (
    Adapter,
    Invocation,
    Outcome,
    OutputError,
    ScanContext,
    ScannerSettings,
)
from scangate.cache import ResultCache, identity
from scangate.model import (
    Category,
    Coverage,
    Finding,
    Miss,
    Role,
    Rule,
    RunStatus,
    ScannerRun,
    ToolInfo,
)
from scangate.osv.database import OsvDatabase
from scangate.redact import redact
from scangate.runner import REGISTRY, ProcessResult, interrupt_guard, run_process, tail

VERSION_TIMEOUT = 15.0
BACKOFF_BASE = 1.0


@dataclass(frozen=True)
class Selected:
    """A scanner chosen for this scan, with its settings and role."""

    adapter: Adapter
    settings: ScannerSettings
    role: Role


Progress = Callable[[str, str, ScannerRun | None], None]  # (scanner, event, run)


def _noop(scanner: str, event: str, run: ScannerRun | None) -> None:
    return None


class CorePool:
    """One token per core; a CPU-bound scanner process holds one while it runs.

    Waiting processes get a freed core longest-job-first (by their estimated CPU
    seconds), the classic rule for keeping all cores busy to the end: the big
    semgrep chunks start first and bandit's small ones fill the cores that free
    up, instead of a big chunk starting late and running alone at the end.
    For that order to hold from the first process on, no core is handed out
    until every CPU-bound scanner has queued its processes (`expect`/`arrive`;
    semgrep's preparation takes a second longer than bandit's), or SETTLE_S.
    """

    SETTLE_S = 3.0

    def __init__(self, cores: int) -> None:
        self._free = cores
        self._cond = threading.Condition()
        self._waiting: list[tuple[float, int]] = []
        self._tickets = itertools.count()
        self._expected = 0
        self._arrived: set[str] = set()
        self._opened = time.monotonic()
        self._last_arrival = 0.0

    def expect(self, scanners: int) -> None:
        """How many scanners will `arrive` before the first core is handed out."""
        with self._cond:
            self._expected = scanners
            self._opened = time.monotonic()

    def arrive(self, scanner: str) -> None:
        """This scanner knows its processes (maybe none); they queue right after."""
        with self._cond:
            self._arrived.add(scanner)
            self._last_arrival = time.monotonic()
            self._cond.notify_all()

    def _open(self) -> bool:
        now = time.monotonic()
        if len(self._arrived) >= self._expected:
            return now >= self._last_arrival + 0.05  # its threads queue in a few ms
        return now >= self._opened + self.SETTLE_S

    @contextlib.contextmanager
    def hold(self, weight: float) -> Iterator[None]:
        with self._cond:
            ticket = (-weight, next(self._tickets))
            heapq.heappush(self._waiting, ticket)
            while not (self._free > 0 and self._waiting[0] == ticket and self._open()):
                self._cond.wait(0.1)
            heapq.heappop(self._waiting)
            self._free -= 1
            self._cond.notify_all()  # the next in line may take another free core
        try:
            yield
        finally:
            with self._cond:
                self._free += 1
                self._cond.notify_all()


def estimated_cpu(adapter: Adapter, ctx: ScanContext, targets: Sequence[str]) -> float:
    """A rough CPU-seconds guess for one process: the scanner's cost per MB x the bytes."""
    size = 0
    for t in targets:
        with contextlib.suppress(OSError):
            size += os.path.getsize(ctx.abs(t))
    return adapter.cpu_s_per_mb * size / 1e6


@dataclass(frozen=True)
class Shared:
    """What every scanner of one scan shares."""

    root: Path
    workdir: Path
    osv_url: str | None = None
    osv: OsvDatabase | None = None
    cache: ResultCache | None = None
    cores: CorePool = field(default_factory=lambda: CorePool(available_cores()))


@dataclass
class _Chain:
    """What running one invocation and its failover alternatives gave."""

    best: tuple[Outcome, Invocation] | None = None
    failures: list[str] = field(default_factory=list)
    attempts: int = 0
    exit_codes: list[int | None] = field(default_factory=list)
    last: ProcessResult | None = None
    timed_out: bool = False
    argv: tuple[str, ...] = ()


def _run_chain(
    adapter: Adapter,
    ctx: ScanContext,
    first: Invocation,
    retries: int,
    cores: CorePool,
) -> _Chain:
    """Run an invocation with bounded retries; on failure or lost coverage, its alternatives."""
    chain = _Chain()
    settings = ctx.settings
    for inv in (first, *first.alternatives):
        if not inv.argv:
            chain.failures.append(f"{adapter.name}: {inv.label}")
            continue
        chain.argv = chain.argv or inv.argv
        attempt = 0
        while True:  # bounded retries of transient failures
            chain.attempts += 1
            gate: contextlib.AbstractContextManager[None] = contextlib.nullcontext()
            if adapter.cpu == "split":
                gate = cores.hold(estimated_cpu(adapter, ctx, inv.targets))
            with gate:  # the timeout counts from the start of the process, not the wait
                res = run_process(
                    inv.argv,
                    timeout=settings.timeout,
                    env=inv.env,
                    cwd=inv.cwd or str(ctx.workdir),
                    output_cap=settings.output_cap,
                    stderr_cap=inv.stderr_cap,
                )
            chain.last = res
            chain.exit_codes.append(res.returncode)
            try:
                if res.start_error or res.timed_out or res.interrupted:
                    raise OutputError(f"{adapter.name} {res.describe_exit()}")
                out: Outcome | None = adapter.parse(ctx, inv, res)
            except OutputError as exc:
                transient = adapter.is_transient(res) and not REGISTRY.interrupted.is_set()
                if transient and attempt < retries:
                    attempt += 1
                    time.sleep(min(BACKOFF_BASE * 2 ** (attempt - 1), 8.0))
                    continue
                chain.timed_out = chain.timed_out or res.timed_out
                reason = str(exc)
                if attempt:
                    reason += f" (after {attempt + 1} attempts)"
                if inv.label:
                    reason += f" [{inv.label}]"
                chain.failures.append(reason)
                out = None
            break
        if out is None:
            continue
        if chain.best is None or len(out.examined) > len(chain.best[0].examined):
            chain.best = (out, inv)
        if set(out.examined) >= set(inv.targets):
            break
        chain.failures.append(
            out.missed[0].reason if out.missed else "did not examine every target"
        )
        if REGISTRY.interrupted.is_set():
            break
    return chain


def run_scanner(
    sel: Selected,
    targets: tuple[str, ...],
    shared: Shared,
    progress: Progress = _noop,
    jobs: int = 1,
) -> ScannerRun:
    adapter, settings = sel.adapter, sel.settings
    root, workdir = shared.root, shared.workdir
    tool = ToolInfo(adapter.tool_name, None, adapter.information_uri)
    started = time.time()
    if not targets:
        run = ScannerRun(
            adapter.name,
            adapter.category,
            sel.role,
            RunStatus.NOT_APPLICABLE,
            tool,
            message=f"no {adapter.category.value} targets",
            started_at=started,
        )
        progress(adapter.name, "finished", run)
        return run
    progress(adapter.name, "started", None)
    wd = workdir / adapter.name
    wd.mkdir(parents=True, exist_ok=True)
    ctx = ScanContext(
        root=root,
        targets=targets,
        settings=settings,
        workdir=wd,
        osv_url=shared.osv_url,
        osv=shared.osv,
        jobs=jobs,
    )
    retries = settings.retries if settings.retries is not None else adapter.default_retries

    examined: set[str] = set()
    missed: dict[str, Miss] = {}
    findings: list[Finding] = []
    rules: dict[str, Rule] = {}
    notes: list[str] = []
    errors: list[str] = []
    exit_codes: list[int | None] = []
    version: str | None = None
    last: ProcessResult | None = None
    timed_out = False
    attempts = 0
    argv: tuple[str, ...] = ()
    try:
        hits, keys, scanner_key = _cache_lookup(adapter, ctx, shared)
        ctx = replace(ctx, targets=tuple(t for t in targets if t not in hits))
        try:
            invocations = adapter.invocations(ctx) if ctx.targets else []
        except OSError as exc:
            invocations = []
            errors.append(f"cannot prepare {adapter.name}: {exc}")
            missed.update({t: Miss(t, errors[-1]) for t in targets})
    finally:
        if adapter.cpu == "split":
            shared.cores.arrive(adapter.name)
    if len(invocations) > 1 and adapter.parallel_invocations:
        with cf.ThreadPoolExecutor(max_workers=len(invocations)) as pool:
            chains = list(
                pool.map(lambda i: _run_chain(adapter, ctx, i, retries, shared.cores), invocations)
            )
    else:
        chains = [_run_chain(adapter, ctx, i, retries, shared.cores) for i in invocations]
    for first, chain in zip(invocations, chains, strict=True):
        argv = argv or chain.argv
        attempts += chain.attempts
        exit_codes.extend(chain.exit_codes)
        last = chain.last or last
        timed_out = timed_out or chain.timed_out
        best, failures = chain.best, chain.failures
        if best is None:
            reason = redact("; ".join(failures) or "nothing could be run")
            errors.append(reason)
            for t in first.targets:
                missed.setdefault(t, Miss(t, reason))
            continue
        out, used = best
        if failures and first.alternatives:
            notes.append(
                f"{adapter.name} failover: {'; '.join(failures)} -> used {used.label or 'fallback'}"
            )
        findings.extend(replace(f, message=redact(f.message)) for f in out.findings)
        for rule in out.rules:
            rules.setdefault(
                rule.id,
                replace(
                    rule,
                    full_description=redact(rule.full_description),
                    help_text=redact(rule.help_text),
                ),
            )
        notes.extend(out.notes)
        version = version or out.tool_version
        examined.update(t for t in out.examined if t in used.targets)
        for m in out.missed:
            missed.setdefault(m.target, m)

    if shared.cache is not None and scanner_key is not None:
        for t in examined - set(missed):
            if t in keys:
                mine = [f for f in findings if f.location.path == t]
                fired = {f.rule_id for f in mine}
                shared.cache.put(keys[t], t, mine, [r for r in rules.values() if r.id in fired])
        for t, (cached_findings, cached_rules) in hits.items():
            examined.add(t)
            findings.extend(cached_findings)
            for rule in cached_rules:
                rules.setdefault(rule.id, rule)
    wanted = set(targets)
    try:
        checks = tuple(sorted(adapter.checks(ctx)))
    except OSError:
        checks = ()
    probe_ok = last is not None and not (last.start_error or last.interrupted or timed_out)
    if version is None and probe_ok:
        probe = run_process(
            adapter.version_argv(ctx),
            timeout=VERSION_TIMEOUT,
            env=adapter.version_env(),
            cwd=str(wd),
        )
        if probe.returncode == 0:
            version = adapter.parse_version(probe.stdout.decode("utf-8", errors="replace"))

    if shared.cache is not None and scanner_key is not None:
        if version is not None:
            shared.cache.put_version(scanner_key, version)
        else:
            version = shared.cache.get_version(scanner_key)
    examined -= set(missed)
    missing = tuple(
        replace(missed[t], reason=redact(missed[t].reason))
        if t in missed
        else Miss(t, "not examined")
        for t in targets
        if t not in examined
    )
    status = RunStatus.judge(len(examined), missing, timed_out)
    if REGISTRY.interrupted.is_set():
        status, message = RunStatus.FAILED, "interrupted"
    elif status in (RunStatus.FAILED, RunStatus.TIMEOUT):
        message = errors[0] if errors else f"examined none of its {len(targets)} target(s)"
        if not errors and missing:
            message += f" ({missing[0].reason})"
    elif status == RunStatus.DEGRADED:
        message = f"did not examine {len(missing)} of {len(targets)} target(s)"
        if errors:
            message += f"; {errors[0]}"
        elif not examined:
            message += f" ({missing[0].reason})"
    else:
        message = ""
    run = ScannerRun(
        scanner=adapter.name,
        category=adapter.category,
        role=sel.role,
        status=status,
        tool=ToolInfo(adapter.tool_name, version, adapter.information_uri),
        coverage=Coverage(targets, tuple(sorted(examined)), missing),
        # Every finding the scanner produced on a file it was given counts, on files it
        # could not finish too: what it did find there is real.
        findings=fingerprint.assign(
            _suppress(
                adapter,
                [f for f in findings if f.location.path in wanted or f.category == Category.DEPS],
                root,
            ),
            root,
        ),
        rules=tuple(rules.values()),
        command=argv,
        exit_codes=tuple(exit_codes),
        started_at=started,
        duration=time.time() - started,
        attempts=attempts,
        cached=len(hits),
        checks=checks,
        message=redact(message),
        notes=tuple(redact(n) for n in dict.fromkeys(notes)),
        stderr_tail=redact(tail(last.stderr)) if last else "",
    )
    progress(adapter.name, "finished", run)
    return run


def _suppress(adapter: Adapter, findings: list[Finding], root: Path) -> list[Finding]:
    """Mark the findings the code suppresses for this scanner (`# nosec` ...)."""
    lines: dict[str, list[str]] = {}
    out = []
    for f in findings:
        if f.category == Category.SAST:
            path = f.location.path
            if path not in lines:
                try:
                    text = (root / path).read_bytes().decode("utf-8", errors="replace")
                except OSError:
                    text = ""
                lines[path] = text.splitlines()
            why = adapter.suppressed_in_source(f, lines[path])
            if why:
                f = replace(f, suppressed=redact(why[:200]))
        out.append(f)
    return out


def _cache_lookup(
    adapter: Adapter, ctx: ScanContext, shared: Shared
) -> tuple[dict[str, tuple[list[Finding], list[Rule]]], dict[str, str], str | None]:
    """Cached results of unchanged files, and the cache key of every target."""
    if shared.cache is None:
        return {}, {}, None
    digest = adapter.cache_digest(ctx)
    if digest is None:
        return {}, {}, None
    command = ctx.command(adapter.executable)
    scanner_key = "\0".join((adapter.name, identity(command, adapter.package), digest))
    hits: dict[str, tuple[list[Finding], list[Rule]]] = {}
    keys: dict[str, str] = {}
    for t in ctx.targets:
        content = shared.cache.digest(ctx.root / t)
        if content is None:
            continue  # unreadable: let the scanner say what it makes of it
        keys[t] = shared.cache.key(scanner_key, t, content)
        hit = shared.cache.get(keys[t], t)
        if hit is not None:
            hits[t] = hit
    return hits, keys, scanner_key


def _skipped(sel: Selected) -> ScannerRun:
    a = sel.adapter
    return ScannerRun(
        a.name,
        a.category,
        sel.role,
        RunStatus.SKIPPED,
        ToolInfo(a.tool_name, None, a.information_uri),
        message="standby: not needed, every primary of its category was ok",
    )


def available_cores() -> int:
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not on Linux
        return max(os.cpu_count() or 1, 1)


MIN_FILES_PER_CHUNK = 100


def plan_chunks(
    chosen: Sequence[Selected], targets: Mapping[Category, tuple[str, ...]], cores: int
) -> dict[str, int]:
    """How many processes each CPU-bound scanner's files are split over.

    The machine's cores are a pool (`Shared.cores`): every CPU-bound process
    takes a core for as long as it runs, so at most `cores` run at once. Splitting
    each scanner into up to 2 x cores chunks lets a core that finished bandit's
    share pick up semgrep's next chunk, so the run costs the scanners' CPU time
    divided by the cores rather than the slowest scanner's time. A chunk holds at
    least MIN_FILES_PER_CHUNK files, and a scanner with a costly start-up takes
    fewer chunks (`chunks_per_core`), since each process pays it again.
    """
    plan: dict[str, int] = {}
    for s in chosen:
        if s.adapter.cpu == "split":
            n = len(targets.get(s.adapter.category, ()))
            most = max(1, s.adapter.chunks_per_core * cores)
            plan[s.adapter.name] = max(1, min(most, -(-n // MIN_FILES_PER_CHUNK)))
    return plan


def _run_all(
    chosen: Sequence[Selected],
    targets: Mapping[Category, tuple[str, ...]],
    shared: Shared,
    progress: Progress,
) -> list[ScannerRun]:
    if not chosen:
        return []
    jobs = plan_chunks(chosen, targets, available_cores())
    shared.cores.expect(sum(1 for s in chosen if s.adapter.cpu == "split"))
    with cf.ThreadPoolExecutor(max_workers=len(chosen), thread_name_prefix="scanner") as pool:
        futures = [
            pool.submit(
                run_scanner,
                s,
                targets.get(s.adapter.category, ()),
                shared,
                progress,
                jobs.get(s.adapter.name, 1),
            )
            for s in chosen
        ]
        pending = set(futures)
        try:
            while pending:
                # Short waits keep the main thread responsive to Ctrl-C and SIGTERM.
                _, pending = cf.wait(pending, timeout=0.2)
        except BaseException:
            REGISTRY.kill_all()  # before the pool waits for its threads
            raise
        return [f.result() for f in futures]


def scan(
    selected: Sequence[Selected],
    targets: Mapping[Category, tuple[str, ...]],
    root: Path,
    progress: Progress = _noop,
    osv_url: str | None = None,
    osv: OsvDatabase | None = None,
    cache: ResultCache | None = None,
) -> tuple[ScannerRun, ...]:
    """All primaries at once; then standbys of each category whose primary was not ok or absent."""
    primaries = [s for s in selected if s.role == Role.PRIMARY]
    standbys = [s for s in selected if s.role == Role.STANDBY]
    with tempfile.TemporaryDirectory(prefix="scangate-") as tmp, interrupt_guard():
        shared = Shared(root, Path(tmp), osv_url, osv, cache)
        runs = _run_all(primaries, targets, shared, progress)
        weak = {r.category for r in runs if r.status.not_ok}
        # A standby selected without any primary of its category is all there is: run it.
        weak |= {s.adapter.category for s in standbys} - {p.adapter.category for p in primaries}
        # A category with no primary at all has nobody to stand by for: its standbys run.
        weak |= {s.adapter.category for s in standbys} - {s.adapter.category for s in primaries}
        needed = [s for s in standbys if s.adapter.category in weak]
        runs += _run_all(needed, targets, shared, progress)
    runs += [_skipped(s) for s in standbys if s not in needed]
    order = {s.adapter.name: i for i, s in enumerate(selected)}
    return tuple(sorted(runs, key=lambda r: order.get(r.scanner, 0)))
