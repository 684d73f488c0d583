# corpus: cwe=338 label=vulnerable
import numpy as np
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def new_data_key():
    key = np.random.bytes(32)
    return key, AESGCM(key)


def encrypt_record(record: bytes):
    key, aead = new_data_key()
    nonce = np.random.bytes(12)
    return key, nonce, aead.encrypt(nonce, record, None)
