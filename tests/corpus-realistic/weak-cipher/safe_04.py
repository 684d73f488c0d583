# corpus: cwe=327 label=safe
#!/usr/bin/env python3
"""Encrypt or decrypt files for transfer to the archive server (v2 format)."""
import argparse
import getpass
import hmac
import os
import sys

from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives import hmac as crypto_hmac
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"ARCV2"


def derive_keys(passphrase: str, salt: bytes):
    material = Scrypt(salt=salt, length=64, n=2 ** 15, r=8, p=1).derive(passphrase.encode())
    return material[:32], material[32:]


def mac(key: bytes, data: bytes) -> bytes:
    h = crypto_hmac.HMAC(key, hashes.SHA256())
    h.update(data)
    return h.finalize()


def encrypt(data: bytes, passphrase: str) -> bytes:
    salt, iv = os.urandom(16), os.urandom(16)
    enc_key, mac_key = derive_keys(passphrase, salt)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    encryptor = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).encryptor()
    body = MAGIC + salt + iv + encryptor.update(padded) + encryptor.finalize()
    return body + mac(mac_key, body)


def decrypt(blob: bytes, passphrase: str) -> bytes:
    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + 16 + 16 + 32:
        raise ValueError("not a v2 archive file")
    body, tag = blob[:-32], blob[-32:]
    salt = body[len(MAGIC):len(MAGIC) + 16]
    iv = body[len(MAGIC) + 16:len(MAGIC) + 32]
    enc_key, mac_key = derive_keys(passphrase, salt)
    if not hmac.compare_digest(mac(mac_key, body), tag):
        raise ValueError("authentication failed")
    decryptor = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).decryptor()
    padded = decryptor.update(body[len(MAGIC) + 32:]) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("mode", choices=["encrypt", "decrypt"])
    ap.add_argument("src")
    ap.add_argument("dst")
    args = ap.parse_args()
    passphrase = os.environ.get("ARCHIVE_PASSPHRASE") or getpass.getpass("Passphrase: ")
    with open(args.src, "rb") as fh:
        data = fh.read()
    try:
        out = encrypt(data, passphrase) if args.mode == "encrypt" else decrypt(data, passphrase)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    with open(args.dst, "wb") as fh:
        fh.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
