# corpus: cwe=338 label=safe
import string
from random import SystemRandom

_rng = SystemRandom()
ALPHABET = string.ascii_letters + string.digits + "!@#$%"


def generate_password(length: int = 16) -> str:
    return "".join(_rng.choice(ALPHABET) for _ in range(length))
