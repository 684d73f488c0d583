# corpus: cwe=377 label=safe
"""Cache GitHub release metadata so the CLI does not hit the API on every run."""
import json
import os
import time
import urllib.request
from pathlib import Path

CACHE_SECONDS = 6 * 60 * 60
RELEASES_URL = "https://api.github.com/repos/example-org/toolkit/releases/latest"
APP_NAME = "toolkit"


def cache_dir():
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    path = Path(base) / APP_NAME
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def read_cache(path):
    try:
        if time.time() - path.stat().st_mtime > CACHE_SECONDS:
            return None
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_cache(path, data):
    path.write_text(json.dumps(data), encoding="utf-8")


def fetch_latest():
    req = urllib.request.Request(RELEASES_URL, headers={"Accept": "application/vnd.github+json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        payload = json.load(resp)
    return {"tag": payload["tag_name"], "published": payload["published_at"]}


def latest_release():
    path = cache_dir() / "latest-release.json"
    cached = read_cache(path)
    if cached is None:
        cached = fetch_latest()
        write_cache(path, cached)
    return cached


def check_for_update(current_version):
    latest = latest_release()["tag"].lstrip("v")
    if latest != current_version:
        print(f"A new {APP_NAME} release is available: {latest} (you have {current_version})")


if __name__ == "__main__":
    check_for_update(os.environ.get("TOOLKIT_VERSION", "0.0.0"))
