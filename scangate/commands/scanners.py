"""`scangate scanners`: the adapters, their versions, and whether each is available."""

from __future__ import annotations

import concurrent.futures as cf
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from scangate import pipeline
from scangate.adapters import registry
from scangate.adapters.interface import Adapter, ScanContext
from scangate.commands.options import ConfigOpt, TrustOpt
from scangate.scan.cache import installed_version
from scangate.settings import config as config_mod


def scanners_cmd(
    config: ConfigOpt = None,
    trust_config: TrustOpt = False,
) -> None:
    """List the scanner adapters, their versions, and whether each is available."""
    cfg = pipeline.load_config(config, Path.cwd(), (), trust_config)
    adapters = registry()
    rows = list(
        cf.ThreadPoolExecutor(max_workers=8).map(
            lambda item: _scanner_row(item[0], item[1](), cfg), adapters.items()
        )
    )
    table = Table()
    for col in ("scanner", "category", "role", "enabled", "version", "command"):
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*row)
    # Piped (CI logs, `| cat`), rich would cut the table to 80 columns.
    out = Console() if sys.stdout.isatty() else Console(width=200)
    out.print(table)
    raise typer.Exit(0)


def _scanner_row(name: str, adapter: Adapter, cfg: config_mod.Config) -> tuple[str, ...]:
    """One line of `scangate scanners`: a scanner installed next to scangate is read
    from its package metadata (semgrep's own --version takes seconds); any other
    command is asked for its version."""
    settings = cfg.settings(name)
    ctx = ScanContext(Path.cwd(), (), settings, Path.cwd())
    command = ctx.command(adapter.executable)
    version = installed_version(command, adapter.package)
    shown = version or ""
    if version is None:
        version, why = adapter.probe_version(ctx, timeout=60)
        shown = version or f"[red]unavailable ({why})[/]"
    return (
        name,
        adapter.category.value,
        (settings.role or adapter.default_role).value,
        "yes" if settings.enabled else "no",
        shown,
        " ".join(command),
    )
