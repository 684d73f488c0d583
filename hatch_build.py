"""Wheel build hook: the wheel carries the rule pack (`rules/*.yaml`) as
`scangate/_rules/`, without the rules' test files, which are deliberately
vulnerable code (a scanner of the installed environment would report them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class RulePackOnly(BuildHookInterface):
    """Add each rule file of `rules/` to the wheel, and nothing else from there."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        for rule in sorted(Path(self.root, "rules").glob("*.yaml")):
            build_data["force_include"][str(rule)] = f"scangate/_rules/{rule.name}"
