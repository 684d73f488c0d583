# corpus: cwe=78 label=vulnerable
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)

PING_COUNT = 3
PING_TIMEOUT = 10


def parse_ping_output(output):
    stats = {"sent": PING_COUNT, "received": 0, "loss": 100.0}
    for line in output.splitlines():
        if "packets transmitted" in line:
            parts = [p.strip() for p in line.split(",")]
            stats["sent"] = int(parts[0].split()[0])
            stats["received"] = int(parts[1].split()[0])
            stats["loss"] = float(parts[2].split("%")[0])
    return stats


@app.route("/diagnostics/ping", methods=["POST"])
def ping():
    host = request.form.get("host", "").strip()
    if not host:
        return jsonify(error="host is required"), 400
    proc = subprocess.run(
        f"ping -c {PING_COUNT} -W 2 {host}",
        shell=True,
        capture_output=True,
        text=True,
        timeout=PING_TIMEOUT,
    )
    return jsonify(host=host, exit_code=proc.returncode, **parse_ping_output(proc.stdout))


@app.route("/diagnostics/health")
def health():
    return jsonify(status="ok")
