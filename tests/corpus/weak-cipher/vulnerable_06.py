# corpus: cwe=327 label=vulnerable
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from .settings import FIELD_KEY


def encrypt_ssn(ssn: str) -> bytes:
    padder = padding.PKCS7(128).padder()
    data = padder.update(ssn.encode()) + padder.finalize()
    enc = Cipher(algorithms.AES(FIELD_KEY), modes.ECB()).encryptor()
    return enc.update(data) + enc.finalize()
