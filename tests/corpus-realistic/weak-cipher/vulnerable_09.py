# corpus: cwe=327 label=vulnerable
#!/usr/bin/env python3
"""Poll the badge-reader controllers and collect door events."""
import argparse
import json
import socket
import ssl
import sys

DEFAULT_PORT = 4443


def make_context(ca_file):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_verify_locations(cafile=ca_file)
    return ctx


def fetch_events(host, port, ctx, since):
    request = json.dumps({"cmd": "events", "since": since}).encode() + b"\n"
    with socket.create_connection((host, port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as conn:
            conn.sendall(request)
            chunks = []
            while True:
                data = conn.recv(4096)
                if not data:
                    break
                chunks.append(data)
    return [json.loads(line) for line in b"".join(chunks).splitlines() if line.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("controllers", nargs="+", help="host[:port]")
    ap.add_argument("--ca", default="/etc/badge/ca.pem")
    ap.add_argument("--since", default="1970-01-01T00:00:00Z")
    args = ap.parse_args()

    ctx = make_context(args.ca)
    exit_code = 0
    for target in args.controllers:
        host, _, port = target.partition(":")
        try:
            events = fetch_events(host, int(port or DEFAULT_PORT), ctx, args.since)
        except (OSError, ValueError) as exc:
            print(f"{host}: {exc}", file=sys.stderr)
            exit_code = 1
            continue
        for event in events:
            print(json.dumps({"controller": host, **event}))
    return exit_code


if __name__ == "__main__":
    sys.exit(main())
