"""Configuration: `[tool.scangate]` in pyproject.toml, or scangate.toml, or --config.

Parsed into frozen dataclasses and validated strictly: an unknown key is an
error (a typo such as `fail_on_degradd` must not silently weaken the gate), and
every message names the file, the key and what was expected.
"""

from __future__ import annotations

import itertools
import math
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from scangate.errors import UsageError
from scangate.model import Category, Role, Severity
from scangate.settings.waivers import Waiver, parse_waivers

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DEFAULT_TIMEOUT = 300.0
DEFAULT_OUTPUT_CAP = 64 * 1024 * 1024  # bytes of stdout kept per scanner process
DEFAULT_EXCLUDE = (
    ".git",
    ".hg",
    ".svn",
    ".venv",
    "venv",
    ".tox",
    ".nox",
    "node_modules",
    "__pycache__",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    "site-packages",
)
DEFAULT_DB_MAX_AGE_DAYS = 7.0
DEFAULT_QUORUM = {Category.SAST: 1, Category.DEPS: 1}
DEFAULT_VOTES = {
    Severity.CRITICAL: 1,
    Severity.HIGH: 1,
    Severity.MEDIUM: 2,
    Severity.LOW: 0,
    Severity.INFO: 0,
}


@dataclass(frozen=True)
class ScannerSettings:
    """Per-scanner configuration after validation (`[tool.scangate.scanners.<name>]`)."""

    enabled: bool = True
    role: Role | None = None  # None: the adapter's default role
    command: tuple[str, ...] | None = None  # None: the adapter's executable on PATH
    args: tuple[str, ...] = ()
    timeout: float = DEFAULT_TIMEOUT
    retries: int | None = None  # None: the adapter's default
    output_cap: int = DEFAULT_OUTPUT_CAP  # bytes of stdout kept; more is "truncated"
    options: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """The scanner's own keys (semgrep `rules`, pip-audit `services`), as its adapter
    declares them (`Adapter.options`); each a list of strings, paths already resolved
    against the config file's folder. The adapter checks what they mean."""


@dataclass(frozen=True)
class Config:
    source: str | None = None  # the file it came from, for messages
    paths: tuple[str, ...] = (".",)
    exclude: tuple[str, ...] = ()
    timeout: float = DEFAULT_TIMEOUT
    fail_on_degraded: bool = False
    max_output_bytes: int = DEFAULT_OUTPUT_CAP
    osv_db: str | None = None  # a local OSV database (folder or zip), absolute
    osv_db_max_age_days: float = DEFAULT_DB_MAX_AGE_DAYS
    cache_dir: str | None = None  # None: $XDG_CACHE_HOME/scangate
    waivers: tuple[Waiver, ...] = ()
    quorum: dict[Category, int] = field(default_factory=lambda: dict(DEFAULT_QUORUM))
    votes: dict[Severity, int] = field(default_factory=lambda: dict(DEFAULT_VOTES))
    scanners: dict[str, ScannerSettings] = field(default_factory=dict)
    out_of_scope: tuple[Category, ...] = ()  # categories nobody needs to scan
    explicit: frozenset[str] = frozenset()  # the dotted keys the file set
    trusted: bool = True  # may name programs: not from the scanned tree, or --trust-config

    def settings(self, name: str) -> ScannerSettings:
        return self.scanners.get(
            name, ScannerSettings(timeout=self.timeout, output_cap=self.max_output_bytes)
        )


TOP_KEYS = (
    "paths",
    "exclude",
    "timeout",
    "fail_on_degraded",
    "max_output_bytes",
    "osv_db",
    "osv_db_max_age_days",
    "cache_dir",
    "waivers",
    "quorum",
    "votes",
    "scanners",
    "out_of_scope",
)
SCANNER_KEYS = ("enabled", "role", "command", "args", "timeout", "retries")
# The kinds of a scanner's own keys (Adapter.options): a list of strings, or of paths
# (resolved against the config file's folder).
OptionKinds = Mapping[str, Literal["strings", "paths"]]
# Keys that choose what runs, or where trusted results come from: a scanner's
# command and its extra arguments (pip-audit `--fix` installs packages), and the
# result cache (entries there are taken as scan results). Only a trusted config
# may set them; see README "Who controls the policy".
PROGRAM_KEYS = ("command", "args")
TRUSTED_TOP_KEYS = ("cache_dir",)


