# corpus: cwe=338 label=vulnerable
#!/usr/bin/env python3
"""Bulk-provision student accounts from a roster CSV.

Each student gets a temporary password that must be changed at first login.
"""
import argparse
import csv
import random
import string
import sys

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits


def temporary_password(length=12):
    parts = random.sample(UPPER, 2) + random.sample(DIGITS, 2)
    parts += random.sample(LOWER, length - len(parts))
    random.shuffle(parts)
    return "".join(parts)


def read_roster(path):
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            yield {
                "username": row["username"].strip().lower(),
                "full_name": row.get("full_name", "").strip(),
                "email": row.get("email", "").strip(),
            }


def build_accounts(roster_rows, length):
    accounts = []
    for row in roster_rows:
        row = dict(row)
        row["password"] = temporary_password(length)
        row["must_change"] = "yes"
        accounts.append(row)
    return accounts


def write_output(accounts, out_path):
    fields = ["username", "full_name", "email", "password", "must_change"]
    with open(out_path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(accounts)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("roster")
    parser.add_argument("-o", "--output", default="accounts.csv")
    parser.add_argument("--length", type=int, default=12)
    args = parser.parse_args(argv)

    if args.length < 8:
        print("password length must be at least 8", file=sys.stderr)
        return 2

    accounts = build_accounts(read_roster(args.roster), args.length)
    write_output(accounts, args.output)
    print(f"wrote {len(accounts)} accounts to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
