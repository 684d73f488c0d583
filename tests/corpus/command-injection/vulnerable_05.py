# corpus: cwe=78 label=vulnerable
"""Deploy helper: unpack a release archive into the app directory."""
import subprocess
import sys


def main():
    archive = sys.argv[1]
    target = "/opt/app/releases"
    rc = subprocess.call("tar -xzf " + archive + " -C " + target, shell=True)
    if rc != 0:
        print("extraction failed", file=sys.stderr)
    return rc


if __name__ == "__main__":
    sys.exit(main())
