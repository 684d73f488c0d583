# corpus: cwe=327 label=safe
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from .settings import FIELD_KEY


def encrypt_ssn(ssn: str) -> bytes:
    iv = os.urandom(12)
    enc = Cipher(algorithms.AES(FIELD_KEY), modes.GCM(iv)).encryptor()
    enc.authenticate_additional_data(b"ssn")
    ct = enc.update(ssn.encode()) + enc.finalize()
    return iv + enc.tag + ct
