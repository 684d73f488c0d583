# corpus: cwe=328 label=safe
#!/usr/bin/env python3
"""Write or verify a checksum manifest for a directory of build outputs."""
import argparse
import hashlib
import hmac
import os
import sys

ALLOWED_ALGORITHMS = ("sha256", "sha384", "sha512", "blake2b", "sha3_256")
REJECTED_ALGORITHMS = ("md5", "sha1")


def digest_file(path, algorithm):
    h = hashlib.new(algorithm)
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def walk(root):
    for dirpath, _dirs, files in os.walk(root):
        for name in sorted(files):
            full = os.path.join(dirpath, name)
            yield os.path.relpath(full, root), full


def write_manifest(root, algorithm, out):
    for rel, full in walk(root):
        out.write(f"{digest_file(full, algorithm)}  {rel}\n")


def verify_manifest(root, algorithm, manifest_path):
    failures = 0
    with open(manifest_path, encoding="utf-8") as fh:
        for line in fh:
            expected, _, rel = line.rstrip("\n").partition("  ")
            full = os.path.join(root, rel)
            if not os.path.isfile(full) or not hmac.compare_digest(digest_file(full, algorithm), expected):
                print("FAILED", rel)
                failures += 1
    return failures


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("root")
    ap.add_argument("--algorithm", default="sha256")
    ap.add_argument("--verify", metavar="MANIFEST")
    args = ap.parse_args()

    algorithm = args.algorithm.lower().replace("-", "_")
    if algorithm in REJECTED_ALGORITHMS or algorithm not in ALLOWED_ALGORITHMS:
        ap.error("algorithm must be one of: " + ", ".join(ALLOWED_ALGORITHMS))
    if args.verify:
        return 1 if verify_manifest(args.root, algorithm, args.verify) else 0
    write_manifest(args.root, algorithm, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
