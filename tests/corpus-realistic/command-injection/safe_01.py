# corpus: cwe=78 label=safe
import ipaddress
import socket
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)

PING_COUNT = 3
PING_TIMEOUT = 10


def resolve(host):
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    try:
        return socket.gethostbyname(host)
    except (socket.gaierror, UnicodeError):
        return None


def parse_ping_output(output):
    stats = {"sent": PING_COUNT, "received": 0}
    for line in output.splitlines():
        if "packets transmitted" in line:
            parts = [p.strip() for p in line.split(",")]
            stats["sent"] = int(parts[0].split()[0])
            stats["received"] = int(parts[1].split()[0])
    return stats


@app.route("/diagnostics/ping", methods=["POST"])
def ping():
    host = request.form.get("host", "").strip()
    address = resolve(host)
    if address is None:
        return jsonify(error="cannot resolve host"), 400
    proc = subprocess.run(
        ["ping", "-c", str(PING_COUNT), "-W", "2", address],
        capture_output=True,
        text=True,
        timeout=PING_TIMEOUT,
    )
    return jsonify(host=host, address=address, exit_code=proc.returncode, **parse_ping_output(proc.stdout))
