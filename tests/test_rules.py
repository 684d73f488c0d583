"""The shipped rule pack holds together: the taint rules share their sources and
propagators, so that an edit to one rule's copy cannot silently leave the others
behind (docs/rules.md, "Maintaining the taint rules").

semgrep's own `--test rules/` (run by ./dev test) checks each rule against its
annotated test file; this checks what no single test file can."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

import yaml

from conftest import REPO

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
