# corpus: cwe=327 label=safe
import os

from cryptography.fernet import Fernet

fernet = Fernet(os.environ["FERNET_KEY"])


def encrypt_card_number(pan: str) -> bytes:
    return fernet.encrypt(pan.encode())


def decrypt_card_number(token: bytes) -> str:
    return fernet.decrypt(token, ttl=3600).decode()
