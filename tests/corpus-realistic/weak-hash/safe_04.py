# corpus: cwe=328 label=safe
#!/usr/bin/env python3
"""Self-updater for the field-agent CLI."""
import hashlib
import hmac
import os
import sys
import tempfile

import requests

MANIFEST_URL = os.environ.get(
    "AGENT_MANIFEST_URL", "https://updates.example.com/agent/manifest.json"
)
INSTALL_PATH = os.path.expanduser("~/.local/share/field-agent/agent.pyz")


def sha256_file(path, chunk=1 << 16):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while True:
            block = fh.read(chunk)
            if not block:
                break
            h.update(block)
    return h.hexdigest()


def fetch(url, dest=None, timeout=30):
    resp = requests.get(url, timeout=timeout, stream=dest is not None)
    resp.raise_for_status()
    if dest is None:
        return resp.json()
    with open(dest, "wb") as fh:
        for chunk in resp.iter_content(1 << 16):
            fh.write(chunk)
    return dest


def main():
    release = fetch(MANIFEST_URL)["latest"]
    expected = release["sha256"].strip().lower()
    os.makedirs(os.path.dirname(INSTALL_PATH), exist_ok=True)
    fd, tmp_path = tempfile.mkstemp(dir=os.path.dirname(INSTALL_PATH), suffix=".part")
    os.close(fd)
    try:
        fetch(release["url"], tmp_path, timeout=120)
        if not hmac.compare_digest(sha256_file(tmp_path), expected):
            print("checksum mismatch, refusing to install", file=sys.stderr)
            return 1
        os.chmod(tmp_path, 0o755)
        os.replace(tmp_path, INSTALL_PATH)
    finally:
        if os.path.exists(tmp_path):
            os.unlink(tmp_path)
    print("updated to", release["version"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
