# corpus: cwe=327 label=vulnerable
import os

from cryptography.hazmat.decrepit.ciphers.algorithms import CAST5
from cryptography.hazmat.primitives.ciphers import Cipher, modes


def encrypt_legacy_export(key: bytes, payload: bytes) -> bytes:
    iv = os.urandom(8)
    enc = Cipher(CAST5(key), modes.CFB(iv)).encryptor()
    return iv + enc.update(payload) + enc.finalize()
