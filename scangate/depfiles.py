"""Read dependency files into exact pins, never running a resolver.

Sources: requirements files (following `-r` includes), `pyproject.toml`
(`[project]` dependencies, optional dependencies and PEP 735 dependency
groups), and lock files: `pylock.toml` (PEP 751), `poetry.lock`, `uv.lock`,
`Pipfile.lock`. Every pin keeps the file and line it came from, so a finding
points at the line to change.

What is not a pin is reported, never dropped. In a requirements or lock file
it is *coverage loss*: that file is what gets installed, and an entry we
cannot audit is an unaudited dependency. In `pyproject.toml` a range is a
library's declaration, not what is installed (the lock file is); ranges are
listed as notes, so a library with `requests>=2` is not an ERROR forever.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LOCK_NAMES = ("poetry.lock", "uv.lock", "pipfile.lock")


def is_dependency_file(name: str) -> bool:
    """Whether discovery hands a file to the dependency audit, by its name."""
    lower = name.lower()
    if lower.endswith(".txt") and "requirements" in lower:
        return True
    if lower == "pyproject.toml" or lower in LOCK_NAMES:
        return True
    return lower.startswith("pylock.") and lower.endswith(".toml")


@dataclass(frozen=True)
class Pin:
    """One exact `==` pin, and where it stands, so a finding points at its line."""

    name: str  # canonical
    version: str
    requirement: str  # what goes into the flat pins file (markers kept)
    file: str  # root-relative
    lineno: int


@dataclass(frozen=True)
class DepFile:
    """What a dependency file says: its pins, and what it holds that is not a pin."""

    pins: tuple[Pin, ...]
    problems: tuple[str, ...] = ()  # coverage loss: unpinned or unreadable entries
    notes: tuple[str, ...] = ()  # informative, not coverage loss


def read(root: Path, target: str) -> DepFile:
    """The pins of a dependency file, by its kind; a file that cannot be read is its problem."""
    path = root / target
    name = path.name.lower()
    try:
        if name == "pyproject.toml":
            return _pyproject(path, target)
        if name == "pipfile.lock":
            return _pipfile_lock(path, target)
        if name.endswith(".toml") or name.endswith(".lock"):
            return _toml_lock(path, target)
        return _requirements(root, target)
    except (OSError, UnicodeDecodeError) as exc:
        return DepFile((), (f"{target}: unreadable ({exc.__class__.__name__})",))
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        return DepFile((), (f"{target}: not valid {name.rsplit('.', 1)[-1].upper()}: {exc}",))


def _exact(req: Requirement) -> str | None:
    """The version of an exact `==` or `===` pin (no wildcard), else None."""
    specs = list(req.specifier)
    if len(specs) == 1 and specs[0].operator in ("==", "===") and "*" not in specs[0].version:
        return specs[0].version
    return None


def _requirements(root: Path, target: str) -> DepFile:
    """A requirements file and those it includes (`-r`, each once); every entry must be
    an exact pin, or it is an unaudited dependency."""
    pins: list[Pin] = []
    problems: list[str] = []
    seen: set[Path] = set()

    def visit(path: Path, depth: int) -> None:
        real = path.resolve()
        if real in seen or depth > 20:
            return
        seen.add(real)
        try:
            rel = real.relative_to(root.resolve()).as_posix()
        except ValueError:
            rel = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{rel}: unreadable ({exc.__class__.__name__})")
            return
        for lineno, line in _logical_lines(text):
            body = re.split(r"(^|\s)#", line, maxsplit=1)[0].strip()
            if not body:
                continue
            include = re.match(r"^(-r|--requirement)(\s+|=)?(.+)$", body)
            if include:
                visit(path.parent / include.group(3).strip(), depth + 1)
                continue
            if body.startswith("-"):
                continue  # -c, --index-url, --hash ...: options, not requirements
            req_text = body.split(" --hash", 1)[0].strip()
            got = _pin(req_text, rel, lineno)
            if isinstance(got, Pin):
                pins.append(got)
            elif got is None:
                problems.append(f"{rel}:{lineno}: not auditable: {req_text[:80]}")
            else:
                problems.append(f"{rel}:{lineno}: {got.name} is not pinned (no ==)")

    visit(root / target, 0)
    return DepFile(tuple(pins), tuple(problems))


def _pin(text: str, file: str, lineno: int) -> Pin | Requirement | None:
    """A requirement as an exact pin; the requirement itself when it is a range or a URL
    (nothing to audit as such); None when the text is no requirement at all."""
    try:
        req = Requirement(text)
    except InvalidRequirement:
        return None
    version = _exact(req)
    if version is None or req.url:
        return req
    return Pin(canonicalize_name(req.name), version, text, file, lineno)


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Lines with backslash continuations joined, numbered by their first line."""
    out: list[tuple[int, str]] = []
    buf, start = "", 0
    for n, raw in enumerate(text.splitlines(), 1):
        if not buf:
            start = n
        if raw.rstrip().endswith("\\"):
            buf += raw.rstrip()[:-1] + " "
            continue
        out.append((start, buf + raw))
        buf = ""
    if buf:
        out.append((start, buf))
    return out


