"""The core pool and the chunk plan (pure scheduling: no scanner runs here)."""

from __future__ import annotations

import threading
import time

from scangate.adapters.bandit import BanditAdapter
from scangate.adapters.semgrep import SemgrepAdapter
from scangate.model import Category, Role
from scangate.scan.engine import Selected
from scangate.scan.scheduler import CorePool, plan_chunks
from scangate.settings.config import ScannerSettings


def test_a_freed_core_goes_to_the_longest_waiting_job() -> None:
    pool = CorePool(1)
    order: list[float] = []
    release = threading.Event()

    def holder() -> None:
        with pool.hold(100):
            release.wait(10)

    def job(weight: float) -> None:
        with pool.hold(weight):
            order.append(weight)

    first = threading.Thread(target=holder)
    first.start()
    waiters = []
    for w in (1.0, 5.0, 3.0):  # queued smallest first
        t = threading.Thread(target=job, args=(w,))
        t.start()
        waiters.append(t)
        while len(pool._waiting) < len(waiters):  # wait until it is queued
            time.sleep(0.01)
    release.set()
    for t in (first, *waiters):
        t.join(10)
    assert order == [5.0, 3.0, 1.0]


def test_the_pool_never_hands_out_more_cores_than_it_has() -> None:
    pool = CorePool(2)
    busy = 0
    most = 0
    lock = threading.Lock()

    def job(weight: float) -> None:
        nonlocal busy, most
        with pool.hold(weight):
            with lock:
                busy += 1
                most = max(most, busy)
            time.sleep(0.02)
            with lock:
                busy -= 1

    threads = [threading.Thread(target=job, args=(float(i % 4),)) for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert most == 2


def test_semgrep_takes_one_chunk_per_core_and_bandit_two() -> None:
    chosen = [
        Selected(SemgrepAdapter(), ScannerSettings(), Role.PRIMARY),
        Selected(BanditAdapter(), ScannerSettings(), Role.PRIMARY),
    ]
    many = {Category.SAST: tuple(f"f{i}.py" for i in range(883))}
    assert plan_chunks(chosen, many, cores=2) == {"semgrep": 2, "bandit": 4}
    few = {Category.SAST: tuple(f"f{i}.py" for i in range(150))}  # >= 100 files a chunk
    assert plan_chunks(chosen, few, cores=2) == {"semgrep": 2, "bandit": 2}
    one = {Category.SAST: ("a.py",)}
    assert plan_chunks(chosen, one, cores=8) == {"semgrep": 1, "bandit": 1}


def test_no_core_is_handed_out_before_every_scanner_has_queued() -> None:
    """bandit is ready a second before semgrep; semgrep's big chunk must still go first."""
    pool = CorePool(1)
    pool.expect(2)
    order: list[str] = []

    def job(name: str, weight: float) -> None:
        with pool.hold(weight):
            order.append(name)

    pool.arrive("bandit")
    small = threading.Thread(target=job, args=("bandit", 1.0))
    small.start()
    time.sleep(0.5)  # well past the 50 ms grace: only the barrier holds bandit back
    assert order == []
    big = threading.Thread(target=job, args=("semgrep", 50.0))
    big.start()
    while len(pool._waiting) < 2:  # both queued: now only the barrier decides
        time.sleep(0.01)
    pool.arrive("semgrep")
    small.join(10)
    big.join(10)
    assert order == ["semgrep", "bandit"]


def test_a_scanner_that_never_arrives_delays_the_others_only_briefly() -> None:
    pool = CorePool(1)
    pool.SETTLE_S = 0.3
    pool.expect(2)
    pool.arrive("bandit")
    done = threading.Event()

    def job() -> None:
        with pool.hold(1.0):
            done.set()

    threading.Thread(target=job).start()
    assert done.wait(5)
