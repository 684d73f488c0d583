"""The whole pipeline behind `scangate run`: config -> targets -> scanners -> verdict."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

from scangate import config as config_mod
from scangate import engine, policy, targets
from scangate import trust as trust_mod
from scangate.adapters import registry
from scangate.adapters.interface import Adapter
from scangate.cache import CacheKeyError, ResultCache, default_dir
from scangate.engine import Progress, Selected
from scangate.errors import UsageError
from scangate.gating import Gating, changed_lines, load_baseline
from scangate.model import (
    Category,
    PolicyChange,
    PolicyReport,
    Role,
    ScanResult,
    ShardInfo,
    Verdict,
)
from scangate.osv import database as osv_database
from scangate.osv import server as osv_server


def found_deps(found: dict[Category, tuple[str, ...]]) -> bool:
    return bool(found.get(Category.DEPS))


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
        if settings.rules is not None and not adapter.accepts_rules:
            raise UsageError(f"{cfg.source}: scanners.{name}.rules: {name} does not take rules")
        if settings.services is not None and not adapter.accepts_services:
            raise UsageError(
                f"{cfg.source}: scanners.{name}.services: {name} does not take services"
            )
        role = settings.role or adapter.default_role
        chosen.append(Selected(adapter, settings, role))
    return chosen


def load_config(
    config_path: str | None,
    cwd: Path,
    scan_paths: Sequence[str] = (),
    trust: bool = False,
) -> config_mod.Config:
    """The config of this scan, read under the trust boundary (scangate.trust).

    A config found in the working folder, or given with --config but lying in the
    scanned tree, is the code under review's: it may not name programs unless
    `trust` (--trust-config) says the tree is the caller's own.
    """
    known = tuple(registry())
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


def default_roles() -> dict[str, Role]:
    return {name: cls.default_role for name, cls in registry().items()}


def policy_report(
    cfg: config_mod.Config,
    cwd: Path,
    policy_base: str | None,
    out_of_scope: Sequence[Category] = (),
) -> tuple[config_mod.Config, PolicyReport]:
    """The drift of `cfg` from the defaults and from the config at `policy_base`."""
    roles = default_roles()
    changes = trust_mod.compare(cfg, config_mod.Config(), roles)
    base_changes: tuple[PolicyChange, ...] = ()
    note = ""
    if policy_base:
        try:
            base_cfg = trust_mod.config_at(policy_base, cfg, cwd, tuple(roles))
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
    return dataclasses.replace(cfg, out_of_scope=merged), report


def run_id(explicit: str | None, root: Path) -> str:
    """What ties the shards of one run together: --run-id, the CI run, else the commit."""
    if explicit:
        return explicit
    gh = os.environ.get("GITHUB_RUN_ID")
    if gh:
        # Not the attempt: re-running one failed shard must still merge with the others.
        return f"github-{gh}"
    top = trust_mod.git_toplevel(root)
    if top is not None:
        proc = subprocess.run(
            ["git", "-C", str(top), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
            timeout=30,
        )
        if proc.returncode == 0 and proc.stdout.strip():
            return f"git-{proc.stdout.strip()}"
    return "unnamed"


def run(
    paths: Sequence[str],
    *,
    cfg: config_mod.Config,
    scanners: Sequence[str] | None = None,
    timeout: float | None = None,
    progress: Progress | None = None,
    cwd: Path | None = None,
    osv_db: str | None = None,
    use_cache: bool = True,
    cache_dir: str | None = None,
    baseline: str | None = None,
    diff_base: str | None = None,
    shard: tuple[int, int] | None = None,
    floor: trust_mod.Floor | None = None,
    policy_base: str | None = None,
    out_of_scope: Sequence[Category] = (),
    shard_run_id: str | None = None,
    gitignore: bool = True,
    category: str = "",
) -> ScanResult:
    """Discover the targets, run the scanners, decide: the whole of `scangate run`.

    The policy floor is applied before anything runs (a forbidden weakening is a
    UsageError, exit 2); drift from the defaults and from `policy_base` (default:
    `diff_base`) goes into every report.
    """
    cwd = cwd or Path.cwd()
    floor = floor or trust_mod.Floor()
    cfg, policy_rep = policy_report(cfg, cwd, policy_base or diff_base, out_of_scope)
    cfg = trust_mod.enforce(cfg, policy_rep.changes, floor)
    paths = list(paths) or list(cfg.paths)
    root = targets.choose_root(paths, cwd).resolve()
    exclude = (*config_mod.DEFAULT_EXCLUDE, *cfg.exclude)
    visible = targets.git_visible(root) if gitignore else None
    discovery = targets.discover(paths, root, exclude, visible)
    found = discovery.targets
    shard_info = None
    if shard is not None:
        shard_info = ShardInfo(
            shard[0], shard[1], run_id(shard_run_id, root), targets.digest(found)
        )
        found = targets.shard(found, *shard)
    gating = Gating(
        waivers=cfg.waivers,
        baseline=load_baseline(baseline) if baseline else None,
        changed=changed_lines(root, diff_base) if diff_base else None,
    )
    selected = select(cfg, scanners, timeout)
    extra: list[str] = []
    db = None
    db_path = osv_db or cfg.osv_db
    wants_db = any(s.adapter.category.value == "deps" for s in selected) and found_deps(found)
    if db_path and not Path(db_path).exists():
        raise UsageError(f"OSV database not found: {db_path}")
    if db_path and wants_db:
        db = osv_database.load(db_path)
        age = db.age_days()
        if age is not None and age > cfg.osv_db_max_age_days:
            extra.append(
                f"the local OSV database is {age:.0f} days old (limit "
                f"{cfg.osv_db_max_age_days:g}): refresh it with `scangate db update`"
            )
    if policy_rep.base_note:
        extra.append(f"policy not compared with the base: {policy_rep.base_note}")
    cache = None
    if use_cache and not os.environ.get("SCANGATE_NO_CACHE"):
        try:
            cache = ResultCache(Path(cache_dir or cfg.cache_dir or default_dir()))
        except CacheKeyError as exc:
            extra.append(f"result cache not used: {exc}")
    start = time.time()
    with contextlib.ExitStack() as stack:
        url = stack.enter_context(osv_server.serve(db)) if db is not None else None
        runs = engine.scan(selected, found, root, progress or (lambda *_: None), url, db, cache)
    decision = policy.decide(runs, found, cfg, gating)
    if shard is not None and not any(found.values()):
        decision = dataclasses.replace(
            decision,
            verdict=Verdict.PASS,
            reasons=(f"shard {shard[0]}/{shard[1]} holds no targets; merge decides",),
        )
    decision = policy.judge_policy(decision, policy_rep, floor.forbid_weakening)
    if extra:
        decision = dataclasses.replace(decision, warnings=(*extra, *decision.warnings))
    return ScanResult(
        root=str(root),
        runs=runs,
        decision=decision,
        targets=found,
        started_at=start,
        duration=time.time() - start,
        policy=policy_rep,
        not_followed=discovery.not_followed,
        shard=shard_info,
        uri_prefix=repo_prefix(root),
        category=category,
        ignored=len(discovery.ignored),
    )


def repo_prefix(root: Path) -> str:
    """Where the scan root lies in the repository (`backend/`; "" at its top).

    GitHub maps SARIF URIs and annotation paths relative to the repository root
    (the workspace); a scan run in a subfolder must name its files from there.
    """
    top: Path | None = None
    workspace = os.environ.get("GITHUB_WORKSPACE")
    if workspace and trust_mod.within(root, Path(workspace).resolve()):
        top = Path(workspace).resolve()
    else:
        top = trust_mod.git_toplevel(root)
    if top is None or root == top or not trust_mod.within(root, top):
        return ""
    return root.relative_to(top).as_posix() + "/"
