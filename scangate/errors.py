"""Errors that end scangate with exit code 2 (usage or configuration; nothing scanned)."""

from __future__ import annotations


class UsageError(Exception):
    """Bad input from the user: one clear line on stderr, exit 2, no traceback."""
