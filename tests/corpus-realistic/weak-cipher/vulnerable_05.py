# corpus: cwe=327 label=vulnerable
"""Forwards settlement files to the acquiring bank's legacy SFTP drop."""
import logging
import os

import boto3
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

log = logging.getLogger("settlement-forwarder")


class BankEnvelope:
    """Encryption scheme agreed with the bank for settlement batches."""

    def __init__(self, key: bytes):
        if len(key) != 24:
            raise ValueError("bank key must be 24 bytes")
        self.key = key

    def seal(self, data: bytes) -> bytes:
        iv = os.urandom(8)
        padder = padding.PKCS7(64).padder()
        padded = padder.update(data) + padder.finalize()
        encryptor = Cipher(algorithms.TripleDES(self.key), modes.CBC(iv)).encryptor()
        return iv + encryptor.update(padded) + encryptor.finalize()


def process_record(s3, envelope, sftp, record):
    bucket = record["s3"]["bucket"]["name"]
    key = record["s3"]["object"]["key"]
    body = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    sealed = envelope.seal(body)
    remote_name = os.path.basename(key) + ".enc"
    with sftp.open(f"/inbound/{remote_name}", "wb") as fh:
        fh.write(sealed)
    log.info("forwarded %s (%d bytes)", key, len(sealed))


def handler(event, context, sftp_factory=None):
    s3 = boto3.client("s3")
    envelope = BankEnvelope(bytes.fromhex(os.environ["BANK_3DES_KEY_HEX"]))
    sftp = sftp_factory() if sftp_factory else context.sftp
    for record in event.get("Records", []):
        process_record(s3, envelope, sftp, record)
    return {"forwarded": len(event.get("Records", []))}
