"""`scangate run`: scan PATHS and decide PASS / FAIL / ERROR."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from scangate import pipeline
from scangate.commands import options as o
from scangate.commands.output import Progress, emit, write_files
from scangate.settings import trust


def run(
    paths: o.PathsArg = None,
    fmt: o.FormatOpt = o.Format.text,
    output: o.OutputOpt = None,
    config: o.ConfigOpt = None,
    scanners: o.ScannersOpt = None,
    timeout: o.TimeoutOpt = None,
    summary: o.SummaryOpt = None,
    report_json: o.JsonOutputOpt = None,
    osv_db: o.OsvDbOpt = None,
    baseline: o.BaselineOpt = None,
    diff_base: o.DiffBaseOpt = None,
    shard: o.ShardOpt = None,
    no_cache: o.NoCacheOpt = False,
    cache_dir: o.CacheDirOpt = None,
    trust_config: o.TrustOpt = False,
    forbid_weakening: o.ForbidOpt = False,
    min_quorum: o.MinQuorumOpt = None,
    no_suppressions: o.NoSuppressionsOpt = False,
    policy_base: o.PolicyBaseOpt = None,
    out_of_scope: o.OutOfScopeOpt = None,
    run_id: o.RunIdOpt = None,
    no_gitignore: o.NoGitignoreOpt = False,
    category: o.CategoryOpt = "",
    drill: o.DrillOpt = False,
    drill_fail: o.DrillFailOpt = None,
    expect_drill: o.ExpectDrillOpt = None,
    quiet: o.QuietOpt = False,
    verbose: o.VerboseOpt = False,
) -> None:
    """Run the scanners on PATHS and decide PASS / FAIL / ERROR."""
    request = pipeline.Request(
        paths=tuple(paths or ()),
        scanners=o.scanner_names(scanners),
        timeout=o.timeout_seconds(timeout),
        osv_db=osv_db,
        use_cache=not no_cache,
        cache_dir=cache_dir,
        baseline=baseline,
        diff_base=diff_base,
        shard=o.parse_shard(shard) if shard else None,
        run_id=run_id,
        floor=o.floor(forbid_weakening, min_quorum, no_suppressions),
        policy_base=policy_base,
        out_of_scope=trust.parse_categories(out_of_scope or [], "--out-of-scope"),
        gitignore=not no_gitignore,
        category=o.parse_category(category),
        drill=drill,
        drill_fail=drill_fail,
        expect_drill=expect_drill,
    )
    cwd = Path.cwd()
    cfg = pipeline.load_config(config, cwd, request.paths, trust_config)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    with Progress(err, live=err.is_terminal, quiet=quiet) as progress:
        result = pipeline.run(request, cfg, progress, cwd)
    # The report reaches stdout first: a file that cannot be written must not lose it.
    emit(result, fmt, quiet, verbose)
    write_files(result, sarif_file=output, json_file=report_json, summary_file=summary)
    raise typer.Exit(result.decision.exit_code)
