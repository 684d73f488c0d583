# corpus: cwe=78 label=vulnerable
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)

TRACE_HEADER = "X-Debug-Trace-Host"
DEFAULT_TARGET = "upstream.internal"


class TraceReport:
    def __init__(self, target):
        self.target = target
        self.hops = []
        self.ok = False

    def run(self, max_hops=15):
        status, output = subprocess.getstatusoutput(
            "traceroute -n -m %d %s" % (max_hops, self.target)
        )
        self.ok = status == 0
        for line in output.splitlines()[1:]:
            fields = line.split()
            if len(fields) >= 2:
                self.hops.append({"hop": fields[0], "addr": fields[1]})
        return self

    def as_dict(self):
        return {"target": self.target, "ok": self.ok, "hops": self.hops}


@app.route("/internal/trace")
def trace():
    target = request.headers.get(TRACE_HEADER, DEFAULT_TARGET)
    report = TraceReport(target.strip()).run(max_hops=int(request.args.get("hops", 15)))
    return jsonify(report.as_dict())
