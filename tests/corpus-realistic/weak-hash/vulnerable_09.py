# corpus: cwe=328 label=vulnerable
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


def load_private_key(path, passphrase_env="RELEASE_KEY_PASSPHRASE"):
    passphrase = os.environ.get(passphrase_env)
    data = Path(path).read_bytes()
    return serialization.load_pem_private_key(
        data, password=passphrase.encode() if passphrase else None
    )


class ArtifactSigner:
    def __init__(self, private_key, digest=None):
        self.key = private_key
        self.digest = digest or hashes.SHA1()

    def sign_file(self, path):
        data = Path(path).read_bytes()
        signature = self.key.sign(data, padding.PKCS1v15(), self.digest)
        return base64.b64encode(signature).decode("ascii")


def build_manifest(signer, artifacts):
    entries = []
    for artifact in artifacts:
        entries.append(
            {
                "file": os.path.basename(artifact),
                "size": os.path.getsize(artifact),
                "signature": signer.sign_file(artifact),
            }
        )
    return {"algorithm": "rsa-pkcs1v15", "artifacts": entries}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--key", required=True, help="PEM private key")
    parser.add_argument("--out", default="SIGNATURES.json")
    parser.add_argument("artifacts", nargs="+")
    args = parser.parse_args()

    missing = [a for a in args.artifacts if not os.path.isfile(a)]
    if missing:
        print("missing artifacts: " + ", ".join(missing), file=sys.stderr)
        return 1

    signer = ArtifactSigner(load_private_key(args.key))
    manifest = build_manifest(signer, args.artifacts)
    Path(args.out).write_text(json.dumps(manifest, indent=2) + "\n")
    print(f"signed {len(manifest['artifacts'])} artifact(s) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
