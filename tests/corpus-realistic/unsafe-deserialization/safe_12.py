# corpus: cwe=502 label=safe
"""Thumbnail worker: pulls jobs that the public upload API pushes onto Redis."""
import json
import logging
import os
import signal

import redis
from PIL import Image

log = logging.getLogger("thumbs")

QUEUE = os.environ.get("THUMB_QUEUE", "queue:thumbnails")
UPLOAD_ROOT = os.environ.get("UPLOAD_ROOT", "/srv/uploads")
SIZES = {"small": (128, 128), "medium": (512, 512)}
running = True


def stop(*_):
    global running
    running = False


def next_job(conn, timeout=5):
    item = conn.blpop(QUEUE, timeout=timeout)
    if item is None:
        return None
    job = json.loads(item[1])
    if not isinstance(job, dict) or "upload_id" not in job:
        raise ValueError("malformed job")
    return job


def make_thumbnails(job):
    upload_id = str(job["upload_id"])
    if not upload_id.isalnum():
        raise ValueError("bad upload id")
    src = os.path.join(UPLOAD_ROOT, upload_id + ".img")
    written = []
    for label in job.get("sizes", ["small"]):
        size = SIZES.get(label)
        if size is None:
            continue
        with Image.open(src) as img:
            img.thumbnail(size)
            dest = os.path.join(UPLOAD_ROOT, "%s.%s.jpg" % (upload_id, label))
            img.convert("RGB").save(dest, "JPEG", quality=85)
            written.append(dest)
    return written


def main():
    signal.signal(signal.SIGTERM, stop)
    conn = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
    while running:
        try:
            job = next_job(conn)
            if job is not None:
                log.info("job %s: %d thumbs", job["upload_id"], len(make_thumbnails(job)))
        except (ValueError, OSError) as exc:
            log.error("job failed: %s", exc)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
