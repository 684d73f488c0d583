# corpus: cwe=78 label=vulnerable
"""Worker that renders thumbnails for images announced on an SQS queue."""
import json
import logging
import os
import subprocess

import boto3

log = logging.getLogger("thumbnailer")

QUEUE_URL = os.environ["THUMBNAIL_QUEUE_URL"]
WORK_DIR = os.environ.get("THUMB_WORK_DIR", "/tmp/thumbs")
SIZES = {"small": "128x128", "medium": "512x512"}


def convert_args(job):
    src = os.path.join(WORK_DIR, job["file"])
    args = ["convert", src, "-strip", "-thumbnail", SIZES.get(job.get("size"), "256x256")]
    if job.get("watermark"):
        args += ["-gravity", "southeast", "-annotate", "+10+10", "'%s'" % job["watermark"]]
    args.append(os.path.join(WORK_DIR, "thumb_" + os.path.basename(src)))
    return args


def process(job):
    cmd = " ".join(convert_args(job))
    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, err = proc.communicate(timeout=120)
    if proc.returncode:
        log.error("convert failed for %s: %s", job.get("file"), err.decode()[:200])
    return proc.returncode == 0


def poll(sqs):
    resp = sqs.receive_message(QueueUrl=QUEUE_URL, MaxNumberOfMessages=5, WaitTimeSeconds=20)
    for message in resp.get("Messages", []):
        try:
            process(json.loads(message["Body"]))
        finally:
            sqs.delete_message(QueueUrl=QUEUE_URL, ReceiptHandle=message["ReceiptHandle"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    os.makedirs(WORK_DIR, exist_ok=True)
    client = boto3.client("sqs")
    while True:
        poll(client)
