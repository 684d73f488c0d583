"""Stable fingerprints: the same finding keeps its id when lines above it move.

A fingerprint hashes the scanner, the rule, the root-relative path and the
*text* of the flagged line (whitespace collapsed), plus an occurrence counter
for identical lines, never the line number or an absolute path. So it survives
code added above it and a checkout in another folder, and it changes when the
flagged code itself changes. Dependency findings hash package and advisory.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from scangate.model import Category, Finding
from scangate.scan.decode import python_lines


def _line_text(root: Path, rel: str, line: int, cache: dict[str, list[str]]) -> str:
    if rel not in cache:
        try:
            cache[rel] = python_lines((root / rel).read_bytes())
        except OSError:
            cache[rel] = []
    lines = cache[rel]
    if 1 <= line <= len(lines):
        return " ".join(lines[line - 1].split())
    return ""


def assign(findings: Iterable[Finding], root: Path) -> tuple[Finding, ...]:
    """Give every finding its fingerprint (in a deterministic order)."""
    ordered = sorted(
        findings,
        key=lambda f: (
            f.location.path,
            f.location.start_line,
            f.location.start_column or 0,
            f.scanner,
            f.rule_id,
        ),
    )
    cache: dict[str, list[str]] = {}
    seen: Counter[str] = Counter()
    out: list[Finding] = []
    for f in ordered:
        if f.category == Category.DEPS:
            text = f.package or ""
        else:
            text = _line_text(root, f.location.path, f.location.start_line, cache)
        basis = "\0".join((f.scanner, f.rule_id, f.location.path, text))
        seen[basis] += 1
        digest = hashlib.sha256(f"{basis}\0{seen[basis]}".encode()).hexdigest()[:32]
        line_hash = hashlib.sha256(text.encode()).hexdigest()[:16]
        out.append(dataclasses.replace(f, fingerprint=digest, line_hash=line_hash))
    return tuple(out)
