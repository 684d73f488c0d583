"""Run scanner processes: timeouts, output caps, and no process left behind.

Every scanner runs in its own session (process group), so that a timeout or an
interrupt of scangate kills the scanner *and* the workers it forked (semgrep
starts semgrep-core; a hung child must not outlive the gate). A descendant that
leaves the group (`setsid`) is found by a mark in its environment
(`SCANGATE_PROCESS_MARK`, one per process run, read from /proc) and killed
when its scanner ends: otherwise it would outlive the gate and hold the output
pipes open. Output is read by
threads into bounded buffers: a scanner that floods stdout cannot exhaust our
memory, and output past the cap is recorded as truncated (never parsed as if
complete).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import subprocess
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import IO

STDERR_CAP = 256 * 1024
KILL_GRACE = 2.0  # seconds between SIGTERM and SIGKILL
DEFAULT_OUTPUT_CAP = 64 * 1024 * 1024  # bytes of stdout kept per process; more is "truncated"
MARK_VAR = "SCANGATE_PROCESS_MARK"


@dataclass(frozen=True)
class ProcessResult:
    """What one process did. `returncode` is None when it never started."""

    argv: tuple[str, ...]
    returncode: int | None
    stdout: bytes
    stderr: bytes
    duration: float
    timed_out: bool = False
    stdout_truncated: bool = False
    start_error: str | None = None  # e.g. executable not found
    interrupted: bool = False

    @property
    def signal_name(self) -> str | None:
        """The signal that killed the process (SIGSEGV), if one did."""
        if self.returncode is not None and self.returncode < 0:
            try:
                return signal.Signals(-self.returncode).name
            except ValueError:
                return f"signal {-self.returncode}"
        return None

    def describe_exit(self) -> str:
        """How the process ended, in words for a report."""
        if self.start_error:
            return self.start_error
        if self.timed_out:
            return f"timed out after {self.duration:.0f}s and was killed"
        if self.interrupted:
            return "interrupted"
        sig = self.signal_name
        if sig:
            return f"killed by {sig}"
        return f"exit code {self.returncode}"


class _Registry:
    """Live process groups, so an interrupt of scangate can kill them all."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._groups: set[int] = set()
        self.interrupted = threading.Event()

    def add(self, pgid: int) -> None:
        with self._lock:
            self._groups.add(pgid)

    def discard(self, pgid: int) -> None:
        with self._lock:
            self._groups.discard(pgid)

    def kill_all(self) -> None:
        self.interrupted.set()
        with self._lock:
            groups = list(self._groups)
        for pgid in groups:
            _kill_group(pgid, signal.SIGTERM)
        deadline = time.monotonic() + KILL_GRACE
        while time.monotonic() < deadline and any(_group_alive(g) for g in groups):
            time.sleep(0.05)
        for pgid in groups:
            _kill_group(pgid, signal.SIGKILL)


REGISTRY = _Registry()


def _kill_group(pgid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    return True


def strays(token: str) -> list[int]:
    """Processes still carrying this run's mark: descendants that left its group."""
    needle = f"{MARK_VAR}={token}".encode()
    me = os.getpid()
    found = []
    try:
        entries = os.listdir("/proc")
    except OSError:  # no /proc (not Linux): the process group is all we can reach
        return []
    for entry in entries:
        if not entry.isdigit() or int(entry) == me:
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as fh:
                env = fh.read()
        except OSError:
            continue
        if needle in env.split(b"\0"):
            found.append(int(entry))
    return found


def _kill_strays(token: str) -> None:
    for pid in strays(token):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)


def _drain(stream: IO[bytes], cap: int, out: list[bytes], flags: dict[str, bool]) -> None:
    """Read a pipe to its end, keeping at most `cap` bytes."""
    kept = 0
    while True:
        chunk = stream.read(65536)
        if not chunk:
            break
        if kept < cap:
            piece = chunk[: cap - kept]
            out.append(piece)
            kept += len(piece)
            if len(piece) < len(chunk):
                flags["truncated"] = True
        else:
            flags["truncated"] = True
    stream.close()


