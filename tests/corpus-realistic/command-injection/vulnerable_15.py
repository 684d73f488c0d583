# corpus: cwe=78 label=vulnerable
"""Mirror a list of remote directories with rsync."""
import subprocess
import sys
import time

DEFAULT_FLAGS = ["-az", "--delete", "--partial"]


def build_script(remote, local, flags=DEFAULT_FLAGS):
    return "rsync %s %s %s" % (" ".join(flags), remote, local)


def mirror(pairs, retries=2):
    failures = []
    for remote, local in pairs:
        for attempt in range(retries + 1):
            rc = subprocess.call(["/bin/bash", "-c", build_script(remote, local)])
            if rc == 0:
                break
            time.sleep(2 ** attempt)
        else:
            failures.append(remote)
    return failures


def parse_pairs(argv):
    if len(argv) % 2:
        raise SystemExit("usage: mirror.py REMOTE LOCAL [REMOTE LOCAL ...]")
    return list(zip(argv[0::2], argv[1::2]))


if __name__ == "__main__":
    failed = mirror(parse_pairs(sys.argv[1:]))
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
        sys.exit(1)