class _Reader:
    def __init__(self, source: str, prefix: str, trusted: bool = True) -> None:
        self.source = source
        self.prefix = prefix
        self.trusted = trusted
        self.explicit: set[str] = set()

    def privileged(self, key: str) -> None:
        """Refuse a key that names programs or trusted data in a config from the scanned tree."""
        if not self.trusted:
            raise UsageError(
                f"{self.source}: {self.prefix}{key}: a config inside the scanned tree cannot "
                "name programs or a result cache (the code under review would choose what "
                "reviews it); give a config from outside the tree with --config, or pass "
                "--trust-config if this tree is yours"
            )

    def fail(self, key: str, expected: str, got: object) -> UsageError:
        shown = repr(got)
        if len(shown) > 60:
            shown = shown[:57] + "..."
        return UsageError(f"{self.source}: {self.prefix}{key}: expected {expected}, got {shown}")

    def table(self, data: object, key: str, allowed: tuple[str, ...]) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(key, "a table", data)
        for k in data:
            if k not in allowed:
                where = f"{self.prefix}{key}" if key else self.prefix.rstrip(".")
                raise UsageError(
                    f"{self.source}: [{where}] unknown key {k!r} "
                    f"(expected one of: {', '.join(allowed)})"
                )
        return data

    def str_list(self, data: object, key: str) -> tuple[str, ...]:
        if not isinstance(data, list) or not all(isinstance(x, str) for x in data):
            raise self.fail(key, "a list of strings", data)
        return tuple(data)

    def boolean(self, data: object, key: str) -> bool:
        if not isinstance(data, bool):
            raise self.fail(key, "true or false", data)
        return data

    def count(self, data: object, key: str, minimum: int = 0) -> int:
        if isinstance(data, bool) or not isinstance(data, int) or data < minimum:
            raise self.fail(key, f"an integer >= {minimum}", data)
        return data

    def seconds(self, data: object, key: str) -> float:
        if (
            isinstance(data, bool)
            or not isinstance(data, (int, float))
            or not math.isfinite(data)
            or data <= 0
        ):
            raise self.fail(key, "a finite number of seconds > 0", data)
        return float(data)


def find_config(start: Path) -> Path | None:
    """scangate.toml, else a pyproject.toml that has [tool.scangate], in `start`."""
    own = start / "scangate.toml"
    if own.is_file():
        return own
    py = start / "pyproject.toml"
    if py.is_file():
        try:
            data = tomllib.loads(py.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            return py  # let load() report it properly
        if isinstance(data.get("tool"), dict) and "scangate" in data["tool"]:
            return py
    return None


def load(
    path: Path | None,
    known_scanners: Mapping[str, OptionKinds],
    trusted: bool = True,
    shown: str | None = None,
) -> Config:
    """Read and validate a config file; None gives the defaults.

    An untrusted file (found in the scanned tree) may not set PROGRAM_KEYS or
    TRUSTED_TOP_KEYS: the error names the key and nothing runs.
    """
    if path is None:
        return Config()
    source = shown or str(path)  # how messages and reports name it
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"{source}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{source}: cannot read config file ({exc.__class__.__name__})") from None
    return loads(text, source, path.name, path.parent.resolve(), known_scanners, trusted)


