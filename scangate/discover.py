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
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from scangate.depfiles import is_dependency_file
from scangate.errors import UsageError
from scangate.model import Category
from scangate.result import NotFollowed


def category_of(name: str) -> Category | None:
    """Which category a file belongs to, by its name."""
    if name.lower().endswith((".py", ".pyw")):
        return Category.SAST
    if is_dependency_file(name):
        return Category.DEPS
    return None


_PYTHON_SHEBANG = re.compile(rb"#![^\n]*\bpython[0-9.]*(\s|$)")


def category_of_file(path: Path, name: str) -> Category | None:
    """`category_of`, and a file with no suffix whose `#!` line runs Python (`bin/tool`):
    a script the project runs is code under review whatever it is named."""
    cat = category_of(name)
    if cat is not None or "." in name or not path.is_file():  # never open a FIFO
        return cat
    try:
        with open(path, "rb") as f:
            head = f.read(256).split(b"\n", 1)[0]
    except OSError:
        return None
    return Category.SAST if _PYTHON_SHEBANG.match(head) else None


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


@dataclass(frozen=True)
class Discovery:
    """What discovery found: the targets of each category, and the links it did not follow."""

    targets: dict[Category, tuple[str, ...]]
    not_followed: tuple[NotFollowed, ...] = ()
    ignored: tuple[str, ...] = ()  # targets left out because git ignores them


def discover(
    paths: Sequence[str],
    root: Path,
    exclude: Sequence[str],
    visible: set[str] | None = None,
    builtin: Sequence[str] = (),
    tracked: set[str] | None = None,
) -> Discovery:
    """Every target under `paths`, as root-relative POSIX paths of real files.

    Symbolic links are resolved here, so no scanner is ever handed one (semgrep exits
    2 on a link and drops the whole process's results): a link to a file inside the
    root is scanned once, under its real path; a link that leaves the root, a broken
    link, and a symlinked folder found while walking are not followed, and the report
    names them. What the scanned tree controls (its links) must not widen or hide
    what is scanned without a trace.

    With `visible` (git_files), files found by walking a folder that git ignores
    are left out and counted, as semgrep and ruff do; scangate hands scanners
    explicit files, so nothing is lost silently. A file named on the command line
    is scanned whatever git says.

    `exclude` (the config's patterns) always applies. `builtin` (virtualenvs, caches:
    DEFAULT_EXCLUDE) never hides a file git tracks (`tracked`, git_files): a pull
    request could otherwise put its code in a package named `venv` and have it
    skipped. Outside a git work tree the built-in names apply as they are.
    """
    walk = _Walk(root.resolve(), tuple(exclude), visible, tuple(builtin), tracked)
    for raw in paths:
        walk.path(raw)
    return walk.discovery()


