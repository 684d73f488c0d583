"""Scheduling: how many processes each scanner gets, and which runs on a free core.

The machine's cores are a pool: every CPU-bound scanner process (semgrep,
bandit) holds one core token while it runs, so at most as many run at once as
there are cores, and a core that finished bandit's share picks up semgrep's next
chunk. Measured on Django 5.2 (2 cores), this keeps a cold scan within 1.06-1.12x
of the scanners' total CPU time divided by the cores (docs/performance.md).
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import os
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from scangate.adapters.interface import Adapter, ScanContext
from scangate.model import Category

if TYPE_CHECKING:
    from scangate.scan.engine import Selected


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
        """Hold a core while the block runs; the heaviest waiting process gets the next one."""
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


def available_cores() -> int:
    """The cores this process may use (its CPU affinity where the OS tells)."""
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
