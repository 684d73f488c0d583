"""Adoption on an existing codebase: waivers, a baseline, and diff-aware gating.

Each decides whether a finding is *eligible* to block; none hides a finding.
A waived finding stays in every report (SARIF: a suppression with its
justification), a baseline finding is reported as `unchanged`, and a finding
outside the changed lines as pre-existing.

Baseline matching, in order:
1. the fingerprint (`partialFingerprints["scangate/v1"]`: scanner, rule, path,
   the flagged line's text with whitespace collapsed, occurrence counter), which
   survives lines moving and edits elsewhere in the file;
2. failing that, scanner + rule + path + the line's text without the occurrence
   counter, which survives a second identical line appearing above it.
A finding matching neither is `new`; a baseline result matched by nothing is
`absent` (fixed), and is listed as such in the SARIF.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import json
import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from scangate.errors import UsageError
from scangate.model import Finding

MAX_BASELINE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Waiver:
    reason: str
    fingerprint: str | None = None
    rule: str | None = None
    path: str | None = None
    vuln: str | None = None
    expires: dt.date | None = None
    index: int = 0  # position in the config, for messages

    def describe(self) -> str:
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
        if self.fingerprint and f.fingerprint != self.fingerprint:
            return False
        if self.rule and f.rule_id != self.rule:
            return False
        if self.path and not fnmatch.fnmatchcase(f.location.path, self.path):
            return False
        return not (self.vuln and self.vuln not in {f.vuln_id, *f.aliases})

    def expired(self, today: dt.date) -> bool:
        return self.expires is not None and today > self.expires


@dataclass(frozen=True)
class BaselineEntry:
    tool: str
    rule: str
    fingerprint: str
    loose: str  # tool, rule, path, line text hash without the occurrence counter
    result: dict[str, Any] = field(compare=False, hash=False)


@dataclass(frozen=True)
class Baseline:
    source: str
    entries: tuple[BaselineEntry, ...]


@dataclass(frozen=True)
class Gating:
    waivers: tuple[Waiver, ...] = ()
    baseline: Baseline | None = None
    changed: dict[str, set[int]] | None = None  # path -> changed line numbers
    today: dt.date = field(default_factory=dt.date.today)


@dataclass(frozen=True)
class GatingReport:
    findings: tuple[Finding, ...]
    warnings: tuple[str, ...]
    absent: tuple[BaselineEntry, ...]


def loose_key(tool: str, rule: str, path: str, line_hash: str) -> str:
    return "\0".join((tool, rule, path, line_hash))


def apply(findings: Sequence[Finding], gating: Gating) -> GatingReport:
    """Mark each finding waived / unchanged / pre-existing; say what was unused or expired."""
    warnings: list[str] = []
    used: set[int] = set()
    expired_hit: set[int] = set()
    by_fp: dict[tuple[str, str, str], BaselineEntry] = {}
    by_loose: dict[str, list[BaselineEntry]] = {}
    if gating.baseline:
        for entry in gating.baseline.entries:
            by_fp[(entry.tool, entry.rule, entry.fingerprint)] = entry
            by_loose.setdefault(entry.loose, []).append(entry)
    matched: set[int] = set()
    out: list[Finding] = []
    for f in findings:
        changes: dict[str, Any] = {}
        for i, w in enumerate(gating.waivers):
            if w.matches(f):
                if w.expired(gating.today):
                    expired_hit.add(i)
                    continue
                used.add(i)
                changes["waiver"] = w.reason
                break
        if gating.baseline is not None:
            e: BaselineEntry | None = by_fp.get((f.scanner, f.rule_id, f.fingerprint))
            if e is None or id(e) in matched:
                lk = loose_key(f.scanner, f.rule_id, f.location.path, f.line_hash)
                e = next((x for x in by_loose.get(lk, []) if id(x) not in matched), None)
            if e is not None:
                matched.add(id(e))
            changes["baseline_state"] = "unchanged" if e is not None else "new"
        if gating.changed is not None:
            lines = gating.changed.get(f.location.path, set())
            span = range(f.location.start_line, f.location.end_line + 1)
            changes["pre_existing"] = not any(n in lines for n in span)
        out.append(replace(f, **changes) if changes else f)
    for i, w in enumerate(gating.waivers):
        if w.expired(gating.today):
            hit = " and no longer covers a finding" if i in expired_hit else ""
            warnings.append(f"{w.describe()} expired on {w.expires}{hit}: {w.reason}")
        elif i not in used:
            warnings.append(f"{w.describe()} matched no finding (unused): {w.reason}")
    absent = tuple(
        e for e in (gating.baseline.entries if gating.baseline else ()) if id(e) not in matched
    )
    return GatingReport(tuple(out), tuple(warnings), absent)


# --- loading -----------------------------------------------------------------------------

WAIVER_KEYS = ("fingerprint", "rule", "path", "vuln", "reason", "expires")


def parse_waivers(raw: object, source: str, prefix: str) -> tuple[Waiver, ...]:
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


def load_baseline(path: str) -> Baseline:
    """Read a SARIF file written by `scangate baseline` (or `run --output`)."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError:
        raise UsageError(f"baseline not found: {path}") from None
    if size > MAX_BASELINE_BYTES:
        raise UsageError(f"baseline too large ({size} bytes): {path}")
    try:
        doc = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"baseline is not valid JSON: {path}: {exc}") from None
    except RecursionError:
        raise UsageError(f"baseline is not valid SARIF (nested too deeply): {path}") from None
    try:
        return _baseline(doc, path)
    except (TypeError, AttributeError, ValueError, KeyError, IndexError) as exc:
        # A baseline is input: any shape the checks below did not foresee is still bad input.
        raise UsageError(f"baseline is malformed: {path}: {exc.__class__.__name__}") from None