class _Walk:
    """One discovery: what it found, what it did not follow, and what git ignores."""

    def __init__(
        self,
        root: Path,
        exclude: tuple[str, ...],
        visible: set[str] | None,
        builtin: tuple[str, ...] = (),
        tracked: set[str] | None = None,
    ) -> None:
        self.root = root
        self.exclude = exclude
        self.visible = visible
        self.builtin = builtin
        self.tracked = tracked
        # Every folder holding a tracked file: a built-in exclusion does not skip those.
        self.tracked_dirs = {
            "/".join(parts[:i])
            for parts in (t.split("/") for t in tracked or ())
            for i in range(1, len(parts))
        }
        self.found: dict[Category, set[str]] = {c: set() for c in Category}
        self.skipped: dict[str, str] = {}
        self.ignored: list[str] = []

    def discovery(self) -> Discovery:
        """What was found, sorted, every name printable."""
        return Discovery(
            {c: tuple(sorted(v)) for c, v in self.found.items()},
            tuple(NotFollowed(_printable_path(k), v) for k, v in sorted(self.skipped.items())),
            tuple(sorted(_printable_path(x) for x in self.ignored)),
        )

    def path(self, raw: str) -> None:
        """A path named on the command line: a file, or a folder to walk."""
        p = Path(os.path.abspath(raw))
        if not p.exists():
            what = "broken symbolic link" if p.is_symlink() else "path does not exist"
            raise UsageError(f"{what}: {raw}")
        real = p.resolve()
        if not _inside(real, self.root):
            self.skipped[raw] = f"symbolic link leaves the scanned root (-> {real})"
            return
        if real.is_file():
            self._named_file(raw, p, real)
            return
        if not real.is_dir():
            raise UsageError(f"not a file or folder: {raw}")
        if not os.access(real, os.R_OK | os.X_OK):
            raise UsageError(f"folder is not readable: {raw}")
        self._folder(real)

    def _named_file(self, raw: str, p: Path, real: Path) -> None:
        """A file named on the command line: scanned whatever git says, unless excluded."""
        if category_of_file(real, real.name) is None and category_of(p.name) is None:
            return
        if not os.access(real, os.R_OK):
            raise UsageError(f"file is not readable: {raw}")
        rel_top = real.relative_to(self.root).as_posix() if real != self.root else "."
        if rel_top != "." and self._left_out(rel_top, folder=False):
            return
        self._add(real, raw)

    def _folder(self, real: Path) -> None:
        """Every target below a folder, not entering excluded or symlinked folders."""
        for dirpath, dirnames, filenames in os.walk(real):
            base = Path(dirpath)
            rel_dir = base.relative_to(self.root).as_posix()
            keep = []
            for d in sorted(dirnames):
                rel = _join(rel_dir, d)
                if self._left_out(rel, folder=True):
                    continue
                if (base / d).is_symlink():
                    self.skipped[rel] = "symlinked folder not followed"
                    continue
                keep.append(d)
            dirnames[:] = keep
            for name in filenames:
                self._walked_file(base, _join(rel_dir, name), name)

    def _walked_file(self, base: Path, rel: str, name: str) -> None:
        """A file found by walking: left out when excluded or ignored by git (counted)."""
        if self._left_out(rel, folder=False):
            return
        if self.visible is not None and rel not in self.visible:
            if category_of(name) is not None:
                self.ignored.append(rel)
            return
        full = base / name
        if full.is_symlink():
            target = self._real_target(full, rel)
            if target is not None:
                self._add(target, rel)
        else:
            cat = category_of_file(full, name)
            if cat is not None and full.is_file():
                self.found[cat].add(_utf8(rel))

    def _left_out(self, rel: str, folder: bool) -> bool:
        """Excluded by the config's patterns, or by a built-in one unless git tracks the
        file (or a file below the folder)."""
        if excluded(rel, self.exclude):
            return True
        if not excluded(rel, self.builtin):
            return False
        if self.tracked is None:
            return True
        return rel not in (self.tracked_dirs if folder else self.tracked)

    def _real_target(self, link: Path, shown: str) -> Path | None:
        """Where a link found by walking leads, if it stays inside the root."""
        try:
            real = link.resolve(strict=True)
        except (OSError, RuntimeError):
            self.skipped[shown] = "broken or looping symbolic link"
            return None
        if not _inside(real, self.root):
            self.skipped[shown] = f"symbolic link leaves the scanned root (-> {real})"
            return None
        return real

    def _add(self, real: Path, shown: str) -> None:
        """A real file, under its real path, if it is a target."""
        if not real.is_file():
            return
        cat = category_of_file(real, real.name)
        if cat is None:
            if category_of(shown.rsplit("/", 1)[-1]) is not None:
                self.skipped[shown] = f"symbolic link to a file that is not a target ({real.name})"
            return
        self.found[cat].add(_utf8(real.relative_to(self.root).as_posix()))


def _printable_path(path: str) -> str:
    """A name as reports may show it (undecodable bytes escaped)."""
    return path.encode("utf-8", "backslashreplace").decode("utf-8")


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
    """A name in a root-relative folder ('.' is the root itself)."""
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


def digest(found: dict[Category, tuple[str, ...]]) -> str:
    """SHA-256 of every target by category: the shards of one run must add up to it."""
    h = hashlib.sha256()
    for cat in sorted(found, key=lambda c: c.value):
        for t in sorted(found[cat]):
            h.update(f"{cat.value}\0{t}\n".encode())
    return h.hexdigest()
