"""semgrep's rule packs: found, parsed once, compiled to JSON, and read for metadata.

The adapter hands semgrep one JSON pack instead of the YAML files (see
`write_pack` for why), and reads the rules' own metadata: the CWEs each rule
checks (what a file missed when a rule gave up on it) and the checks of other
scanners a rule's finding corroborates (correlation hints).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from scangate.cwe import parse_cwes

RULE_SUFFIXES = (".yaml", ".yml")
PACK_NAME = "rules.json"
# For rule files written before `metadata.corroborates`: top-level metadata keys that
# name one scanner each and list its check ids (`bandit: [B602]`). Read as if they
# were `corroborates: {bandit: [B602]}`; new rules use `corroborates`.
LEGACY_HINT_KEYS = ("bandit", "ruff")


def bundled_rules() -> Path:
    """The rules shipped with scangate: in the wheel, or `rules/` of a source checkout."""
    packaged = resources.files("scangate") / "_rules"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "rules"


def _is_rule_file(path: Path) -> bool:
    """semgrep's test for a rule file in a --config folder (semgrep.util.is_config_suffix)."""
    suffixes = path.suffixes
    return (
        bool(suffixes)
        and suffixes[-1] in RULE_SUFFIXES
        and suffixes[-2:-1] != [".test"]
        and ".fixed" not in suffixes
    )


def _rule_files(paths: list[Path]) -> list[Path] | None:
    """The YAML files semgrep would read for these --config paths; None if any path is
    something else (a JSON or jsonnet file, a missing path)."""
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if _is_rule_file(f) and f.is_file())
        elif p.is_file() and p.suffix in RULE_SUFFIXES:
            files.append(p)
        else:
            return None
    return files


def load_rules(paths: list[Path]) -> list[dict[str, Any]] | None:
    """Every rule of these --config paths, parsed once with ruamel's safe C loader (YAML
    1.2, as semgrep's); None when anything is unusual (unparseable, not a `rules:` list,
    a rule id used twice), so that semgrep reads the files and reports the problem in
    its own words against the user's file."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    files = _rule_files(paths)
    if not files:
        return None
    loader = YAML(typ="safe")
    rules: list[dict[str, Any]] = []
    seen: set[str] = set()
    for f in files:
        try:
            doc = loader.load(f.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, YAMLError, ValueError):
            return None
        if not isinstance(doc, dict) or set(doc) != {"rules"} or not isinstance(doc["rules"], list):
            return None
        for rule in doc["rules"]:
            if not isinstance(rule, dict) or not isinstance(rule.get("id"), str):
                return None
            if rule["id"] in seen:
                return None  # distinct only through their folders' prefixes: keep them apart
            seen.add(rule["id"])
            rules.append(rule)
    return rules


def compile_rules(paths: list[Path], dest: Path) -> Path | None:
    """The rules of these --config paths in one JSON file, or None (see `write_pack`)."""
    return write_pack(load_rules(paths), dest)


def write_pack(rules: list[dict[str, Any]] | None, dest: Path) -> Path | None:
    """All the rules in one JSON file, or None to hand semgrep the paths as they are.

    semgrep reads YAML rules with a pure-Python loader that keeps every node's
    position: for our 20-file pack that is 3-4 CPU-s in every semgrep process, more
    than a pre-commit run then spends scanning. JSON it reads with the json module
    (its own comment: "much faster"); `load_rules` parses the YAML once, in about
    0.15 s.
    """
    if not rules:
        return None
    try:
        text = json.dumps({"rules": rules})
    except (TypeError, ValueError):  # a YAML date or set: not JSON, let semgrep read it
        return None
    dest.mkdir(parents=True, exist_ok=True)
    pack = dest / PACK_NAME
    pack.write_text(text, encoding="utf-8")
    return pack


def cwes_of(meta: Mapping[str, Any]) -> tuple[int, ...]:
    """A rule's CWE ids, from its `metadata.cwe` (one entry or a list)."""
    raw = meta.get("cwe", [])
    return parse_cwes(raw if isinstance(raw, list) else [raw])


def rule_cwes(rules: list[dict[str, Any]] | None) -> dict[str, tuple[int, ...]]:
    """Each rule's CWE ids, from its `metadata.cwe`."""
    out: dict[str, tuple[int, ...]] = {}
    for rule in rules or []:
        meta = rule.get("metadata")
        out[str(rule["id"])] = cwes_of(meta if isinstance(meta, dict) else {})
    return out


def corroborated(meta: Mapping[str, Any]) -> tuple[str, ...]:
    """The check ids of other scanners that a rule's finding corroborates.

    From `metadata.corroborates`: a mapping of scanner name to a list of its check
    ids (`{bandit: [B602], ruff: [S602]}`), or one list of check ids. Rule files
    written before it list them under LEGACY_HINT_KEYS, which are read as well.
    The ids alone are kept: correlation matches them against findings' rule ids.
    """
    declared = meta.get("corroborates")
    lists: list[object] = []
    if isinstance(declared, Mapping):
        lists += declared.values()
    elif isinstance(declared, list):
        lists.append(declared)
    lists += [meta.get(key) for key in LEGACY_HINT_KEYS]
    ids = (str(x) for ids in lists if isinstance(ids, list) for x in ids if x)
    return tuple(dict.fromkeys(ids))


@dataclass(frozen=True)
class RuleIds:
    """semgrep names a rule by check_id, which carries the rule file's folder, dotted (for
    the compiled pack a temporary one): reports say the rule id the user wrote instead."""

    prefixes: tuple[str, ...]
    """The folders' prefixes, longest first (`rule_prefixes`)."""

    def strip(self, check_id: object) -> str:
        """The rule id of a check_id."""
        rid = str(check_id or "")
        return next((rid[len(p) :] for p in self.prefixes if rid.startswith(p)), rid)

    def clean(self, text: str) -> str:
        """Text (an error message) with every check_id in it shortened to its rule id."""
        for p in self.prefixes:
            text = text.replace(p, "")
        return text


def rule_prefixes(paths: list[Path]) -> tuple[str, ...]:
    """semgrep prefixes each check_id with the rule file's folder, dotted (cwd is '/');
    longest first, so that the one that applies is the first that matches."""
    dirs: set[Path] = set()
    for p in paths:
        if p.is_dir():
            for sub, _, _ in os.walk(p):
                dirs.add(Path(sub))
        else:
            dirs.add(p.parent)
    prefixes = {str(d).strip("/").replace("/", ".") + "." for d in dirs}
    return tuple(sorted(prefixes, key=len, reverse=True))
