# corpus: cwe=295 label=safe
"""Mutual-TLS client for the licence server's line protocol."""
import json
import os
import socket
import ssl
from dataclasses import dataclass

LICENCE_HOST = os.environ.get("LICENCE_HOST", "licences.example.net")
LICENCE_PORT = int(os.environ.get("LICENCE_PORT", "7443"))


@dataclass
class ClientIdentity:
    cert_file: str
    key_file: str
    ca_file: str


def identity_from_env():
    base = os.environ.get("LICENCE_PKI_DIR", "/etc/licence-client")
    return ClientIdentity(
        cert_file=os.path.join(base, "client.crt"),
        key_file=os.path.join(base, "client.key"),
        ca_file=os.path.join(base, "licence-ca.pem"),
    )


def build_context(identity):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_verify_locations(cafile=identity.ca_file)
    ctx.load_cert_chain(certfile=identity.cert_file, keyfile=identity.key_file)
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def request(ctx, command, **fields):
    payload = json.dumps(dict(fields, cmd=command)).encode() + b"\n"
    with socket.create_connection((LICENCE_HOST, LICENCE_PORT), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname=LICENCE_HOST) as tls:
            tls.sendall(payload)
            reply = tls.makefile("rb").readline()
    return json.loads(reply)


def checkout(feature, seats=1):
    ctx = build_context(identity_from_env())
    reply = request(ctx, "checkout", feature=feature, seats=seats)
    if reply.get("status") != "granted":
        raise RuntimeError("licence denied: %s" % reply.get("reason", "unknown"))
    return reply["lease_id"]


if __name__ == "__main__":
    import sys

    print(checkout(sys.argv[1] if len(sys.argv) > 1 else "designer"))
