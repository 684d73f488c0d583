"""What every report says the same way: the policy line, links not followed, safe text."""

from __future__ import annotations

import re
from typing import Any

from scangate.result import NotFollowed, PolicyChange, PolicyReport

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Text with control characters escaped (`\\n`, `\\x1b`).

    File names and scanner messages come from the scanned tree: a name holding a
    newline or a terminal escape must not print a line of its own (a forged
    "PASS (exit 0)" in the CI log) or recolour the terminal.
    """
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


def _change(c: PolicyChange) -> str:
    def short(v: str) -> str:
        return v if len(v) <= 60 else v[:57] + "..."

    mark = " (weakens)" if c.weakens else ""
    if c.reference == "unset":
        return f"{c.key} = {short(c.value)}{mark}"
    return f"{c.key} {short(c.reference)} -> {short(c.value)}{mark}"


def policy_line(p: PolicyReport) -> str:
    """One line: where the policy came from and how it differs from the defaults and base."""
    where = "the defaults" if p.source is None else p.source
    if p.source is not None and not p.trusted:
        where += " (from the scanned tree: cannot name programs)"
    parts = [f"policy: {where}"]
    if p.changes:
        weak = len(p.weakened)
        head = f"{len(p.changes)} change(s) from the defaults"
        if weak:
            head += f", {weak} weakening the gate"
        parts.append(head + ": " + "; ".join(_change(c) for c in p.changes))
    elif p.source is not None:
        parts.append("same as the defaults")
    if p.base:
        if p.base_note:
            parts.append(f"not compared with {p.base}: {p.base_note}")
        elif p.weakened_vs_base:
            parts.append(
                f"WEAKER than at {p.base}: " + "; ".join(_change(c) for c in p.weakened_vs_base)
            )
        elif p.base_changes:
            parts.append(f"changed since {p.base}, not weaker")
        else:
            parts.append(f"unchanged since {p.base}")
    if p.out_of_scope:
        parts.append("out of scope: " + ", ".join(p.out_of_scope))
    if not p.suppressions_honoured:
        parts.append("suppression comments in the code are not honoured")
    return printable(" — ".join(parts))


def policy_data(p: PolicyReport) -> dict[str, Any]:
    """The policy report as JSON data (JSON report, SARIF properties)."""

    def changes(cs: tuple[PolicyChange, ...]) -> list[dict[str, Any]]:
        return [
            {"key": c.key, "reference": c.reference, "value": c.value, "weakens": c.weakens}
            for c in cs
        ]

    return {
        "source": p.source,
        "trusted": p.trusted,
        "summary": policy_line(p),
        "weakened": bool(p.weakened),
        "changes": changes(p.changes),
        "base": p.base,
        "base_note": p.base_note or None,
        "weakened_vs_base": bool(p.weakened_vs_base),
        "base_changes": changes(p.base_changes),
        "out_of_scope": list(p.out_of_scope),
        "suppressions_honoured": p.suppressions_honoured,
    }


def ignored_line(count: int) -> str | None:
    """`3 file(s) git ignores were not scanned (--no-gitignore scans them)`."""
    if not count:
        return None
    return f"{count} file(s) that git ignores were not scanned (--no-gitignore scans them)"


def links_line(links: tuple[NotFollowed, ...], limit: int = 5) -> str | None:
    """`2 symbolic link(s) not followed: a.py (symlink leaves ...); ...`."""
    if not links:
        return None
    shown = "; ".join(f"{n.path} ({n.reason})" for n in links[:limit])
    more = f"; … and {len(links) - limit} more" if len(links) > limit else ""
    return printable(f"{len(links)} symbolic link(s) not followed: {shown}{more}")
