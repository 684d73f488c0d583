"""Fetch OSV's published PyPI database: one zip of JSON records, refreshed daily by OSV.

The download goes to a temporary file next to the destination, is loaded and
checked as a database, and only then replaces the old copy, so a failed or
truncated download never leaves a broken database behind.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

from scangate.adapters.osv import database
from scangate.errors import UsageError

DEFAULT_URL = "https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip"
TIMEOUT = 120.0


def update(url: str, dest: Path) -> int:
    """Download the database from `url` to `dest`, replacing it only once the download
    loads as a database; return how many records it holds."""
    if not url.startswith(("https://", "http://")):
        raise UsageError(f"--url must be an http(s) URL: {url}")
    dest = dest.resolve()
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".osv-", suffix=".zip", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            try:
                with urllib.request.urlopen(url, timeout=TIMEOUT) as resp:  # noqa: S310 (scheme checked)
                    shutil.copyfileobj(resp, out)
            except (urllib.error.URLError, OSError) as exc:
                raise UsageError(f"cannot download {url}: {exc}") from None
        records = database.load(tmp).records
        os.replace(tmp, dest)
        return records
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
