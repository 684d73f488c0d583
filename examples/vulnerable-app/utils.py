"""Helpers for the vulnerable example app (scanner fixture)."""
import hashlib
import hmac
import random
import secrets
import string

import yaml


def load_settings(text):
    # FLAW: unsafe deserialization (yaml.load without SafeLoader)
    return yaml.load(text)


def load_defaults(path):
    # Clean: safe loader.
    with open(path) as fh:
        return yaml.safe_load(fh)


def hash_password(password):
    # FLAW: weak hash (unsalted MD5) for passwords
    return hashlib.md5(password.encode()).hexdigest()


def check_password(password, pw_hash):
    # Clean: constant-time comparison.
    return hmac.compare_digest(hash_password(password), pw_hash)


def new_session_token():
    # FLAW: predictable token (random is not a CSPRNG)
    return "".join(random.choice(string.ascii_letters) for _ in range(32))


def new_csrf_token():
    # Clean: cryptographically secure token.
    return secrets.token_urlsafe(32)
