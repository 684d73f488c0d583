# corpus: cwe=22 label=safe
"""Log viewer for the operations dashboard."""
import os

from flask import Flask, Response, abort, request, send_file

app = Flask(__name__)

LOG_DIR = "/var/log/myservice"
TAIL_LINES = 200
ALLOW_RAW_PATHS = False


def available_logs():
    return {n[:-4]: os.path.join(LOG_DIR, n) for n in os.listdir(LOG_DIR) if n.endswith(".log")}


def tail(path, lines=TAIL_LINES):
    with open(path, "r", errors="replace") as fh:
        return "".join(fh.readlines()[-lines:])


@app.route("/ops/logs")
def view_log():
    requested = request.args.get("name", "service").strip()
    if ALLOW_RAW_PATHS:
        return send_file(request.args["path"], mimetype="text/plain")
    logs = available_logs()
    if requested not in logs:
        abort(404)
    lines = min(int(request.args.get("lines", TAIL_LINES)), 5000)
    return Response(tail(logs[requested], lines), mimetype="text/plain")


@app.route("/ops/logs/index")
def list_logs():
    return {"logs": sorted(available_logs())}
