"""GitHub workflow-command annotations (`::error file=…::message`).

GitHub shows at most 10 error and 10 warning annotations per step (50 per
job), so only the most severe are emitted: blocking groups as errors, other
medium-or-worse groups as warnings, worst first, and a final line says how many
were left out (they are all in the summary and the SARIF).
"""

from __future__ import annotations

from scangate.model import Severity, Verdict
from scangate.result import Group, ScanResult

MAX_PER_LEVEL = 10


def escape_data(text: str) -> str:
    """A workflow command's message, escaped: a newline in it must not start a command."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value, escaped: also no `:` or `,` that end it."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _annotation(level: str, g: Group, prefix: str = "") -> str:
    p = g.primary
    loc = p.location
    # GitHub maps `file` relative to the repository root.
    props = [f"file={escape_property(prefix + loc.path)}", f"line={loc.start_line}"]
    if loc.end_line and loc.end_line != loc.start_line:
        props.append(f"endLine={loc.end_line}")
    if loc.start_column and loc.end_line == loc.start_line:
        props.append(f"col={loc.start_column}")
    rules = ", ".join(sorted({f.rule_id for f in g.findings}))
    title = f"{g.severity.label}: {rules} ({', '.join(g.scanners)})"
    props.append(f"title={escape_property(title[:200])}")
    message = p.message
    return f"::{level} {','.join(props)}::{escape_data(message)}"


def render(result: ScanResult) -> str:
    """The annotations, the ERROR reason first, then a summary line of what was left out."""
    d = result.decision
    out: list[str] = []
    errors_left = MAX_PER_LEVEL
    if d.verdict == Verdict.ERROR:
        # The reason the gate cannot vouch for the code is the most important line.
        reason = "; ".join(d.reasons[:3])
        out.append(f"::error title=scangate ERROR::{escape_data(reason)}")
        errors_left -= 1
    blocking = sorted((g for g in d.groups if g.blocking), key=lambda g: -g.severity)
    advisory = sorted(
        (g for g in d.groups if not g.blocking and g.severity >= Severity.MEDIUM),
        key=lambda g: -g.severity,
    )
    prefix = result.uri_prefix
    out += [_annotation("error", g, prefix) for g in blocking[: max(errors_left, 0)]]
    out += [_annotation("warning", g, prefix) for g in advisory[:MAX_PER_LEVEL]]
    left = max(len(blocking) - errors_left, 0) + max(len(advisory) - MAX_PER_LEVEL, 0)
    for w in d.warnings[:5]:
        out.append(f"::notice title=scangate::{escape_data(w)}")
    summary = f"scangate {d.verdict.value} (exit {d.exit_code}): {len(blocking)} blocking"
    if left:
        summary += f"; {left} more finding(s) not annotated (GitHub shows 10 per level)"
    out.append(summary)
    return "\n".join(out) + "\n"
