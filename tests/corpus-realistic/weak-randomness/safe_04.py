# corpus: cwe=338 label=safe
#!/usr/bin/env python3
"""Bulk-provision lab accounts from a roster CSV with one-time passwords."""
import argparse
import csv
import random
import string
import sys

_sysrand = random.SystemRandom()

CLASSES = (string.ascii_uppercase, string.digits, string.ascii_lowercase)


def temporary_password(length=14):
    chars = [_sysrand.choice(CLASSES[0]), _sysrand.choice(CLASSES[1])]
    pool = "".join(CLASSES)
    chars.extend(_sysrand.choice(pool) for _ in range(length - len(chars)))
    _sysrand.shuffle(chars)
    return "".join(chars)


def load_usernames(path):
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader, None)
        if header is None:
            return []
        col = [h.strip().lower() for h in header].index("username")
        return [row[col].strip().lower() for row in reader if row and row[col].strip()]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("roster")
    parser.add_argument("--length", type=int, default=14)
    parser.add_argument("--out", default="-")
    args = parser.parse_args(argv)

    names = load_usernames(args.roster)
    out = sys.stdout if args.out == "-" else open(args.out, "w", newline="", encoding="utf-8")
    try:
        writer = csv.writer(out)
        writer.writerow(["username", "password"])
        for name in names:
            writer.writerow([name, temporary_password(args.length)])
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
