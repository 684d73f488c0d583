"""Errors that end scangate before a verdict: exit 2 (bad input) or 3 (cannot vouch)."""

from __future__ import annotations


class UsageError(Exception):
    """Bad input from the user: one clear line on stderr, exit 2, no traceback."""


class IncompleteMerge(Exception):
    """`merge` was not given every shard of one run: exit 3, the gate cannot vouch."""
