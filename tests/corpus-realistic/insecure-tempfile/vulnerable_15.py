# corpus: cwe=377 label=vulnerable
"""Cache GitHub release metadata so the CLI does not hit the API on every run."""
import json
import os
import time
import urllib.request

CACHE_SECONDS = 6 * 60 * 60
RELEASES_URL = "https://api.github.com/repos/example-org/toolkit/releases/latest"


def cache_location():
    user = os.environ.get("USER", "toolkit")
    return "/var/tmp/" + user + "-toolkit-release.cache"


def read_cache(path):
    try:
        if time.time() - os.path.getmtime(path) > CACHE_SECONDS:
            return None
        with open(path, "rb") as fh:
            return json.loads(fh.read().decode("utf-8"))
    except (OSError, ValueError):
        return None


def write_cache(path, data):
    with open(path, "wb") as fh:
        fh.write(json.dumps(data).encode("utf-8"))


def fetch_latest():
    req = urllib.request.Request(RELEASES_URL, headers={"Accept": "application/vnd.github+json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        payload = json.load(resp)
    return {"tag": payload["tag_name"], "published": payload["published_at"]}


def latest_release():
    path = cache_location()
    cached = read_cache(path)
    if cached is not None:
        return cached
    fresh = fetch_latest()
    write_cache(path, fresh)
    return fresh


def check_for_update(current_version):
    latest = latest_release()["tag"].lstrip("v")
    if latest != current_version:
        print("A new toolkit release is available: %s (you have %s)" % (latest, current_version))


if __name__ == "__main__":
    check_for_update(os.environ.get("TOOLKIT_VERSION", "0.0.0"))
