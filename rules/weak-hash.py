# Test cases for rules/weak-hash.yaml (semgrep --test).
import hashlib
import hmac
import os

import bcrypt
from argon2 import PasswordHasher
from Crypto.Hash import MD5
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from flask import Flask, request

app = Flask(__name__)
API_SALT = b"s"


def hash_password(password):
    # ruleid: python-weak-hash, python-weak-hash-audit
    return hashlib.md5(password.encode()).hexdigest()


@app.route("/register", methods=["POST"])
def register():
    pw = request.form["pw"]
    # ruleid: python-weak-hash, python-weak-hash-audit
    password_hash = hashlib.sha1(pw.encode()).hexdigest()
    return password_hash


def make_reset_link(user_id, secret):
    # ruleid: python-weak-hash, python-weak-hash-audit
    digest = hashlib.new("md5", (str(user_id) + secret).encode()).hexdigest()
    return "/reset/%s/%s" % (user_id, digest)


def sign_payload(body: bytes, key: bytes) -> str:
    # ruleid: python-weak-hash, python-weak-hash-audit
    h = hashlib.sha1()
    h.update(key + body)
    return h.hexdigest()


def store(user, raw):
    # ruleid: python-weak-hash, python-weak-hash-audit
    user.api_token = hashlib.new(name="SHA1", data=raw).hexdigest()


def check_api_key(given, stored):
    # ruleid: python-weak-hash, python-weak-hash-audit
    return MD5.new(given.encode()).hexdigest() == stored


def sign_document(private_key, document: bytes) -> bytes:
    # ruleid: python-weak-hash, python-weak-hash-audit
    return private_key.sign(document, padding.PKCS1v15(), hashes.SHA1())


def etag(body: bytes) -> str:
    # A digest that protects nothing still needs usedforsecurity=False to say so.
    # ruleid: python-weak-hash-audit
    return hashlib.md5(body).hexdigest()


# ---- safe variants -------------------------------------------------------


def hash_password_scrypt(password: str) -> bytes:
    salt = os.urandom(16)
    # ok: python-weak-hash, python-weak-hash-audit
    return salt + hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)


def hash_password_pbkdf2(password: str, salt: bytes) -> bytes:
    # ok: python-weak-hash, python-weak-hash-audit
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)


def hash_password_bcrypt(password: str) -> bytes:
    # ok: python-weak-hash, python-weak-hash-audit
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt())


def hash_password_argon2(password: str) -> str:
    # ok: python-weak-hash, python-weak-hash-audit
    return PasswordHasher().hash(password)


def sign_payload_safe(body: bytes, key: bytes) -> str:
    # ok: python-weak-hash, python-weak-hash-audit
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def api_token_digest(token: str) -> str:
    # ok: python-weak-hash, python-weak-hash-audit
    return hashlib.sha3_256(token.encode()).hexdigest()


def session_key(session_id: bytes) -> bytes:
    # ok: python-weak-hash, python-weak-hash-audit
    return hashlib.blake2b(session_id, digest_size=32).digest()


def cache_key(url: str) -> str:
    # ok: python-weak-hash, python-weak-hash-audit
    return hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()


def file_checksum(path):
    # ok: python-weak-hash, python-weak-hash-audit
    h = hashlib.sha1(usedforsecurity=False)
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()


def legacy_token_lookup(token):
    # ok: python-weak-hash, python-weak-hash-audit
    return hashlib.new("sha256", token.encode()).hexdigest()


# ---- rule pack v2: HMAC digests, algorithm names in settings ---------------

SIGNING = {"algorithm": "md5", "max_skew": 300}


def webhook_signature(secret, body):
    # ruleid: python-weak-hash, python-weak-hash-audit
    return hmac.new(secret, body, hashlib.md5).hexdigest()


def request_signature(secret, canonical):
    # ruleid: python-weak-hash, python-weak-hash-audit
    digest = hashlib.new(SIGNING["algorithm"])
    digest.update(secret + canonical)
    return digest.hexdigest()


def webhook_signature_safe(secret, body):
    # ok: python-weak-hash
    return hmac.new(secret, body, hashlib.sha256).hexdigest()
