# corpus: cwe=327 label=vulnerable
import os

from Crypto.Cipher import ARC2
from Crypto.Util.Padding import pad


def encrypt_report(key: bytes, report: bytes) -> bytes:
    cipher = ARC2.new(key, ARC2.MODE_CBC, iv=os.urandom(8))
    return cipher.iv + cipher.encrypt(pad(report, ARC2.block_size))
