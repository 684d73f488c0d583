"""scan/decode.py: a UTF-8 view says what Python reads, line for line.

The property: for source written in any encoding a coding declaration can name, with
any newline style, the view parses to the same syntax tree, with the same line
numbers, as Python's own parse of the original bytes; and `python_lines` numbers the
lines as Python does. Unit cases pin the attacks that motivated it (a Latin-1 file
that blinds semgrep's regex operators, UTF-7 code hidden in a comment)."""

from __future__ import annotations

import ast
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scangate.adapters.interface import ScanContext
from scangate.scan.decode import python_lines, python_text, view_text, write_views
from scangate.settings.config import ScannerSettings

LATIN1_APP = b'# -*- coding: latin-1 -*-\n"""Caf\xe9."""\nimport os\nos.system(input())\n'
UTF7_HIDDEN = b"# coding: utf-7\nimport os\n# note +AAo-os.system(input())\n"


def tree(source: bytes | str, columns: bool = True) -> str:
    parsed = ast.parse(source)
    if not columns:
        for node in ast.walk(parsed):
            for attr in ("col_offset", "end_col_offset"):
                if hasattr(node, attr):
                    setattr(node, attr, 0)
    return ast.dump(parsed, include_attributes=True)


def test_a_latin1_file_gets_a_utf8_view_with_the_same_tree() -> None:
    view = view_text(LATIN1_APP)
    assert view is not None
    assert view.splitlines()[0] == "# (decoded from iso-8859-1 by scangate)"
    assert '"""Café."""' in view
    assert tree(view.encode()) == tree(LATIN1_APP)
    with pytest.raises(UnicodeDecodeError):
        LATIN1_APP.decode("utf-8")  # the case is one semgrep's regex operators miss


def test_utf7_code_hidden_in_a_comment_is_code_in_the_view() -> None:
    view = view_text(UTF7_HIDDEN)
    assert view is not None
    assert view.splitlines()[3] == "os.system(input())"  # line 4, as Python numbers it
    assert tree(view.encode()) == tree(UTF7_HIDDEN)
    assert python_lines(UTF7_HIDDEN)[3] == "os.system(input())"
    # Read as UTF-8, the call is inside a comment on line 3:
    assert "os.system" not in ast.dump(ast.parse(UTF7_HIDDEN.decode("utf-8")))


def test_a_declaration_after_lone_carriage_returns_is_honoured() -> None:
    """Python ends a line at a lone \\r and reads the declaration there; tokenize's
    detect_encoding, reading to \\n only, does not."""
    source = UTF7_HIDDEN.replace(b"\n", b"\r")
    view = view_text(source)
    assert view is not None and "\nos.system(input())" in view
    assert tree(view.encode()) == tree(source)


def test_lone_carriage_returns_get_a_view_with_python_s_lines() -> None:
    """semgrep does not end a line at a lone \r: the whole file is one comment line."""
    source = b"# app\rimport os\ros.system(input())\r"
    assert view_text(source) == "# app\nimport os\nos.system(input())\n"
    assert view_text(source.replace(b"\r", b"\r\n")) is None  # CRLF: read alike
    assert python_lines(source) == ["# app", "import os", "os.system(input())"]


def test_files_python_reads_as_utf8_get_no_view() -> None:
    assert view_text(b"import os\n") is None
    assert view_text(b"\xef\xbb\xbfimport os\n") is None  # a BOM
    assert view_text(b"# coding: latin-1\nimport os\n") is None  # ASCII either way
    assert view_text(b'x = "\xc3\xa9"\n') is None  # UTF-8 with no declaration


def test_bytes_python_cannot_decode_are_replaced_not_dropped() -> None:
    """Python refuses this file (it cannot run); the view still shows its code."""
    source = b'"""\xff\xfe."""\nimport os\nos.system(input())\n'
    view = view_text(source)
    assert view is not None and view.splitlines() == [
        '"""\ufffd\ufffd."""',
        "import os",
        "os.system(input())",
    ]


FULLWIDTH_E = "\uff45"  # NFKC: "e"


