# corpus: cwe=338 label=vulnerable
import hashlib
import random
import string


def hash_new_password(password: str) -> str:
    salt = "".join(random.choice(string.hexdigits) for _ in range(16))
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), 600_000)
    return salt + "$" + digest.hex()
