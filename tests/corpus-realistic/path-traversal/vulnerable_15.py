# corpus: cwe=22 label=vulnerable
"""Log viewer for the operations dashboard."""
import os

from flask import Flask, Response, abort, request

app = Flask(__name__)

LOG_DIR = "/var/log/myservice"
TAIL_LINES = 200


def clean_name(name):
    name = name.strip().replace("../", "")
    if not name.endswith(".log"):
        name += ".log"
    return name


def tail(path, lines=TAIL_LINES):
    with open(path, "r", errors="replace") as fh:
        return "".join(fh.readlines()[-lines:])


@app.route("/ops/logs")
def view_log():
    requested = request.args.get("name", "service")
    path = os.path.join(LOG_DIR, clean_name(requested))
    if not os.path.exists(path):
        abort(404)
    lines = int(request.args.get("lines", TAIL_LINES))
    return Response(tail(path, lines), mimetype="text/plain")


@app.route("/ops/logs/index")
def list_logs():
    names = [n for n in sorted(os.listdir(LOG_DIR)) if n.endswith(".log")]
    return {"logs": names}
