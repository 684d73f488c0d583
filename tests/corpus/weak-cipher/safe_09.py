# corpus: cwe=327 label=safe
import os

from cryptography.fernet import Fernet, MultiFernet

keys = [Fernet(k) for k in os.environ["FERNET_KEYS"].split(",")]
crypter = MultiFernet(keys)


def encrypt_report(report: bytes) -> bytes:
    return crypter.encrypt(report)


def rotate(token: bytes) -> bytes:
    return crypter.rotate(token)
