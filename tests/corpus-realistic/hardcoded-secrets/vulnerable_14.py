# corpus: cwe=798 label=vulnerable
#!/usr/bin/env python3
"""Collect disk usage from the storage nodes and print a summary table."""
import argparse
import sys

import paramiko

SSH_USER = "monitor"
SSH_PASSWORD = "St0rage-M0n!tor-2024"
DEFAULT_NODES = ["stor-01", "stor-02", "stor-03"]


def open_session(host, port=22):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, port=port, username=SSH_USER, password=SSH_PASSWORD, timeout=10)
    return client


def disk_usage(client):
    _stdin, stdout, _stderr = client.exec_command("df -P -B1 --output=target,size,used")
    lines = stdout.read().decode().splitlines()[1:]
    usage = []
    for line in lines:
        target, size, used = line.split()
        if target.startswith("/data"):
            usage.append((target, int(size), int(used)))
    return usage


def human(n):
    for unit in ("B", "K", "M", "G", "T"):
        if n < 1024:
            return f"{n:.1f}{unit}"
        n /= 1024
    return f"{n:.1f}P"


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("nodes", nargs="*", default=DEFAULT_NODES)
    ap.add_argument("--warn", type=float, default=0.85)
    args = ap.parse_args()

    status = 0
    for node in args.nodes:
        try:
            with open_session(node) as client:
                rows = disk_usage(client)
        except (paramiko.SSHException, OSError) as exc:
            print(f"{node}: unreachable ({exc})", file=sys.stderr)
            status = 1
            continue
        for target, size, used in rows:
            ratio = used / size if size else 0
            flag = "!" if ratio >= args.warn else " "
            print(f"{flag} {node:<10} {target:<20} {human(used):>8} / {human(size):>8} ({ratio:.0%})")
    return status


if __name__ == "__main__":
    sys.exit(main())
