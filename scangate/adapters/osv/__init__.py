"""Offline dependency auditing: a local OSV database served to pip-audit on loopback."""