def _baseline(doc: Any, path: str) -> Baseline:
    if (
        not isinstance(doc, dict)
        or doc.get("version") != "2.1.0"
        or not isinstance(doc.get("runs"), list)
    ):
        raise UsageError(f"baseline is not a SARIF 2.1.0 log: {path}")
    entries = []
    props = doc.get("properties") or {}
    prefix = props.get("scangate/uriPrefix", "") if isinstance(props, dict) else ""
    prefix = prefix if isinstance(prefix, str) else ""
    for run in doc["runs"]:
        if not isinstance(run, dict):
            raise UsageError(f"baseline has a malformed run: {path}")
        tool = str(
            run.get("properties", {}).get("scangate/scanner")
            or run.get("tool", {}).get("driver", {}).get("name", "")
        )
        for res in run.get("results") or []:
            if not isinstance(res, dict):
                continue
            fp = (res.get("partialFingerprints") or {}).get("scangate/v1")
            props = res.get("properties") or {}
            if not isinstance(fp, str) or res.get("baselineState") == "absent":
                continue
            loose = loose_key(
                tool,
                str(res.get("ruleId", "")),
                _uri(res, prefix),
                str(props.get("scangate/lineHash", "")),
            )
            entries.append(BaselineEntry(tool, str(res.get("ruleId", "")), fp, loose, res))
    return Baseline(path, tuple(entries))


def _uri(res: dict[str, Any], prefix: str = "") -> str:
    """A result's root-relative path (its URI decoded, the repository prefix off)."""
    try:
        text = str(res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
    except (KeyError, IndexError, TypeError):
        return ""
    path = unquote(text)
    return path[len(prefix) :] if prefix and path.startswith(prefix) else path


_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")


def changed_lines(root: Path, base: str) -> dict[str, set[int]]:
    """Lines added or changed since `base` (a git ref), per root-relative path; new files whole."""
    if base.startswith("-"):
        raise UsageError(f"--diff-base: not a git ref: {base}")

    def git(*args: str) -> str:
        proc = subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, text=True, check=False
        )
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1]
            raise UsageError(f"--diff-base {base}: git failed: {last}")
        return proc.stdout

    git("rev-parse", "--show-toplevel")  # a clear error when root is not in a git work tree
    git("rev-parse", "--verify", "--quiet", f"{base}^{{commit}}")
    diff = git("diff", "--unified=0", "--no-color", "--no-ext-diff", "--relative", base, "--", ".")
    out: dict[str, set[int]] = {}
    current: str | None = None
    for line in diff.splitlines():
        if line.startswith("+++ "):
            name = line[4:]
            current = name[2:] if name.startswith("b/") else None
            continue
        m = _HUNK.match(line)
        if m and current is not None:
            start, count = int(m.group(1)), int(m.group(2) or "1")
            out.setdefault(current, set()).update(range(start, start + count))
    for name in git("ls-files", "--others", "--exclude-standard").splitlines():
        try:
            n = sum(1 for _ in (root / name).open(encoding="utf-8", errors="replace"))
        except OSError:
            continue
        out.setdefault(name, set()).update(range(1, n + 2))
    return out
