"""`scangate merge`: every shard's SARIF, judged again as one scan."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Annotated

import typer

from scangate import pipeline
from scangate import shards as merge_mod
from scangate.commands.options import (
    BaselineOpt,
    ConfigOpt,
    ForbidOpt,
    Format,
    MinQuorumOpt,
    OutputOpt,
    floor,
)
from scangate.commands.output import emit, write_report
from scangate.decide.adoption import Gating
from scangate.errors import UsageError
from scangate.report.sarif import write as sarif
from scangate.report.sarif.read import load_baseline


def merge_cmd(
    files: Annotated[list[str], typer.Argument(help="SARIF files written by `run --shard`.")],
    output: OutputOpt = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Report on stdout.")] = Format.text,
    gate_flag: Annotated[
        bool, typer.Option("--gate", help="Exit with the merged verdict's code (0/1/3).")
    ] = False,
    config: ConfigOpt = None,
    baseline: BaselineOpt = None,
    forbid_weakening: ForbidOpt = False,
    min_quorum: MinQuorumOpt = None,
) -> None:
    """Merge shard SARIF into one log and re-apply the policy to the whole.

    Refuses (exit 3) anything but every shard of one run: a shard that did not
    upload must not let the files it held pass unchecked.
    """
    cwd = Path.cwd()
    cfg = pipeline.load_config(config, cwd)
    floor_ = floor(forbid_weakening, min_quorum)
    cfg, policy_rep = pipeline.policy_report(cfg, cwd, None, floor=floor_)
    gating = Gating(waivers=cfg.waivers, baseline=load_baseline(baseline) if baseline else None)
    result = dataclasses.replace(merge_mod.merge(files, cfg, gating), policy=policy_rep)
    emit(result, fmt, False, False)
    if output:
        problems = write_report(output, sarif.render(result))
        if problems:
            raise UsageError(problems[0])
    raise typer.Exit(result.decision.exit_code if gate_flag else 0)
