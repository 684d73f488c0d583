"""The strict reader of a config file's tables: every problem names the file and the key.

A typo such as `fail_on_degradd` must not silently weaken the gate, so unknown
keys are errors, and every message says what was expected and what was found.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from scangate.errors import UsageError


class Reader:
    """Reads one config file's values, remembering which keys it set."""

    def __init__(self, source: str, prefix: str, trusted: bool = True) -> None:
        self.source = source
        self.prefix = prefix
        self.trusted = trusted
        self.explicit: set[str] = set()

    def privileged(self, key: str) -> None:
        """Refuse a key that names programs or trusted data in a config from the scanned tree."""
        if not self.trusted:
            raise UsageError(
                f"{self.source}: {self.prefix}{key}: a config inside the scanned tree cannot "
                "name programs or a result cache (the code under review would choose what "
                "reviews it); give a config from outside the tree with --config, or pass "
                "--trust-config if this tree is yours"
            )

    def fail(self, key: str, expected: str, got: object) -> UsageError:
        """The error for a value of the wrong kind (to raise)."""
        shown = repr(got)
        if len(shown) > 60:
            shown = shown[:57] + "..."
        return UsageError(f"{self.source}: {self.prefix}{key}: expected {expected}, got {shown}")

    def table(self, data: object, key: str, allowed: tuple[str, ...]) -> dict[str, Any]:
        """A table whose keys are all `allowed`."""
        if not isinstance(data, dict):
            raise self.fail(key, "a table", data)
        for k in data:
            if k not in allowed:
                where = f"{self.prefix}{key}" if key else self.prefix.rstrip(".")
                raise UsageError(
                    f"{self.source}: [{where}] unknown key {k!r} "
                    f"(expected one of: {', '.join(allowed)})"
                )
        return data

    def str_list(self, data: object, key: str) -> tuple[str, ...]:
        """A list of strings."""
        if not isinstance(data, list) or not all(isinstance(x, str) for x in data):
            raise self.fail(key, "a list of strings", data)
        return tuple(data)

    def boolean(self, data: object, key: str) -> bool:
        """true or false."""
        if not isinstance(data, bool):
            raise self.fail(key, "true or false", data)
        return data

    def count(self, data: object, key: str, minimum: int = 0) -> int:
        """An integer >= `minimum`."""
        if isinstance(data, bool) or not isinstance(data, int) or data < minimum:
            raise self.fail(key, f"an integer >= {minimum}", data)
        return data

    def seconds(self, data: object, key: str) -> float:
        """A finite number of seconds > 0 (nan and inf would disable a timeout)."""
        if (
            isinstance(data, bool)
            or not isinstance(data, (int, float))
            or not math.isfinite(data)
            or data <= 0
        ):
            raise self.fail(key, "a finite number of seconds > 0", data)
        return float(data)

    def share(self, data: object, key: str) -> float:
        """A share from 0 to 1."""
        if isinstance(data, bool) or not isinstance(data, (int, float)) or not 0 <= data <= 1:
            raise self.fail(key, "a share from 0 to 1", data)
        return float(data)

    def path(self, data: object, key: str, base: Path, what: str) -> str:
        """A non-empty path, resolved against the config file's folder `base`."""
        if not isinstance(data, str) or not data:
            raise self.fail(key, what, data)
        return str((base / data).resolve())
