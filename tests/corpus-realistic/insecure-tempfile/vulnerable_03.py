# corpus: cwe=377 label=vulnerable
"""Queue worker that renders thumbnails; guards each job with a lock file."""
import json
import logging
import os
import time

import pika
from PIL import Image

log = logging.getLogger("thumb-worker")

SIZES = [(64, 64), (256, 256), (1024, 1024)]
LOCK_DIR = "/tmp"


def lock_path(job_id):
    return os.path.join(LOCK_DIR, f"thumb-{job_id}.lock")


def acquire(job_id):
    path = lock_path(job_id)
    if os.path.exists(path):
        return None
    with open(path, "w") as fh:
        fh.write(str(os.getpid()))
    return path


def render(source, dest_dir):
    with Image.open(source) as img:
        for w, h in SIZES:
            copy = img.copy()
            copy.thumbnail((w, h))
            copy.save(os.path.join(dest_dir, "%dx%d.png" % (w, h)))


def on_message(channel, method, properties, body):
    job = json.loads(body)
    job_id = int(job["id"])
    held = acquire(job_id)
    if held is None:
        log.info("job %s already running", job_id)
        channel.basic_ack(method.delivery_tag)
        return
    try:
        started = time.monotonic()
        render(job["source"], job["dest"])
        log.info("job %s done in %.2fs", job_id, time.monotonic() - started)
    finally:
        os.remove(held)
        channel.basic_ack(method.delivery_tag)


def main():
    params = pika.URLParameters(os.environ.get("AMQP_URL", "amqp://localhost"))
    channel = pika.BlockingConnection(params).channel()
    channel.queue_declare(queue="thumbnails", durable=True)
    channel.basic_consume(queue="thumbnails", on_message_callback=on_message)
    channel.start_consuming()


if __name__ == "__main__":
    main()
