"""A content-addressed result cache for per-file scanners (semgrep, bandit).

An entry holds what one scanner found in one file, keyed by:
  scangate's version · the scanner · its command line and installed version ·
  the adapter's configuration digest (rule file contents, extra args) · the
  file's root-relative path · the SHA-256 of the file's content.
The path is part of the key because rules can be scoped by path (semgrep's
`paths: include/exclude`): the same content at another path may give another
result. An unchanged file is not rescanned; a changed rule, scanner, argument or
scangate version misses. Only files the scanner really examined are stored.

Entries are data that decide a verdict, so they are checked before use:
- each carries an HMAC-SHA256 tag over its key and body, made with a per-cache
  secret (`key` in the cache folder, created 0600 on first use, or
  `$SCANGATE_CACHE_KEY`, e.g. a CI secret): an entry edited or copied from
  elsewhere fails the tag and is a miss;
- its fields are checked for shape and type: a well-tagged entry of another
  shape is a miss too.
A miss is rescanned and its entry rewritten. Writes go to a temporary file and
are renamed, so concurrent runs never see half an entry.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
import sys
import tempfile
from dataclasses import asdict
from importlib import metadata
from pathlib import Path
from typing import Any

import orjson

from scangate import __version__
from scangate.model import Category, Finding, Location, Rule, Severity

SCHEMA = 3
KEY_ENV = "SCANGATE_CACHE_KEY"


def default_dir() -> Path:
    """$XDG_CACHE_HOME/scangate, else ~/.cache/scangate."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "scangate"


def file_digest(path: Path) -> str | None:
    """The SHA-256 of a file's content, or None when it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def installed_version(argv: tuple[str, ...], package: str | None) -> str | None:
    """The package version of a scanner installed next to scangate's interpreter."""
    if not (package and argv and os.path.dirname(argv[0]) == os.path.dirname(sys.executable)):
        return None
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def identity(argv: tuple[str, ...], package: str | None = None) -> str:
    """The command line plus what identifies the installed scanner.

    A scanner installed next to scangate's interpreter is identified by its package
    version (from its metadata), so a fresh install of the same version on a new CI
    runner hits the cache. Any other program in the command is identified by its
    content hash, size and mtime (a reinstall elsewhere may keep a script's text).
    """
    parts = list(argv)
    version = installed_version(argv, package)
    if version is not None:
        parts.append(f"{package}=={version}")
        argv = argv[1:]
    for arg in argv:
        with contextlib.suppress(OSError, ValueError):
            st = os.stat(arg)
            if os.path.isfile(arg) and st.st_size <= 4 * 1024 * 1024:
                parts.append(f"{st.st_size}:{st.st_mtime_ns}:{file_digest(Path(arg))}")
    return "\0".join(parts)


# --- entry (de)serialization, with strict checks on the way in -----------------------

_FINDING_STR = ("scanner", "rule_id", "message")
_FINDING_OPT = ("confidence", "package", "version", "vuln_id")
_FINDING_STRS = ("aliases", "fix_versions", "corroborates")
_FINDING_KEYS = frozenset(
    (*_FINDING_STR, *_FINDING_OPT, *_FINDING_STRS, "category", "severity", "location", "cwes")
)
_RULE_STR = ("id", "name", "short_description", "full_description", "help_text")
_RULE_OPT = ("help_uri", "score")
_RULE_KEYS = frozenset((*_RULE_STR, *_RULE_OPT, "cwes", "severity", "tags"))


# Recomputed every run, never cached.
_TRANSIENT = ("fingerprint", "line_hash", "baseline_state", "waiver", "pre_existing", "suppressed")


def _finding_to_json(f: Finding) -> dict[str, Any]:
    d = asdict(f)
    d["severity"] = f.severity.name
    d["category"] = f.category.value
    for key in _TRANSIENT:
        del d[key]
    return d


def _need(cond: bool, what: str) -> None:
    if not cond:
        raise ValueError(what)


