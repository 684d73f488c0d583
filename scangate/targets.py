"""Find what to scan: the targets of each category under the given paths.

scangate lists the files itself and hands scanners explicit files, so that it
knows exactly what each scanner was asked to examine and can tell when a
scanner silently examined less (coverage).
"""

from __future__ import annotations

import fnmatch
import functools
import hashlib
import os
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path, PurePosixPath

from scangate.depfiles import is_dependency_file
from scangate.errors import UsageError
from scangate.model import Category


def category_of(name: str) -> Category | None:
    """Which category a file belongs to, by its name."""
    if name.lower().endswith(".py"):
        return Category.SAST
    if is_dependency_file(name):
        return Category.DEPS
    return None


def choose_root(paths: Sequence[str], cwd: Path) -> Path:
    """The folder every reported path is relative to: cwd, or the paths' common folder."""
    absolute = [Path(os.path.abspath(p)) for p in paths]
    if all(_inside(p, cwd) for p in absolute):
        return cwd
    common = Path(os.path.commonpath([str(p) for p in absolute]))
    return common if common.is_dir() else common.parent


def _inside(p: Path, root: Path) -> bool:
    try:
        p.relative_to(root)
    except ValueError:
        return False
    return True


def excluded(rel: str, patterns: Iterable[str]) -> bool:
    """A glob matches the path, one of its parent folders, or one component."""
    matches = _matcher(tuple(patterns))
    if matches is None:
        return False
    parts = PurePosixPath(rel).parts
    prefix = ""
    for part in parts:
        prefix = f"{prefix}/{part}" if prefix else part
        if matches(prefix) or matches(part):
            return True
    return False


@functools.lru_cache(maxsize=8)
def _matcher(patterns: tuple[str, ...]) -> Callable[[str], re.Match[str] | None] | None:
    """One compiled regex for all the globs (fnmatch's own translation): discovery
    tests every folder and file against them, 10 candidates a path."""
    if not patterns:
        return None
    globs = "|".join(fnmatch.translate(p.rstrip("/")) for p in patterns)
    return re.compile(globs).match


def discover(
    paths: Sequence[str], root: Path, exclude: Sequence[str]
) -> dict[Category, tuple[str, ...]]:
    found: dict[Category, set[str]] = {c: set() for c in Category}
    for raw in paths:
        p = Path(os.path.abspath(raw))
        if not p.exists():
            raise UsageError(f"path does not exist: {raw}")
        rel_top = p.relative_to(root).as_posix() if p != root else "."
        if p.is_file():
            cat = category_of(p.name)
            if cat is None:
                continue
            if not os.access(p, os.R_OK):
                raise UsageError(f"file is not readable: {raw}")
            if rel_top != "." and excluded(rel_top, exclude):
                continue
            found[cat].add(_utf8(rel_top))
            continue
        if not p.is_dir():
            raise UsageError(f"not a file or folder: {raw}")
        if not os.access(p, os.R_OK | os.X_OK):
            raise UsageError(f"folder is not readable: {raw}")
        for dirpath, dirnames, filenames in os.walk(p):
            base = Path(dirpath)
            rel_dir = base.relative_to(root).as_posix()
            dirnames[:] = sorted(d for d in dirnames if not excluded(_join(rel_dir, d), exclude))
            for name in filenames:
                cat = category_of(name)
                rel = _join(rel_dir, name)
                if cat is None or excluded(rel, exclude):
                    continue
                if (base / name).is_file():
                    found[cat].add(_utf8(rel))
    return {c: tuple(sorted(v)) for c, v in found.items()}


def _utf8(rel: str) -> str:
    """A target's name must be UTF-8: SARIF, git and the scanners' JSON all need it.

    Python hands undecodable bytes over as lone surrogates; such a name would make
    semgrep skip the file and the report unwritable, so it is refused up front.
    """
    try:
        rel.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError(
            f"file name is not valid UTF-8: {os.fsencode(rel)!r}; rename it or add it to 'exclude'"
        ) from None
    return rel


def _join(rel_dir: str, name: str) -> str:
    return name if rel_dir == "." else f"{rel_dir}/{name}"


def shard(
    found: dict[Category, tuple[str, ...]], k: int, n: int
) -> dict[Category, tuple[str, ...]]:
    """Shard k of n (1-based): a stable share of the source files by path hash.

    The dependency audit goes whole to shard 1, so it runs exactly once.
    """
    out: dict[Category, tuple[str, ...]] = {}
    for cat, ts in found.items():
        if cat == Category.DEPS:
            out[cat] = ts if k == 1 else ()
        else:
            out[cat] = tuple(
                t for t in ts if int(hashlib.sha256(t.encode()).hexdigest()[:8], 16) % n == k - 1
            )
    return out
