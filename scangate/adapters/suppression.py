"""In-source suppression comments (`# nosec`, `# noqa`, `# nosemgrep`), read as the scanners do.

scangate runs the scanners with their own suppression off and applies it
itself, so that a suppressed finding is shown as such and never dropped
silently. Each adapter knows its comment's pattern and where it may stand;
these helpers find it and decide whether it names the finding's rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence


def comment_on(
    lines: Sequence[str], first: int, last: int, pattern: re.Pattern[str]
) -> re.Match[str] | None:
    """The first match of `pattern` in lines first..last (1-based, clipped to the file)."""
    for n in range(max(first, 1), min(last, len(lines)) + 1):
        m = pattern.search(lines[n - 1])
        if m:
            return m
    return None


def listed(ids: str | None, rule_id: str) -> bool:
    """A suppression comment without a list covers every rule; with one, those named."""
    if not ids:
        return True
    return any(rule_id == x or x.endswith("." + rule_id) for x in re.split(r"[\s,]+", ids) if x)


def suppression(match: re.Match[str] | None, rule_id: str) -> str | None:
    """The comment text of `match` when it suppresses `rule_id` (its group 1: the rule list)."""
    return match.group(0).strip() if match and listed(match.group(1), rule_id) else None
