"""One scanner's attempts: bounded retries of transient failures, then failover.

An invocation (one process) is retried with backoff (1 s, 2 s, 4 s...) while its
failure is transient (a timeout, a network error) and retries are left. When it
fails for good, or leaves targets unexamined, its alternatives are tried in order
(pip-audit's vulnerability services), and the one that examined most is kept.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass, field

from scangate.adapters.interface import Adapter, Invocation, Outcome, OutputError, ScanContext
from scangate.runner import REGISTRY, ProcessResult, run_process
from scangate.scan.scheduler import CorePool, estimated_cpu

BACKOFF_BASE = 1.0


@dataclass
class Chain:
    """What running one invocation and its failover alternatives gave."""

    best: tuple[Outcome, Invocation] | None = None
    failures: list[str] = field(default_factory=list)
    attempts: int = 0
    exit_codes: list[int | None] = field(default_factory=list)
    last: ProcessResult | None = None
    timed_out: bool = False
    argv: tuple[str, ...] = ()


def run_chain(
    adapter: Adapter,
    ctx: ScanContext,
    first: Invocation,
    retries: int,
    cores: CorePool,
    crash: bool = False,
) -> Chain:
    """Run an invocation with bounded retries; on failure or lost coverage, its alternatives.

    `crash`: a live failover drill of this scanner (each process killed as it starts).
    """
    chain = Chain()
    for inv in (first, *first.alternatives):
        if not inv.argv:
            chain.failures.append(f"{adapter.name}: {inv.label}")
            continue
        chain.argv = chain.argv or inv.argv
        out = _attempts(adapter, ctx, inv, (retries, crash), cores, chain)
        if out is None:
            continue
        if chain.best is None or len(out.examined) > len(chain.best[0].examined):
            chain.best = (out, inv)
        if set(out.examined) >= set(inv.targets):
            break
        chain.failures.append(
            out.missed[0].reason if out.missed else "did not examine every target"
        )
        if REGISTRY.interrupted.is_set():
            break
    return chain


def _attempts(
    adapter: Adapter,
    ctx: ScanContext,
    inv: Invocation,
    plan: tuple[int, bool],
    cores: CorePool,
    chain: Chain,
) -> Outcome | None:
    """One invocation, retried with backoff while its failure is transient (`plan`: the
    retries allowed, and whether this is a live drill)."""
    retries, crash = plan
    attempt = 0
    while True:
        chain.attempts += 1
        res = _run(adapter, ctx, inv, cores, crash)
        chain.last = res
        chain.exit_codes.append(res.returncode)
        try:
            if res.start_error or res.timed_out or res.interrupted:
                raise OutputError(f"{adapter.name} {res.describe_exit()}")
            return adapter.parse(ctx, inv, res)
        except OutputError as exc:
            transient = adapter.is_transient(res) and not REGISTRY.interrupted.is_set()
            if transient and attempt < retries:
                attempt += 1
                time.sleep(min(BACKOFF_BASE * 2 ** (attempt - 1), 8.0))
                continue
            chain.timed_out = chain.timed_out or res.timed_out
            reason = str(exc)
            if attempt:
                reason += f" (after {attempt + 1} attempts)"
            if inv.label:
                reason += f" [{inv.label}]"
            chain.failures.append(reason)
            return None


def _run(
    adapter: Adapter, ctx: ScanContext, inv: Invocation, cores: CorePool, crash: bool
) -> ProcessResult:
    """The process, on a core of the pool when the scanner is CPU-bound."""
    gate: contextlib.AbstractContextManager[None] = contextlib.nullcontext()
    if adapter.cpu == "split":
        gate = cores.hold(estimated_cpu(adapter, ctx, inv.targets))
    with gate:  # the timeout counts from the start of the process, not the wait
        return run_process(
            inv.argv,
            timeout=ctx.settings.timeout,
            env=inv.env,
            cwd=inv.cwd or str(ctx.workdir),
            output_cap=ctx.settings.output_cap,
            stderr_cap=inv.stderr_cap,
            crash=crash,
        )
