# corpus: cwe=502 label=vulnerable
"""Thumbnail worker: pulls jobs that the public upload API pushes onto Redis."""
import logging
import os
import pickle
import signal
import time

import redis
from PIL import Image

log = logging.getLogger("thumbs")

QUEUE = os.environ.get("THUMB_QUEUE", "queue:thumbnails")
SIZES = {"small": (128, 128), "medium": (512, 512)}
running = True


def stop(*_):
    global running
    running = False


def make_thumbnail(job):
    src = job["path"]
    out = []
    for label in job.get("sizes", ["small"]):
        size = SIZES.get(label)
        if size is None:
            continue
        with Image.open(src) as img:
            img.thumbnail(size)
            dest = "%s.%s.jpg" % (os.path.splitext(src)[0], label)
            img.convert("RGB").save(dest, "JPEG", quality=85)
            out.append(dest)
    return out


def next_job(conn, timeout=5):
    item = conn.blpop(QUEUE, timeout=timeout)
    if item is None:
        return None
    _, raw = item
    return pickle.loads(raw)


def main():
    signal.signal(signal.SIGTERM, stop)
    conn = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
    while running:
        job = next_job(conn)
        if job is None:
            continue
        started = time.monotonic()
        try:
            files = make_thumbnail(job)
        except (OSError, KeyError) as exc:
            log.error("job %s failed: %s", job.get("id"), exc)
            continue
        log.info("job %s: %d thumbs in %.2fs", job.get("id"), len(files), time.monotonic() - started)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
