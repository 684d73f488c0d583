"""The whole pipeline behind `scangate run`: config -> targets -> scanners -> verdict."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Sequence
from pathlib import Path

from scangate import config as config_mod
from scangate import engine, policy, targets
from scangate.adapters import registry
from scangate.adapters.interface import Adapter
from scangate.engine import Progress, Selected
from scangate.errors import UsageError
from scangate.model import ScanResult


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
) -> ScanResult:
    cwd = cwd or Path.cwd()
    paths = list(paths) or list(cfg.paths)
    root = targets.choose_root(paths, cwd)
    exclude = (*config_mod.DEFAULT_EXCLUDE, *cfg.exclude)
    found = targets.discover(paths, root, exclude)
    selected = select(cfg, scanners, timeout)
    start = time.time()
    runs = engine.scan(selected, found, root, progress or (lambda *_: None))
    decision = policy.decide(runs, found, cfg)
    return ScanResult(
        root=str(root),
        runs=runs,
        decision=decision,
        targets=found,
        started_at=start,
        duration=time.time() - start,
    )
