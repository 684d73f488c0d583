"""`scangate run` from end to end: config -> targets -> scanners -> verdict.

The steps are the packages, in order: `discover` lists the targets,
`adapters` know each scanner, `scan` runs them (processes, scheduling,
failover, the result cache), `decide` turns their runs into a verdict, and
`report` writes it. This module only wires them; each step is tested on its own.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scangate import discover, repo
from scangate.adapters import registry
from scangate.adapters.interface import Adapter, Prepared
from scangate.decide import drill as drill_mod
from scangate.decide import policy
from scangate.decide.adoption import Gating
from scangate.errors import UsageError
from scangate.model import Category, Role, RunStatus, ScannerRun, Verdict
from scangate.report.sarif.read import load_baseline
from scangate.result import (
    Decision,
    Drill,
    DrillPrediction,
    PolicyChange,
    PolicyReport,
    ScanResult,
    ShardInfo,
)
from scangate.scan import engine
from scangate.scan.cache import CacheKeyError, ResultCache, default_dir
from scangate.scan.engine import Progress, Selected
from scangate.settings import config as config_mod
from scangate.settings import trust as trust_mod


@dataclass(frozen=True)
class Request:
    """What `scangate run` (or `baseline`) was asked to do, besides the config."""

    paths: tuple[str, ...] = ()
    """Files and folders; none: the config's `paths`."""
    scanners: tuple[str, ...] | None = None
    """--scanners; None: every enabled scanner."""
    timeout: float | None = None
    osv_db: str | None = None
    use_cache: bool = True
    cache_dir: str | None = None
    baseline: str | None = None
    diff_base: str | None = None
    shard: tuple[int, int] | None = None
    run_id: str | None = None
    """Ties the shards of one run (default: the CI run, else the commit)."""
    floor: trust_mod.Floor = field(default_factory=trust_mod.Floor)
    policy_base: str | None = None
    """A git ref whose config the current one is compared with (default: diff_base)."""
    out_of_scope: tuple[Category, ...] = ()
    gitignore: bool = True
    category: str = ""
    drill: bool = False
    """Predict the verdict had each scanner failed (`--drill`)."""
    drill_fail: str | None = None
    """Make this scanner fail for real in this run (`--drill-fail`)."""
    expect_drill: str | None = None
    """A JSON report of a `--drill` run: its prediction for `drill_fail` is the bar."""


def select(
    cfg: config_mod.Config, names: Sequence[str] | None, timeout: float | None
) -> list[Selected]:
    """The scanners of this scan: --scanners, else every enabled adapter."""
    known = registry()
    if names:
        unknown = [n for n in names if n not in known]
        if unknown:
            raise UsageError(
                f"unknown scanner: {', '.join(unknown)} (known: {', '.join(sorted(known))})"
            )
    chosen: list[Selected] = []
    for name, cls in known.items():
        settings = cfg.settings(name)
        if names is not None and name not in names:
            continue
        if names is None and not settings.enabled:
            continue
        if timeout is not None:
            settings = dataclasses.replace(settings, timeout=timeout)
        adapter: Adapter = cls()
        problem = adapter.check_options(settings)
        if problem:
            raise UsageError(f"{cfg.source}: scanners.{name}.{problem}")
        role = settings.role or adapter.default_role
        chosen.append(Selected(adapter, settings, role))
    return chosen


def load_config(
    config_path: str | None,
    cwd: Path,
    scan_paths: Sequence[str] = (),
    trust: bool = False,
) -> config_mod.Config:
    """The config of this scan, read under the trust boundary (scangate.settings.trust).

    A config found in the working folder, or given with --config but lying in the
    scanned tree, is the code under review's: it may not name programs unless
    `trust` (--trust-config) says the tree is the caller's own.
    """
    known = scanner_options()
    path = Path(config_path) if config_path is not None else config_mod.find_config(cwd)
    if path is None:
        return config_mod.Config()
    trusted = trust or (
        config_path is not None
        and path.exists()
        and not trust_mod.inside_scanned_tree(path, cwd, scan_paths)
    )
    shown = str(path)
    if path.is_absolute() and path.parent == cwd:
        shown = path.name  # found in the working folder: its name says enough
    return config_mod.load(path, known, trusted=trusted, shown=shown)


def scanner_options() -> dict[str, config_mod.OptionKinds]:
    """Each scanner's own config keys, as its adapter declares them."""
    return {name: cls.options for name, cls in registry().items()}


