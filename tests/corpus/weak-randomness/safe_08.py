# corpus: cwe=338 label=safe
"""Seed the development database with fake customers."""
import random

FIRST = ["Ada", "Grace", "Linus", "Guido", "Margaret"]
LAST = ["Lovelace", "Hopper", "Torvalds", "van Rossum", "Hamilton"]


def fake_customers(n=50, seed=1234):
    rng = random.Random(seed)
    return [
        {"name": rng.choice(FIRST) + " " + rng.choice(LAST), "age": rng.randint(18, 90)}
        for _ in range(n)
    ]
