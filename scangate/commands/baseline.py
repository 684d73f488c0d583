"""`scangate baseline`: record today's findings, so that only new ones block."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from scangate import pipeline
from scangate.commands.options import ConfigOpt, OsvDbOpt, ScannersOpt, TrustOpt, scanner_names
from scangate.commands.output import Progress, write_report
from scangate.errors import UsageError
from scangate.report.sarif import write as sarif


def baseline_cmd(
    paths: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Argument(help="Files and folders to scan (as for `run`)."),
    ] = None,
    output: Annotated[
        str, typer.Option("--output", "-o", help="Where to write the baseline SARIF.")
    ] = "scangate-baseline.sarif",
    config: ConfigOpt = None,
    scanners: ScannersOpt = None,
    osv_db: OsvDbOpt = None,
    trust_config: TrustOpt = False,
) -> None:
    """Record today's findings; `run --baseline FILE` then blocks only new ones."""
    request = pipeline.Request(
        paths=tuple(paths or ()), scanners=scanner_names(scanners), osv_db=osv_db
    )
    cfg = pipeline.load_config(config, Path.cwd(), request.paths, trust_config)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    with Progress(err, live=err.is_terminal, quiet=False) as progress:
        result = pipeline.run(request, cfg, progress)
    problems = write_report(output, sarif.render(result))
    if problems:
        raise UsageError(problems[0])
    groups = len(result.decision.groups)
    print(f"baseline: {groups} finding group(s) recorded in {output}")
    unhealthy = [r.scanner for r in result.runs if r.status.not_ok]
    if unhealthy:
        # A baseline taken while a scanner was blind would hide its findings as "new" later.
        print(
            f"scangate: warning: scanners not ok while recording: {', '.join(unhealthy)}",
            file=sys.stderr,
        )
    raise typer.Exit(0)
