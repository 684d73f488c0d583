# corpus: cwe=327 label=vulnerable
#!/usr/bin/env python3
"""Encrypt or decrypt files for transfer to the archive server."""
import argparse
import getpass
import hashlib
import os
import sys

from Crypto.Cipher import Blowfish
from Crypto.Util.Padding import pad, unpad

MAGIC = b"ARCV1"
SALT_LEN = 16


def derive_key(passphrase, salt):
    return hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, 200_000, dklen=32)


def encrypt_file(src, dst, passphrase):
    salt = os.urandom(SALT_LEN)
    cipher = Blowfish.new(derive_key(passphrase, salt), Blowfish.MODE_CBC)
    with open(src, "rb") as fh:
        data = fh.read()
    with open(dst, "wb") as out:
        out.write(MAGIC + salt + cipher.iv)
        out.write(cipher.encrypt(pad(data, Blowfish.block_size)))


def decrypt_file(src, dst, passphrase):
    with open(src, "rb") as fh:
        blob = fh.read()
    if not blob.startswith(MAGIC):
        raise ValueError("not an archive file")
    offset = len(MAGIC)
    salt = blob[offset:offset + SALT_LEN]
    iv = blob[offset + SALT_LEN:offset + SALT_LEN + 8]
    body = blob[offset + SALT_LEN + 8:]
    cipher = Blowfish.new(derive_key(passphrase, salt), Blowfish.MODE_CBC, iv)
    with open(dst, "wb") as out:
        out.write(unpad(cipher.decrypt(body), Blowfish.block_size))


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("mode", choices=["encrypt", "decrypt"])
    ap.add_argument("src")
    ap.add_argument("dst")
    args = ap.parse_args()

    passphrase = os.environ.get("ARCHIVE_PASSPHRASE") or getpass.getpass("Passphrase: ")
    try:
        if args.mode == "encrypt":
            encrypt_file(args.src, args.dst, passphrase)
        else:
            decrypt_file(args.src, args.dst, passphrase)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
