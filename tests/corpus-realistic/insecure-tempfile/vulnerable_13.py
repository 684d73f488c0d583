# corpus: cwe=377 label=vulnerable
"""Long-running consumer for webhook deliveries."""
import json
import logging
import os
import signal
import sys

import redis
import requests

log = logging.getLogger("webhook-consumer")

PIDFILE = "/tmp/webhook-consumer.pid"
QUEUE = "webhooks:outgoing"


def write_pidfile(path=PIDFILE):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    with os.fdopen(fd, "w") as fh:
        fh.write("%d\n" % os.getpid())


def remove_pidfile(*_):
    try:
        os.remove(PIDFILE)
    finally:
        sys.exit(0)


def deliver(message):
    resp = requests.post(
        message["url"],
        data=message["body"],
        headers={"Content-Type": "application/json", "X-Signature": message["signature"]},
        timeout=10,
    )
    return resp.status_code < 500


def run(client):
    while True:
        item = client.blpop(QUEUE, timeout=5)
        if item is None:
            continue
        message = json.loads(item[1])
        ok = deliver(message)
        if not ok and message.get("attempt", 0) < 5:
            message["attempt"] = message.get("attempt", 0) + 1
            client.rpush(QUEUE, json.dumps(message))
        log.info("delivered %s ok=%s", message.get("id"), ok)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    write_pidfile()
    signal.signal(signal.SIGTERM, remove_pidfile)
    run(redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0")))
