"""Run the selected scanners in parallel and turn their processes into ScannerRuns.

The engine owns what is the same for every scanner: one thread per scanner,
the result cache, version probes, and active-passive failover to standby
scanners (a standby runs when a primary of its category was not ok). How
processes share the cores is `scheduler`'s; one invocation's retries and
alternatives are `attempts`'; what a run was, `normalize`'s. Adapters only build
command lines and parse output.
"""

from __future__ import annotations

import concurrent.futures as cf
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from scangate.adapters.interface import Adapter, Invocation, Prepared, ScanContext
from scangate.model import Category, Finding, Miss, Role, Rule, RunStatus, ScannerRun, ToolInfo
from scangate.runner import REGISTRY, interrupt_guard
from scangate.scan.attempts import Chain, run_chain
from scangate.scan.cache import ResultCache, identity
from scangate.scan.decode import Views, write_views
from scangate.scan.normalize import Tally, finish
from scangate.scan.scheduler import CorePool, available_cores, plan_chunks
from scangate.settings.config import ScannerSettings

VERSION_TIMEOUT = 15.0
VIEWS = "views"  # the folder of the UTF-8 views, in the scan's temporary folder


@dataclass(frozen=True)
class Selected:
    """A scanner chosen for this scan, with its settings and role."""

    adapter: Adapter
    settings: ScannerSettings
    role: Role


Progress = Callable[[str, str, ScannerRun | None], None]  # (scanner, event, run)


def _noop(scanner: str, event: str, run: ScannerRun | None) -> None:
    return None


@dataclass(frozen=True)
class Shared:
    """What every scanner of one scan shares."""

    root: Path
    workdir: Path
    prepared: Mapping[str, Prepared] = field(default_factory=dict)
    cache: ResultCache | None = None
    cores: CorePool = field(default_factory=lambda: CorePool(available_cores()))
    drill_fail: str | None = None  # the scanner a live failover drill makes fail
    views: Views = field(default_factory=Views)
    """The SAST targets handed over as a view to scanners that do not read source as
    Python does (scan/decode.py), and those whose view could not be written."""


@dataclass(frozen=True)
class CacheView:
    """One scanner's part of the result cache in this scan."""

    hits: dict[str, tuple[list[Finding], list[Rule]]]
    """Unchanged files, with their stored results."""
    keys: dict[str, str]
    """Every readable target's entry key."""
    scanner_key: str | None
    """What identifies the scanner (command, version, rules); None: no cache."""


def run_scanner(
    sel: Selected,
    targets: tuple[str, ...],
    shared: Shared,
    progress: Progress = _noop,
    jobs: int = 1,
) -> ScannerRun:
    """One scanner over its targets: cached files first, then its processes."""
    adapter, started = sel.adapter, time.time()
    if not targets:
        run = ScannerRun(
            adapter.name, adapter.category, sel.role, RunStatus.NOT_APPLICABLE,
            ToolInfo(adapter.tool_name, None, adapter.information_uri),
            message=f"no {adapter.category.value} targets", started_at=started,
        )  # fmt: skip
        progress(adapter.name, "finished", run)
        return run
    progress(adapter.name, "started", None)
    wd = shared.workdir / adapter.name
    wd.mkdir(parents=True, exist_ok=True)
    prepared = shared.prepared.get(adapter.name, Prepared())
    ctx = ScanContext(shared.root, targets, sel.settings, wd, jobs, prepared.state)
    tally = Tally(targets)
    blind: Mapping[str, str] = {}
    if adapter.category == Category.SAST and not adapter.reads_python_source:
        ctx = replace(ctx, views=shared.views.made, views_dir=shared.workdir / VIEWS)
        blind = shared.views.failed
    try:
        view = _cache_lookup(adapter, ctx, shared)
        for t in targets:
            if t in blind and t not in view.hits:  # the file itself would be misread
                tally.missed[t] = Miss(t, f"{adapter.name}: {blind[t]}", ())
        skip = view.hits.keys() | blind.keys()
        ctx = replace(ctx, targets=tuple(t for t in targets if t not in skip))
        invocations = _invocations(adapter, ctx, tally)
    finally:
        if adapter.cpu == "split":
            shared.cores.arrive(adapter.name)
    _run_invocations(adapter, ctx, invocations, shared, tally)
    _use_cache(shared.cache, view, tally)
    tally.version = _version(adapter, ctx, tally, shared.cache, view)
    try:
        checks = tuple(sorted(adapter.checks(ctx)))
    except OSError:
        checks = ()
    run = finish(adapter, sel.role, tally, shared.root, started, time.time(), checks)
    if adapter.name == shared.drill_fail:
        drilled = f"drill: {adapter.name} was made to fail on purpose (--drill-fail)"
        run = replace(run, notes=(drilled, *run.notes))
    progress(adapter.name, "finished", run)
    return run


