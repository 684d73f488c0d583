# corpus: cwe=328 label=vulnerable
import hashlib
import os


def hash_password(password: str) -> str:
    salt = os.urandom(8).hex()
    h = hashlib.new("md5")
    h.update((salt + password).encode())
    return salt + "$" + h.hexdigest()


def verify_password(password: str, stored: str) -> bool:
    salt, _, digest = stored.partition("$")
    return hashlib.new("md5", (salt + password).encode()).hexdigest() == digest
