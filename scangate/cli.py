"""The `scangate` command line (typer): thin functions over `scangate.gate`.

Exit codes: 0 PASS, 1 FAIL, 2 usage or configuration error (nothing scanned),
3 ERROR (the gate cannot vouch for the code). Bad input ends with one line on
stderr, never a traceback.
"""

from __future__ import annotations

import concurrent.futures as cf
import dataclasses
import math
import os
import sys
import threading
import time
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.live import Live
from rich.table import Table

from scangate import __version__, gate, sarif, trust
from scangate import config as config_mod
from scangate import merge as merge_mod
from scangate.adapters import registry
from scangate.adapters.interface import Adapter, ScanContext
from scangate.cache import installed_version
from scangate.errors import IncompleteMerge, UsageError
from scangate.model import EXIT_USAGE, ScannerRun, ScanResult
from scangate.osv import database as osv_database
from scangate.osv import fetch as osv_fetch
from scangate.report import github, json_report, markdown, text
from scangate.report.common import printable
from scangate.runner import run_process

app = typer.Typer(
    name="scangate",
    help="A multi-scanner security gate: semgrep, bandit and pip-audit in parallel, "
    "SARIF 2.1.0 out, a quorum verdict that never fails open.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Format(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"
    markdown = "markdown"
    github = "github"


# Options shared by several commands (one definition, one help text).
ConfigOpt = Annotated[
    Optional[str],  # noqa: UP045 (typer needs Optional on 3.10)
    typer.Option("--config", "-c", help="Config file (scangate.toml or pyproject.toml)."),
]
ScannersOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--scanners", "-s", help="Comma-separated scanners to run."),
]
OsvDbOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--osv-db", help="Audit dependencies offline from this OSV database."),
]
BaselineOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--baseline", help="Only findings not in this baseline SARIF can block."),
]


TrustOpt = Annotated[
    bool,
    typer.Option(
        "--trust-config",
        help="The scanned tree is yours: its config may name programs (scanners.*.command).",
    ),
]
ForbidOpt = Annotated[
    bool,
    typer.Option(
        "--forbid-weakening",
        help="A config that weakens the gate (against the defaults) is an error (exit 2); "
        "one weaker than at --policy-base is an ERROR (exit 3).",
    ),
]
MinQuorumOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--min-quorum", help="A quorum floor no config may go below, e.g. sast=1,deps=1."),
]
PolicyBaseOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--policy-base",
        help="Compare the config with the one at this git ref (default: --diff-base).",
    ),
]
OutOfScopeOpt = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option(
        "--out-of-scope", help="A category nobody needs to scan here (sast, deps); repeatable."
    ),
]


class _Progress:
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

    def __enter__(self) -> _Progress:
        if self.live is not None:
            self.live.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.live is not None:
            self.live.__exit__(None, None, None)


def _write(path: str, content: str, append: bool = False) -> list[str]:
    """Write a report file (creating its folder); a failure is returned, not raised."""
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a" if append else "w", encoding="utf-8") as fh:
            fh.write(content)
    except OSError as exc:
        return [f"cannot write {path}: {exc.strerror or exc}"]
    return []


