"""What commands print and write: live progress, report files, the formats on stdout."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from typing import NoReturn

from rich.console import Console
from rich.live import Live
from rich.table import Table

from scangate.commands.options import Format
from scangate.errors import UsageError
from scangate.model import ScannerRun
from scangate.report import github, json_report, markdown, text
from scangate.report.common import printable
from scangate.report.sarif import write as sarif
from scangate.result import ScanResult


class Progress:
    """Which scanner runs, finished or failed: a live table on a TTY, plain lines otherwise."""

    def __init__(self, console: Console, live: bool, quiet: bool) -> None:
        self.console = console
        self.quiet = quiet
        self.lock = threading.Lock()
        self.state: dict[str, tuple[str, float, ScannerRun | None]] = {}
        self.live: Live | None = None
        if live and not quiet:
            self.live = Live(self._table(), console=console, refresh_per_second=8, transient=True)

    def _table(self) -> Table:
        t = Table(show_header=False, box=None)
        now = time.monotonic()
        for name, (_event, since, run) in self.state.items():
            if run is None:
                t.add_row(name, "[cyan]running[/]", f"{now - since:.1f}s")
            else:
                style = text.STATUS_STYLE[run.status]
                t.add_row(
                    name,
                    f"[{style}]{run.status.value}[/]",
                    f"{run.duration:.1f}s, {len(run.findings)} finding(s)",
                )
        return t

    def __call__(self, scanner: str, event: str, run: ScannerRun | None) -> None:
        """One event of one scanner: started, or finished with its run."""
        with self.lock:
            self.state[scanner] = (event, time.monotonic(), run)
            if self.live is not None:
                self.live.update(self._table())
            elif not self.quiet:
                if run is None:
                    self.console.print(f"scangate: {scanner} started", highlight=False)
                else:
                    extra = f" — {printable(run.message)}" if run.message else ""
                    self.console.print(
                        f"scangate: {scanner} {run.status.value} in {run.duration:.1f}s, "
                        f"{len(run.findings)} finding(s){extra}",
                        highlight=False,
                        markup=False,
                    )

    def __enter__(self) -> Progress:
        if self.live is not None:
            self.live.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.live is not None:
            self.live.__exit__(None, None, None)


def write_report(path: str, content: str, append: bool = False) -> list[str]:
    """Write a report file (creating its folder); a failure is returned, not raised."""
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a" if append else "w", encoding="utf-8") as fh:
            fh.write(content)
    except OSError as exc:
        return [f"cannot write {path}: {exc.strerror or exc}"]
    return []


def emit(result: ScanResult, fmt: Format, quiet: bool, verbose: bool) -> None:
    """The report in the chosen format on stdout (a new Format without a branch here
    is a mypy error, through assert_never)."""
    if fmt is Format.text:
        tty = sys.stdout.isatty()
        out = Console(highlight=False, width=None if tty else 160)
        text.render(result, out, verbose=verbose, quiet=quiet)
    elif fmt is Format.json:
        sys.stdout.write(json_report.render(result))
    elif fmt is Format.sarif:
        sys.stdout.write(sarif.render(result))
    elif fmt is Format.markdown:
        sys.stdout.write(markdown.render(result))
    elif fmt is Format.github:
        sys.stdout.write(github.render(result))
    else:
        assert_never(fmt)
    sys.stdout.flush()


def assert_never(value: NoReturn) -> NoReturn:
    """typing.assert_never (Python 3.11) for 3.10: mypy flags a call it can reach."""
    raise AssertionError(f"unhandled: {value!r}")


def write_files(
    result: ScanResult,
    sarif_file: str | None = None,
    json_file: str | None = None,
    summary_file: str | None = None,
) -> None:
    """Write the report files asked for; the first that cannot be written is exit 2
    (after the others were tried: nothing computed is lost)."""
    problems = []
    if sarif_file:
        problems += write_report(sarif_file, sarif.render(result))
    if json_file:
        problems += write_report(json_file, json_report.render(result))
    if summary_file:
        problems += write_report(summary_file, markdown.render(result), append=True)
    if problems:
        raise UsageError(problems[0])