def _str_list(v: object, what: str) -> tuple[str, ...]:
    _need(isinstance(v, list) and all(isinstance(x, str) for x in v), what)
    assert isinstance(v, list)  # noqa: S101 (for mypy)
    return tuple(v)


def _int_list(v: object, what: str) -> tuple[int, ...]:
    _need(isinstance(v, list) and all(type(x) is int for x in v), what)
    assert isinstance(v, list)  # noqa: S101
    return tuple(v)


def _line(v: object) -> int:
    _need(type(v) is int and v >= 1, "line")
    assert isinstance(v, int)  # noqa: S101
    return v


def _column(v: object) -> int | None:
    _need(v is None or (type(v) is int and v >= 1), "column")
    return v if isinstance(v, int) else None


def _record(
    d: object, keys: frozenset[str], texts: tuple[str, ...], optional: tuple[str, ...]
) -> dict[str, Any]:
    """A dict with exactly `keys`; `texts` strings, `optional` strings or null."""
    _need(isinstance(d, dict) and set(d) == keys, "keys")
    assert isinstance(d, dict)  # noqa: S101
    for k in texts:
        _need(isinstance(d[k], str), k)
    for k in optional:
        _need(d[k] is None or isinstance(d[k], str), k)
    return d


def _finding_from_json(raw: object, path: str) -> Finding:
    d = _record(raw, _FINDING_KEYS, _FINDING_STR, _FINDING_OPT)
    loc = d["location"]
    _need(
        isinstance(loc, dict)
        and set(loc) == {f.name for f in Location.__dataclass_fields__.values()},
        "location",
    )
    _need(loc["path"] == path, "location.path")
    start = _line(loc["start_line"])
    end = _line(loc["end_line"])
    _need(end >= start, "line span")
    return Finding(
        scanner=d["scanner"],
        category=Category(d["category"]),
        rule_id=d["rule_id"],
        message=d["message"],
        severity=Severity[d["severity"]],
        location=Location(
            path, start, end, _column(loc["start_column"]), _column(loc["end_column"])
        ),
        cwes=_int_list(d["cwes"], "cwes"),
        confidence=d["confidence"],
        package=d["package"],
        version=d["version"],
        vuln_id=d["vuln_id"],
        aliases=_str_list(d["aliases"], "aliases"),
        fix_versions=_str_list(d["fix_versions"], "fix_versions"),
        corroborates=_str_list(d["corroborates"], "corroborates"),
    )


def _rule_to_json(r: Rule) -> dict[str, Any]:
    d = asdict(r)
    d["severity"] = r.severity.name
    return d


def _rule_from_json(raw: object) -> Rule:
    d = _record(raw, _RULE_KEYS, _RULE_STR, _RULE_OPT)
    return Rule(
        id=d["id"],
        name=d["name"],
        short_description=d["short_description"],
        full_description=d["full_description"],
        help_text=d["help_text"],
        help_uri=d["help_uri"],
        cwes=_int_list(d["cwes"], "cwes"),
        severity=Severity[d["severity"]],
        tags=_str_list(d["tags"], "tags"),
        score=d["score"],
    )


class CacheKeyError(Exception):
    """The cache's secret cannot be read or made: the cache is not used."""


def secret(directory: Path) -> bytes:
    """The per-cache HMAC key: $SCANGATE_CACHE_KEY, else `key` in the cache folder."""
    env = os.environ.get(KEY_ENV)
    if env:
        return env.encode()
    path = directory / "key"
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        data = b""
    except OSError as exc:
        raise CacheKeyError(f"cannot read {path}: {exc.strerror}") from None
    if len(data) >= 32:
        return data
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".key-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(secrets.token_hex(32).encode())
        os.chmod(tmp, 0o600)
        if data:
            os.replace(tmp, path)  # a short (damaged) key: replace it
        else:
            with contextlib.suppress(FileExistsError):
                os.link(tmp, path)  # first writer wins; a concurrent run reads its key
            os.unlink(tmp)
        return path.read_bytes()
    except OSError as exc:
        raise CacheKeyError(f"cannot create {path}: {exc.strerror}") from None