def _invocations(adapter: Adapter, ctx: ScanContext, tally: Tally) -> list[Invocation]:
    if not ctx.targets:
        return []
    try:
        return adapter.invocations(ctx)
    except OSError as exc:
        tally.fail(ctx.targets, f"cannot prepare {adapter.name}: {exc}")
        return []


def _run_invocations(
    adapter: Adapter,
    ctx: ScanContext,
    invocations: list[Invocation],
    shared: Shared,
    tally: Tally,
) -> None:
    """Every invocation with its retries and alternatives, side by side where allowed."""
    retries = ctx.settings.retries
    if retries is None:
        retries = adapter.default_retries

    crash = adapter.name == shared.drill_fail

    def one(inv: Invocation) -> Chain:
        return run_chain(adapter, ctx, inv, retries, shared.cores, crash)

    if len(invocations) > 1 and adapter.parallel_invocations:
        with cf.ThreadPoolExecutor(max_workers=len(invocations)) as pool:
            chains = list(pool.map(one, invocations))
    else:
        chains = [one(i) for i in invocations]
    for first, chain in zip(invocations, chains, strict=True):
        tally.add_chain(adapter, first, chain)


def _cache_lookup(adapter: Adapter, ctx: ScanContext, shared: Shared) -> CacheView:
    """Cached results of unchanged files, and the cache key of every target."""
    if shared.cache is None or adapter.name == shared.drill_fail:
        return CacheView({}, {}, None)  # a drilled scanner must really start, and fail
    digest = adapter.cache_digest(ctx)
    if digest is None:
        return CacheView({}, {}, None)
    command = ctx.command(adapter.executable)
    scanner_key = "\0".join((adapter.name, identity(command, adapter.package), digest))
    view = CacheView({}, {}, scanner_key)
    for t in ctx.targets:
        content = shared.cache.digest(ctx.root / t)
        if content is None:
            continue  # unreadable: let the scanner say what it makes of it
        view.keys[t] = shared.cache.key(scanner_key, t, content)
        hit = shared.cache.get(view.keys[t], t)
        if hit is not None:
            view.hits[t] = hit
    return view


def _use_cache(cache: ResultCache | None, view: CacheView, tally: Tally) -> None:
    """Store what was really examined; add what came from the cache."""
    if cache is None or view.scanner_key is None:
        return
    for t in tally.examined - set(tally.missed):
        if t in view.keys:
            mine = [f for f in tally.findings if f.location.path == t]
            fired = {f.rule_id for f in mine}
            cache.put(view.keys[t], t, mine, [r for r in tally.rules.values() if r.id in fired])
    for t, (findings, rules) in view.hits.items():
        tally.add_cached(t, findings, rules)


def _version(
    adapter: Adapter,
    ctx: ScanContext,
    tally: Tally,
    cache: ResultCache | None,
    view: CacheView,
) -> str | None:
    """The scanner's version: from its output, else `--version`, else the cache's record."""
    version = tally.version
    last = tally.last
    if version is None and last and not (last.start_error or last.interrupted or tally.timed_out):
        version, _ = adapter.probe_version(ctx, VERSION_TIMEOUT)
    if cache is not None and view.scanner_key is not None:
        if version is not None:
            cache.put_version(view.scanner_key, version)
        else:
            version = cache.get_version(view.scanner_key)
    return version


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
    prepared: Mapping[str, Prepared] | None = None,
    cache: ResultCache | None = None,
    drill_fail: str | None = None,
) -> tuple[ScannerRun, ...]:
    """All primaries at once; then the standbys of each category whose primary was not
    ok, or that has no primary at all (then the standby is all there is)."""
    primaries = [s for s in selected if s.role == Role.PRIMARY]
    standbys = [s for s in selected if s.role == Role.STANDBY]
    with tempfile.TemporaryDirectory(prefix="scangate-") as tmp, interrupt_guard():
        wanted = any(s.adapter.category == Category.SAST and not s.adapter.reads_python_source
                     for s in selected)  # fmt: skip
        sast = targets.get(Category.SAST, ()) if wanted else ()
        views = write_views(root, sast, Path(tmp) / VIEWS)
        shared = Shared(root, Path(tmp), prepared or {}, cache, drill_fail=drill_fail, views=views)
        runs = _run_all(primaries, targets, shared, progress)
        weak = {r.category for r in runs if r.status.not_ok}
        weak |= {s.adapter.category for s in standbys} - {p.adapter.category for p in primaries}
        needed = [s for s in standbys if s.adapter.category in weak]
        runs += _run_all(needed, targets, shared, progress)
    runs += [_skipped(s) for s in standbys if s not in needed]
    order = {s.adapter.name: i for i, s in enumerate(selected)}
    return tuple(sorted(runs, key=lambda r: order.get(r.scanner, 0)))
