"""Reading a scanner's output, the same way in every adapter.

Output that cannot be trusted is refused (`OutputError`): empty, truncated, not
JSON, or not of the shape the adapter expects. Numbers in it are read leniently
(`as_int`, `location`): a bad line number must not lose a finding.
"""

from __future__ import annotations

import json
from typing import Any

from scangate.model import Location
from scangate.runner import ProcessResult


class OutputError(Exception):
    """The scanner's output cannot be trusted as a result (garbage, truncated, wrong shape)."""


def load_json(result: ProcessResult, what: str) -> Any:
    """Parse a scanner's JSON stdout, refusing empty, truncated or garbage output."""
    if result.stdout_truncated:
        raise OutputError(f"{what} output exceeded the size cap and was truncated")
    text = result.stdout.strip()
    if not text:
        cause = _last_line(result.stderr)
        raise OutputError(
            f"{what} printed no output ({result.describe_exit()})" + (f": {cause}" if cause else "")
        )
    try:
        return json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise OutputError(
            f"{what} output is not valid JSON ({result.describe_exit()}): {exc}"
        ) from None


def _last_line(stderr: bytes) -> str:
    """The last meaningful stderr line (a traceback's exception), for the report."""
    lines = [ln.strip() for ln in stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
    return lines[-1][:300] if lines else ""


def results_and_errors(result: ProcessResult, what: str) -> tuple[Any, list[Any], list[Any]]:
    """A JSON object with a `results` list and an `errors` list (none when absent), the
    shape of bandit's and semgrep's output; anything else is refused."""
    data = load_json(result, what)
    expect(isinstance(data, dict), f"{what} output is not a JSON object")
    results = data.get("results")
    errors = data.get("errors", [])
    expect(isinstance(results, list), f"{what} output has no 'results' list")
    expect(isinstance(errors, list), f"{what} output has a malformed 'errors' list")
    return data, results, errors


def expect(cond: bool, message: str) -> None:
    """Check the shape of a scanner's output."""
    if not cond:
        raise OutputError(message)


def as_int(value: object, default: int = 1) -> int:
    """A positive line or column number from the output, else `default` (never a bool)."""
    if isinstance(value, bool):
        return default
    if isinstance(value, int) and value > 0:
        return value
    return default


def location(
    path: str, start_line: object, end_line: object, start_col: object, end_col: object
) -> Location:
    """A span from a scanner's 1-based numbers, read leniently: a missing or bad line or
    start column is 1, the end is never before the start, an end column only when given."""
    line = as_int(start_line)
    return Location(
        path=path,
        start_line=line,
        end_line=max(as_int(end_line, line), line),
        start_column=as_int(start_col),
        end_column=as_int(end_col) if end_col else None,
    )