def run_process(
    argv: Sequence[str],
    *,
    timeout: float,
    env: Mapping[str, str] | None = None,
    cwd: str | None = None,
    output_cap: int = DEFAULT_OUTPUT_CAP,
    stderr_cap: int = STDERR_CAP,
    crash: bool = False,
) -> ProcessResult:
    """Run one process to completion, timeout, or interrupt; never raises for its failure.

    `crash` (a live failover drill) kills the process group with SIGKILL as soon as it
    has started, as a crash would end it.
    """
    argv_t = tuple(argv)
    start = time.monotonic()
    if REGISTRY.interrupted.is_set():
        return ProcessResult(argv_t, None, b"", b"", 0.0, interrupted=True)
    mark = secrets.token_hex(16)
    proc = _start(argv_t, {**os.environ, **(env or {}), MARK_VAR: mark}, cwd)
    if isinstance(proc, str):
        return ProcessResult(argv_t, None, b"", b"", 0.0, start_error=proc)
    REGISTRY.add(proc.pid)  # start_new_session makes the child its own group leader
    assert proc.stdout is not None and proc.stderr is not None  # noqa: S101
    out, err = _Pipe(proc.stdout, output_cap), _Pipe(proc.stderr, stderr_cap)
    try:
        if crash:
            _kill_group(proc.pid, signal.SIGKILL)
        timed_out = _wait(proc, start + timeout)
    finally:
        _stop(proc, mark)
    out.join()
    err.join()
    return ProcessResult(
        argv=argv_t,
        returncode=proc.returncode,
        stdout=out.data(),
        stderr=err.data(),
        duration=time.monotonic() - start,
        timed_out=timed_out,
        stdout_truncated=out.truncated,
        interrupted=REGISTRY.interrupted.is_set() and not timed_out,
    )


def _start(
    argv: tuple[str, ...], env: dict[str, str], cwd: str | None
) -> subprocess.Popen[bytes] | str:
    """The started process in its own session, or why it could not start."""
    try:
        return subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=cwd,
            start_new_session=True,
        )
    except FileNotFoundError:
        return f"executable not found: {argv[0]}"
    except PermissionError:
        return f"executable not runnable: {argv[0]}"
    except OSError as exc:
        return f"cannot start {argv[0]}: {exc.strerror}"


class _Pipe:
    """A pipe drained by a thread into a bounded buffer: a scanner that floods its
    output cannot exhaust our memory, and what was cut is known."""

    def __init__(self, stream: IO[bytes], cap: int) -> None:
        self.parts: list[bytes] = []
        self.flags: dict[str, bool] = {}
        self.thread = threading.Thread(
            target=_drain, args=(stream, cap, self.parts, self.flags), daemon=True
        )
        self.thread.start()

    @property
    def truncated(self) -> bool:
        return self.flags.get("truncated", False)

    def join(self) -> None:
        self.thread.join(timeout=5)

    def data(self) -> bytes:
        return b"".join(self.parts)


def _wait(proc: subprocess.Popen[bytes], deadline: float) -> bool:
    """Wait for the process until the deadline or an interrupt; True if it timed out."""
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return True
        try:
            proc.wait(timeout=min(remaining, 0.2))
            return False
        except subprocess.TimeoutExpired:
            if REGISTRY.interrupted.is_set():
                return False


def _stop(proc: subprocess.Popen[bytes], mark: str) -> None:
    """Kill what is left of the process group, then whatever left it (setsid)."""
    pgid = proc.pid
    if proc.poll() is None or _group_alive(pgid):
        # Kill the whole group: the scanner and anything it forked.
        _kill_group(pgid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=KILL_GRACE)
        _kill_group(pgid, signal.SIGKILL)
        proc.wait()
    REGISTRY.discard(pgid)
    # Whatever left the group (setsid) dies with its scanner, and releases the pipes.
    _kill_strays(mark)


@contextlib.contextmanager
def interrupt_guard() -> Iterator[None]:
    """Turn SIGTERM into KeyboardInterrupt, and kill every scanner on the way out."""
    previous = None
    in_main = threading.current_thread() is threading.main_thread()

    def _on_term(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    if in_main:
        previous = signal.signal(signal.SIGTERM, _on_term)
    try:
        yield
    except BaseException:
        REGISTRY.kill_all()
        raise
    finally:
        if in_main and previous is not None:
            signal.signal(signal.SIGTERM, previous)


def tail(data: bytes, limit: int = 2000) -> str:
    """The last `limit` characters of a stream, decoded leniently, for diagnosis."""
    text = data.decode("utf-8", errors="replace")
    return text[-limit:].strip()