def loads(
    text: str,
    source: str,
    name: str,
    base: Path,
    known_scanners: Mapping[str, OptionKinds],
    trusted: bool = True,
) -> Config:
    """Parse a config file's text (`name` tells scangate.toml from pyproject.toml)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{source}: invalid TOML: {exc}") from None
    if name == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("scangate", {}) if isinstance(tool, dict) else {}
        prefix = "tool.scangate."
    else:
        prefix = ""
    return parse(data, source, prefix, base, known_scanners, trusted)


def parse(
    data: object,
    source: str,
    prefix: str,
    base: Path,
    known_scanners: Mapping[str, OptionKinds],
    trusted: bool = True,
) -> Config:
    r = _Reader(source, prefix, trusted)
    top = r.table(data, "", TOP_KEYS)
    r.explicit.update(k for k in top if k not in ("quorum", "votes", "scanners"))
    for key in TRUSTED_TOP_KEYS:
        if key in top:
            r.privileged(key)
    cfg: dict[str, Any] = {"source": source}
    if "paths" in top:
        cfg["paths"] = r.str_list(top["paths"], "paths")
    if "exclude" in top:
        cfg["exclude"] = r.str_list(top["exclude"], "exclude")
    timeout = DEFAULT_TIMEOUT
    if "timeout" in top:
        timeout = cfg["timeout"] = r.seconds(top["timeout"], "timeout")
    if "fail_on_degraded" in top:
        cfg["fail_on_degraded"] = r.boolean(top["fail_on_degraded"], "fail_on_degraded")
    cap = DEFAULT_OUTPUT_CAP
    if "max_output_bytes" in top:
        cap = cfg["max_output_bytes"] = r.count(top["max_output_bytes"], "max_output_bytes", 1024)
    if "osv_db" in top:
        if not isinstance(top["osv_db"], str) or not top["osv_db"]:
            raise r.fail("osv_db", "a path to a folder or zip of OSV records", top["osv_db"])
        cfg["osv_db"] = str((base / top["osv_db"]).resolve())
    if "osv_db_max_age_days" in top:
        cfg["osv_db_max_age_days"] = r.seconds(top["osv_db_max_age_days"], "osv_db_max_age_days")
    if "cache_dir" in top:
        if not isinstance(top["cache_dir"], str) or not top["cache_dir"]:
            raise r.fail("cache_dir", "a folder path", top["cache_dir"])
        cfg["cache_dir"] = str((base / top["cache_dir"]).resolve())
    if "waivers" in top:
        cfg["waivers"] = parse_waivers(top["waivers"], source, prefix)
    if "quorum" in top:
        cats = tuple(c.value for c in Category)
        q = r.table(top["quorum"], "quorum", cats)
        quorum = dict(DEFAULT_QUORUM)
        for k, v in q.items():
            quorum[Category(k)] = r.count(v, f"quorum.{k}")
            r.explicit.add(f"quorum.{k}")
        cfg["quorum"] = quorum
    if "votes" in top:
        sevs = tuple(s.label for s in Severity)
        vt = r.table(top["votes"], "votes", sevs)
        votes = dict(DEFAULT_VOTES)
        for k, v in vt.items():
            votes[Severity.parse(k)] = r.count(v, f"votes.{k}")
            r.explicit.add(f"votes.{k}")
        # A more severe finding never needs more votes than a less severe one (0 = never
        # blocks): otherwise adding a finding could turn FAIL into PASS.
        order = sorted(Severity, reverse=True)
        for worse, milder in itertools.pairwise(order):
            a, b = votes[worse], votes[milder]
            if b and (a == 0 or a > b):
                raise UsageError(
                    f"{source}: {prefix}votes: {worse.label} needs {a or 'no'} vote(s) to block "
                    f"but {milder.label} needs {b}: a more severe finding must not need more votes"
                )
        cfg["votes"] = votes
    scanners: dict[str, ScannerSettings] = {}
    if "scanners" in top:
        table = r.table(top["scanners"], "scanners", tuple(known_scanners))
        for name, raw in table.items():
            scanners[name] = _scanner(r, name, raw, timeout, cap, base, known_scanners[name])
    cfg["scanners"] = scanners
    if "out_of_scope" in top:
        cats = tuple(c.value for c in Category)
        names = r.str_list(top["out_of_scope"], "out_of_scope")
        for n in names:
            if n not in cats:
                raise r.fail("out_of_scope", f"categories ({', '.join(cats)})", n)
        cfg["out_of_scope"] = tuple(Category(n) for n in dict.fromkeys(names))
    cfg["explicit"] = frozenset(r.explicit)
    cfg["trusted"] = trusted
    return Config(**cfg)


def _scanner(
    r: _Reader,
    name: str,
    raw: object,
    timeout: float,
    cap: int,
    base: Path,
    own: OptionKinds,
) -> ScannerSettings:
    key = f"scanners.{name}"
    t = r.table(raw, key, (*SCANNER_KEYS, *own))
    r.explicit.update(f"{key}.{k}" for k in t)
    for k in PROGRAM_KEYS:
        if k in t:
            r.privileged(f"{key}.{k}")
    kw: dict[str, Any] = {"timeout": timeout, "output_cap": cap}
    if "enabled" in t:
        kw["enabled"] = r.boolean(t["enabled"], f"{key}.enabled")
    if "role" in t:
        roles = tuple(x.value for x in Role)
        if t["role"] not in roles:
            raise r.fail(f"{key}.role", " or ".join(repr(x) for x in roles), t["role"])
        kw["role"] = Role(t["role"])
    if "command" in t:
        cmd = r.str_list(t["command"], f"{key}.command")
        if not cmd or not cmd[0]:
            raise r.fail(f"{key}.command", "a non-empty list of strings", t["command"])
        if "/" in cmd[0] and not Path(cmd[0]).is_absolute():
            # ./bin/tool is relative to the config file, not to wherever scangate runs.
            cmd = (str((base / cmd[0]).resolve()), *cmd[1:])
        kw["command"] = cmd
    if "args" in t:
        kw["args"] = r.str_list(t["args"], f"{key}.args")
    if "timeout" in t:
        kw["timeout"] = r.seconds(t["timeout"], f"{key}.timeout")
    if "retries" in t:
        kw["retries"] = r.count(t["retries"], f"{key}.retries")
        if kw["retries"] > 5:
            raise r.fail(f"{key}.retries", "an integer from 0 to 5", t["retries"])
    options: dict[str, tuple[str, ...]] = {}
    for opt, kind in own.items():
        if opt in t:
            values = r.str_list(t[opt], f"{key}.{opt}")
            if not values:
                raise r.fail(f"{key}.{opt}", "a non-empty list of strings", t[opt])
            if kind == "paths":
                values = tuple(str((base / x).resolve()) for x in values)
            options[opt] = values
    kw["options"] = options
    return ScannerSettings(**kw)
