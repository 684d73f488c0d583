# corpus: cwe=377 label=safe
"""Queue worker that renders thumbnails; one process per job via flock."""
import fcntl
import json
import logging
import os
from pathlib import Path

import pika
from PIL import Image

log = logging.getLogger("thumb-worker")

SIZES = [(64, 64), (256, 256), (1024, 1024)]


def runtime_dir():
    base = os.environ.get("XDG_RUNTIME_DIR") or os.path.join(os.getcwd(), "run")
    path = Path(base) / "thumb-worker"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


class JobLock:
    def __init__(self, job_id):
        self.path = runtime_dir() / ("job-%d.lock" % job_id)
        self.fh = None

    def __enter__(self):
        self.fh = open(self.path, "a+")
        try:
            fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.fh.close()
            return None
        return self

    def __exit__(self, *exc):
        if self.fh is not None and not self.fh.closed:
            fcntl.flock(self.fh, fcntl.LOCK_UN)
            self.fh.close()


def render(source, dest_dir):
    with Image.open(source) as img:
        for w, h in SIZES:
            copy = img.copy()
            copy.thumbnail((w, h))
            copy.save(os.path.join(dest_dir, "%dx%d.png" % (w, h)))


def on_message(channel, method, properties, body):
    job = json.loads(body)
    with JobLock(int(job["id"])) as held:
        if held is not None:
            render(job["source"], job["dest"])
            log.info("job %s done", job["id"])
    channel.basic_ack(method.delivery_tag)


def main():
    channel = pika.BlockingConnection(pika.URLParameters(os.environ["AMQP_URL"])).channel()
    channel.queue_declare(queue="thumbnails", durable=True)
    channel.basic_consume(queue="thumbnails", on_message_callback=on_message)
    channel.start_consuming()


if __name__ == "__main__":
    main()