@app.command()
def run(
    paths: Annotated[
        Optional[list[str]],  # noqa: UP045 (typer needs Optional on 3.10)
        typer.Argument(help="Files and folders to scan (default: config 'paths', else '.')."),
    ] = None,
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help="Report format on stdout.")
    ] = Format.text,
    output: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--output", "-o", help="Also write the SARIF report to this file."),
    ] = None,
    config: ConfigOpt = None,
    scanners: ScannersOpt = None,
    timeout: Annotated[
        Optional[float],  # noqa: UP045
        typer.Option("--timeout", help="Seconds per scanner process (default 300)."),
    ] = None,
    summary: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--summary", help="Append the markdown summary to this file."),
    ] = None,
    report_json: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--json-output", help="Also write the JSON report to this file."),
    ] = None,
    osv_db: OsvDbOpt = None,
    baseline: BaselineOpt = None,
    diff_base: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--diff-base", help="Only findings on lines changed since this git ref block."
        ),
    ] = None,
    shard: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--shard", help="Scan shard K of N (e.g. 2/4); merge with `scangate merge`."),
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Rescan every file; ignore the result cache.")
    ] = False,
    cache_dir: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--cache-dir", help="Result cache folder (default ~/.cache/scangate)."),
    ] = None,
    trust_config: TrustOpt = False,
    forbid_weakening: ForbidOpt = False,
    min_quorum: MinQuorumOpt = None,
    policy_base: PolicyBaseOpt = None,
    out_of_scope: OutOfScopeOpt = None,
    run_id: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--run-id", help="Ties the shards of one run (default: CI run, commit)."),
    ] = None,
    no_gitignore: Annotated[
        bool,
        typer.Option("--no-gitignore", help="Scan files git ignores too (found by walking)."),
    ] = False,
    category: Annotated[
        str,
        typer.Option(
            "--category",
            help="Part of every SARIF run's automationDetails.id: tells this job's alerts "
            "from another's in one repository.",
        ),
    ] = "",
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Only the verdict and its reasons.")
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Low findings and scanner stderr too.")
    ] = False,
) -> None:
    """Run the scanners on PATHS and decide PASS / FAIL / ERROR."""
    if timeout is not None and not (math.isfinite(timeout) and timeout > 0):
        raise UsageError("--timeout: expected a finite number of seconds > 0")
    names = [n.strip() for n in scanners.split(",") if n.strip()] if scanners else None
    if scanners is not None and not names:
        raise UsageError("--scanners: expected a comma-separated list of scanner names")
    floor = trust.Floor(
        forbid_weakening=forbid_weakening,
        min_quorum=trust.parse_min_quorum(min_quorum) if min_quorum else {},
    )
    scope = trust.parse_categories(out_of_scope or [], "--out-of-scope")
    cwd = Path.cwd()
    cfg = gate.load_config(config, cwd, paths or (), trust_config)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    with _Progress(err, live=err.is_terminal, quiet=quiet) as progress:
        result = gate.run(
            paths or [],
            cfg=cfg,
            scanners=names,
            timeout=timeout,
            progress=progress,
            cwd=cwd,
            osv_db=osv_db,
            use_cache=not no_cache,
            cache_dir=cache_dir,
            baseline=baseline,
            diff_base=diff_base,
            shard=_parse_shard(shard) if shard else None,
            floor=floor,
            policy_base=policy_base,
            out_of_scope=scope,
            shard_run_id=run_id,
            gitignore=not no_gitignore,
            category=_category(category),
        )
    # The report reaches stdout first: a file that cannot be written must not lose it.
    _emit(result, fmt, quiet, verbose)
    problems = []
    if output:
        problems += _write(output, sarif.render(result))
    if report_json:
        problems += _write(report_json, json_report.render(result))
    if summary:
        problems += _write(summary, markdown.render(result), append=True)
    if problems:
        raise UsageError(problems[0])
    raise typer.Exit(result.decision.exit_code)


def _category(text: str) -> str:
    cleaned = text.strip().strip("/")
    if cleaned and not all(c.isalnum() or c in "-_./" for c in cleaned):
        raise UsageError(f"--category: letters, digits, '-', '_', '.' and '/' only, got {text!r}")
    return cleaned


def _parse_shard(text: str) -> tuple[int, int]:
    try:
        k, n = (int(x) for x in text.split("/"))
    except ValueError:
        raise UsageError(f"--shard: expected K/N such as 2/4, got {text!r}") from None
    if not 1 <= k <= n:
        raise UsageError(f"--shard: expected 1 <= K <= N, got {text!r}")
    return k, n


@app.command("baseline")
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
    names = [n.strip() for n in scanners.split(",") if n.strip()] if scanners else None
    cfg = gate.load_config(config, Path.cwd(), paths or (), trust_config)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    with _Progress(err, live=err.is_terminal, quiet=False) as progress:
        result = gate.run(paths or [], cfg=cfg, scanners=names, progress=progress, osv_db=osv_db)
    problems = _write(output, sarif.render(result))
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


@app.command("merge")
def merge_cmd(
    files: Annotated[list[str], typer.Argument(help="SARIF files written by `run --shard`.")],
    output: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--output", "-o", help="Write the merged SARIF here."),
    ] = None,
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
    cfg = gate.load_config(config, cwd)
    cfg, policy_rep = gate.policy_report(cfg, cwd, None)
    floor = trust.Floor(
        forbid_weakening=forbid_weakening,
        min_quorum=trust.parse_min_quorum(min_quorum) if min_quorum else {},
    )
    cfg = trust.enforce(cfg, policy_rep.changes, floor)
    from scangate.gating import Gating, load_baseline

    gating = Gating(waivers=cfg.waivers, baseline=load_baseline(baseline) if baseline else None)
    result = dataclasses.replace(merge_mod.merge(files, cfg, gating), policy=policy_rep)
    _emit(result, fmt, False, False)
    if output:
        problems = _write(output, sarif.render(result))
        if problems:
            raise UsageError(problems[0])
    raise typer.Exit(result.decision.exit_code if gate_flag else 0)


