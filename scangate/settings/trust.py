"""Who controls the policy: the trust boundary for configuration, the floor, and drift.

In CI the files under review are a stranger's input. On a pull request the PR's
own `scangate.toml` or `pyproject.toml` is checked out, so a config found in the
scanned tree is written by the code under review ("poisoned pipeline
execution"). Three rules follow:

1. A config inside the scanned tree (or the git work tree around it) cannot name
   programs: `scanners.*.command`, `scanners.*.args` and `cache_dir` are refused
   there (exit 2, naming the key) unless the config comes from outside the tree
   with `--config`, or `--trust-config` says the tree is the caller's own.
2. A floor set from the command line (`--forbid-weakening`, `--min-quorum`) that
   no config can go below: a weakening key is then an error, not a silent change.
3. Drift is visible: every report says how the effective policy differs from the
   defaults, and with `--policy-base REF` from the config at REF.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from scangate import repo
from scangate.errors import UsageError
from scangate.model import Category, Role, Severity
from scangate.result import PolicyChange
from scangate.settings import config as config_mod
from scangate.settings.waivers import Waiver

_GLOB = frozenset("*?[")


@dataclass(frozen=True)
class Floor:
    """The policy floor, set from the command line or the Action's inputs."""

    forbid_weakening: bool = False
    """Any config key that weakens the gate (against the defaults) is an error."""
    min_quorum: Mapping[Category, int] = field(default_factory=dict)
    """A quorum no config may go below."""
    no_suppressions: bool = False
    """In-source suppression comments never stop a block, whatever the config says."""


def parse_min_quorum(text: str) -> dict[Category, int]:
    """`sast=1,deps=1` -> {SAST: 1, DEPS: 1}."""
    out: dict[Category, int] = {}
    cats = {c.value: c for c in Category}
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        name, _, num = part.partition("=")
        if name.strip() not in cats or not num.strip().isdigit():
            raise UsageError(
                f"--min-quorum: expected CATEGORY=N[,CATEGORY=N] with categories "
                f"{', '.join(cats)}, got {part!r}"
            )
        out[cats[name.strip()]] = int(num)
    return out


def parse_categories(values: Sequence[str], option: str) -> tuple[Category, ...]:
    """Category names (repeated or comma-separated options) -> categories."""
    cats = {c.value: c for c in Category}
    out: list[Category] = []
    for v in (x.strip() for raw in values for x in raw.split(",")):
        if not v:
            continue
        if v not in cats:
            raise UsageError(f"{option}: unknown category {v!r} (known: {', '.join(cats)})")
        out.append(cats[v])
    return tuple(dict.fromkeys(out))


# --- where a config comes from ----------------------------------------------------------


def inside_scanned_tree(config: Path, cwd: Path, scan_paths: Sequence[str]) -> bool:
    """Whether a config file lies where the code under review lives: the working
    folder, a scanned path, or the git work tree around either."""
    real = config.resolve()
    trees: set[Path] = {cwd.resolve()}
    for p in scan_paths:
        rp = (cwd / p).resolve()
        trees.add(rp if rp.is_dir() else rp.parent)
    for t in list(trees):
        top = repo.git_toplevel(t)
        if top is not None:
            trees.add(top)
    return any(repo.within(real, t) for t in trees)


# --- drift ----------------------------------------------------------------------------


