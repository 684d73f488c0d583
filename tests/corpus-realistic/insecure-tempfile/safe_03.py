# corpus: cwe=377 label=safe
"""Worker that unpacks uploaded theme bundles and validates their manifest."""
import json
import logging
import os
import tempfile
import zipfile

import boto3

log = logging.getLogger("theme-worker")

REQUIRED_FILES = {"manifest.json", "style.css"}
MAX_MEMBERS = 500


def safe_members(archive, root):
    for info in archive.infolist()[:MAX_MEMBERS]:
        dest = os.path.realpath(os.path.join(root, info.filename))
        if dest.startswith(os.path.realpath(root) + os.sep):
            yield info


def validate_bundle(bucket, key):
    s3 = boto3.client("s3")
    with tempfile.TemporaryDirectory(prefix="theme-") as workdir:
        archive_path = os.path.join(workdir, "bundle.zip")
        s3.download_file(bucket, key, archive_path)
        extract_to = os.path.join(workdir, "contents")
        with zipfile.ZipFile(archive_path) as archive:
            for member in safe_members(archive, extract_to):
                archive.extract(member, extract_to)
        present = set(os.listdir(extract_to))
        missing = REQUIRED_FILES - present
        if missing:
            return {"ok": False, "missing": sorted(missing)}
        with open(os.path.join(extract_to, "manifest.json"), encoding="utf-8") as fh:
            manifest = json.load(fh)
        return {"ok": True, "name": manifest.get("name"), "version": manifest.get("version")}


def handle(event):
    results = []
    for record in event.get("Records", []):
        bucket = record["s3"]["bucket"]["name"]
        key = record["s3"]["object"]["key"]
        outcome = validate_bundle(bucket, key)
        log.info("validated %s: %s", key, outcome)
        results.append(outcome)
    return results
