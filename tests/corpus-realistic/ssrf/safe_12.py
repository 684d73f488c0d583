# corpus: cwe=918 label=safe
"""Metrics pusher: sends batched counters to the central collector with retries."""
import json
import logging
import random
import socket
import time
import urllib.request

log = logging.getLogger("metrics-pusher")

COLLECTOR_URL = "https://metrics.internal.example.com/v1/ingest"
MAX_ATTEMPTS = 5
BASE_DELAY = 0.5


def backoff(attempt):
    delay = BASE_DELAY * (2 ** attempt)
    return delay + random.uniform(0, delay / 2)


def push(batch):
    body = json.dumps({"host": socket.gethostname(), "metrics": batch}).encode("utf-8")
    req = urllib.request.Request(
        COLLECTOR_URL, data=body, method="POST", headers={"Content-Type": "application/json"}
    )
    for attempt in range(MAX_ATTEMPTS):
        try:
            with urllib.request.urlopen(req, timeout=5) as resp:
                return resp.status
        except OSError as exc:
            wait = backoff(attempt)
            log.warning("push failed (%s), retrying in %.2fs", exc, wait)
            time.sleep(wait)
    raise RuntimeError("collector unreachable after %d attempts" % MAX_ATTEMPTS)


def drain(buffer, batch_size=100):
    while buffer:
        batch, buffer[:] = buffer[:batch_size], buffer[batch_size:]
        push(batch)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    pending = [{"name": "worker.heartbeat", "value": 1, "ts": int(time.time())}]
    drain(pending)