def _line_of(text: str, needle: str) -> int:
    """The line where `needle` first stands (1 when it does not), for a pin of a TOML or
    JSON file, whose parsers keep no line numbers."""
    idx = text.find(needle)
    return text.count("\n", 0, idx) + 1 if idx >= 0 else 1


def _pyproject(path: Path, target: str) -> DepFile:
    """Exact pins of `[project]` and its optional dependencies and of dependency groups;
    ranges are notes, not coverage loss (a library declares ranges)."""
    text = path.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    project = data.get("project") if isinstance(data.get("project"), dict) else {}
    assert isinstance(project, dict)  # noqa: S101
    reqs: list[str] = [r for r in project.get("dependencies") or [] if isinstance(r, str)]
    for group in (project.get("optional-dependencies") or {}).values():
        reqs += [r for r in group or [] if isinstance(r, str)]
    for group in (data.get("dependency-groups") or {}).values():
        reqs += [r for r in group or [] if isinstance(r, str)]
    parsed = [(raw, _pin(raw, target, _line_of(text, raw))) for raw in reqs]
    pins = [got for _, got in parsed if isinstance(got, Pin)]
    problems = [f"{target}: not auditable: {raw[:80]}" for raw, got in parsed if got is None]
    ranged = [got.name for _, got in parsed if isinstance(got, Requirement)]
    notes: tuple[str, ...] = ()
    if ranged:
        notes = (
            f"{target}: {len(ranged)} dependency range(s) not audited (audit the lock or "
            f"requirements file that pins them): {', '.join(sorted(set(ranged))[:20])}",
        )
    return DepFile(tuple(pins), tuple(problems), notes)


def _toml_lock(path: Path, target: str) -> DepFile:
    """pylock.toml ([[packages]]), poetry.lock and uv.lock ([[package]])."""
    text = path.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    packages = data.get("packages") or data.get("package") or []
    pins: list[Pin] = []
    problems: list[str] = []
    notes: list[str] = []
    for pkg in packages if isinstance(packages, list) else []:
        if not isinstance(pkg, dict) or not isinstance(pkg.get("name"), str):
            continue
        raw_name = pkg["name"]
        source = pkg.get("source") if isinstance(pkg.get("source"), dict) else {}
        assert isinstance(source, dict)  # noqa: S101
        if any(k in source for k in ("editable", "virtual", "directory", "path")):
            notes.append(f"{target}: {raw_name} is a local project, not audited")
            continue
        version = pkg.get("version")
        lineno = _line_of(text, f'name = "{raw_name}"')
        if not isinstance(version, str) or not version:
            problems.append(f"{target}:{lineno}: {raw_name} has no locked version")
            continue
        name = canonicalize_name(raw_name)
        pins.append(Pin(name, version, f"{name}=={version}", target, lineno))
    return DepFile(tuple(pins), tuple(problems), tuple(notes))


def _pipfile_lock(path: Path, target: str) -> DepFile:
    """Pipfile.lock's default and develop packages, each locked with `==`."""
    text = path.read_text(encoding="utf-8")
    data: Any = json.loads(text)
    pins: list[Pin] = []
    problems: list[str] = []
    for section in ("default", "develop"):
        entries = data.get(section) if isinstance(data, dict) else None
        for raw_name, entry in (entries or {}).items():
            version = entry.get("version") if isinstance(entry, dict) else None
            lineno = _line_of(text, f'"{raw_name}"')
            if not isinstance(version, str) or not version.startswith("=="):
                problems.append(f"{target}:{lineno}: {raw_name} has no locked version")
                continue
            name = canonicalize_name(raw_name)
            pins.append(Pin(name, version[2:], f"{name}{version}", target, lineno))
    return DepFile(tuple(pins), tuple(problems))