def test_names_are_in_nfkc_form_as_python_reads_them() -> None:
    """A fullwidth letter makes `eval` a name semgrep and ruff do not know; Python calls
    eval. In f-string expressions too. The view never gains syntax: a run that would
    not stay a run of word characters is left alone."""
    source = (
        f"{FULLWIDTH_E}val(input())\n"
        f'x = f"{{{FULLWIDTH_E}val(input())}}"\n'
        'name = "Café"\n'
        "n = '\u2488'\n"  # DIGIT ONE FULL STOP: NFKC "1." is not a word: kept
    ).encode()
    view = view_text(source)
    assert view is not None
    assert view.splitlines() == [
        "eval(input())",
        'x = f"{eval(input())}"',
        'name = "Café"',
        "n = '\u2488'",
    ]
    assert "eval" in {n.id for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Name)}
    assert view_text('name = "Café"\n'.encode()) is None  # already NFKC: no view


def test_python_lines_split_only_where_python_does() -> None:
    source = b'# coding: latin-1\nx = "\x85\x0c"\r\ny = 1\rz = 2'
    assert python_lines(source) == ["# coding: latin-1", 'x = "\x85\x0c"', "y = 1", "z = 2"]
    assert len(python_lines(source)) == max(n.lineno for n in ast.walk(ast.parse(source))
                                            if isinstance(n, ast.stmt))  # fmt: skip


ENCODINGS = ["latin-1", "cp1252", "utf-7", "utf-8", "koi8-r", "cp437"]
# Names as written, and as Python reads them (NFKC): fullwidth, a ligature, a math letter.
NAMES = ["value", "\uff56alue", "\ufb01le", "\U0001d42fal", "caf\u00e9"]
TEXT = st.text(alphabet=st.sampled_from("abcé€ЖΩ +-'\"#\\ñ"), max_size=12)


@st.composite
def sources(draw: st.DrawFn) -> bytes:
    encoding = draw(st.sampled_from(ENCODINGS))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    body = []
    for i in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["assign", "comment", "call", "blank"]))
        value = draw(TEXT)
        name = draw(st.sampled_from(NAMES))
        if kind == "assign":
            body.append(f"{name}{i} = {value!r}")
        elif kind == "comment":
            body.append(f"# {value}")
        elif kind == "call":
            body.append(f"print(v{i - 1 if i else 0}, {value!r})")
        else:
            body.append("")
    first = [draw(st.sampled_from(["", "#!/usr/bin/env python"]))]
    text = newline.join([*first, f"# -*- coding: {encoding} -*-", *body]) + newline
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return newline.join([*first, f"# -*- coding: {encoding} -*-", "x = 1"]).encode()


@settings(max_examples=300, deadline=None)
@given(sources())
def test_the_view_parses_to_python_s_tree_with_python_s_line_numbers(source: bytes) -> None:
    view = view_text(source)
    seen = (source.decode("utf-8") if view is None else view).encode()
    # The same nodes with the same names on the same lines (columns move where a name
    # was not in NFKC form: only those are allowed to differ).
    assert tree(seen, columns=False) == tree(source, columns=False)
    decoded = python_text(source)
    if all(unicodedata.normalize("NFKC", w) == w for w in re.findall(r"\w+", decoded)):
        assert tree(seen) == tree(source)
    ours, theirs = python_lines(source), python_lines(seen)
    assert len(ours) == len(theirs)
    for a, b in zip(ours, theirs, strict=True):  # the same text, but the declaration
        same = unicodedata.normalize("NFKC", a) == unicodedata.normalize("NFKC", b)
        assert same or (view is not None and b.startswith("# (decoded from "))


def test_a_context_hands_views_out_and_maps_their_paths_back(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "pkg").mkdir(parents=True)
    (root / "pkg" / "old.py").write_bytes(LATIN1_APP)
    (root / "new.py").write_bytes(b"import os\n")
    written = write_views(root, ["pkg/old.py", "new.py", "gone.py"], tmp_path / "views")
    assert written.made == {"pkg/old.py"} and not written.failed
    views = written.made
    ctx = ScanContext(root, ("pkg/old.py", "new.py"), ScannerSettings(), tmp_path / "wd")
    ctx = ScanContext(
        root, ctx.targets, ctx.settings, ctx.workdir, views=views, views_dir=tmp_path / "views"
    )
    assert ctx.abs("pkg/old.py") == str(tmp_path / "views" / "same" / "pkg" / "old.py")
    assert ctx.abs("new.py") == str(root / "new.py")
    assert ctx.rel(ctx.abs("pkg/old.py")) == "pkg/old.py"
    assert ctx.rel(str(root / "new.py")) == "new.py"
    assert ctx.rel(str(tmp_path / "views" / "same" / "other.py")) is None  # not a view
    assert Path(ctx.abs("pkg/old.py")).read_bytes().decode("utf-8") == view_text(LATIN1_APP)


