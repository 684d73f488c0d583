"""Target discovery: the exclude globs (scangate.discover.excluded), checked against
their plain definition, since discovery matches them through one compiled regex."""

from __future__ import annotations

import fnmatch

from hypothesis import given, settings
from hypothesis import strategies as st

from scangate.discover import excluded

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
