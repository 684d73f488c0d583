# corpus: cwe=502 label=safe
"""Plugin sync script: fetches community plugin manifests and records them."""
import json
import os
import sys

import requests
import yaml

try:
    import tomllib
except ModuleNotFoundError:  # Python < 3.11
    import tomli as tomllib

CONFIG_PATH = os.environ.get("PLUGIN_SYNC_CONFIG", "/etc/plugin-sync.toml")


def load_config(path=CONFIG_PATH):
    with open(path, "rb") as fh:
        cfg = tomllib.load(fh)
    return {
        "index_url": cfg.get("index_url", "https://plugins.example.org/index.json"),
        "state_file": os.path.expanduser(cfg.get("state_file", "~/.cache/plugin-sync/state.json")),
    }


def fetch_manifest(session, url):
    resp = session.get(url, timeout=20)
    resp.raise_for_status()
    manifest = yaml.safe_load(resp.text)
    if not isinstance(manifest, dict):
        raise yaml.YAMLError("manifest is not a mapping")
    return manifest


def summarize(manifest):
    return {
        "name": str(manifest.get("name", "")),
        "version": str(manifest.get("version", "0")),
        "permissions": sorted(str(p) for p in manifest.get("permissions", [])),
    }


def main():
    cfg = load_config()
    session = requests.Session()
    index = session.get(cfg["index_url"], timeout=20).json()
    results = {}
    for entry in index.get("plugins", []):
        try:
            results[entry["id"]] = summarize(fetch_manifest(session, entry["manifest_url"]))
        except (requests.RequestException, yaml.YAMLError, KeyError) as exc:
            print("skip %s: %s" % (entry.get("id"), exc), file=sys.stderr)
    os.makedirs(os.path.dirname(cfg["state_file"]), exist_ok=True)
    with open(cfg["state_file"], "w", encoding="utf-8") as fh:
        json.dump(results, fh, indent=2, sort_keys=True)
    print("synced %d plugins" % len(results))


if __name__ == "__main__":
    main()
