# corpus: cwe=327 label=safe
import os

from Crypto.Cipher import AES

KEY = bytes.fromhex(os.environ["VAULT_KEY"])


def seal(document: bytes) -> bytes:
    cipher = AES.new(KEY, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(document)
    return cipher.nonce + tag + ciphertext


def unseal(blob: bytes) -> bytes:
    cipher = AES.new(KEY, AES.MODE_GCM, nonce=blob[:16])
    return cipher.decrypt_and_verify(blob[32:], blob[16:32])
