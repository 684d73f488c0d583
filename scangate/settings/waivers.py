"""Waivers: accepted findings, each with a reason and maybe an expiry date.

The config data and its parsing live here; matching findings against waivers is
`scangate.decide.adoption`'s.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
from dataclasses import dataclass

from scangate.errors import UsageError
from scangate.model import Finding


@dataclass(frozen=True)
class Waiver:
    """One accepted finding, or kind of finding, with its reason."""

    reason: str
    fingerprint: str | None = None
    rule: str | None = None
    path: str | None = None
    vuln: str | None = None
    expires: dt.date | None = None
    index: int = 0  # position in the config, for messages

    def describe(self) -> str:
        """`waiver #2 (rule=B608, path=legacy/*)`, for messages."""
        sel = [
            f"{k}={v}"
            for k, v in (
                ("fingerprint", self.fingerprint),
                ("rule", self.rule),
                ("path", self.path),
                ("vuln", self.vuln),
            )
            if v
        ]
        return f"waiver #{self.index + 1} ({', '.join(sel)})"

    def matches(self, f: Finding) -> bool:
        """Whether every selector of the waiver matches the finding."""
        if self.fingerprint and f.fingerprint != self.fingerprint:
            return False
        if self.rule and f.rule_id != self.rule:
            return False
        if self.path and not fnmatch.fnmatchcase(f.location.path, self.path):
            return False
        return not (self.vuln and self.vuln not in {f.vuln_id, *f.aliases})

    def expired(self, today: dt.date) -> bool:
        """Whether the waiver's date has passed."""
        return self.expires is not None and today > self.expires


WAIVER_KEYS = ("fingerprint", "rule", "path", "vuln", "reason", "expires")


def parse_waivers(raw: object, source: str, prefix: str) -> tuple[Waiver, ...]:
    """The `[[waivers]]` tables of a config, each checked (a reason is required)."""
    if not isinstance(raw, list):
        raise UsageError(f"{source}: {prefix}waivers: expected an array of tables ([[waivers]])")
    out = []
    for i, item in enumerate(raw):
        where = f"{source}: {prefix}waivers[{i}]"
        if not isinstance(item, dict):
            raise UsageError(f"{where}: expected a table")
        for k in item:
            if k not in WAIVER_KEYS:
                raise UsageError(
                    f"{where}: unknown key {k!r} (expected one of: {', '.join(WAIVER_KEYS)})"
                )
        reason = item.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            raise UsageError(f"{where}.reason: a waiver needs a reason (a non-empty string)")
        sels = {k: item.get(k) for k in ("fingerprint", "rule", "path", "vuln")}
        if not any(sels.values()):
            raise UsageError(f"{where}: give at least one of fingerprint, rule, path, vuln")
        for k, v in sels.items():
            if v is not None and (not isinstance(v, str) or not v):
                raise UsageError(f"{where}.{k}: expected a non-empty string, got {v!r}")
        expires = item.get("expires")
        if expires is not None:
            if isinstance(expires, dt.datetime):
                expires = expires.date()
            elif isinstance(expires, str):
                try:
                    expires = dt.date.fromisoformat(expires)
                except ValueError:
                    raise UsageError(
                        f"{where}.expires: expected a date (YYYY-MM-DD), got {expires!r}"
                    ) from None
            elif not isinstance(expires, dt.date):
                raise UsageError(f"{where}.expires: expected a date (YYYY-MM-DD), got {expires!r}")
        out.append(Waiver(reason.strip(), expires=expires, index=i, **sels))
    return tuple(out)
