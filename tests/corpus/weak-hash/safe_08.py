# corpus: cwe=328 label=safe
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)


def hash_password(password: str) -> str:
    return hasher.hash(password)


def check_password(stored: str, candidate: str) -> bool:
    try:
        return hasher.verify(stored, candidate)
    except VerifyMismatchError:
        return False
