# corpus: cwe=327 label=safe
from cryptography.hazmat.primitives.ciphers.aead import AESSIV


def wrap_key(kek: bytes, data_key: bytes, key_id: str) -> bytes:
    return AESSIV(kek).encrypt(data_key, [key_id.encode()])


def unwrap_key(kek: bytes, wrapped: bytes, key_id: str) -> bytes:
    return AESSIV(kek).decrypt(wrapped, [key_id.encode()])