def default_roles() -> dict[str, Role]:
    """Each scanner's role when the config does not set one."""
    return {name: cls.default_role for name, cls in registry().items()}


def policy_report(
    cfg: config_mod.Config,
    cwd: Path,
    policy_base: str | None,
    out_of_scope: Sequence[Category] = (),
    floor: trust_mod.Floor | None = None,
) -> tuple[config_mod.Config, PolicyReport]:
    """The config with the floor applied (a forbidden weakening is a UsageError), and
    its drift from the defaults and from the config at `policy_base`."""
    roles = default_roles()
    changes = trust_mod.compare(cfg, config_mod.Config(), roles)
    base_changes: tuple[PolicyChange, ...] = ()
    note = ""
    if policy_base:
        try:
            base_cfg = trust_mod.config_at(policy_base, cfg, cwd, scanner_options())
        except UsageError as exc:
            note = str(exc)
        else:
            base_changes = trust_mod.compare(cfg, base_cfg, roles)
    scope = [f"{c.value} (config out_of_scope)" for c in cfg.out_of_scope]
    scope += [f"{c.value} (--out-of-scope)" for c in out_of_scope if c not in cfg.out_of_scope]
    report = PolicyReport(
        source=cfg.source,
        trusted=cfg.trusted,
        changes=changes,
        base=policy_base,
        base_changes=base_changes,
        base_note=note,
        out_of_scope=tuple(scope),
    )
    merged = tuple(dict.fromkeys((*cfg.out_of_scope, *out_of_scope)))
    cfg = trust_mod.enforce(cfg, changes, floor or trust_mod.Floor())
    report = dataclasses.replace(report, suppressions_honoured=cfg.honour_suppressions)
    return dataclasses.replace(cfg, out_of_scope=merged), report


def run(
    request: Request,
    cfg: config_mod.Config,
    progress: Progress | None = None,
    cwd: Path | None = None,
) -> ScanResult:
    """Discover the targets, run the scanners, decide.

    The policy floor is applied before anything runs (a forbidden weakening is a
    UsageError, exit 2); drift from the defaults and from the policy base goes into
    every report.
    """
    cwd = cwd or Path.cwd()
    cfg, policy_rep = policy_report(
        cfg, cwd, request.policy_base or request.diff_base, request.out_of_scope, request.floor
    )
    root, found, targets, shard = _targets(request, cfg, cwd)
    gating = _gating(request, cfg, root)
    selected = select(cfg, request.scanners, request.timeout)
    expected = _expected(request, selected)
    cache, warnings = _cache(request, cfg)
    if policy_rep.base_note:
        warnings.append(f"policy not compared with the base: {policy_rep.base_note}")
    start = time.time()
    progress = progress or _quiet
    with contextlib.ExitStack() as stack:
        prepared = _prepare(stack, selected, targets, _params(request, cfg))
        warnings += [w for p in prepared.values() for w in p.warnings]
        raw = engine.scan(selected, targets, root, progress, prepared, cache, request.drill_fail)
        standbys = {}
        if request.drill:
            standbys = _standbys_for_drill(selected, raw, targets, root, progress, prepared, cache)
    runs, decision = policy.gate_and_decide(raw, targets, cfg, gating)
    drill = _drill(request, expected, raw, targets, cfg, gating, decision, standbys)
    if drill is not None:
        decision = drill_mod.judge_live(decision, drill)
    if shard is not None and not any(targets.values()):
        empty = f"shard {shard.index}/{shard.count} holds no targets; merge decides"
        decision = dataclasses.replace(decision, verdict=Verdict.PASS, reasons=(empty,))
    decision = policy.judge_policy(decision, policy_rep, request.floor.forbid_weakening)
    decision = dataclasses.replace(decision, warnings=(*warnings, *decision.warnings))
    return ScanResult(
        root=str(root),
        runs=runs,
        decision=decision,
        targets=targets,
        started_at=start,
        duration=time.time() - start,
        policy=policy_rep,
        not_followed=found.not_followed,
        shard=shard,
        uri_prefix=repo.repo_prefix(root),
        category=request.category,
        ignored=len(found.ignored),
        drill=drill,
    )


