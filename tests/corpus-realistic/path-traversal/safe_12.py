# corpus: cwe=22 label=safe
"""Thumbnail job consumer: writes resized images next to the originals."""
import json
import logging
import os
import re
from collections import namedtuple

from PIL import Image

log = logging.getLogger("thumbnailer")

MEDIA_ROOT = "/srv/media"
SIZES = {"small": (128, 128), "medium": (512, 512)}
IMAGE_NAME = re.compile(r"[A-Za-z0-9_-]{1,100}\.(jpe?g|png|webp)")

Job = namedtuple("Job", "source size")


def parse_job(body):
    data = json.loads(body)
    size = data.get("size", "small")
    if size not in SIZES:
        raise ValueError("unknown size %r" % size)
    source = os.path.basename(data["source"])
    if not IMAGE_NAME.fullmatch(source):
        raise ValueError("unexpected image name %r" % data["source"])
    return Job(source, size)


def output_path(job):
    stem, ext = os.path.splitext(job.source)
    return os.path.join(MEDIA_ROOT, "thumbs", "%s_%s%s" % (stem, job.size, ext))


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
        dest = process(parse_job(body))
        log.info("thumbnail written to %s", dest)
    except Exception:
        log.exception("thumbnail job failed")
    finally:
        channel.basic_ack(delivery_tag=method.delivery_tag)
