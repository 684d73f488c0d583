"""The `scangate` command line (typer): thin functions over `scangate.pipeline`.

Exit codes: 0 PASS, 1 FAIL, 2 usage or configuration error (nothing scanned),
3 ERROR (the gate cannot vouch for the code). Bad input ends with one line on
stderr, never a traceback.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated, Any

import typer

from scangate import __version__
from scangate.commands import baseline, db, merge, run, scanners
from scangate.commands.hook import hook_argv
from scangate.errors import IncompleteMerge, UsageError
from scangate.model import EXIT_USAGE

app = typer.Typer(
    name="scangate",
    help="A multi-scanner security gate: semgrep, bandit and pip-audit in parallel, "
    "SARIF 2.1.0 out, a quorum verdict that never fails open.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


app.command("run")(run.run)
app.command("baseline")(baseline.baseline_cmd)
app.command("merge")(merge.merge_cmd)
app.command("scanners")(scanners.scanners_cmd)
app.add_typer(db.db_app, name="db")


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


def main() -> None:
    """Entry point: map every kind of failure to its exit code, never a traceback."""
    try:
        argv = sys.argv[1:]
        if argv[:1] == ["hook"]:
            command: Any = typer.main.get_command(app)
            argv = hook_argv(argv[1:], command.commands["run"].params)
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
