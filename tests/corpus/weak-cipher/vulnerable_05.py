# corpus: cwe=327 label=vulnerable
import os

from Cryptodome.Cipher import Blowfish
from Cryptodome.Util.Padding import pad, unpad

KEY = os.environ["FILE_KEY"].encode()


def seal(document: bytes) -> bytes:
    cipher = Blowfish.new(KEY, Blowfish.MODE_CBC)
    return cipher.iv + cipher.encrypt(pad(document, Blowfish.block_size))


def unseal(blob: bytes) -> bytes:
    iv, body = blob[:8], blob[8:]
    return unpad(Blowfish.new(KEY, Blowfish.MODE_CBC, iv).decrypt(body), Blowfish.block_size)
