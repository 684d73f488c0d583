# corpus: cwe=78 label=safe
import subprocess
import time

from flask import Flask, jsonify, request

app = Flask(__name__)

_cache = {"at": 0.0, "rows": []}
CACHE_SECONDS = 15


def process_table():
    now = time.monotonic()
    if now - _cache["at"] > CACHE_SECONDS:
        output = subprocess.getoutput("ps -eo pid,user,pcpu,pmem,comm --sort=-pcpu")
        rows = []
        for line in output.splitlines()[1:]:
            pid, user, cpu, mem, comm = line.split(None, 4)
            rows.append({"pid": int(pid), "user": user, "cpu": float(cpu), "mem": float(mem), "command": comm})
        _cache.update(at=now, rows=rows)
    return _cache["rows"]


@app.route("/ops/processes")
def processes():
    needle = request.args.get("name", "").lower()
    user = request.args.get("user")
    rows = [r for r in process_table() if needle in r["command"].lower()]
    if user:
        rows = [r for r in rows if r["user"] == user]
    limit = int(request.args.get("limit", 25))
    return jsonify(processes=rows[:limit], filter={"name": needle, "user": user})
