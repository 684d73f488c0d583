# corpus: cwe=502 label=vulnerable
"""Support tool: inspect the session store from a diagnostics bundle that a
customer attached to a ticket.

usage: inspect_bundle.py TICKET_ID [--key KEY]
"""
import argparse
import os
import shelve
import sys
import tempfile
import zipfile

ATTACHMENTS = os.environ.get("TICKET_ATTACHMENTS", "/srv/helpdesk/attachments")


def extract_bundle(ticket_id):
    bundle = os.path.join(ATTACHMENTS, ticket_id, "diagnostics.zip")
    target = tempfile.mkdtemp(prefix="bundle-%s-" % ticket_id)
    with zipfile.ZipFile(bundle) as zf:
        for member in zf.namelist():
            if member.startswith("state/") and ".." not in member:
                zf.extract(member, target)
    return os.path.join(target, "state", "sessions")


def dump_store(path, only_key=None):
    with shelve.open(path, flag="r") as store:
        keys = [only_key] if only_key else sorted(store.keys())
        for key in keys:
            value = store.get(key)
            print(f"{key}: {value!r}")
        return len(keys)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("ticket_id")
    ap.add_argument("--key")
    args = ap.parse_args(argv)
    if not args.ticket_id.isdigit():
        ap.error("ticket id must be numeric")
    store_path = extract_bundle(args.ticket_id)
    count = dump_store(store_path, args.key)
    print(f"{count} entries", file=sys.stderr)


if __name__ == "__main__":
    main()
