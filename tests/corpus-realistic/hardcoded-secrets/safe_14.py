# corpus: cwe=798 label=safe
#!/usr/bin/env python3
"""Collect disk usage from the storage nodes and print a summary table."""
import argparse
import os
import sys

import paramiko

SSH_USER = os.environ.get("STORAGE_SSH_USER", "monitor")
DEFAULT_KEY = os.path.expanduser("~/.ssh/id_ed25519_monitor")
DEFAULT_NODES = ["stor-01", "stor-02", "stor-03"]


def open_session(host, key_file=DEFAULT_KEY, passphrase=None):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        host,
        username=SSH_USER,
        key_filename=key_file if os.path.exists(key_file) else None,
        passphrase=passphrase,
        allow_agent=True,
        look_for_keys=False,
        timeout=10,
    )
    return client


def disk_usage(client):
    _in, out, _err = client.exec_command("df -P -B1 --output=target,size,used")
    rows = []
    for line in out.read().decode().splitlines()[1:]:
        target, size, used = line.split()
        if target.startswith("/data"):
            rows.append((target, int(size), int(used)))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("nodes", nargs="*", default=DEFAULT_NODES)
    ap.add_argument("--key", default=DEFAULT_KEY)
    ap.add_argument("--warn", type=float, default=0.85)
    args = ap.parse_args()

    passphrase = os.environ.get("STORAGE_SSH_KEY_PASSPHRASE") or None
    status = 0
    for node in args.nodes:
        try:
            with open_session(node, args.key, passphrase) as client:
                rows = disk_usage(client)
        except (paramiko.SSHException, OSError) as exc:
            print(f"{node}: unreachable ({exc})", file=sys.stderr)
            status = 1
            continue
        for target, size, used in rows:
            ratio = used / size if size else 0.0
            print(f"{'!' if ratio >= args.warn else ' '} {node:<10} {target:<20} {ratio:.0%}")
    return status


if __name__ == "__main__":
    sys.exit(main())
