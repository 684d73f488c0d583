"""The whole pipeline behind `scangate run`: config -> targets -> scanners -> verdict."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import time
from collections.abc import Sequence
from pathlib import Path

from scangate import config as config_mod
from scangate import engine, policy, targets
from scangate.adapters import registry
from scangate.adapters.interface import Adapter
from scangate.cache import ResultCache, default_dir
from scangate.engine import Progress, Selected
from scangate.errors import UsageError
from scangate.gating import Gating, changed_lines, load_baseline
from scangate.model import Category, ScanResult, Verdict
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


def load_config(config_path: str | None, cwd: Path) -> config_mod.Config:
    known = tuple(registry())
    if config_path is not None:
        return config_mod.load(Path(config_path), known)
    return config_mod.load(config_mod.find_config(cwd), known)


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
) -> ScanResult:
    cwd = cwd or Path.cwd()
    paths = list(paths) or list(cfg.paths)
    root = targets.choose_root(paths, cwd)
    exclude = (*config_mod.DEFAULT_EXCLUDE, *cfg.exclude)
    found = targets.discover(paths, root, exclude)
    if shard is not None:
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
    cache = None
    if use_cache and not os.environ.get("SCANGATE_NO_CACHE"):
        cache = ResultCache(Path(cache_dir or cfg.cache_dir or default_dir()))
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
    if extra:
        decision = dataclasses.replace(decision, warnings=(*extra, *decision.warnings))
    return ScanResult(
        root=str(root),
        runs=runs,
        decision=decision,
        targets=found,
        started_at=start,
        duration=time.time() - start,
    )