class ResultCache:
    """One scan's view of the cache folder."""

    def __init__(self, directory: Path) -> None:
        self.dir = directory
        self._secret = secret(directory)
        # Each scanner of the scan looks its files up: a file is read and hashed
        # once per scan, and every scanner then sees the same content.
        self._digests: dict[Path, str | None] = {}
        self._made: set[Path] = set()  # entry folders known to exist
        self.rejected = 0  # entries that failed their tag or their shape this scan

    def digest(self, path: Path) -> str | None:
        """The SHA-256 of a file's content (None when unreadable), once per scan."""
        if path not in self._digests:
            self._digests[path] = file_digest(path)
        return self._digests[path]

    def key(self, scanner_key: str, rel: str, content: str) -> str:
        """The entry key of one file for one scanner (see the module docstring)."""
        return hashlib.sha256(
            f"{SCHEMA}\0{__version__}\0{scanner_key}\0{rel}\0{content}".encode()
        ).hexdigest()

    def _tag(self, key: str, body: bytes) -> bytes:
        return (
            hmac.new(self._secret, key.encode() + b"\0" + body, hashlib.sha256).hexdigest().encode()
        )

    def get_version(self, scanner_key: str) -> str | None:
        """The version recorded for a scanner, for a run that started no process."""
        p = self.dir / "versions" / hashlib.sha256(scanner_key.encode()).hexdigest()
        try:
            text = p.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            return None
        return text if text and len(text) < 100 and text.isprintable() else None

    def put_version(self, scanner_key: str, version: str) -> None:
        """Remember a scanner's version, for a later run that starts no process."""
        p = self.dir / "versions" / hashlib.sha256(scanner_key.encode()).hexdigest()
        self._write(p, version.encode())

    def _write(self, path: Path, data: bytes) -> None:
        """Write a file whole or not at all (a temporary file renamed): concurrent runs
        never see half an entry. A cache that cannot be written is only slower."""
        tmp = None
        try:
            if path.parent not in self._made:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._made.add(path.parent)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)  # one write: json.dump wrote it in hundreds of pieces
            os.replace(tmp, path)
        except OSError:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)

    def _path(self, key: str) -> Path:
        return self.dir / "results" / key[:2] / f"{key}.json"

    def get(self, key: str, path: str) -> tuple[list[Finding], list[Rule]] | None:
        """The entry for `key`, or None: missing, edited (bad tag) or of another shape."""
        p = self._path(key)
        try:
            raw = p.read_bytes()
        except FileNotFoundError:
            return None
        except OSError:
            return None
        try:
            tag, _, body = raw.partition(b"\n")
            _need(hmac.compare_digest(tag, self._tag(key, body)), "tag")
            data = orjson.loads(body)
            _need(isinstance(data, dict) and data.get("schema") == SCHEMA, "schema")
            _need(data.get("path") == path, "path")
            findings, rules = data.get("findings"), data.get("rules")
            _need(isinstance(findings, list) and isinstance(rules, list), "lists")
            out = (
                [_finding_from_json(d, path) for d in findings],
                [_rule_from_json(d) for d in rules],
            )
        except (ValueError, KeyError, TypeError):
            self.rejected += 1
            with contextlib.suppress(OSError):
                p.unlink()  # not ours, or damaged: drop it; this scan's result rewrites it
            return None
        return out

    def put(self, key: str, path: str, findings: list[Finding], rules: list[Rule]) -> None:
        """Store what a scanner found in one file it really examined."""
        p = self._path(key)
        body = orjson.dumps(
            {
                "schema": SCHEMA,
                "path": path,
                "findings": [_finding_to_json(f) for f in findings],
                "rules": [_rule_to_json(r) for r in rules],
            }
        )
        self._write(p, self._tag(key, body) + b"\n" + body)
