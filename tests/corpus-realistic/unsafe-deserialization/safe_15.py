# corpus: cwe=502 label=safe
"""Build helper: caches file checksums between runs so unchanged assets are skipped."""
import argparse
import hashlib
import os
import shelve
import sys

CACHE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), ".buildcache")
CACHE_DB = os.path.join(CACHE_DIR, "checksums")


def checksum(path, chunk=1 << 16):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk), b""):
            digest.update(block)
    return digest.hexdigest()


def changed_files(paths):
    os.makedirs(CACHE_DIR, exist_ok=True)
    changed = []
    with shelve.open(CACHE_DB) as cache:
        for path in paths:
            key = os.path.relpath(path)
            current = (os.path.getmtime(path), checksum(path))
            previous = cache.get(key)
            if previous is None or previous[1] != current[1]:
                changed.append(path)
                cache[key] = current
    return changed


def collect(root, exts):
    for dirpath, _, names in os.walk(root):
        for name in names:
            if name.rsplit(".", 1)[-1] in exts:
                yield os.path.join(dirpath, name)


def main(argv=None):
    ap = argparse.ArgumentParser(description="list assets changed since last build")
    ap.add_argument("root", nargs="?", default="assets")
    ap.add_argument("--ext", action="append", default=["css", "js", "svg"])
    args = ap.parse_args(argv)
    changed = changed_files(sorted(collect(args.root, set(args.ext))))
    for path in changed:
        print(path)
    print("%d changed" % len(changed), file=sys.stderr)


if __name__ == "__main__":
    main()