def _show(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    if value is None:
        return "unset"
    return str(value)


def broad(w: Waiver) -> bool:
    """A waiver that can match more than one file or rule: no fingerprint, and not a
    literal path together with one rule or advisory."""
    if w.fingerprint:
        return False
    literal_path = w.path is not None and not (_GLOB & set(w.path))
    return not (literal_path and (w.rule or w.vuln))


def _waiver_key(w: Waiver) -> tuple[object, ...]:
    return (w.fingerprint, w.rule, w.path, w.vuln, w.reason, w.expires)


def _covers(now: Sequence[str], ref: Sequence[str]) -> bool:
    """Whether the paths `now` include everything the paths `ref` named."""

    def norm(p: str) -> str:
        return os.path.normpath(p).replace(os.sep, "/")

    cur = [norm(p) for p in now]
    return all(
        any(c == "." or r == c or r.startswith(c + "/") for c in cur) for r in map(norm, ref)
    )


class _Changes(list[PolicyChange]):
    """The changes found so far, each value shown as the config writes it."""

    def add(self, key: str, was: object, now: object, weakens: bool) -> None:
        self.append(PolicyChange(key, _show(was), _show(now), weakens))


def compare(
    cfg: config_mod.Config, ref: config_mod.Config, roles: Mapping[str, Role]
) -> tuple[PolicyChange, ...]:
    """How `cfg` differs from `ref`, each change marked when it weakens the gate.

    `roles` are the scanners' default roles (a primary demoted to standby, or
    disabled, weakens the gate; so does a disabled standby: it is the failover).
    """
    out = _Changes()
    _scope_changes(cfg, ref, out)
    _bar_changes(cfg, ref, out)
    _waiver_changes(cfg, ref, out)
    for name in sorted(set(roles) | set(cfg.scanners) | set(ref.scanners)):
        _scanner_changes(name, cfg, ref, roles.get(name, Role.PRIMARY), out)
    return tuple(out)


def _scope_changes(cfg: config_mod.Config, ref: config_mod.Config, out: _Changes) -> None:
    """What is scanned, how long for, and with what vulnerability data."""
    if tuple(cfg.paths) != tuple(ref.paths):
        out.add("paths", ref.paths, cfg.paths, not _covers(cfg.paths, ref.paths))
    if tuple(cfg.exclude) != tuple(ref.exclude):
        added = any(p not in ref.exclude for p in cfg.exclude)
        out.add("exclude", ref.exclude, cfg.exclude, added)
    for key in ("timeout", "max_output_bytes", "cache_dir"):
        if getattr(cfg, key) != getattr(ref, key):
            out.add(key, getattr(ref, key), getattr(cfg, key), False)
    if cfg.osv_db != ref.osv_db:
        # The vulnerability data the audit trusts: a database chosen by the tree is its word.
        out.add("osv_db", ref.osv_db, cfg.osv_db, True)
    was, now = ref.osv_db_max_age_days, cfg.osv_db_max_age_days
    if was != now:
        out.add("osv_db_max_age_days", was, now, now > was)
    new_scope = any(c not in ref.out_of_scope for c in cfg.out_of_scope)
    if set(cfg.out_of_scope) != set(ref.out_of_scope):
        was_scope = [c.value for c in ref.out_of_scope]
        out.add("out_of_scope", was_scope, [c.value for c in cfg.out_of_scope], new_scope)


def _bar_changes(cfg: config_mod.Config, ref: config_mod.Config, out: _Changes) -> None:
    """The bar a verdict must clear: degraded runs, quorums, votes."""
    if cfg.fail_on_degraded != ref.fail_on_degraded:
        weakens = ref.fail_on_degraded
        out.add("fail_on_degraded", ref.fail_on_degraded, cfg.fail_on_degraded, weakens)
    if cfg.honour_suppressions != ref.honour_suppressions:
        honour = cfg.honour_suppressions  # True again: comments in the code may stop blocks
        out.add("honour_suppressions", ref.honour_suppressions, honour, honour)
    for cat in Category:
        a, b = ref.quorum.get(cat, 1), cfg.quorum.get(cat, 1)
        if a != b:
            out.add(f"quorum.{cat.value}", a, b, b < a)
    for cat in Category:
        was, now = ref.min_redundancy.get(cat, 0.0), cfg.min_redundancy.get(cat, 0.0)
        if was != now:
            out.add(f"min_redundancy.{cat.value}", was, now, now < was)
    for sev in sorted(Severity, reverse=True):
        a, b = ref.votes.get(sev, 0), cfg.votes.get(sev, 0)
        if a != b:
            out.add(f"votes.{sev.label}", a, b, a > 0 and (b == 0 or b > a))


def _waiver_changes(cfg: config_mod.Config, ref: config_mod.Config, out: _Changes) -> None:
    """New waivers (a broad one weakens the gate) and removed ones."""
    old = {_waiver_key(w) for w in ref.waivers}
    for w in cfg.waivers:
        if _waiver_key(w) not in old:
            label = w.describe().split(" ", 2)[-1].strip("()")
            why = " (broad: no fingerprint, more than one file or rule)" if broad(w) else ""
            out.add(f"waivers[{w.index}]", None, label + why, broad(w))
    gone = len(old - {_waiver_key(w) for w in cfg.waivers})
    if gone:
        out.add("waivers", f"{gone} more", "removed", False)


def _scanner_changes(
    name: str, cfg: config_mod.Config, ref: config_mod.Config, default: Role, out: _Changes
) -> None:
    """One scanner's table: disabled or demoted, another program, other options."""
    s, r = cfg.settings(name), ref.settings(name)
    key = f"scanners.{name}"
    if s.enabled != r.enabled:
        out.add(f"{key}.enabled", r.enabled, s.enabled, r.enabled)
    rr, sr = r.role or default, s.role or default
    if rr != sr:
        out.add(f"{key}.role", rr.value, sr.value, rr == Role.PRIMARY)
    # Opaque: another program, other options, other rules or another data source can
    # each make the scanner report less.
    for attr in ("command", "args"):
        a, b = getattr(r, attr), getattr(s, attr)
        if tuple(a or ()) != tuple(b or ()):
            out.add(f"{key}.{attr}", a, b, True)
    for opt in sorted(set(r.options) | set(s.options)):
        if r.options.get(opt) != s.options.get(opt):
            out.add(f"{key}.{opt}", r.options.get(opt), s.options.get(opt), True)
    for attr in ("timeout", "retries"):
        explicit = f"{key}.{attr}" in cfg.explicit or f"{key}.{attr}" in ref.explicit
        if explicit and getattr(r, attr) != getattr(s, attr):
            out.add(f"{key}.{attr}", getattr(r, attr), getattr(s, attr), False)


def enforce(
    cfg: config_mod.Config, changes: Sequence[PolicyChange], floor: Floor
) -> config_mod.Config:
    """Apply the floor: refuse a weakening the floor forbids, raise quorums to it."""
    where = cfg.source or "the defaults"
    if floor.forbid_weakening:
        bad = [c for c in changes if c.weakens]
        if bad:
            more = f" (and {len(bad) - 1} more: {', '.join(c.key for c in bad[1:])})"
            raise UsageError(
                f"{where}: {bad[0].key}: {bad[0].reference} -> {bad[0].value} weakens the gate "
                f"and --forbid-weakening is set" + (more if len(bad) > 1 else "")
            )
    quorum = dict(cfg.quorum)
    for cat, least in floor.min_quorum.items():
        have = quorum.get(cat, 1)
        if have < least and f"quorum.{cat.value}" in cfg.explicit:
            raise UsageError(
                f"{where}: quorum.{cat.value} = {have} is below --min-quorum {cat.value}={least}"
            )
        quorum[cat] = max(have, least)
    honour = cfg.honour_suppressions and not floor.no_suppressions
    return replace(cfg, quorum=quorum, honour_suppressions=honour)


# --- the config at a git ref ---------------------------------------------------------


def config_at(
    ref: str, cfg: config_mod.Config, cwd: Path, known: Mapping[str, config_mod.OptionKinds]
) -> config_mod.Config:
    """The config the same lookup would have found at git ref `ref` (defaults if none).

    The file now in use is looked up at the same repository path; without one, the
    lookup of `find_config` (scangate.toml, then pyproject.toml with [tool.scangate])
    runs on the working folder's files at `ref`, so deleting the config is seen too.
    Raises UsageError when `ref` is not a commit or the tree is not in git.
    """
    if ref.startswith("-"):
        raise UsageError(f"--policy-base: not a git ref: {ref}")
    top = repo.git_toplevel(cwd)
    if top is None:
        raise UsageError(f"--policy-base {ref}: {cwd} is not in a git work tree")
    if repo.git_text(top, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}") is None:
        raise UsageError(f"--policy-base {ref}: no such commit here (fetch it first)")
    if cfg.source is not None:
        candidates = [(cwd / cfg.source).resolve()]
    else:
        candidates = [cwd.resolve() / "scangate.toml", cwd.resolve() / "pyproject.toml"]
    for path in candidates:
        if not repo.within(path, top):
            raise UsageError(f"--policy-base {ref}: {path} is not in the git work tree")
        rel = path.relative_to(top).as_posix()
        text = repo.git_text(top, "show", f"{ref}:{rel}")
        if text is None:
            continue
        if path.name == "pyproject.toml" and cfg.source is None and "scangate" not in text:
            continue
        source = f"{ref}:{rel}"
        try:
            # Read only, never run: the base may name programs; nothing here starts them.
            origin = config_mod.Origin(source, path.parent, trusted=True)
            return config_mod.loads(text, origin, path.name, known)
        except UsageError as exc:
            raise UsageError(f"--policy-base: the config at {source} is invalid: {exc}") from None
    return config_mod.Config()
