# corpus: cwe=377 label=vulnerable
"""Nightly database backup: dump, compress, and push to object storage."""
import gzip
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime

import boto3

log = logging.getLogger("backup")


class BackupJob:
    def __init__(self, database, bucket, prefix="nightly"):
        self.database = database
        self.bucket = bucket
        self.prefix = prefix
        self.stamp = datetime.utcnow().strftime("%Y%m%dT%H%M%S")

    def dump(self):
        raw = tempfile.mktemp(prefix="pgdump-", suffix=".sql")
        subprocess.run(["pg_dump", "--no-owner", "-f", raw, self.database], check=True)
        return raw

    def compress(self, raw):
        packed = raw + ".gz"
        with open(raw, "rb") as src, gzip.open(packed, "wb") as dst:
            shutil.copyfileobj(src, dst)
        os.remove(raw)
        return packed

    def key(self):
        return "/".join([self.prefix, self.database, self.stamp + ".sql.gz"])

    def push(self, packed):
        s3 = boto3.client("s3")
        s3.upload_file(packed, self.bucket, self.key())
        log.info("uploaded s3://%s/%s", self.bucket, self.key())

    def run(self):
        packed = self.compress(self.dump())
        try:
            self.push(packed)
        finally:
            os.remove(packed)


def main():
    database = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("PGDATABASE", "app")
    bucket = os.environ["BACKUP_BUCKET"]
    BackupJob(database, bucket).run()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    main()
