# corpus: cwe=327 label=vulnerable
import base64
import os

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad

CARD_KEY = os.environ["CARD_KEY"].encode()[:8]


def encrypt_card_number(pan: str) -> str:
    iv = os.urandom(8)
    cipher = DES.new(CARD_KEY, DES.MODE_CBC, iv)
    return base64.b64encode(iv + cipher.encrypt(pad(pan.encode(), 8))).decode()
