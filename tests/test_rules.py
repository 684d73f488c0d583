"""The shipped rule pack holds together: the taint rules share their sources and
propagators, so that an edit to one rule's copy cannot silently leave the others
behind (docs/rules.md, "Maintaining the taint rules").

semgrep's own `--test rules/` (run by ./dev test) checks each rule against its
annotated test file; this checks what no single test file can."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any

import yaml

from conftest import REPO
from scangate.adapters.semgrep_rules import LEGACY_HINT_KEYS, corroborated

INJECTION = {
    "python-code-injection", "python-command-injection", "python-ldap-injection",
    "python-open-redirect", "python-path-traversal", "python-sql-injection", "python-ssrf",
    "python-trust-boundary-session", "python-xpath-injection", "python-xss",
    "python-xxe-untrusted-xml",
}  # fmt: skip
COMPANIONS = {
    "python-eval-of-variable", "python-shell-command-from-variable",
    "python-sql-built-from-variable", "python-html-marked-safe-from-variable",
}  # fmt: skip


def taint_rules() -> dict[str, dict[str, Any]]:
    out = {}
    for path in sorted((REPO / "rules").glob("*.yaml")):
        for rule in yaml.safe_load(path.read_text())["rules"]:
            if rule.get("mode") == "taint":
                out[rule["id"]] = rule
    return out


def variants(rules: dict[str, dict[str, Any]], ids: set[str], part: str) -> dict[str, list[str]]:
    """The distinct versions of `part` among `ids`, each with the rules holding it."""
    seen: dict[str, list[str]] = defaultdict(list)
    for rid in sorted(ids):
        seen[json.dumps(rules[rid].get(part), sort_keys=True)].append(rid)
    return seen


def test_every_injection_rule_has_the_same_sources() -> None:
    rules = taint_rules()
    assert set(rules) >= INJECTION | COMPANIONS
    for group in (INJECTION, COMPANIONS):
        found = variants(rules, group, "pattern-sources")
        assert len(found) == 1, f"sources differ between: {list(found.values())}"


def test_every_injection_rule_has_the_same_propagators() -> None:
    rules = taint_rules()
    found = variants(rules, INJECTION | COMPANIONS, "pattern-propagators")
    assert len(found) == 1, f"propagators differ between: {list(found.values())}"


def test_a_changed_copy_is_caught() -> None:
    """The check itself: one rule's sources edited, the others not."""
    rules = taint_rules()
    rules["python-ssrf"] = {**rules["python-ssrf"], "pattern-sources": [{"pattern": "input()"}]}
    assert len(variants(rules, INJECTION, "pattern-sources")) == 2


def all_rules() -> list[dict[str, Any]]:
    return [
        rule
        for path in sorted((REPO / "rules").glob("*.yaml"))
        for rule in yaml.safe_load(path.read_text())["rules"]
    ]


def test_shipped_rules_name_their_corroborating_checks_under_corroborates() -> None:
    """The pack uses `metadata.corroborates: {scanner: [ids]}` only (LEGACY_HINT_KEYS are
    for users' older rule files), and every id is one of bandit's or ruff's."""
    pattern = {"bandit": r"B\d{3}", "ruff": r"S\d{3}"}
    named = 0
    for rule in all_rules():
        meta = rule["metadata"]
        assert not set(LEGACY_HINT_KEYS) & set(meta), rule["id"]
        for scanner, ids in meta.get("corroborates", {}).items():
            assert ids and all(re.fullmatch(pattern[scanner], i) for i in ids), (rule["id"], ids)
            named += 1
    assert named >= 30  # most rules have a bandit and a ruff counterpart


def test_corroborated_reads_every_form_and_keeps_the_order() -> None:
    assert corroborated({"corroborates": {"bandit": ["B602"], "ruff": ["S602"]}}) == (
        "B602",
        "S602",
    )
    assert corroborated({"corroborates": ["B602", "B602", "S602"]}) == ("B602", "S602")
    assert corroborated({"bandit": ["B307"], "ruff": ["S307"]}) == ("B307", "S307")  # legacy
    assert corroborated({"corroborates": {"bandit": ["B1"]}, "bandit": ["B2"]}) == ("B1", "B2")
    assert corroborated({"corroborates": "B602", "bandit": None}) == ()  # wrong shapes: none
    assert corroborated({}) == ()