def _emit(result: ScanResult, fmt: Format, quiet: bool, verbose: bool) -> None:
    if fmt == Format.sarif:
        sys.stdout.write(sarif.render(result))
    elif fmt == Format.json:
        sys.stdout.write(json_report.render(result))
    elif fmt == Format.markdown:
        sys.stdout.write(markdown.render(result))
    elif fmt == Format.github:
        sys.stdout.write(github.render(result))
    else:
        tty = sys.stdout.isatty()
        out = Console(highlight=False, width=None if tty else 160)
        text.render(result, out, verbose=verbose, quiet=quiet)
    sys.stdout.flush()


@app.command("scanners")
def scanners_cmd(
    config: ConfigOpt = None,
    trust_config: TrustOpt = False,
) -> None:
    """List the scanner adapters, their versions, and whether each is available."""
    cfg = gate.load_config(config, Path.cwd(), (), trust_config)
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
    if version is None:
        res = run_process(adapter.version_argv(ctx), timeout=60, env=adapter.version_env())
        if res.returncode == 0:
            version = adapter.parse_version(res.stdout.decode("utf-8", "replace"))
        shown = version or f"[red]unavailable ({res.describe_exit()})[/]"
    else:
        shown = version
    return (
        name,
        adapter.category.value,
        (settings.role or adapter.default_role).value,
        "yes" if settings.enabled else "no",
        shown,
        " ".join(command),
    )


db_app = typer.Typer(help="The local OSV database for offline dependency audits.")
app.add_typer(db_app, name="db")


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


def _version_callback(value: bool) -> None:
    if value:
        print(f"scangate {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version_callback, is_eager=True, help="Show version."),
    ] = False,
) -> None:
    """scangate: a security gate that never fails open."""


def hook_argv(args: list[str]) -> list[str]:
    """`scangate hook OPTIONS... FILES...` (as pre-commit calls it) -> `run OPTIONS -- FILES`.

    pre-commit appends the user's `args:` and then the file names to the hook's
    entry, with no `--` between them; a `--` in the entry would turn `args:` into
    file names. So the options are taken here: leading words that are exactly one
    of `run`'s options (a value-taking one takes the next word too; the `--opt=value`
    form is not accepted, so a file called `--config=x.py` stays a file), the rest
    are files. pre-commit only passes files the hook's `types`/`files` select
    (`*.py`, requirements and lock files), so no file name equals an option.
    """
    command = typer.main.get_command(app)
    run_cmd = command.commands["run"]  # type: ignore[attr-defined]
    takes_value: dict[str, bool] = {}
    for param in run_cmd.params:
        if param.param_type_name == "option":
            for name in (*param.opts, *param.secondary_opts):
                takes_value[name] = not param.is_flag
    i = 0
    options: list[str] = []
    while i < len(args):
        word = args[i]
        if word == "--":
            i += 1
            break
        if word not in takes_value:
            break
        options.append(word)
        if takes_value[word]:
            if i + 1 >= len(args):
                raise UsageError(f"hook: option {word} needs a value")
            options.append(args[i + 1])
            i += 1
        i += 1
    return ["run", *options, "--", *args[i:]]


def main() -> None:
    """Entry point: map every kind of failure to its exit code, never a traceback."""
    try:
        argv = sys.argv[1:]
        if argv[:1] == ["hook"]:
            argv = hook_argv(argv[1:])
        rv = app(args=argv, standalone_mode=False, prog_name="scangate")
    except UsageError as exc:
        _fail(str(exc), EXIT_USAGE)
    except IncompleteMerge as exc:
        _fail(str(exc), 3)
    except KeyboardInterrupt:
        _fail("interrupted; every scanner process was stopped", 130)
    except BrokenPipeError:
        sys.exit(EXIT_USAGE)
    except Exception as exc:
        # click's exceptions, matched by class name: typer >= 0.20 vendors its own click.
        kinds = {c.__name__ for c in type(exc).__mro__}
        if "NoArgsIsHelpError" in kinds:
            ctx = getattr(exc, "ctx", None)
            print(ctx.get_help() if ctx is not None else "", file=sys.stderr)
            sys.exit(EXIT_USAGE)
        if "UsageError" in kinds or "BadParameter" in kinds:
            fmt = getattr(exc, "format_message", None)
            _fail(str(fmt()) if callable(fmt) else str(exc), EXIT_USAGE)
        if "Exit" in kinds:
            sys.exit(int(getattr(exc, "exit_code", 0)))
        if "Abort" in kinds:
            _fail("interrupted; every scanner process was stopped", 130)
        if os.environ.get("SCANGATE_DEBUG"):
            raise
        # A bug in scangate itself: the gate cannot vouch for anything.
        _fail(f"internal error: {exc.__class__.__name__}: {exc}", 3)
    sys.exit(rv if isinstance(rv, int) else 0)


def _fail(message: str, code: int) -> None:
    first = message.strip().splitlines()[0] if message.strip() else "error"
    print(f"scangate: error: {first}", file=sys.stderr)
    sys.exit(code)
