# corpus: cwe=22 label=vulnerable
"""Thumbnail job consumer: writes resized images next to the originals."""
import json
import logging
import os
from collections import namedtuple

from PIL import Image

log = logging.getLogger("thumbnailer")

MEDIA_ROOT = "/srv/media"
SIZES = {"small": (128, 128), "medium": (512, 512)}

Job = namedtuple("Job", "source output size")


def parse_job(body):
    data = json.loads(body)
    size = data.get("size", "small")
    if size not in SIZES:
        raise ValueError("unknown size %r" % size)
    return Job(data["source"], data.get("output") or data["source"], size)


def output_path(job):
    stem, ext = os.path.splitext(job.output)
    return os.path.join(MEDIA_ROOT, "thumbs", "%s_%s%s" % (stem, job.size, ext or ".jpg"))


def process(job):
    source = os.path.join(MEDIA_ROOT, "originals", job.source)
    with Image.open(source) as img:
        img.thumbnail(SIZES[job.size])
        dest = output_path(job)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        img.save(dest)
    return dest


def on_message(channel, method, properties, body):
    try:
        job = parse_job(body)
        dest = process(job)
        log.info("thumbnail written to %s", dest)
    except Exception:
        log.exception("thumbnail job failed")
    finally:
        channel.basic_ack(delivery_tag=method.delivery_tag)
