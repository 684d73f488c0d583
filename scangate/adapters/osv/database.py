"""A local OSV database: a folder of OSV JSON records, or OSV's published PyPI zip.

Loaded and indexed once per run by canonical package name, so a query is a
dict lookup plus version comparisons. Matching follows the OSV schema:
ECOSYSTEM ranges with `introduced` / `fixed` / `last_affected` events, explicit
`versions` lists, and withdrawn records ignored. Versions are compared with
`packaging` (PEP 440); a version that does not parse matches only an explicit
`versions` entry.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from scangate.errors import UsageError

ECOSYSTEM = "PyPI"


@dataclass(frozen=True)
class Range:
    """One ECOSYSTEM range: [introduced, fixed) or [introduced, last_affected]."""

    introduced: Version | None  # None: from the beginning ("0")
    fixed: Version | None = None
    last_affected: Version | None = None

    def contains(self, v: Version) -> bool:
        """Whether `v` lies in the range (both bounds by PEP 440 ordering)."""
        if self.introduced is not None and v < self.introduced:
            return False
        if self.fixed is not None and v >= self.fixed:
            return False
        return not (self.last_affected is not None and v > self.last_affected)


@dataclass(frozen=True)
class Affected:
    """One `affected` entry of a record for one package: its ranges, listed versions, fixes."""

    ranges: tuple[Range, ...]
    versions: frozenset[str]
    fixed: tuple[str, ...]


@dataclass(frozen=True)
class Advisory:
    """A record parsed for matching: `record` is what the server answers with."""

    id: str
    record: dict[str, Any] = field(compare=False, repr=False)
    affected: tuple[Affected, ...] = ()

    def matches(self, version: str) -> bool:
        """Whether the record affects this version: listed explicitly, or in a range."""
        try:
            parsed: Version | None = Version(version)
        except InvalidVersion:
            parsed = None
        for aff in self.affected:
            if version in aff.versions:
                return True
            if parsed is not None and any(r.contains(parsed) for r in aff.ranges):
                return True
        return False


def _version(text: object) -> Version | None:
    if not isinstance(text, str) or text in ("", "0"):
        return None
    try:
        return Version(text)
    except InvalidVersion:
        return None


def _ranges(events: list[Any]) -> list[Range]:
    """Turn an ordered event list into ranges (several introduced/fixed pairs may follow)."""
    out: list[Range] = []
    start: Version | None = None
    open_range = False
    for ev in events:
        if not isinstance(ev, dict):
            continue
        if "introduced" in ev:
            start, open_range = _version(ev["introduced"]), True
        elif "fixed" in ev and open_range:
            out.append(Range(start, fixed=_version(ev["fixed"])))
            open_range = False
        elif "last_affected" in ev and open_range:
            out.append(Range(start, last_affected=_version(ev["last_affected"])))
            open_range = False
    if open_range:
        out.append(Range(start))
    return out


class OsvDatabase:
    """Records indexed by canonical PyPI package name."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._raw: dict[str, list[dict[str, Any]]] = {}
        self._parsed: dict[str, list[Advisory]] = {}
        self.by_id: dict[str, dict[str, Any]] = {}
        self.records = 0
        self._newest_raw: str | None = None

    @property
    def newest(self) -> dt.datetime | None:
        """The latest `modified` time of any record (RFC 3339 strings sort by time)."""
        return _timestamp(self._newest_raw)

    def add(self, record: Any) -> None:
        """Index a record by package name; ranges are parsed on first query (lazily)."""
        if not isinstance(record, dict) or not isinstance(record.get("id"), str):
            return
        self.records += 1
        modified = record.get("modified")
        if isinstance(modified, str) and (self._newest_raw is None or modified > self._newest_raw):
            self._newest_raw = modified
        for key in (record["id"], *[a for a in record.get("aliases") or [] if isinstance(a, str)]):
            self.by_id.setdefault(key, record)
        if record.get("withdrawn"):
            return
        names: set[str] = set()
        for aff in record.get("affected") or []:
            if isinstance(aff, dict):
                pkg = aff.get("package")
                if isinstance(pkg, dict) and pkg.get("ecosystem") == ECOSYSTEM:
                    names.add(canonicalize_name(str(pkg.get("name", ""))))
        for name in names:
            self._raw.setdefault(name, []).append(record)

    @property
    def packages(self) -> int:
        """How many PyPI packages have records (said by `scangate db`)."""
        return len(self._raw)

    def _advisories(self, name: str) -> list[Advisory]:
        cached = self._parsed.get(name)
        if cached is not None:
            return cached
        out: list[Advisory] = []
        for record in self._raw.get(name, []):
            affs: list[Affected] = []
            for aff in record.get("affected") or []:
                if not isinstance(aff, dict) or not isinstance(aff.get("package"), dict):
                    continue
                pkg = aff["package"]
                if pkg.get("ecosystem") != ECOSYSTEM:
                    continue
                if canonicalize_name(str(pkg.get("name", ""))) != name:
                    continue
                ranges: list[Range] = []
                fixed: list[str] = []
                for rng in aff.get("ranges") or []:
                    if isinstance(rng, dict) and rng.get("type") == "ECOSYSTEM":
                        events = rng.get("events") or []
                        ranges += _ranges(events)
                        fixed += [
                            str(e["fixed"]) for e in events if isinstance(e, dict) and "fixed" in e
                        ]
                versions = frozenset(str(v) for v in aff.get("versions") or [])
                affs.append(Affected(tuple(ranges), versions, tuple(fixed)))
            out.append(Advisory(record["id"], _canonical_names(record), tuple(affs)))
        self._parsed[name] = out
        return out

    def query(self, name: str, version: str) -> list[dict[str, Any]]:
        """OSV records affecting this package version (withdrawn ones excluded)."""
        return [
            adv.record for adv in self._advisories(canonicalize_name(name)) if adv.matches(version)
        ]

    def lookup(self, vuln_id: str) -> dict[str, Any] | None:
        """The record of a vulnerability id or alias (its CVSS vector gives the severity)."""
        return self.by_id.get(vuln_id)

    def age_days(self, now: dt.datetime | None = None) -> float | None:
        """Days since the newest record changed: how stale the database is; None if unknown."""
        if self.newest is None:
            return None
        now = now or dt.datetime.now(dt.timezone.utc)
        return (now - self.newest).total_seconds() / 86400