def test_a_script_not_named_py_gets_a_py_view_in_a_folder_of_its_own(tmp_path: Path) -> None:
    """semgrep skips a file that is not named `.py`, even named explicitly; its view is
    `<name>.py`, apart from the views of `.py` files, so `tool` and `tool.py` never meet."""
    root = tmp_path / "repo"
    (root / "bin").mkdir(parents=True)
    (root / "bin" / "tool").write_bytes(b"#!/usr/bin/env python3\nimport os\n")
    (root / "bin" / "tool.py").write_bytes(LATIN1_APP)
    views = write_views(root, ["bin/tool", "bin/tool.py"], tmp_path / "views").made
    assert views == {"bin/tool", "bin/tool.py"}
    ctx = ScanContext(
        root, ("bin/tool", "bin/tool.py"), ScannerSettings(), tmp_path / "wd",
        views=views, views_dir=tmp_path / "views",
    )  # fmt: skip
    script, module = ctx.abs("bin/tool"), ctx.abs("bin/tool.py")
    assert script.endswith("/suffixed/bin/tool.py") and module.endswith("/same/bin/tool.py")
    assert Path(script).read_bytes() == (root / "bin" / "tool").read_bytes()  # as it is
    assert (ctx.rel(script), ctx.rel(module)) == ("bin/tool", "bin/tool.py")
    assert ctx.rel(str(tmp_path / "views" / "suffixed" / "bin" / "other.py")) is None


def test_a_view_that_cannot_be_written_is_reported_not_skipped(tmp_path: Path) -> None:
    """The scanner must then not be handed the file itself (it would misread it)."""
    root = tmp_path / "repo"
    root.mkdir()
    (root / "old.py").write_bytes(LATIN1_APP)
    (tmp_path / "views").mkdir()
    (tmp_path / "views" / "same").write_text("a file where the folder should be")
    written = write_views(root, ["old.py"], tmp_path / "views")
    assert written.made == frozenset()
    assert "could not be written" in written.failed["old.py"]


@pytest.mark.slow
def test_the_engine_does_not_hand_a_scanner_a_file_whose_view_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Real semgrep and bandit, in process; FAULT INJECTION: the view of a Latin-1 file
    cannot be written. semgrep would misread the file itself and find nothing, so it
    is not given it: the file is its own miss (every check), never examined. bandit,
    which reads the file as Python does, still examines it."""
    from scangate.adapters.bandit import BanditAdapter
    from scangate.adapters.semgrep import SemgrepAdapter
    from scangate.model import Category, Role
    from scangate.scan import engine
    from scangate.scan.decode import Views

    root = tmp_path / "repo"
    root.mkdir()
    (root / "old.py").write_bytes(LATIN1_APP)
    (root / "new.py").write_bytes(b"import os\n\nos.system(input())\n")
    broken = Views(failed={"old.py": "its UTF-8 view could not be written: disk full"})
    monkeypatch.setattr(engine, "write_views", lambda *a: broken)
    selected = [
        engine.Selected(SemgrepAdapter(), ScannerSettings(), Role.PRIMARY),
        engine.Selected(BanditAdapter(), ScannerSettings(), Role.PRIMARY),
    ]
    runs = {
        r.scanner: r for r in engine.scan(selected, {Category.SAST: ("new.py", "old.py")}, root)
    }
    semgrep = runs["semgrep"].coverage
    assert semgrep.examined == ("new.py",)
    (miss,) = semgrep.missed
    assert (miss.target, miss.cwes) == ("old.py", ())
    assert "disk full" in miss.reason
    assert set(runs["bandit"].coverage.examined) == {"new.py", "old.py"}
