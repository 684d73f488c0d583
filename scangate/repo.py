"""The git repository around the scanned tree: its top, the files git shows, what changed.

Every question scangate asks git is here, each one `git` process with a fixed
argument list (never a shell) and a timeout. Outside a git work tree each answer
says so (None), and the caller does without.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from scangate.errors import UsageError


def git(folder: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    """`git -C folder ARGS...`; a git that is missing or hangs is a failed call (exit 1)."""
    argv = ["git", "-C", str(folder), *args]
    try:
        return subprocess.run(argv, capture_output=True, check=False, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return subprocess.CompletedProcess(argv, 1, b"", str(exc).encode())


def git_text(folder: Path, *args: str) -> str | None:
    """A git command's output as text, or None when it failed."""
    proc = git(folder, *args)
    return proc.stdout.decode("utf-8", errors="replace") if proc.returncode == 0 else None


def git_toplevel(path: Path) -> Path | None:
    """The git work tree that holds `path`, if any (no git: None)."""
    top = git_text(path if path.is_dir() else path.parent, "rev-parse", "--show-toplevel")
    return Path(top.strip()).resolve() if top and top.strip() else None


def within(path: Path, folder: Path) -> bool:
    """Whether `path` is `folder` or lies below it."""
    return path == folder or folder in path.parents


@dataclass(frozen=True)
class GitFiles:
    """The files under a scan root as git sees them, root-relative."""

    tracked: set[str]
    """Files git tracks."""
    visible: set[str]
    """Files git does not ignore: tracked, or untracked and not ignored."""


def git_files(root: Path) -> GitFiles | None:
    """What git tracks and what it does not ignore under `root`, from one `ls-files`
    (`-t` tags each tracked file `H`, each untracked one `?`); None when `root` is not
    in a git work tree."""
    proc = git(root, "ls-files", "-z", "-t", "--cached", "--others", "--exclude-standard")
    if proc.returncode != 0:
        return None
    tracked, visible = set(), set()
    for entry in proc.stdout.split(b"\0"):
        if len(entry) < 3:
            continue
        path = os.fsdecode(entry[2:])
        visible.add(path)
        if entry[:1] != b"?":
            tracked.add(path)
    return GitFiles(tracked, visible)


def repo_prefix(root: Path) -> str:
    """Where the scan root lies in the repository (`backend/`; "" at its top).

    GitHub maps SARIF URIs and annotation paths relative to the repository root
    (the workspace); a scan run in a subfolder must name its files from there.
    """
    top: Path | None = None
    workspace = os.environ.get("GITHUB_WORKSPACE")
    if workspace and within(root, Path(workspace).resolve()):
        top = Path(workspace).resolve()
    else:
        top = git_toplevel(root)
    if top is None or root == top or not within(root, top):
        return ""
    return root.relative_to(top).as_posix() + "/"


def run_id(explicit: str | None, root: Path) -> str:
    """What ties the shards of one run together: --run-id, the CI run, else the commit."""
    if explicit:
        return explicit
    gh = os.environ.get("GITHUB_RUN_ID")
    if gh:
        # Not the attempt: re-running one failed shard must still merge with the others.
        return f"github-{gh}"
    top = git_toplevel(root)
    head = git_text(top, "rev-parse", "HEAD") if top is not None else None
    return f"git-{head.strip()}" if head and head.strip() else "unnamed"


_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")


def changed_lines(root: Path, base: str) -> dict[str, set[int]]:
    """Lines added or changed since `base` (a git ref), per root-relative path; new files whole."""
    if base.startswith("-"):
        raise UsageError(f"--diff-base: not a git ref: {base}")

    def run(*args: str) -> str:
        proc = git(root, *args)
        if proc.returncode != 0:
            err = proc.stderr.decode("utf-8", errors="replace").strip()
            last = (err.splitlines() or [f"exit {proc.returncode}"])[-1]
            raise UsageError(f"--diff-base {base}: git failed: {last}")
        return proc.stdout.decode("utf-8", errors="replace")

    run("rev-parse", "--show-toplevel")  # a clear error when root is not in a git work tree
    run("rev-parse", "--verify", "--quiet", f"{base}^{{commit}}")
    diff = run("diff", "--unified=0", "--no-color", "--no-ext-diff", "--relative", base, "--", ".")
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
    for name in run("ls-files", "--others", "--exclude-standard").splitlines():
        try:
            n = sum(1 for _ in (root / name).open(encoding="utf-8", errors="replace"))
        except OSError:
            continue
        out.setdefault(name, set()).update(range(1, n + 2))
    return out
