"""Options and argument parsing shared by several commands (one definition each)."""

from __future__ import annotations

import math
from enum import Enum
from typing import Annotated, Any, Optional

import typer

from scangate.errors import UsageError
from scangate.settings import trust
from scangate.settings.config import DEFAULT_TIMEOUT


class Format(str, Enum):
    """The report formats `--format` chooses from (rendered by commands.output.emit)."""

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
NoSuppressionsOpt = Annotated[
    bool,
    typer.Option(
        "--no-suppressions",
        help="In-source suppression comments (# nosec, # nosemgrep, # noqa) are shown but "
        "never stop a finding from blocking, whatever the config says.",
    ),
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


def _text(*names: str, help: str) -> Any:
    """An optional text option: Annotated[Optional[str], typer.Option(...)]."""
    return Annotated[Optional[str], typer.Option(*names, help=help)]  # noqa: UP045


def _flag(name: str, help: str) -> Any:
    return Annotated[bool, typer.Option(name, help=help)]


PathsArg = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Argument(help="Files and folders to scan (default: config 'paths', else '.')."),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Report format on stdout.")]
OutputOpt = _text("--output", "-o", help="Also write the SARIF report to this file.")
TimeoutOpt = Annotated[
    Optional[float],  # noqa: UP045
    typer.Option("--timeout", help=f"Seconds per scanner process (default {DEFAULT_TIMEOUT:g})."),
]
SummaryOpt = _text("--summary", help="Append the markdown summary to this file.")
JsonOutputOpt = _text("--json-output", help="Also write the JSON report to this file.")
DiffBaseOpt = _text("--diff-base", help="Only findings on lines changed since this git ref block.")
ShardOpt = _text("--shard", help="Scan shard K of N (e.g. 2/4); merge with `scangate merge`.")
NoCacheOpt = _flag("--no-cache", help="Rescan every file; ignore the result cache.")
CacheDirOpt = _text("--cache-dir", help="Result cache folder (default ~/.cache/scangate).")
RunIdOpt = _text("--run-id", help="Ties the shards of one run (default: CI run, commit).")
NoGitignoreOpt = _flag("--no-gitignore", help="Scan files git ignores too (found by walking).")
CategoryOpt = Annotated[
    str,
    typer.Option(
        "--category",
        help="Part of every SARIF run's automationDetails.id: tells this job's alerts "
        "from another's in one repository.",
    ),
]
DrillOpt = _flag(
    "--drill", help="Predict the verdict had each scanner failed (failover drill, in every report)."
)
DrillFailOpt = _text(
    "--drill-fail", help="Make this scanner fail for real in this run (a live failover drill)."
)
ExpectDrillOpt = _text(
    "--expect-drill",
    help="With --drill-fail: a --drill run's JSON report; a live verdict less strict than "
    "its prediction is an ERROR.",
)
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Only the verdict and its reasons.")]
VerboseOpt = Annotated[
    bool, typer.Option("--verbose", "-v", help="Low findings and scanner stderr too.")
]


def scanner_names(text: str | None) -> tuple[str, ...] | None:
    """--scanners a,b -> ("a", "b"); None when not given."""
    if text is None:
        return None
    names = tuple(n.strip() for n in text.split(",") if n.strip())
    if not names:
        raise UsageError("--scanners: expected a comma-separated list of scanner names")
    return names


def timeout_seconds(value: float | None) -> float | None:
    """--timeout: a finite number of seconds > 0 (nan or inf would disable it)."""
    if value is not None and not (math.isfinite(value) and value > 0):
        raise UsageError("--timeout: expected a finite number of seconds > 0")
    return value


def floor(
    forbid_weakening: bool, min_quorum: str | None, no_suppressions: bool = False
) -> trust.Floor:
    """The policy floor from --forbid-weakening, --min-quorum and --no-suppressions."""
    return trust.Floor(
        forbid_weakening=forbid_weakening,
        min_quorum=trust.parse_min_quorum(min_quorum) if min_quorum else {},
        no_suppressions=no_suppressions,
    )


def parse_category(text: str) -> str:
    """--category: a name safe inside automationDetails.id."""
    cleaned = text.strip().strip("/")
    if cleaned and not all(c.isalnum() or c in "-_./" for c in cleaned):
        raise UsageError(f"--category: letters, digits, '-', '_', '.' and '/' only, got {text!r}")
    return cleaned


def parse_shard(text: str) -> tuple[int, int]:
    """--shard K/N, with 1 <= K <= N."""
    try:
        k, n = (int(x) for x in text.split("/"))
    except ValueError:
        raise UsageError(f"--shard: expected K/N such as 2/4, got {text!r}") from None
    if not 1 <= k <= n:
        raise UsageError(f"--shard: expected 1 <= K <= N, got {text!r}")
    return k, n
