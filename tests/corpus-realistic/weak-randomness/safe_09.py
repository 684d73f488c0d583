# corpus: cwe=338 label=safe
import logging
import os
import random
import time

from flask import Flask, g, jsonify, request

app = Flask(__name__)
log = logging.getLogger("access")

TRACE_SAMPLE_RATE = float(os.environ.get("TRACE_SAMPLE_RATE", "0.05"))
SLOW_REQUEST_MS = 750


class RequestSampler:
    def __init__(self, rate):
        self.rate = max(0.0, min(1.0, rate))

    def should_sample(self):
        return random.random() < self.rate


sampler = RequestSampler(TRACE_SAMPLE_RATE)


@app.before_request
def start_timer():
    g.started = time.perf_counter()
    g.sampled = sampler.should_sample()


@app.after_request
def log_request(response):
    elapsed_ms = (time.perf_counter() - g.started) * 1000
    if g.sampled or elapsed_ms > SLOW_REQUEST_MS:
        log.info(
            "%s %s %s %.1fms",
            request.method,
            request.path,
            response.status_code,
            elapsed_ms,
        )
    response.headers["Server-Timing"] = "app;dur=%.1f" % elapsed_ms
    return response


@app.get("/healthz")
def health():
    return jsonify(status="ok")


@app.get("/api/products")
def products():
    limit = request.args.get("limit", 20, type=int)
    items = [{"id": i, "name": "Product %d" % i} for i in range(1, limit + 1)]
    return jsonify(items=items)
