# corpus: cwe=327 label=safe
import os

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


def encrypt_backup(key: bytes, data: bytes, label: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, data, label)


def decrypt_backup(key: bytes, blob: bytes, label: bytes) -> bytes:
    return ChaCha20Poly1305(key).decrypt(blob[:12], blob[12:], label)
