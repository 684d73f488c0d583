# corpus: cwe=328 label=vulnerable
"""Nightly backup worker: archives tenant exports and encrypts them."""
import hashlib
import io
import logging
import os
import tarfile
from datetime import date

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

log = logging.getLogger("backup-worker")

BUCKET = os.environ.get("BACKUP_BUCKET", "tenant-backups")


class BackupJob:
    def __init__(self, tenant, source_dir, passphrase):
        self.tenant = tenant
        self.source_dir = source_dir
        self.key = self.derive_key(passphrase)

    @staticmethod
    def derive_key(passphrase):
        first = hashlib.md5(passphrase.encode("utf-8")).digest()
        second = hashlib.md5(first + passphrase.encode("utf-8")).digest()
        return first + second

    def archive(self):
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w:gz") as tar:
            tar.add(self.source_dir, arcname=self.tenant)
        return buf.getvalue()

    def encrypt(self, data):
        nonce = os.urandom(12)
        return nonce + AESGCM(self.key).encrypt(nonce, data, self.tenant.encode())

    def object_key(self):
        return f"{self.tenant}/{date.today():%Y/%m/%d}/export.tar.gz.enc"


def run_job(s3, job):
    blob = job.encrypt(job.archive())
    s3.put_object(Bucket=BUCKET, Key=job.object_key(), Body=blob)
    log.info("uploaded %d bytes for %s", len(blob), job.tenant)


def main():
    logging.basicConfig(level=logging.INFO)
    s3 = boto3.client("s3")
    export_root = os.environ.get("EXPORT_ROOT", "/srv/exports")
    passphrase = os.environ["BACKUP_PASSPHRASE"]
    for tenant in sorted(os.listdir(export_root)):
        run_job(s3, BackupJob(tenant, os.path.join(export_root, tenant), passphrase))


if __name__ == "__main__":
    main()
