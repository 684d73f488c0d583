"""A content-addressed result cache for per-file scanners (semgrep, bandit).

An entry holds what one scanner found in one file, keyed by:
  scangate's version · the scanner · its command line and the identity
  (path, size, mtime) of every file in it · the adapter's configuration digest
  (rule file contents, extra args) · the SHA-256 of the file's content.
So an unchanged file is not rescanned, and a changed rule, scanner install,
argument or scangate version misses. Only files the scanner really examined
are stored: a file it skipped or failed on is scanned again next time.

Entries are written to a temporary file and renamed, so concurrent runs never
see half an entry; an entry that does not parse is ignored and rewritten.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

import orjson

from scangate import __version__
from scangate.model import Category, Finding, Location, Rule, Severity

SCHEMA = 2


def default_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "scangate"


def file_digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def identity(argv: tuple[str, ...]) -> str:
    """The command line plus size and mtime of each file in it (a reinstall changes them)."""
    parts = []
    for arg in argv:
        parts.append(arg)
        with contextlib.suppress(OSError, ValueError):
            st = os.stat(arg)
            parts.append(f"{st.st_size}:{st.st_mtime_ns}")
    return "\0".join(parts)


def _finding_to_json(f: Finding) -> dict[str, Any]:
    d = asdict(f)
    d["severity"] = f.severity.name
    d["category"] = f.category.value
    for transient in ("fingerprint", "line_hash", "baseline_state", "waiver", "pre_existing"):
        del d[transient]  # recomputed every run
    return d


def _finding_from_json(d: dict[str, Any], path: str) -> Finding:
    loc = dict(d["location"], path=path)
    return Finding(
        **{
            **d,
            "severity": Severity[d["severity"]],
            "category": Category(d["category"]),
            "location": Location(**loc),
            "cwes": tuple(d["cwes"]),
            "aliases": tuple(d["aliases"]),
            "fix_versions": tuple(d["fix_versions"]),
            "corroborates": tuple(d["corroborates"]),
        }
    )


def _rule_to_json(r: Rule) -> dict[str, Any]:
    d = asdict(r)
    d["severity"] = r.severity.name
    return d


def _rule_from_json(d: dict[str, Any]) -> Rule:
    return Rule(
        **{
            **d,
            "severity": Severity[d["severity"]],
            "cwes": tuple(d["cwes"]),
            "tags": tuple(d["tags"]),
        }
    )


class ResultCache:
    """One scan's view of the cache folder."""

    def __init__(self, directory: Path) -> None:
        self.dir = directory
        # Each scanner of the scan looks its files up: a file is read and hashed
        # once per scan, and every scanner then sees the same content.
        self._digests: dict[Path, str | None] = {}
        self._made: set[Path] = set()  # entry folders known to exist

    def digest(self, path: Path) -> str | None:
        """The SHA-256 of a file's content (None when unreadable), once per scan."""
        if path not in self._digests:
            self._digests[path] = file_digest(path)
        return self._digests[path]

    def key(self, scanner_key: str, content: str) -> str:
        return hashlib.sha256(
            f"{SCHEMA}\0{__version__}\0{scanner_key}\0{content}".encode()
        ).hexdigest()

    def get_version(self, scanner_key: str) -> str | None:
        p = self.dir / "versions" / hashlib.sha256(scanner_key.encode()).hexdigest()
        try:
            return p.read_text(encoding="utf-8").strip() or None
        except (OSError, UnicodeDecodeError):
            return None

    def put_version(self, scanner_key: str, version: str) -> None:
        p = self.dir / "versions" / hashlib.sha256(scanner_key.encode()).hexdigest()
        with contextlib.suppress(OSError):
            p.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=".tmp-")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(version)
            os.replace(tmp, p)

    def _path(self, key: str) -> Path:
        return self.dir / "results" / key[:2] / f"{key}.json"

    def get(self, key: str, path: str) -> tuple[list[Finding], list[Rule]] | None:
        p = self._path(key)
        try:
            data = orjson.loads(p.read_bytes())
            if data.get("schema") != SCHEMA:
                return None
            findings = [_finding_from_json(d, path) for d in data["findings"]]
            rules = [_rule_from_json(d) for d in data["rules"]]
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            with contextlib.suppress(OSError):
                p.unlink()  # corrupt: drop it; the scan result will rewrite it
            return None
        return findings, rules

    def put(self, key: str, findings: list[Finding], rules: list[Rule]) -> None:
        p = self._path(key)
        data = orjson.dumps(
            {
                "schema": SCHEMA,
                "findings": [_finding_to_json(f) for f in findings],
                "rules": [_rule_to_json(r) for r in rules],
            }
        )
        try:
            if p.parent not in self._made:
                p.parent.mkdir(parents=True, exist_ok=True)
                self._made.add(p.parent)
            fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)  # one write: json.dump wrote it in hundreds of pieces
            os.replace(tmp, p)
        except OSError:
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(tmp)
