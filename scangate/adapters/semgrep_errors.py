"""What semgrep examined, from its own evidence: `paths.scanned`, its error entries and skips.

semgrep exits 0 with errors that cost a file some or all of its checks: a rule
that timed out or ran out of memory on it, a part that would not parse, a skip.
Each such file is a miss of its own, for the checks that did not run where that
is known. A run that failed as a whole vouches for no file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from scangate.adapters.interface import Invocation, ScanContext
from scangate.adapters.outcome import coverage
from scangate.adapters.semgrep_rules import RuleIds
from scangate.model import Miss
from scangate.runner import ProcessResult

# After this many rules time out on one file semgrep skips the rest of its rules on
# that file, without an error entry for them: the whole file is then unexamined.
DEFAULT_TIMEOUT_THRESHOLD = 3
# Error types that say one rule did not finish on one file.
RULE_GAVE_UP = ("Timeout", "OutOfMemory")


def threshold(argv: tuple[str, ...]) -> int:
    """semgrep's `--timeout-threshold` in this command line (the last one wins)."""
    value = DEFAULT_TIMEOUT_THRESHOLD
    for i, arg in enumerate(argv[:-1]):
        if arg == "--timeout-threshold" and argv[i + 1].isdigit():
            value = int(argv[i + 1])
        elif arg.startswith("--timeout-threshold=") and arg.split("=", 1)[1].isdigit():
            value = int(arg.split("=", 1)[1])
    return value


def _kind(err: dict[str, Any]) -> str:
    """An error's type: a string, or the head of a list (`["PartialParsing", spans]`)."""
    t = err.get("type")
    if isinstance(t, list) and t:
        t = t[0]
    return str(t) if t is not None else "error"


@dataclass(frozen=True)
class _Errors:
    """semgrep's error entries, sorted by what they mean for coverage."""

    problems: dict[str, Miss] = field(default_factory=dict)
    """A target's own miss: a part that would not parse, an error about it, a skip."""
    gave_up: dict[str, list[str]] = field(default_factory=dict)
    """The rules that timed out or ran out of memory on a target."""
    fatal: list[str] = field(default_factory=list)
    """Errors that name no file: semgrep as a whole may have failed."""
    notes: list[str] = field(default_factory=list)
    """Warnings that name no file."""


def read_coverage(
    ctx: ScanContext,
    inv: Invocation,
    result: ProcessResult,
    data: dict[str, Any],
    ids: RuleIds,
    by_rule: Mapping[str, tuple[int, ...]],
) -> tuple[tuple[str, ...], tuple[Miss, ...], tuple[str, ...]]:
    """The invocation's examined and missed targets, and the notes its errors leave.

    `data` is semgrep's JSON output, its `errors` a list and `paths.scanned` a list;
    `by_rule` the CWEs of each rule, for what a file missed when rules gave up on it.
    """
    wanted = set(inv.targets)
    errors = _sort_errors(ctx, wanted, data.get("errors", []), ids)
    _rules_gave_up(errors, threshold(inv.argv), by_rule)
    _skipped(ctx, wanted, data["paths"], errors)
    if result.returncode not in (0, 1) and (errors.fatal or not errors.problems):
        # semgrep as a whole failed: nothing it lists as scanned can be trusted.
        first = errors.fatal[0] if errors.fatal else "no detail"
        why = f"semgrep failed ({result.describe_exit()}): {first}"
        missed = tuple(errors.problems.get(t) or Miss(t, why) for t in inv.targets)
        return (), missed, tuple(errors.notes)
    scanned = {ctx.rel(p) for p in data["paths"]["scanned"] if isinstance(p, str)}
    unseen = "semgrep did not scan it (ignored or skipped)"
    examined, missed = coverage(inv.targets, scanned, errors.problems, unseen)
    return examined, missed, (*errors.notes, *(f"semgrep: {m}" for m in errors.fatal))


def _sort_errors(ctx: ScanContext, wanted: set[str], errors: list[Any], ids: RuleIds) -> _Errors:
    """Each error entry as a target's miss, a rule that gave up, a fatal error or a note."""
    out = _Errors()
    for err in errors:
        if not isinstance(err, dict):
            continue
        msg = (ids.clean(str(err.get("message") or _kind(err))).splitlines() or [""])[0][:300]
        path = err.get("path")
        rel = ctx.rel(path) if isinstance(path, str) else None
        kind = _kind(err)
        error_level = str(err.get("level", "error")).lower() != "warn"
        if rel in wanted:
            rule = ids.strip(err.get("rule_id"))
            if kind in RULE_GAVE_UP and rule:
                out.gave_up.setdefault(rel, []).append(rule)
            else:
                # Any other entry naming the file (a parse error, "Out of memory" with no
                # rule, a kind semgrep adds later) is evidence it was not fully examined.
                what = "could only partly parse it" if kind == "PartialParsing" else msg
                out.problems.setdefault(
                    rel, Miss(rel, f"semgrep: {what}", (), partial=not error_level)
                )
        elif rel is None and error_level:
            out.fatal.append(msg)
        elif rel is None:
            out.notes.append(f"semgrep: {msg}")
    return out


def _rules_gave_up(errors: _Errors, limit: int, by_rule: Mapping[str, tuple[int, ...]]) -> None:
    """A target on which rules gave up: wholly missed once `limit` of them did (semgrep
    then skips the rest), else missed in part, for the CWEs of those rules when known."""
    for rel, ids in errors.gave_up.items():
        if rel in errors.problems:
            continue
        if limit and len(ids) >= limit:
            why = f"{len(ids)} rules timed out on it ({', '.join(ids)}), so it skipped the rest"
            errors.problems[rel] = Miss(rel, f"semgrep: {why}", ())
        else:
            lost = tuple(sorted({c for i in ids for c in by_rule.get(i, ())}))
            known = all(i in by_rule for i in ids)
            errors.problems[rel] = Miss(
                rel,
                f"semgrep rule(s) {', '.join(ids)} did not finish on it",
                lost if known else (),
                partial=True,
            )


def _skipped(ctx: ScanContext, wanted: set[str], paths: dict[str, Any], errors: _Errors) -> None:
    """Targets semgrep lists as skipped are missed, for the reason it gives."""
    for skipped in paths.get("skipped", []) or []:
        if isinstance(skipped, dict):
            rel = ctx.rel(str(skipped.get("path", "")))
            if rel in wanted:
                errors.problems.setdefault(
                    rel, Miss(rel, f"skipped by semgrep: {skipped.get('reason')}", ())
                )
