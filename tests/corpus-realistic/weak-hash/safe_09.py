# corpus: cwe=328 label=safe
#!/usr/bin/env python3
"""Sign release artifacts so that installers can verify them."""
import argparse
import base64
import json
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


def load_private_key(path):
    passphrase = os.environ.get("RELEASE_KEY_PASSPHRASE")
    return serialization.load_pem_private_key(
        Path(path).read_bytes(), password=passphrase.encode() if passphrase else None
    )


def sign_artifact(key, path):
    data = Path(path).read_bytes()
    digest = hashes.Hash(hashes.SHA256())
    digest.update(data)
    signature = key.sign(data, PSS, hashes.SHA256())
    return {
        "file": os.path.basename(path),
        "sha256": digest.finalize().hex(),
        "signature": base64.b64encode(signature).decode(),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--key", required=True)
    parser.add_argument("--out", default="SIGNATURES.json")
    parser.add_argument("artifacts", nargs="+")
    args = parser.parse_args()

    key = load_private_key(args.key)
    entries = [sign_artifact(key, a) for a in args.artifacts if os.path.isfile(a)]
    if len(entries) != len(args.artifacts):
        print("some artifacts were not found", file=sys.stderr)
        return 1
    manifest = {"algorithm": "rsa-pss-sha256", "artifacts": entries}
    Path(args.out).write_text(json.dumps(manifest, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