def _canonical_names(record: dict[str, Any]) -> dict[str, Any]:
    """The record with PyPI package names canonicalized.

    GHSA records name projects as published ("Jinja2", "PyYAML"); pip-audit
    compares them with the canonical name and then silently drops the fixed
    versions of such records. Serving canonical names keeps the fix advice.
    """
    out = dict(record)
    affected = []
    for aff in record.get("affected") or []:
        if isinstance(aff, dict) and isinstance(aff.get("package"), dict):
            pkg = dict(aff["package"])
            if pkg.get("ecosystem") == ECOSYSTEM and isinstance(pkg.get("name"), str):
                pkg["name"] = canonicalize_name(pkg["name"])
            aff = {**aff, "package": pkg}
        affected.append(aff)
    out["affected"] = affected
    return out


def _timestamp(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        ts = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return ts if ts.tzinfo else ts.replace(tzinfo=dt.timezone.utc)


def _iter_json_folder(root: Path) -> Iterator[tuple[str, bytes]]:
    for dirpath, _, files in os.walk(root):
        for name in sorted(files):
            if name.endswith(".json"):
                path = Path(dirpath) / name
                yield str(path), path.read_bytes()


def _iter_zip(path: Path) -> Iterator[tuple[str, bytes]]:
    # Reading the whole file first avoids a seek per member (20,000 of them).
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as zf:
        for info in zf.infolist():
            if info.filename.endswith(".json") and not info.is_dir():
                yield f"{path}!{info.filename}", zf.read(info)


def load(path: str | os.PathLike[str]) -> OsvDatabase:
    """Load a folder of OSV JSON files or an OSV zip; bad input is a UsageError."""
    p = Path(path)
    if not p.exists():
        raise UsageError(f"OSV database not found: {path}")
    db = OsvDatabase(str(p))
    items: Iterable[tuple[str, bytes]]
    try:
        if p.is_dir():
            items = _iter_json_folder(p)
        elif zipfile.is_zipfile(p):
            items = _iter_zip(p)
        else:
            raise UsageError(f"OSV database must be a folder of JSON files or a zip: {path}")
        for where, blob in items:
            try:
                db.add(json.loads(blob))
            except (json.JSONDecodeError, UnicodeDecodeError):
                raise UsageError(f"OSV database: not a JSON record: {where}") from None
    except (OSError, zipfile.BadZipFile) as exc:
        raise UsageError(f"OSV database unreadable: {path}: {exc}") from None
    if db.records == 0:
        raise UsageError(f"OSV database has no records: {path}")
    return db
