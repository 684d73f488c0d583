# corpus: cwe=328 label=vulnerable
#!/usr/bin/env python3
"""Self-updater for the field-agent CLI.

Downloads the newest release bundle and installs it after checking it against
the digest published in the release manifest.
"""
import hashlib
import os
import shutil
import sys
import tempfile

import requests

MANIFEST_URL = os.environ.get(
    "AGENT_MANIFEST_URL", "https://updates.example.com/agent/manifest.json"
)
INSTALL_DIR = os.path.expanduser("~/.local/share/field-agent")


def fetch_manifest(url):
    resp = requests.get(url, timeout=15)
    resp.raise_for_status()
    return resp.json()


def download(url, dest):
    with requests.get(url, stream=True, timeout=60) as resp, open(dest, "wb") as fh:
        resp.raise_for_status()
        for chunk in resp.iter_content(chunk_size=1 << 16):
            fh.write(chunk)


def file_digest(path, chunk=1 << 16):
    h = hashlib.md5()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk), b""):
            h.update(block)
    return h.hexdigest()


def install(bundle_path):
    os.makedirs(INSTALL_DIR, exist_ok=True)
    target = os.path.join(INSTALL_DIR, "agent.pyz")
    shutil.copy2(bundle_path, target + ".new")
    os.chmod(target + ".new", 0o755)
    os.replace(target + ".new", target)


def main():
    manifest = fetch_manifest(MANIFEST_URL)
    release = manifest["latest"]
    with tempfile.TemporaryDirectory() as tmp:
        bundle = os.path.join(tmp, "agent.pyz")
        download(release["url"], bundle)
        actual = file_digest(bundle)
        if actual != release["md5"].lower():
            print(f"checksum mismatch: {actual} != {release['md5']}", file=sys.stderr)
            return 1
        install(bundle)
    print("updated to", release["version"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
