"""`scangate db`: the local OSV database for offline dependency audits."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from scangate.adapters.osv import database as osv_database
from scangate.adapters.osv import fetch as osv_fetch

db_app = typer.Typer(help="The local OSV database for offline dependency audits.")


@db_app.command("info")
def db_info(path: Annotated[str, typer.Argument(help="OSV folder or zip.")]) -> None:
    """Load a database and print its size, load time, and age."""
    start = time.perf_counter()
    db = osv_database.load(path)
    took = time.perf_counter() - start
    age = db.age_days()
    print(f"{path}: {db.records} records, {db.packages} packages, loaded in {took:.2f}s")
    if db.newest is not None and age is not None:
        print(f"newest record modified {db.newest:%Y-%m-%d} ({age:.1f} days ago)")
    raise typer.Exit(0)


@db_app.command("update")
def db_update(
    dest: Annotated[str, typer.Argument(help="Where to write the zip (e.g. osv-pypi.zip).")],
    url: Annotated[str, typer.Option(help="Where OSV publishes the PyPI database.")] = (
        osv_fetch.DEFAULT_URL
    ),
) -> None:
    """Download OSV's PyPI database (all.zip), check it, and replace DEST atomically."""
    records = osv_fetch.update(url, Path(dest))
    print(f"{dest}: {records} records from {url}")
    raise typer.Exit(0)
