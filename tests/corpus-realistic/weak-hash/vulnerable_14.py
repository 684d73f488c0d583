# corpus: cwe=328 label=vulnerable
#!/usr/bin/env python3
"""Manage the htpasswd file that protects the internal dashboards.

usage: dashpass.py FILE add USER
       dashpass.py FILE remove USER
       dashpass.py FILE list
"""
import base64
import getpass
import hashlib
import os
import sys


def sha_entry(password):
    digest = hashlib.sha1(password.encode("utf-8")).digest()
    return "{SHA}" + base64.b64encode(digest).decode("ascii")


def read_entries(path):
    entries = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line and ":" in line:
                    user, hashed = line.split(":", 1)
                    entries[user] = hashed
    return entries


def write_entries(path, entries):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        for user in sorted(entries):
            fh.write(f"{user}:{entries[user]}\n")
    os.replace(tmp, path)


def prompt_password():
    first = getpass.getpass("New password: ")
    if first != getpass.getpass("Repeat: "):
        raise SystemExit("passwords do not match")
    if len(first) < 10:
        raise SystemExit("password must be at least 10 characters")
    return first


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    path, action = argv[1], argv[2]
    entries = read_entries(path)
    if action == "add" and len(argv) == 4:
        entries[argv[3]] = sha_entry(prompt_password())
    elif action == "remove" and len(argv) == 4:
        entries.pop(argv[3], None)
    elif action == "list":
        print("\n".join(sorted(entries)))
        return 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    write_entries(path, entries)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
