"""Scanner adapters, discovered through the `scangate.adapters` entry point group.

A third-party scanner is one module with an `Adapter` subclass plus one entry
point in its own package; nothing in scangate needs to change
(CONTRIBUTING.md shows one). A plugin that cannot be loaded, is not an Adapter,
reuses a scanner's name, or names itself otherwise than its entry point is an
error naming it: a scanner the user installed must never be dropped silently.
"""

from __future__ import annotations

import functools
from importlib.metadata import entry_points

from scangate.adapters.interface import Adapter
from scangate.errors import UsageError

GROUP = "scangate.adapters"


def _builtin() -> dict[str, type[Adapter]]:
    from scangate.adapters.bandit import BanditAdapter
    from scangate.adapters.pip_audit import PipAuditAdapter
    from scangate.adapters.ruff import RuffAdapter
    from scangate.adapters.semgrep import SemgrepAdapter

    return {a.name: a for a in (SemgrepAdapter, BanditAdapter, PipAuditAdapter, RuffAdapter)}


@functools.lru_cache(maxsize=1)
def registry() -> dict[str, type[Adapter]]:
    """Every known adapter by scanner name: the built-ins first, then plugins."""
    found = _builtin()
    for ep in sorted(entry_points(group=GROUP), key=lambda e: e.name):
        where = f"scanner plugin {ep.name!r} ({ep.value})"
        try:
            cls = ep.load()
        except Exception as exc:  # a plugin's import error is the plugin's, named
            raise UsageError(f"{where} cannot be loaded: {type(exc).__name__}: {exc}") from None
        if found.get(ep.name) is cls:
            continue  # a built-in's own entry point
        if not (isinstance(cls, type) and issubclass(cls, Adapter)):
            raise UsageError(f"{where} is not a subclass of scangate's Adapter")
        if ep.name in found:
            raise UsageError(f"{where} reuses the name of scanner {ep.name!r}")
        if getattr(cls, "name", None) != ep.name:
            raise UsageError(f"{where} names itself {getattr(cls, 'name', None)!r}")
        found[ep.name] = cls
    return found
