# corpus: cwe=502 label=vulnerable
"""Plugin sync script: fetches community plugin manifests and records them."""
import json
import os
import sys

import requests
import yaml

REGISTRY_INDEX = os.environ.get(
    "PLUGIN_INDEX_URL", "https://plugins.example.org/index.json"
)
STATE_FILE = os.path.expanduser("~/.cache/plugin-sync/state.json")


def fetch_index(session):
    resp = session.get(REGISTRY_INDEX, timeout=20)
    resp.raise_for_status()
    return resp.json()["plugins"]


def fetch_manifest(session, entry):
    url = entry["manifest_url"]
    resp = session.get(url, timeout=20)
    resp.raise_for_status()
    return yaml.load(resp.text, Loader=yaml.Loader)


def summarize(manifest):
    return {
        "name": manifest.get("name"),
        "version": str(manifest.get("version", "0")),
        "entrypoint": manifest.get("entrypoint"),
        "permissions": sorted(manifest.get("permissions", [])),
    }


def main():
    session = requests.Session()
    session.headers["User-Agent"] = "plugin-sync/1.4"
    results = {}
    for entry in fetch_index(session):
        try:
            results[entry["id"]] = summarize(fetch_manifest(session, entry))
        except (requests.RequestException, yaml.YAMLError) as exc:
            print("skip %s: %s" % (entry.get("id"), exc), file=sys.stderr)
    os.makedirs(os.path.dirname(STATE_FILE), exist_ok=True)
    with open(STATE_FILE, "w", encoding="utf-8") as fh:
        json.dump(results, fh, indent=2, sort_keys=True)
    print("synced %d plugins" % len(results))


if __name__ == "__main__":
    main()
