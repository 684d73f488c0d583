"""Target discovery: the exclude globs (scangate.discover.excluded), checked against
their plain definition, since discovery matches them through one compiled regex; and
the built-in exclusions, which never hide a file git tracks."""

from __future__ import annotations

import fnmatch
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from scangate.discover import discover, excluded
from scangate.model import Category
from scangate.settings.config import DEFAULT_EXCLUDE

NAMES = ["tests", "build", "a", "b", "abc", "x1y", "vendor", "conf", "we ird", "a.b", "m.py"]
GLOBS = ["tests", "build/", "*.pyc", "docs/*", "a/b", "[ab]*c", "x?y", "*/conf/*", "we ird/",
         "a.b", "*", "m.[!p]y", "a*/b"]  # fmt: skip


def by_definition(rel: str, patterns: tuple[str, ...]) -> bool:
    """A glob matches the path, one of its parent folders, or one component."""
    parts = rel.split("/")
    candidates = ["/".join(parts[: i + 1]) for i in range(len(parts))] + parts
    return any(fnmatch.fnmatchcase(c, p.rstrip("/")) for p in patterns for c in candidates)


@settings(max_examples=500, deadline=None)
@given(
    path=st.lists(st.sampled_from(NAMES), min_size=1, max_size=5),
    patterns=st.lists(st.sampled_from(GLOBS), max_size=4),
)
def test_excluded_matches_its_definition(path: list[str], patterns: list[str]) -> None:
    rel = "/".join(path)
    assert excluded(rel, patterns) == by_definition(rel, tuple(patterns))


def test_a_folder_glob_excludes_everything_under_it() -> None:
    assert excluded("pkg/build/x.py", ["build/"])
    assert excluded("docs/conf/settings.py", ["docs/*"])
    assert not excluded("pkg/builder.py", ["build"])
    assert not excluded("a.py", [])


def test_built_in_exclusions_never_hide_a_file_git_tracks(tmp_path: Path) -> None:
    """A pull request could put its code in a package named `venv` (Python imports it)
    and have it skipped as a virtualenv. Built-in names skip only what git does not
    track; the config's own `exclude` still applies to everything."""
    files = ["app.py", "venv/__init__.py", "venv/handlers.py", ".venv/lib/site.py",
             "pkg/node_modules/x.py", "__pycache__/y.py"]  # fmt: skip
    for rel in files:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x = 1\n")
    tracked = {"app.py", "venv/__init__.py", "venv/handlers.py", "pkg/node_modules/x.py"}

    def found(exclude: tuple[str, ...] = (), tracked: set[str] | None = tracked) -> set[str]:
        got = discover([str(tmp_path)], tmp_path, exclude, None, DEFAULT_EXCLUDE, tracked)
        return set(got.targets[Category.SAST])

    assert found() == tracked  # the untracked .venv and __pycache__ stay out
    assert found(tracked=None) == {"app.py"}  # outside git: by name
    assert found(exclude=("venv",)) == {"app.py", "pkg/node_modules/x.py"}
    # A tracked file named on the command line is scanned too.
    named = discover(
        [str(tmp_path / "venv/handlers.py")], tmp_path, (), None, DEFAULT_EXCLUDE, tracked
    )
    assert named.targets[Category.SAST] == ("venv/handlers.py",)


def test_a_script_whose_shebang_runs_python_is_a_target(tmp_path: Path) -> None:
    """A file the project runs as Python is code under review whatever it is named."""
    scripts = {
        "bin/tool": "#!/usr/bin/env python3\nimport os\n",
        "bin/tool311": "#!/usr/bin/python3.11 -u\nx = 1\n",
        "bin/env-s": "#!/usr/bin/env -S python3 -X dev\nx = 1\n",
        "bin/gui.pyw": "x = 1\n",
        "bin/deploy": "#!/bin/sh\necho python\n",
        "bin/notes": "python is mentioned here\n",
        "bin/pythonic": "#!/usr/bin/env pythonic\n",
        "README": "#!python\n",  # also a python shebang: an odd one, still a target
        "data.txt": "#!/usr/bin/env python3\n",  # a suffix that is not Python: by name
    }
    for rel, text in scripts.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text)
    got = discover([str(tmp_path)], tmp_path, ())
    assert set(got.targets[Category.SAST]) == {
        "bin/tool", "bin/tool311", "bin/env-s", "bin/gui.pyw", "README",
    }  # fmt: skip
