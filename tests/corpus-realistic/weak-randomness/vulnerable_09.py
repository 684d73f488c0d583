# corpus: cwe=338 label=vulnerable
import hashlib
import hmac
import random
import string

from flask import Flask, jsonify, request

app = Flask(__name__)

ITERATIONS = 310_000
_accounts = {}


def make_salt(size=16):
    return "".join(random.choices(string.hexdigits.lower(), k=size))


def hash_password(password, salt):
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), ITERATIONS)
    return digest.hex()


class Account:
    def __init__(self, username, password):
        self.username = username
        self.salt = make_salt()
        self.password_hash = hash_password(password, self.salt)

    def check(self, password):
        return hmac.compare_digest(hash_password(password, self.salt), self.password_hash)

    def as_dict(self):
        return {"username": self.username}


@app.post("/api/register")
def register():
    data = request.get_json(force=True)
    username = str(data.get("username", "")).strip().lower()
    password = str(data.get("password", ""))
    if not username or len(password) < 10:
        return jsonify(error="username and a 10+ character password are required"), 400
    if username in _accounts:
        return jsonify(error="taken"), 409
    account = Account(username, password)
    _accounts[username] = account
    return jsonify(account.as_dict()), 201


@app.post("/api/login")
def login():
    data = request.get_json(force=True)
    account = _accounts.get(str(data.get("username", "")).strip().lower())
    if account is None or not account.check(str(data.get("password", ""))):
        return jsonify(error="invalid credentials"), 401
    return jsonify(account.as_dict())
