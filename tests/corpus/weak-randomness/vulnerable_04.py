# corpus: cwe=338 label=vulnerable
import random
import string

ALPHABET = string.ascii_letters + string.digits


def generate_api_key(prefix="live"):
    body = "".join(random.choices(ALPHABET, k=40))
    return prefix + "_" + body


def rotate_keys(accounts):
    return {acct: generate_api_key() for acct in accounts}
