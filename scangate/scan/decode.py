"""Python source as Python reads it, for scanners that do not.

Python decodes a source file by its PEP 263 coding declaration (`# -*- coding:
latin-1 -*-`) and normalizes identifiers to NFKC (PEP 3131); semgrep and ruff read
every file as UTF-8 and take names as written. Four things follow, measured with
semgrep 1.185.0 and ruff 0.17.6 (docs/scanners.md, "Source encodings"):

- In a file that is not valid UTF-8 (a Latin-1 file with one accented letter),
  semgrep's regex operators never match and it reports no error: every rule of our
  pack gated by a `pattern-regex` is silently blind there, so a vulnerable file
  passes.
- A UTF-7 declaration lets a file hide code from any UTF-8 reader: `# +AAo-x()`
  is a comment to semgrep and a newline followed by `x()` to Python.
- `\uff45val(request.args["e"])` (with a fullwidth e) calls eval in Python; semgrep
  and ruff see an unknown function, and bandit's eval check is medium: PASS.
- A lone carriage return ends a line for Python, not for semgrep: in a file whose
  lines end in "\r" semgrep sees one line, a comment, and finds nothing.

So those scanners are handed a *view*: a UTF-8 copy of the file, decoded the way
Python decodes it, its names in NFKC form, with the declaration line replaced by a
plain comment (so that a tool honouring it does not decode the view a second time).
Line numbers in the view are Python's, the same as bandit reports (it parses with
`ast`, as Python does), and scangate's own reading of source lines (suppression
comments, fingerprints) uses `python_lines`, so every line number means the same
line. Files that are already
plain UTF-8 with names in NFKC form get no view.
"""

from __future__ import annotations

import io
import re
import tokenize
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from scangate.adapters.interface import view_name

# Python's own pattern for a coding declaration (tokenize.cookie_re).
_COOKIE = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")
_NEWLINE = re.compile(r"\r\n|\r|\n")
_BYTES_NEWLINE = re.compile(rb"\r\n|\r|\n")
UTF8 = ("utf-8", "utf-8-sig")
_WORD = re.compile(r"\w+")
_LONE_CR = re.compile(r"\r(?!\n)")


def _declaration(data: bytes) -> tuple[str | None, int]:
    """The encoding Python would decode `data` with, and the line (1 or 2) holding its
    declaration (0: none). None when Python refuses the file (an unknown or impossible
    declaration): it cannot run, so it cannot do harm."""
    # tokenize reads lines up to b"\n" only; Python's tokenizer also ends a line at a
    # lone b"\r" (and honours a declaration there), so the probe is split like Python.
    head = _BYTES_NEWLINE.split(data, maxsplit=2)[:2]
    probe = b"".join(line + b"\n" for line in head)
    try:
        encoding, read = tokenize.detect_encoding(io.BytesIO(probe).readline)
    except (SyntaxError, LookupError):
        return None, 0
    found = [i for i, line in enumerate(read, 1) if _COOKIE.match(line)]
    return encoding, (found[-1] if found else 0)


def _encoding(data: bytes) -> str | None:
    return _declaration(data)[0]


def python_text(data: bytes) -> str:
    """`data` decoded as Python decodes it; bytes it cannot decode become U+FFFD."""
    encoding = _encoding(data) or "utf-8"
    try:
        return data.decode(encoding, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def python_lines(data: bytes) -> list[str]:
    """The source's lines as Python numbers them: `\\n`, `\\r\\n` and `\\r` end a line,
    nothing else (str.splitlines also splits at form feeds and U+0085, which Latin-1
    text may hold)."""
    text = python_text(data)
    lines = _NEWLINE.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _nfkc_words(text: str) -> str:
    """Every run of word characters that holds a non-ASCII one, NFKC-normalized when the
    result is still a run of word characters. Python normalizes identifiers so (PEP
    3131): `\uff45val(x)` is `eval(x)` to Python and an unknown name to semgrep and ruff.
    String and comment text is normalized too, which changes nothing a scanner checks;
    no run can gain a quote, a newline or any other syntax."""

    def one(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.isascii():
            return word
        normal = unicodedata.normalize("NFKC", word)
        return normal if _WORD.fullmatch(normal) else word

    return _WORD.sub(one, text)


def view_text(data: bytes) -> str | None:
    """The UTF-8 view of a file for a scanner that does not read source as Python does;
    None when it would read the same (plain UTF-8 whose names are already in NFKC form
    and whose lines end in "\n" or "\r\n", or a declaration over ASCII-only text)."""
    try:
        as_utf8: str | None = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        as_utf8 = None
    encoding, declared_on = _declaration(data)
    if as_utf8 is not None and encoding in (*UTF8, None):
        text = as_utf8  # what Python reads too (a file it refuses cannot run)
    else:
        text = python_text(data).removeprefix("\ufeff")
    if not text.isascii():
        text = _nfkc_words(text)
    if text == as_utf8 and not _LONE_CR.search(text):
        return None
    # Lines end in "\n" in the view, as Python numbers them (a lone "\r" ends one too).
    lines = _NEWLINE.split(text)
    if declared_on:  # the declaration is a whole comment line: replace it with another
        lines[declared_on - 1] = f"# (decoded from {encoding} by scangate)"
    return "\n".join(lines)


@dataclass(frozen=True)
class Views:
    """The views of one scan."""

    made: frozenset[str] = frozenset()
    """Targets handed over as their view."""
    failed: Mapping[str, str] = field(default_factory=dict)
    """Targets that need a view that could not be written, and why: a scanner that
    reads views must not be handed the file itself (it would misread it silently)."""


def write_views(root: Path, targets: Iterable[str], folder: Path) -> Views:
    """Write a view under `folder` (`view_name`) for each target that needs one: one
    Python reads differently (`view_text`), or one not named `.py`. An unreadable
    target gets none: the scanner reports it."""
    made, failed = set(), {}
    for target in targets:
        try:
            data = (root / target).read_bytes()
        except OSError:
            continue
        text = view_text(data)
        if text is None and target.endswith(".py"):
            continue
        dest = folder / view_name(target)
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            if text is None:
                dest.write_bytes(data)
            else:
                dest.write_text(text, encoding="utf-8", newline="")
        except OSError as exc:
            failed[target] = f"its UTF-8 view (as Python reads it) could not be written: {exc}"
            continue
        made.add(target)
    return Views(frozenset(made), failed)
