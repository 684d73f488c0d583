# corpus: cwe=328 label=safe
import hashlib
import sys


def sha256sum(path: str, chunk_size: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(chunk_size), b""):
            digest.update(chunk)
    return digest.hexdigest()


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(sha256sum(name), name)
