"""Pause the cyclic garbage collector around bulk work that makes no cycles.

Judging and rendering 25,000 findings allocates a few hundred thousand small
dicts, tuples and strings. Each allocation burst triggers full collections that
walk every live object again, which measured as 30-40 % of that work
(`benchmarks/bench.py`, "our own share"). None of these objects form cycles, so
reference counting frees them all; the collector runs again on exit.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """Pause the cyclic garbage collector over bulk work that makes no cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
