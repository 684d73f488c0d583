# corpus: cwe=502 label=safe
import hashlib
import hmac
import os
import pickle

SIGNING_KEY = os.environ["CACHE_SIGNING_KEY"].encode()


def load_cached(blob: bytes, signature: str):
    expected = hmac.new(SIGNING_KEY, blob, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        raise ValueError("cache entry was tampered with")
    return pickle.loads(blob)
