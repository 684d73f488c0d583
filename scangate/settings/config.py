"""Configuration: `[tool.scangate]` in pyproject.toml, or scangate.toml, or --config.

Parsed into frozen dataclasses and validated strictly: an unknown key is an
error (a typo such as `fail_on_degradd` must not silently weaken the gate), and
every message names the file, the key and what was expected.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from scangate.errors import UsageError
from scangate.model import Category, Role, Severity
from scangate.runner import DEFAULT_OUTPUT_CAP
from scangate.settings.reader import Reader
from scangate.settings.waivers import Waiver, parse_waivers

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DEFAULT_TIMEOUT = 300.0
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
    """The validated configuration: every key with its value or default."""

    source: str | None = None  # the file it came from, for messages
    paths: tuple[str, ...] = (".",)
    exclude: tuple[str, ...] = ()
    timeout: float = DEFAULT_TIMEOUT
    fail_on_degraded: bool = False
    # Whether suppression comments in the code (nosec, nosemgrep, noqa) stop a group
    # from blocking.
    # False: they are still shown, but block like any finding (README "Who controls the
    # policy": a pull request can add a comment as easily as code).
    honour_suppressions: bool = True
    max_output_bytes: int = DEFAULT_OUTPUT_CAP
    osv_db: str | None = None  # a local OSV database (folder or zip), absolute
    osv_db_max_age_days: float = DEFAULT_DB_MAX_AGE_DAYS
    cache_dir: str | None = None  # None: $XDG_CACHE_HOME/scangate
    waivers: tuple[Waiver, ...] = ()
    quorum: dict[Category, int] = field(default_factory=lambda: dict(DEFAULT_QUORUM))
    votes: dict[Severity, int] = field(default_factory=lambda: dict(DEFAULT_VOTES))
    scanners: dict[str, ScannerSettings] = field(default_factory=dict)
    out_of_scope: tuple[Category, ...] = ()  # categories nobody needs to scan
    # Per category, the share of targets two healthy scanners must examine (off: 0).
    min_redundancy: dict[Category, float] = field(default_factory=dict)
    explicit: frozenset[str] = frozenset()  # the dotted keys the file set
    trusted: bool = True  # may name programs: not from the scanned tree, or --trust-config

    def settings(self, name: str) -> ScannerSettings:
        """One scanner's settings (its defaults when the config has no table for it)."""
        return self.scanners.get(
            name, ScannerSettings(timeout=self.timeout, output_cap=self.max_output_bytes)
        )


TOP_KEYS = (
    "paths",
    "exclude",
    "timeout",
    "fail_on_degraded",
    "honour_suppressions",
    "max_output_bytes",
    "osv_db",
    "osv_db_max_age_days",
    "cache_dir",
    "waivers",
    "quorum",
    "votes",
    "scanners",
    "out_of_scope",
    "min_redundancy",
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


@dataclass(frozen=True)
class Origin:
    """Where a config's text came from, for messages and relative paths."""

    source: str
    """How messages and reports name the file."""
    base: Path
    """Its folder: relative paths in it are relative to this."""
    trusted: bool = True
    """Whether it may name programs (see scangate.settings.trust)."""


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
    origin = Origin(shown or str(path), path.parent.resolve(), trusted)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"{origin.source}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(
            f"{origin.source}: cannot read config file ({exc.__class__.__name__})"
        ) from None
    return loads(text, origin, path.name, known_scanners)


