# corpus: cwe=489 label=vulnerable
"""Serve the plain WSGI metrics app with werkzeug."""
import json
import os
import time

from werkzeug.serving import run_simple
from werkzeug.wrappers import Request, Response

STARTED = time.time()
COUNTERS = {"requests": 0, "errors": 0}


def collect_metrics():
    load1, load5, load15 = os.getloadavg()
    return {
        "uptime_s": round(time.time() - STARTED, 1),
        "load": {"1m": load1, "5m": load5, "15m": load15},
        "counters": dict(COUNTERS),
    }


@Request.application
def metrics_app(request):
    COUNTERS["requests"] += 1
    if request.path == "/metrics":
        return Response(json.dumps(collect_metrics()), mimetype="application/json")
    if request.path == "/healthz":
        return Response("ok")
    COUNTERS["errors"] += 1
    return Response("not found", status=404)


def main():
    host = os.environ.get("METRICS_HOST", "127.0.0.1")
    port = int(os.environ.get("METRICS_PORT", "9102"))
    run_simple(host, port, metrics_app, use_reloader=True, use_debugger=True, threaded=True)


if __name__ == "__main__":
    main()