def _standbys_for_drill(
    selected: Sequence[Selected],
    runs: Sequence[ScannerRun],
    targets: dict[Category, tuple[str, ...]],
    root: Path,
    progress: Progress,
    prepared: dict[str, Prepared],
    cache: ResultCache | None,
) -> dict[str, ScannerRun]:
    """For --drill: run the standbys this scan skipped, so that the prediction for a
    primary's failure has what would really stand in (the report says they ran)."""
    skipped = {r.scanner for r in runs if r.status == RunStatus.SKIPPED}
    wanted = [s for s in selected if s.adapter.name in skipped]
    if not wanted:
        return {}
    forced = [dataclasses.replace(s, role=Role.PRIMARY) for s in wanted]
    ran = engine.scan(forced, targets, root, progress, prepared, cache)
    return {r.scanner: dataclasses.replace(r, role=Role.STANDBY) for r in ran}


def _expected(request: Request, selected: Sequence[Selected]) -> Verdict | None:
    """Check --drill-fail's scanner; the verdict --expect-drill's report predicted for it."""
    if request.drill_fail and request.drill_fail not in {s.adapter.name for s in selected}:
        raise UsageError(f"--drill-fail: {request.drill_fail} is not a scanner of this scan")
    return drill_mod.expected(request.expect_drill, request.drill_fail)


def _gating(request: Request, cfg: config_mod.Config, root: Path) -> Gating:
    """What may keep a finding from blocking: the waivers, a baseline, the diff."""
    return Gating(
        waivers=cfg.waivers,
        baseline=load_baseline(request.baseline) if request.baseline else None,
        changed=repo.changed_lines(root, request.diff_base) if request.diff_base else None,
    )


def _drill(
    request: Request,
    expected: Verdict | None,
    raw: Sequence[ScannerRun],
    targets: dict[Category, tuple[str, ...]],
    cfg: config_mod.Config,
    gating: Gating,
    decision: Decision,
    standbys: dict[str, ScannerRun],
) -> Drill | None:
    """The drill of this run: predictions (--drill), the live one (--drill-fail)."""
    if not (request.drill or request.drill_fail):
        return None
    predictions: tuple[DrillPrediction, ...] = ()
    if request.drill:
        predictions = drill_mod.predict(raw, targets, cfg, gating, decision, standbys)
    return Drill(predictions, request.drill_fail, expected)


def _targets(
    request: Request, cfg: config_mod.Config, cwd: Path
) -> tuple[Path, discover.Discovery, dict[Category, tuple[str, ...]], ShardInfo | None]:
    """The scan root, what discovery found, this scan's targets (its shard's), the shard."""
    paths = list(request.paths) or list(cfg.paths)
    root = discover.choose_root(paths, cwd).resolve()
    files = repo.git_files(root)
    visible = files.visible if files and request.gitignore else None
    tracked = files.tracked if files else None
    builtin = config_mod.DEFAULT_EXCLUDE
    found = discover.discover(paths, root, cfg.exclude, visible, builtin, tracked)
    if request.shard is None:
        return root, found, found.targets, None
    k, n = request.shard
    shard = ShardInfo(k, n, repo.run_id(request.run_id, root), discover.digest(found.targets))
    return root, found, discover.shard(found.targets, k, n), shard


def _quiet(scanner: str, event: str, run: Any) -> None:
    return None


def _cache(request: Request, cfg: config_mod.Config) -> tuple[ResultCache | None, list[str]]:
    """The result cache of this scan (none with --no-cache or $SCANGATE_NO_CACHE)."""
    if not request.use_cache or os.environ.get("SCANGATE_NO_CACHE"):
        return None, []
    try:
        return ResultCache(Path(request.cache_dir or cfg.cache_dir or default_dir())), []
    except CacheKeyError as exc:
        return None, [f"result cache not used: {exc}"]


def _params(request: Request, cfg: config_mod.Config) -> dict[str, Any]:
    """The scan's general parameters, for the adapters' `prepare`."""
    return {"osv_db": request.osv_db or cfg.osv_db, "osv_db_max_age_days": cfg.osv_db_max_age_days}


def _prepare(
    stack: contextlib.ExitStack,
    selected: Sequence[Selected],
    targets: dict[Category, tuple[str, ...]],
    params: dict[str, Any],
) -> dict[str, Prepared]:
    """Each selected adapter's set-up for this scan (pip-audit: the local OSV server)."""
    return {
        s.adapter.name: stack.enter_context(
            s.adapter.prepare(params, targets.get(s.adapter.category, ()))
        )
        for s in selected
    }
