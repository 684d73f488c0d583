"""Scanner adapters, discovered through the `scangate.adapters` entry point group.

A third-party scanner is one module with an `Adapter` subclass plus one entry
point in its own package; nothing in scangate needs to change.
"""

from __future__ import annotations

from importlib.metadata import entry_points

from scangate.adapters.interface import Adapter

GROUP = "scangate.adapters"


def _builtin() -> dict[str, type[Adapter]]:
    from scangate.adapters.bandit import BanditAdapter
    from scangate.adapters.pip_audit import PipAuditAdapter
    from scangate.adapters.ruff import RuffAdapter
    from scangate.adapters.semgrep import SemgrepAdapter

    return {a.name: a for a in (SemgrepAdapter, BanditAdapter, PipAuditAdapter, RuffAdapter)}


def registry() -> dict[str, type[Adapter]]:
    """Every known adapter by scanner name, built-ins first, then plugins."""
    found = _builtin()
    for ep in entry_points(group=GROUP):
        if ep.name in found:
            continue
        cls = ep.load()
        if isinstance(cls, type) and issubclass(cls, Adapter):
            found[ep.name] = cls
    return found