def loads(
    text: str, origin: Origin, name: str, known_scanners: Mapping[str, OptionKinds]
) -> Config:
    """Parse a config file's text (`name` tells scangate.toml from pyproject.toml)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{origin.source}: invalid TOML: {exc}") from None
    if name == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("scangate", {}) if isinstance(tool, dict) else {}
        return parse(data, origin, "tool.scangate.", known_scanners)
    return parse(data, origin, "", known_scanners)


def parse(
    data: object, origin: Origin, prefix: str, known_scanners: Mapping[str, OptionKinds]
) -> Config:
    """A config from its parsed TOML table (`prefix`: "tool.scangate." in pyproject)."""
    source, base, trusted = origin.source, origin.base, origin.trusted
    r = Reader(source, prefix, trusted)
    top = r.table(data, "", TOP_KEYS)
    r.explicit.update(k for k in top if k not in ("quorum", "votes", "scanners"))
    for key in TRUSTED_TOP_KEYS:
        if key in top:
            r.privileged(key)
    cfg: dict[str, Any] = {"source": source, "trusted": trusted}
    for key, read in _TOP_READERS.items():
        if key in top:
            cfg[key] = read(r, top[key], key, base)
    if "waivers" in top:
        cfg["waivers"] = parse_waivers(top["waivers"], source, prefix)
    if "quorum" in top:
        cfg["quorum"] = _quorum(r, top["quorum"])
    if "min_redundancy" in top:
        table = r.table(top["min_redundancy"], "min_redundancy", tuple(c.value for c in Category))
        cfg["min_redundancy"] = {
            Category(k): r.share(v, f"min_redundancy.{k}") for k, v in table.items()
        }
    if "votes" in top:
        cfg["votes"] = _votes(r, top["votes"])
    timeout, cap = (
        cfg.get("timeout", DEFAULT_TIMEOUT),
        cfg.get("max_output_bytes", DEFAULT_OUTPUT_CAP),
    )
    table = r.table(top.get("scanners", {}), "scanners", tuple(known_scanners))
    cfg["scanners"] = {
        name: _scanner(r, name, raw, timeout, cap, base, known_scanners[name])
        for name, raw in table.items()
    }
    if "out_of_scope" in top:
        cats = tuple(c.value for c in Category)
        names = r.str_list(top["out_of_scope"], "out_of_scope")
        for n in names:
            if n not in cats:
                raise r.fail("out_of_scope", f"categories ({', '.join(cats)})", n)
        cfg["out_of_scope"] = tuple(Category(n) for n in dict.fromkeys(names))
    cfg["explicit"] = frozenset(r.explicit)
    return Config(**cfg)


# How each plain top-level key is read: (reader, value, key, config folder) -> value.
_TOP_READERS: dict[str, Callable[[Reader, object, str, Path], object]] = {
    "paths": lambda r, v, k, _: r.str_list(v, k),
    "exclude": lambda r, v, k, _: r.str_list(v, k),
    "timeout": lambda r, v, k, _: r.seconds(v, k),
    "fail_on_degraded": lambda r, v, k, _: r.boolean(v, k),
    "honour_suppressions": lambda r, v, k, _: r.boolean(v, k),
    "max_output_bytes": lambda r, v, k, _: r.count(v, k, 1024),
    "osv_db": lambda r, v, k, base: r.path(v, k, base, "a path to a folder or zip of OSV records"),
    "osv_db_max_age_days": lambda r, v, k, _: r.seconds(v, k),
    "cache_dir": lambda r, v, k, base: r.path(v, k, base, "a folder path"),
}


def _quorum(r: Reader, raw: object) -> dict[Category, int]:
    table = r.table(raw, "quorum", tuple(c.value for c in Category))
    quorum = dict(DEFAULT_QUORUM)
    for k, v in table.items():
        quorum[Category(k)] = r.count(v, f"quorum.{k}")
        r.explicit.add(f"quorum.{k}")
    return quorum


def _votes(r: Reader, raw: object) -> dict[Severity, int]:
    table = r.table(raw, "votes", tuple(s.label for s in Severity))
    votes = dict(DEFAULT_VOTES)
    for k, v in table.items():
        votes[Severity.parse(k)] = r.count(v, f"votes.{k}")
        r.explicit.add(f"votes.{k}")
    # A more severe finding never needs more votes than a less severe one (0 = never
    # blocks): otherwise adding a finding could turn FAIL into PASS.
    for worse, milder in itertools.pairwise(sorted(Severity, reverse=True)):
        a, b = votes[worse], votes[milder]
        if b and (a == 0 or a > b):
            raise UsageError(
                f"{r.source}: {r.prefix}votes: {worse.label} needs {a or 'no'} vote(s) to block "
                f"but {milder.label} needs {b}: a more severe finding must not need more votes"
            )
    return votes


def _scanner(
    r: Reader,
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
